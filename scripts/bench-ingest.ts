// Ingest measurements for `npm run bench`: the raw COPY rate (the ceiling), HTTP batch ingest,
// and single-event requests. Load generators pre-build their bodies so the client's own CPU use
// (it shares the 2 cores with the server and PostgreSQL) stays small.
import fs from "node:fs";
import http from "node:http";
import net from "node:net";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { databaseUrl } from "../lib/env";

const CONTENT = "Hi, I ordered a blender last week (order 8812) and it arrived broken. Can I get a refund to my card?";

/** The p-th percentile (nearest rank) of the samples; 0 when there are none. Shared by every bench phase. */
export function percentile(xs: number[], p: number): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

/** COPY rows shaped like the HTTP events into the real events table (its indexes included). */
export async function copyRate(url: string, { rows }: { rows: number }): Promise<{ rowsPerSec: number }> {
  const projectId = `bench_copy_${Date.now().toString(36)}`;
  const data = JSON.stringify({ role: "user", content: CONTENT });
  const t0 = Date.now();
  const chunks: string[] = [];
  for (let start = 0; start < rows; start += 10_000) {
    let s = "";
    for (let i = start; i < Math.min(rows, start + 10_000); i++) {
      const ts = new Date(t0 - (rows - i) * 10).toISOString();
      s += `${projectId}\tc-${i}\tconv-${Math.floor(i / 10)}\t${ts}\tmessage\t\\N\t\\N\t${data}\t\\N\n`;
    }
    chunks.push(s);
  }
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a lost connection fails the next query instead of the process
  await client.connect();
  try {
    const started = performance.now();
    const stream = client.query(
      copyFrom("COPY events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata) FROM STDIN"),
    );
    await pipeline(Readable.from(chunks), stream);
    const secs = (performance.now() - started) / 1000;
    return { rowsPerSec: rows / secs };
  } finally {
    await client.query(`DELETE FROM events WHERE project_id = $1`, [projectId]).catch(() => {});
    await client.end();
  }
}

/**
 * Does now, untimed, the work the previous phase left for PostgreSQL's background processes, so the
 * next timed phase does not pay for it (measured: docs/architecture.md "Ingest, eighth round"):
 * `VACUUM (ANALYZE)` — after the batches' ~500,000 inserted rows (or the raw COPY's 300,000 deleted
 * ones) autovacuum otherwise vacuums and analyzes `events` during the single-event phases — then
 * `CHECKPOINT`, which writes the dirty buffers and fsyncs the data files, so neither a checkpoint
 * that phase's WAL asked for (max_wal_size) nor the kernel's write-back of its pages lands in the
 * next phase. In that order: a vacuum after a checkpoint writes a full-page image of every page it
 * touches (one run: 15,018 of them, 128 MB of WAL, during the 64-sender phase). A role that may not
 * vacuum or checkpoint every table skips what it may not do.
 */
export async function settle(db: SqlRunner): Promise<void> {
  await db.query("VACUUM (ANALYZE)").catch(() => {});
  await db.query("CHECKPOINT").catch(() => {});
}

function batchTemplate(batchSize: number, conversationsPerBatch: number): string {
  const now = Date.now();
  const events = [];
  for (let i = 0; i < batchSize; i++) {
    const c = i % conversationsPerBatch;
    events.push({
      id: `__B__-${i}`,
      conversationId: `conv-__B__-${c}`,
      timestamp: now + i,
      type: "message",
      role: i % 2 ? "agent" : "user",
      ...(i % 2 ? { agent: "support" } : {}),
      content: CONTENT,
    });
  }
  return JSON.stringify({ events });
}

export interface HttpIngestResult {
  eventsPerSec: number;
  acked: number;
  stored: number;
  lost: number;
  duplicated: number;
  p50Ms: number;
  p95Ms: number;
  errors: number;
}

