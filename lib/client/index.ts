// The Baton TypeScript client (package export "baton/client" in this repository; packages/client
// builds it into the `baton-client` npm package, so it must stay free of Next.js and of runtime
// imports of server code: only types from ../ingest).
//
//   const baton = createBatonClient({ url: "http://localhost:3000", key: process.env.BATON_KEY! });
//   baton.send({ id, conversationId, timestamp: Date.now(), type: "handoff", from: "triage", to: "billing", payload });
//   await baton.shutdown();
//
// Events are buffered and sent in batches (by size, or every `flushIntervalMs`). A failed batch is
// retried with exponential backoff and full jitter, honouring `Retry-After` on 429/503; a batch the
// server refuses for good (400/401/413) is counted and reported, never retried. The buffer is
// bounded: when full, the oldest events are dropped and counted (an agent must never block on its
// telemetry).
//
// Capture mode (`capture: "run.jsonl"`, or a function receiving each line): events are written as
// JSON lines instead of, or with `url` as well as, being sent — the file `npx baton-contracts check
// --events run.jsonl` reads in CI (docs/contracts.md). The OpenAI Agents processor and the
// LangGraph adapter below send through a client, so one capture covers every framework.
import type { IngestEventInput } from "../ingest/schemas";

export type BatonEvent = IngestEventInput;

export interface BatonClientOptions {
  /** Baton's base URL; optional in capture mode */
  url?: string;
  key?: string;
  /** write every event as one JSON line to this file (appended), or hand each batch's lines to this function */
  capture?: string | ((lines: string) => void | Promise<void>);
  /** events per request (server maximum 1,000) */
  batchSize?: number;
  flushIntervalMs?: number;
  /** events kept in memory at most; beyond it the oldest are dropped */
  maxBuffer?: number;
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  fetch?: typeof fetch;
  onError?: (err: Error) => void;
}

export interface BatonClientStats {
  sent: number;
  duplicates: number;
  rejected: number;
  dropped: number;
  failed: number;
  buffered: number;
}

export interface BatonClient {
  send(events: BatonEvent | BatonEvent[]): void;
  flush(): Promise<void>;
  shutdown(): Promise<void>;
  stats(): BatonClientStats;
}

class PermanentError extends Error {}

export function createBatonClient(opts: BatonClientOptions): BatonClient {
  const o = {
    batchSize: 500,
    flushIntervalMs: 1000,
    maxBuffer: 10_000,
    maxRetries: 6,
    baseDelayMs: 250,
    maxDelayMs: 30_000,
    fetch: globalThis.fetch,
    onError: (err: Error) => console.warn(`baton: ${err.message}`),
    ...opts,
  };
  if (!o.url && !o.capture) throw new Error("baton client needs a url (and key) or a capture target");
  const endpoint = o.url ? `${o.url.replace(/\/+$/, "")}/api/v1/events` : null;
  const writeLines = captureWriter(o.capture);
  const buffer: BatonEvent[] = [];
  const stats = { sent: 0, duplicates: 0, rejected: 0, dropped: 0, failed: 0 };
  let inflight: Promise<void> = Promise.resolve();
  let closed = false;
  const timer = setInterval(() => void flush(), o.flushIntervalMs);
  timer.unref?.();

  function send(events: BatonEvent | BatonEvent[]) {
    if (closed) throw new Error("baton client is shut down");
    for (const e of Array.isArray(events) ? events : [events]) buffer.push(e);
    if (buffer.length > o.maxBuffer) stats.dropped += buffer.splice(0, buffer.length - o.maxBuffer).length;
    if (buffer.length >= o.batchSize) void flush();
  }

  /** Sends everything buffered now, one batch after another (batches never overlap). */
  function flush(): Promise<void> {
    inflight = inflight.then(async () => {
      while (buffer.length) {
        const batch = buffer.splice(0, o.batchSize);
        try {
          await deliver(batch);
        } catch (err) {
          stats.failed += batch.length;
          o.onError(err as Error);
        }
      }
    });
    return inflight;
  }

  async function deliver(batch: BatonEvent[]) {
    if (writeLines) {
      await writeLines(batch.map((e) => JSON.stringify(e)).join("\n") + "\n");
      if (!endpoint) return void (stats.sent += batch.length);
    }
    const body = JSON.stringify({ events: batch });
    for (let attempt = 0; ; attempt++) {
      let wait: number;
      try {
        const res = await o.fetch(endpoint!, {
          method: "POST",
          headers: { authorization: `Bearer ${o.key}`, "content-type": "application/json" },
          body,
        });
        if (res.ok) {
          const r = (await res.json()) as { accepted?: number; duplicates?: number; errors?: unknown[] };
          stats.sent += r.accepted ?? 0;
          stats.duplicates += r.duplicates ?? 0;
          if (r.errors?.length) {
            stats.rejected += r.errors.length;
            o.onError(new Error(`${r.errors.length} event(s) rejected: ${JSON.stringify(r.errors[0])}`));
          }
          return;
        }
        const text = await res.text().catch(() => "");
        if (res.status !== 429 && res.status < 500) throw new PermanentError(`HTTP ${res.status}: ${text.slice(0, 300)}`);
        wait = retryAfterMs(res.headers.get("retry-after")) ?? backoff(attempt);
      } catch (err) {
        if (err instanceof PermanentError) throw err;
        wait = backoff(attempt);
      }
      if (attempt >= o.maxRetries) throw new Error(`giving up on ${batch.length} event(s) after ${attempt + 1} attempts`);
      await new Promise((r) => setTimeout(r, wait));
    }
  }

  /** Exponential backoff with full jitter, capped. */
  function backoff(attempt: number): number {
    return Math.random() * Math.min(o.maxDelayMs, o.baseDelayMs * 2 ** attempt);
  }

  return {
    send,
    flush,
    async shutdown() {
      closed = true;
      clearInterval(timer);
      await flush();
    },
    stats: () => ({ ...stats, buffered: buffer.length }),
  };
}

/** The capture sink: a function as given, or appends to a file (node:fs, loaded only in capture mode). */
function captureWriter(capture: BatonClientOptions["capture"]): ((lines: string) => Promise<void>) | null {
  if (!capture) return null;
  if (typeof capture === "function") return async (lines) => void (await capture(lines));
  return async (lines) => {
    const { appendFile } = await import("node:fs/promises");
    await appendFile(capture, lines);
  };
}

function retryAfterMs(h: string | null): number | null {
  if (!h) return null;
  const s = Number(h);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(h);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

