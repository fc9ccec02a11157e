// `npm run bench`: starts its own PostgreSQL (embedded unless DATABASE_URL) and Baton, then
// measures (a) the raw COPY rate into the events table — this machine's physical limit — (b) HTTP
// ingest with batches of 500 from concurrent clients, (c) single-event requests/s — (b) and (c) once
// per web process count in BENCH_WEB_PROCESSES (results keys `ingest`, `ingestWeb2`, …); checks that
// nothing was lost or duplicated, prints one line per figure (throughputs also as a ratio to the
// COPY rate) and writes bench/results.json. Further phases (scoring, dashboard) add their keys.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApiKey } from "../lib/auth/keys";
import { freePort, startEmbeddedPostgres, type EmbeddedDb } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { env, setDatabaseUrl, toolEnv } from "../lib/env";
import { buildApp, hasBuild, ROOT, startWeb, waitForHttp, type Child } from "../lib/runtime/processes";
import {
  copyRate,
  describeActivity,
  describeSingle,
  dirtyPageCacheMb,
  httpIngest,
  serverActivity,
  settle,
  singleEventRate,
  withClient,
  type SingleEventResult,
} from "./bench-ingest";

const { BENCH_SECONDS: SECONDS, BENCH_CLIENTS: CLIENTS, BENCH_ONLY, BENCH_WEB_PROCESSES: WEB_PROCESSES } = toolEnv();

async function main() {
  usePoolProfile("bulk"); // long statements on purpose: no request-sized statement timeout
  let db: EmbeddedDb | null = null;
  let url = env().DATABASE_URL;
  if (!url) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-"));
    db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
    url = db.url;
  }
  setDatabaseUrl(url);
  await migrate(url);
  if (!hasBuild()) await buildApp();
  const results: Record<string, unknown> = readResults();
  let first: { web: Child; baseUrl: string; key: string; projectId: string } | null = null;
  try {
    const copy = await copyRate(url, { rows: 300_000 });
    line("raw COPY into events", `${fmt(copy.rowsPerSec)} rows/s`);
    // ingest once per web process count, each against the same COPY rate; later phases use the first
    for (const processes of WEB_PROCESSES) {
      const web = await startBenchWeb(url, processes);
      const projectId = `bench_${Date.now().toString(36)}`;
      await pool().query(`INSERT INTO projects (id, name) VALUES ($1, 'bench')`, [projectId]);
      const { secret: key } = await createApiKey({ projectId, name: "bench" });
      results[processes === 1 ? "ingest" : `ingestWeb${processes}`] = await benchIngest({ baseUrl: web.baseUrl, key, projectId }, copy.rowsPerSec, processes);
      if (first) await web.child.stop();
      else first = { web: web.child, baseUrl: web.baseUrl, key, projectId };
    }
    await runExtraPhases({ baseUrl: first!.baseUrl, key: first!.key, projectId: first!.projectId, databaseUrl: url, results });
    writeResults(results);
  } finally {
    await first?.web.stop();
    await closePool();
    await db?.stop();
    if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
  }
}