export async function httpIngest(opts: {
  baseUrl: string;
  key: string;
  projectId: string;
  seconds: number;
  clients: number;
  batchSize: number;
}): Promise<HttpIngestResult> {
  const tpl = batchTemplate(opts.batchSize, 50);
  const run = `r${Date.now().toString(36)}`;
  let next = 0;
  let acked = 0;
  let errors = 0;
  const latencies: number[] = [];
  const ackedBatches: string[] = [];
  const deadline = performance.now() + opts.seconds * 1000;
  const started = performance.now();
  const client = async () => {
    while (performance.now() < deadline) {
      const b = `${run}-${next++}`;
      const body = tpl.replaceAll("__B__", b);
      const t = performance.now();
      try {
        const res = await fetch(`${opts.baseUrl}/api/v1/events`, {
          method: "POST",
          headers: { authorization: `Bearer ${opts.key}`, "content-type": "application/json" },
          body,
        });
        const out = (await res.json()) as { accepted?: number };
        if (res.status === 200) {
          acked += out.accepted ?? 0;
          ackedBatches.push(b);
        } else errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: opts.clients }, client));
  const secs = (performance.now() - started) / 1000;

  // Resend a few acknowledged batches: every event must come back as a duplicate.
  let duplicated = 0;
  for (const b of ackedBatches.slice(0, 5)) {
    const res = await fetch(`${opts.baseUrl}/api/v1/events`, {
      method: "POST",
      headers: { authorization: `Bearer ${opts.key}`, "content-type": "application/json" },
      body: tpl.replaceAll("__B__", b),
    });
    duplicated += ((await res.json()) as { accepted: number }).accepted;
  }
  const db = new pg.Client({ connectionString: databaseUrl() });
  db.on("error", () => {});
  await db.connect();
  const { rows } = await db.query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [opts.projectId]);
  await db.end();
  const stored = rows[0].n as number;
  return {
    eventsPerSec: acked / secs,
    acked,
    stored,
    lost: Math.max(0, acked - stored),
    duplicated: duplicated + Math.max(0, stored - acked),
    p50Ms: percentile(latencies, 50),
    p95Ms: percentile(latencies, 95),
    errors,
  };
}

/**
 * Single-event POSTs from `clients` concurrent senders, each on its own keep-alive connection with one
 * request in flight (as a simple integration sends). Not fetch: fetch spends ~4× the CPU of node:http
 * per request. And by default not node:http either but a bare HTTP/1.1 writer and status reader on a
 * socket (`transport: "socket"`, as wrk or autocannon do): the generator shares the 2 cores with the
 * server and PostgreSQL, and node:http's client cost ~0.5-1.1 ms of CPU per request on the loaded box
 * (as much as the server's share), so at 2,000 req/s it alone would take a core and cap the figure it
 * is meant to measure. The server sees the same bytes either way.
 */
export async function singleEventRate(opts: { baseUrl: string; key: string; seconds: number; clients: number; transport?: "socket" | "http" }): Promise<SingleEventResult> {
  let n = 0;
  let ok = 0;
  const run = `s${Date.now().toString(36)}`;
  const url = new URL("/api/v1/events", opts.baseUrl);
  const post = opts.transport === "http" ? httpPoster(url, opts.key, opts.clients) : socketPoster(url, opts.key);
  const deadline = performance.now() + opts.seconds * 1000;
  const started = performance.now();
  const latencies: number[] = [];
  const perSecond = new Array<number>(Math.ceil(opts.seconds) + 1).fill(0);
  const client = async () => {
    const send = await post.connect();
    while (performance.now() < deadline) {
      const i = n++;
      const body = `{"events":[{"id":"${run}-${i}","conversationId":"single-${run}-${i % 200}","timestamp":${Date.now()},"type":"message","role":"user","content":"where is my order?"}]}`;
      const t = performance.now();
      try {
        if ((await send(body)) === 200) {
          ok++;
          const end = performance.now();
          latencies.push(end - t);
          perSecond[Math.min(perSecond.length - 1, Math.floor((end - started) / 1000))]++;
        }
      } catch {
        /* counted as not ok */
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: opts.clients }, client));
  } finally {
    post.close();
  }
  const secs = (performance.now() - started) / 1000;
  const whole = perSecond.slice(0, Math.floor(opts.seconds)); // the last bucket holds the stragglers past the deadline
  return {
    reqPerSec: ok / secs,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies.reduce((a, b) => Math.max(a, b), 0),
    worstSecond: whole.length ? Math.min(...whole) : 0,
    bestSecond: whole.length ? Math.max(...whole) : 0,
  };
}

