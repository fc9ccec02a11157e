// `npm run demo`: loads realistic demo data into a running Baton through the real OpenAI Agents
// SDK (scripted model, no API key): the support system in scripts/demo/openai-support.ts runs
// ~200 conversations — clean refunds, returns and status checks, dropout + re-ask, stale tool
// results, two handoffs in one turn, 10-hop chains, intent drift — spread over the last 7 days.
//
// The SDK's own OpenAITracingExporter sends them to /api/v1/integrations/openai-agents/traces
// through a tiny local relay that only moves each conversation's span times back to its slot in
// the past week (the SDK stamps spans with the current time). Outcomes (resolved / escalated /
// abandoned, CSAT) go through the native API with the TypeScript client, as an app would send them.
//
// Idempotent: trace and span ids are derived from the conversation number, so a second run
// produces the same event ids and Baton stores nothing twice.
//
//   npm run demo                                  # the Baton started by `npm start` in this folder
//   npm run demo -- --url http://host:3000 --key bt_…   # any Baton
//   BATON_DEMO_COUNT=50 npm run demo              # fewer conversations
import crypto from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { setTracingIdGenerator } from "@openai/agents";
import { createBatonClient } from "../lib/client";
import { exportTo, runScenario, type Scenario } from "./demo/openai-support";
import { SCENARIOS, worldFor } from "./demo/scenarios";
import { readRuntime } from "../lib/runtime/runtime-file";
import { progressBar } from "./progress";

type Kind = keyof typeof SCENARIOS;
/** How often each kind occurs: mostly healthy traffic, with every failure mode present. */
const MIX: Array<[Kind, number]> = [
  ["cleanRefund", 30],
  ["cleanReturn", 14],
  ["cleanStatus", 16],
  ["dropoutReask", 14],
  ["staleStatus", 8],
  ["twoHandoffs", 6],
  ["intentDrift", 7],
  ["longChain", 5],
];
const OUTCOME: Record<Kind, "resolved" | "escalated" | "abandoned"> = {
  cleanRefund: "resolved",
  cleanReturn: "resolved",
  cleanStatus: "resolved",
  dropoutReask: "resolved",
  staleStatus: "resolved",
  twoHandoffs: "resolved",
  intentDrift: "abandoned",
  longChain: "escalated",
};

/** Deterministic pseudo-random numbers (mulberry32), so every run makes the same data. */
function rng(seed: number) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick(r: () => number): Kind {
  const total = MIX.reduce((n, [, w]) => n + w, 0);
  let x = r() * total;
  for (const [k, w] of MIX) if ((x -= w) < 0) return k;
  return MIX[0][0];
}

export interface DemoOptions {
  url: string;
  key: string;
  count?: number;
  log?: (line: string) => void;
}

export async function loadDemo({ url, key, count = 200, log = console.log }: DemoOptions): Promise<{ conversations: number }> {
  const target = `${url.replace(/\/+$/, "")}/api/v1/integrations/openai-agents/traces`;
  let shiftMs = 0;
  const relay = await startRelay(target, () => shiftMs);
  const processor = exportTo(relay.url, key, { maxBatchSize: 200 });
  const client = createBatonClient({ url, key, onError: (e) => log(`demo: ${e.message}`) });
  const r = rng(42);
  const now = Date.now();
  const week = 7 * 24 * 3600_000;
  const progress = progressBar("demo conversations", count);
  try {
    for (let i = 0; i < count; i++) {
      const kind = pick(r);
      // recent days busier than older ones; never in the future
      const ago = Math.floor(week * Math.pow(r(), 1.3)) + 60_000;
      const order = `ORD-${20000 + Math.floor(r() * 70000)}`;
      const id = `demo-${String(i).padStart(4, "0")}`;
      const scenario: Scenario = SCENARIOS[kind](id, order);
      let n = 0;
      setTracingIdGenerator({
        generateTraceId: () => `trace_${hex(id, "t", n++, 32)}`,
        generateSpanId: () => `span_${hex(id, "s", n++, 24)}`,
      });
      const started = Date.now();
      shiftMs = now - ago - started;
      await runScenario(scenario, worldFor(order));
      await processor.forceFlush();
      const end = now - ago + (Date.now() - started) + 1000;
      const outcome = OUTCOME[kind];
      client.send({
        id: `${id}-resolution`,
        conversationId: id,
        timestamp: end,
        type: "resolution",
        agent: "triage",
        status: outcome,
        ...(outcome === "resolved" ? { csat: kind.startsWith("clean") ? 4 + Math.round(r()) : 2 + Math.round(r() * 2) } : {}),
      });
      progress.tick();
    }
    await client.flush();
  } finally {
    progress.done();
    setTracingIdGenerator();
    await processor.shutdown();
    await client.shutdown();
    await relay.close();
  }
  const s = client.stats();
  if (s.failed || s.rejected) throw new Error(`demo: ${s.failed + s.rejected} outcome event(s) were not accepted`);
  return { conversations: count };
}

function hex(...parts: Array<string | number>) {
  const len = Number(parts.pop());
  return crypto.createHash("sha256").update(parts.join(":")).digest("hex").slice(0, len);
}

/** Forwards the exporter's requests unchanged except for span times, moved by `shift()` ms. */
async function startRelay(target: string, shift: () => number) {
  const move = (t: unknown) => (typeof t === "string" ? new Date(Date.parse(t) + shift()).toISOString() : t);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c) => chunks.push(c));
    req.on("end", async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { data: Array<Record<string, unknown>> };
        for (const item of body.data) {
          if ("started_at" in item) item.started_at = move(item.started_at);
          if ("ended_at" in item) item.ended_at = move(item.ended_at);
        }
        const upstream = await fetch(target, {
          method: "POST",
          headers: { authorization: String(req.headers.authorization ?? ""), "content-type": "application/json" },
          body: JSON.stringify(body),
        });
        res.writeHead(upstream.status, { "content-type": "application/json" });
        res.end(await upstream.text());
      } catch (err) {
        res.writeHead(502, { "content-type": "application/json" });
        res.end(JSON.stringify({ error: (err as Error).message }));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/traces`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const runtime = readRuntime();
  const url = arg("url") ?? process.env.BATON_URL ?? runtime?.baseUrl;
  const key = arg("key") ?? process.env.BATON_INGEST_KEY ?? runtime?.demoKey;
  if (!url || !key) {
    console.error("demo: start Baton first (npm start), or pass --url <baton url> --key <ingest key>.");
    process.exit(2);
  }
  const count = Number(arg("count") ?? process.env.BATON_DEMO_COUNT ?? 200);
  const t0 = Date.now();
  const { conversations } = await loadDemo({ url, key, count });
  console.log(`demo: ${conversations} conversations sent to ${url} in ${((Date.now() - t0) / 1000).toFixed(1)} s; they are scored in the background.`);
}

if (process.argv[1] && /demo\.ts$/.test(process.argv[1])) {
  main().catch((err) => {
    console.error(`demo: ${(err as Error)?.message ?? err}`);
    process.exit(1);
  });
}