async function startBenchWeb(url: string, processes: number): Promise<{ child: Child; baseUrl: string }> {
  const port = await freePort();
  const child = startWeb({
    port,
    env: { DATABASE_URL: url, BATON_RATE_LIMIT_RPS: "1000000", BATON_DB_POOL_SIZE: "20" },
    stdio: "ignore",
    host: "127.0.0.1",
    processes,
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/api/health`, child);
  } catch (err) {
    await child.stop();
    throw err;
  }
  return { child, baseUrl };
}

/** HTTP batches of 500 and single-event requests against one web setup. */
async function benchIngest(target: { baseUrl: string; key: string; projectId: string }, copyRowsPerSec: number, processes: number) {
  const label = processes === 1 ? "" : ` (${processes} web processes)`;
  await withClient(settle);
  const http = await httpIngest({ ...target, seconds: SECONDS, clients: CLIENTS, batchSize: 500 });
  line(`HTTP ingest, batches of 500${label}`, `${fmt(http.eventsPerSec)} events/s  (${(http.eventsPerSec / copyRowsPerSec).toFixed(2)} × COPY)`);
  line("  request latency p50 / p95", `${http.p50Ms.toFixed(0)} ms / ${http.p95Ms.toFixed(0)} ms`);
  line("  acknowledged / stored", `${http.acked} / ${http.stored}  (lost ${http.lost}, duplicated ${http.duplicated})`);

  const single = await singlePhase(target, CLIENTS * 2);
  line(`single-event requests${label}`, `${fmt(single.reqPerSec)} req/s  (${(single.reqPerSec / copyRowsPerSec).toFixed(3)} × COPY)`);
  line("", single.meanwhile);
  // Each sender has one request in flight and waits for its group's commit (a WAL flush), so with
  // few senders the figure is senders ÷ commit latency. Many simple integrations sending at once is
  // what group commit serves: the same load from 64 senders (issue 17's 2,000 req/s target).
  const many = await singlePhase(target, 64);
  line(`  from 64 senders`, `${fmt(many.reqPerSec)} req/s  (${(many.reqPerSec / copyRowsPerSec).toFixed(3)} × COPY)`);
  line("", many.meanwhile);

  return {
    eventsPerSec: Math.round(http.eventsPerSec),
    copyRowsPerSec: Math.round(copyRowsPerSec),
    ratioToCopy: Number((http.eventsPerSec / copyRowsPerSec).toFixed(3)),
    singleEventReqPerSec: Math.round(single.reqPerSec),
    singleEventReqPerSec64Senders: Math.round(many.reqPerSec),
    lost: http.lost,
    duplicated: http.duplicated,
    p95LatencyMs: Math.round(http.p95Ms),
    seconds: SECONDS,
    clients: CLIENTS,
    batchSize: 500,
    webProcesses: processes,
    cores: os.cpus().length,
  };
}

/**
 * One single-event phase, and under its figure what else ran meanwhile (latency, slowest second,
 * PostgreSQL's checkpoints, autovacuum and WAL, the load average): the line that tells a run's
 * stall from a slower run.
 */
async function singlePhase(target: { baseUrl: string; key: string }, clients: number): Promise<SingleEventResult & { meanwhile: string }> {
  await withClient(settle);
  await new Promise((r) => setTimeout(r, 1000)); // the checkpointer reports its statistics after CHECKPOINT returns
  const before = await withClient(serverActivity);
  const dirty = dirtyPageCacheMb();
  const r = await singleEventRate({ ...target, seconds: Math.min(10, SECONDS), clients });
  const after = await withClient(serverActivity);
  const atStart = dirty === null ? "" : `; ${dirty} MB dirty in the page cache at its start`;
  return { ...r, meanwhile: `${describeSingle(r)}; ${describeActivity(before, after)}${atStart}; load ${os.loadavg()[0].toFixed(1)}` };
}

/** Later phases (scoring lag, dashboard latency) live in their own modules and are run when present. */
async function runExtraPhases(ctx: { baseUrl: string; databaseUrl: string; key: string; projectId: string; results: Record<string, unknown> }) {
  for (const [name, file] of [["scoring", "bench-scoring.ts"], ["dashboard", "bench-dashboard.ts"]] as const) {
    if (BENCH_ONLY && !BENCH_ONLY.split(",").includes(name)) continue;
    if (!fs.existsSync(path.join(ROOT, "scripts", file))) continue;
    const mod = await import(`./${file}`);
    const fn = mod[`bench${name[0].toUpperCase()}${name.slice(1)}`];
    if (typeof fn !== "function") continue;
    let out: Record<string, unknown>;
    try {
      out = await fn(ctx);
    } catch (err) {
      out = { error: (err as Error).message };
    }
    ctx.results[name] = out;
    for (const [k, v] of Object.entries(out as Record<string, unknown>)) line(`${name}.${k}`, String(v));
  }
}

function line(label: string, value: string) {
  console.log(`${label.padEnd(34)} ${value}`);
}
function fmt(n: number) {
  return Math.round(n).toLocaleString("en-US");
}
const RESULTS = path.join(ROOT, "bench/results.json");
function readResults(): Record<string, unknown> {
  try {
    return JSON.parse(fs.readFileSync(RESULTS, "utf8"));
  } catch {
    return {};
  }
}
function writeResults(r: Record<string, unknown>) {
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify({ ...r, measuredAt: new Date().toISOString() }, null, 2) + "\n");
  console.log(`wrote ${path.relative(process.cwd(), RESULTS)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