/**
 * A single-event phase: its rate, acknowledged requests' latency, and its slowest and fastest whole
 * second (a stall — a WAL flush waiting behind the disk's write-back, a checkpoint, a GC pause — shows
 * as a worst second far below the best while the median latency stays put).
 */
export interface SingleEventResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  worstSecond: number;
  bestSecond: number;
}

/** "p50 / p99 / max latency, worst / best second" of a single-event phase, for the bench's and the profile's lines. */
export const describeSingle = (r: SingleEventResult): string =>
  `latency p50 ${r.p50Ms.toFixed(1)} / p99 ${r.p99Ms.toFixed(1)} / max ${r.maxMs.toFixed(0)} ms, seconds ${r.worstSecond}–${r.bestSecond} req`;

interface Poster {
  /** one sender: resolves with a function that POSTs a body and resolves with the status */
  connect(): Promise<(body: string) => Promise<number>>;
  close(): void;
}

function httpPoster(url: URL, key: string, clients: number): Poster {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  return { connect: async () => (body) => postOnce(agent, url, key, body), close: () => agent.destroy() };
}

/** One socket per sender; a request is written in one go and its answer read up to the end of its body. */
function socketPoster(url: URL, key: string): Poster {
  const head = `POST ${url.pathname} HTTP/1.1\r\nHost: ${url.host}\r\nAuthorization: Bearer ${key}\r\nContent-Type: application/json\r\nConnection: keep-alive\r\nContent-Length: `;
  const sockets = new Set<net.Socket>();
  return {
    connect: () =>
      new Promise((resolve, reject) => {
        const socket = net.connect(Number(url.port), url.hostname, () => resolve(send));
        socket.setNoDelay(true);
        sockets.add(socket);
        let buf = Buffer.alloc(0);
        let waiting: { resolve: (status: number) => void; reject: (err: Error) => void } | null = null;
        const fail = (err: Error) => {
          const w = waiting;
          waiting = null;
          w?.reject(err);
        };
        socket.on("error", (err) => (fail(err), reject(err)));
        socket.on("close", () => fail(new Error("connection closed")));
        socket.on("data", (chunk) => {
          buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
          const end = responseEnd(buf);
          if (end < 0 || !waiting) return;
          const status = Number(buf.toString("latin1", 9, 12));
          buf = buf.subarray(end);
          const w = waiting;
          waiting = null;
          w.resolve(status);
        });
        function send(body: string): Promise<number> {
          return new Promise((res, rej) => {
            waiting = { resolve: res, reject: rej };
            socket.write(`${head}${Buffer.byteLength(body)}\r\n\r\n${body}`);
          });
        }
      }),
    close: () => {
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
  };
}

/** The length of the first complete HTTP response in `buf` (Content-Length or chunked), or -1. */
function responseEnd(buf: Buffer): number {
  const headEnd = buf.indexOf("\r\n\r\n");
  if (headEnd < 0) return -1;
  const head = buf.toString("latin1", 0, headEnd).toLowerCase();
  const m = /\r\ncontent-length:\s*(\d+)/.exec(head);
  if (m) {
    const end = headEnd + 4 + Number(m[1]);
    return buf.length >= end ? end : -1;
  }
  const last = buf.indexOf("\r\n0\r\n\r\n", headEnd);
  return last < 0 ? -1 : last + 7;
}

function postOnce(agent: http.Agent, url: URL, key: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: "POST",
        agent,
        headers: { authorization: `Bearer ${key}`, "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.once("end", () => resolve(res.statusCode ?? 0));
        res.once("error", reject);
      },
    );
    req.once("error", reject);
    req.end(body);
  });
}

/**
 * PostgreSQL's own work, counted, to tell what else ran during a phase: checkpoints started (and
 * whether one was being written), autovacuum and autoanalyze runs (ended, or running now), WAL
 * written and its full-page images. The bench's phases follow each other, so a phase can pay for
 * the previous one's writes (issue 17 §4: the 16-sender figure moved 1,599–2,870 req/s between quiet runs).
 */
export interface ServerActivity {
  checkpoints: number;
  checkpointWriting: boolean;
  autovacuums: number;
  /** what autovacuum workers are doing now ("VACUUM public.events", …), empty when none runs */
  autovacuumRunning: string;
  walBytes: number;
  walFpi: number;
}

/** A pg Client or Pool: whatever runs a query without parameters. */
interface SqlRunner {
  query(sql: string): Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs `fn` on a connection of its own, closed before it resolves (between timed phases: an idle
 * pooled connection left open when the bench stops its database logs a lost connection).
 */
export async function withClient<T>(fn: (db: SqlRunner) => Promise<T>): Promise<T> {
  const db = new pg.Client({ connectionString: databaseUrl() });
  db.on("error", () => {});
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

export async function serverActivity(db: SqlRunner): Promise<ServerActivity> {
  // pg_stat_checkpointer is PostgreSQL 17+; a DATABASE_URL may name an older server (pg_stat_bgwriter)
  const { rows: v } = await db.query(`SELECT current_setting('server_version_num')::int AS v`);
  const checkpoints = Number(v[0].v) >= 170000 ? `(SELECT num_timed + num_requested FROM pg_stat_checkpointer)` : `(SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter)`;
  const { rows } = await db.query(`SELECT ${checkpoints}::int AS checkpoints,
      EXISTS (SELECT 1 FROM pg_stat_activity WHERE backend_type = 'checkpointer' AND wait_event = 'CheckpointWriteDelay') AS writing,
      (SELECT coalesce(sum(autovacuum_count + autoanalyze_count), 0) FROM pg_stat_all_tables)::int AS autovacuums,
      (SELECT string_agg(replace(query, 'autovacuum: ', ''), ', ') FROM pg_stat_activity WHERE backend_type = 'autovacuum worker') AS running,
      (SELECT wal_bytes FROM pg_stat_wal)::float8 AS wal, (SELECT wal_fpi FROM pg_stat_wal)::float8 AS fpi`);
  const r = rows[0];
  return { checkpoints: Number(r.checkpoints), checkpointWriting: r.writing === true, autovacuums: Number(r.autovacuums), autovacuumRunning: typeof r.running === "string" ? r.running : "", walBytes: Number(r.wal), walFpi: Number(r.fpi) };
}

/** MB of file data the kernel has yet to write back (Linux; the whole machine's), or null elsewhere. */
export function dirtyPageCacheMb(): number | null {
  try {
    const m = /^Dirty:\s+(\d+) kB/m.exec(fs.readFileSync("/proc/meminfo", "utf8"));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

/** What PostgreSQL did between two `serverActivity` readings, as one line. */
export function describeActivity(a: ServerActivity, b: ServerActivity): string {
  const ckpt = b.checkpoints - a.checkpoints;
  const writing = a.checkpointWriting || b.checkpointWriting ? ", a checkpoint being written" : "";
  const av = b.autovacuums - a.autovacuums;
  const running = [...new Set([a.autovacuumRunning, b.autovacuumRunning].filter(Boolean))].join("; ");
  return `${ckpt} checkpoint${ckpt === 1 ? "" : "s"} started${writing}, ${av} autovacuum/analyze run${av === 1 ? "" : "s"} ended${running ? ` (running: ${running})` : ""}, WAL ${((b.walBytes - a.walBytes) / 1e6).toFixed(1)} MB (${b.walFpi - a.walFpi} full-page images)`;
}
