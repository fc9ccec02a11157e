// Database outages against a private embedded PostgreSQL (SPEC §8, issue 11 items 4, 5, 16): under
// ingest the database is fast-stopped or its backends terminated (57P01) or it is frozen
// (SIGSTOP). Web answers 503 + Retry-After within BATON_DB_TIMEOUT_MS, the worker process stays
// alive, and both resume alone once the database is back — every acknowledged event scored,
// without restarting either. Also: what /api/health tells an anonymous caller, and the page a
// logged-in user sees during an outage.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { msg, postEvents } from "../helpers/api";
import { startEmbeddedPostgres, type EmbeddedDb } from "../../lib/db/embedded";
import type { Child } from "../../lib/runtime/processes";
import { countRows, startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

const TIMEOUT_MS = 3000;
/** a frozen database must cost at most the configured timeout, the client's 500 ms margin and some scheduling slack */
const BOUND_MS = TIMEOUT_MS + 500 + 1500;

/** BATON_WORKER_STALL_MS of this file's worker */
const STALL_MS = 4000;

let db: EmbeddedDb;
let key: string;
let projectId: string;
let web: Child;
let url: string;
let worker: Child;

beforeAll(async () => {
  ({ db, key, projectId } = await startPrivateDb());
  // the alert evaluator ticks every 200 ms so that an outage is sure to break its self-rescheduling chain
  // and a job runner silent for 4 s with the database up counts as stalled (120 s by default)
  const env = { BATON_DB_TIMEOUT_MS: String(TIMEOUT_MS), BATON_SCORE_DEBOUNCE_MS: "100", BATON_WORKER_HEARTBEAT_MS: "1000", BATON_ALERT_TICK_MS: "200", BATON_WORKER_STALL_MS: String(STALL_MS) };
  ({ url, web } = await startExtraWeb(db.url, env, "outage-web"));
  worker = await startExtraWorker(db.url, env, "outage-worker");
  // faults only mean something once the worker holds its connections (LISTEN, pool, heartbeat)
  await until("the worker's first heartbeat", async () => (await countRows(db.url, `SELECT count(*) FROM baton_runtime.worker_heartbeats`)) > 0, 60_000);
});

afterAll(async () => {
  await Promise.all([web?.stop(), worker?.stop()]);
  await db?.stop().catch(() => {});
  if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
});

const alive = (c: Child) => c.proc.exitCode === null && c.proc.signalCode === null;

/** Four lanes posting batches until stopped; every answer must be 200 or 503 (never a 500 or a dropped connection). */
function ingestUnderLoad(prefix: string) {
  const acked: string[] = [];
  const statuses = new Map<number | string, number>();
  let running = true;
  const lane = async (n: number) => {
    for (let i = 0; running; i++) {
      const events = Array.from({ length: 20 }, (_, j) => msg(`${prefix}-${n}-${(i + j) % 4}`));
      let status: number | string;
      try {
        const res = await postEvents(key, { events }, { base: url });
        status = res.status;
        if (status === 503) expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
        await res.arrayBuffer();
      } catch (err) {
        status = `fetch failed: ${(err as Error).message}`;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      if (status === 200) acked.push(...events.map((e) => e.id));
      else await new Promise((r) => setTimeout(r, 100));
    }
  };
  const done = Promise.all([0, 1, 2, 3].map(lane));
  return {
    acked,
    statuses,
    async stop() {
      running = false;
      await done;
    },
  };
}

/** Every conversation with an acknowledged event is scored over all its events. */
async function expectAllScored(prefix: string) {
  const sql = `SELECT count(*) FILTER (WHERE c.scores IS NULL OR c.event_count IS DISTINCT FROM e.n) AS unscored
                 FROM (SELECT conversation_id, count(*) AS n FROM events WHERE project_id = $1 AND conversation_id LIKE $2 GROUP BY 1) e
                 LEFT JOIN conversations c ON c.project_id = $1 AND c.id = e.conversation_id`;
  await until(`every ${prefix} conversation scored`, async () => (await countRows(db.url, sql, [projectId, `${prefix}-%`])) === 0, 40_000);
}

/** The alert evaluator's self-rescheduling chain survived: a pending run is queued (a run that failed
 *  during the outage stays failed, max_attempts 1, and nothing would queue the next one). */
async function expectAlertEvaluationQueued() {
  const pending = `SELECT count(*) FROM graphile_worker.jobs WHERE key = 'evaluate_alerts' AND locked_at IS NULL AND attempts < max_attempts`;
  await until("a pending alert evaluation", async () => (await countRows(db.url, pending)) > 0, 15_000);
}

async function restartDb() {
  db = await startEmbeddedPostgres({ dataDir: db.dataDir, port: db.port });
}

/** The postmaster and every backend it forked (a frozen server is all of them stopped). */
function serverPids(): number[] {
  const postmaster = Number(fs.readFileSync(path.join(db.dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
  const children = fs
    .readdirSync("/proc")
    .filter((d) => /^\d+$/.test(d))
    .filter((d) => {
      try {
        const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
        return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

describe("database outage under ingest", () => {
  it("fast stop: 503 + Retry-After meanwhile, health hides the connection details, worker survives, everything resumes and is scored", async () => {
    const load = ingestUnderLoad("stop");
    await until("some acknowledged events", async () => load.acked.length >= 200, 20_000);
    await db.stop(); // SIGINT: fast shutdown, every connection gets 57P01

    const during = await postEvents(key, { events: [msg("stop-during")] }, { base: url });
    expect(during.status).toBe(503);
    expect(Number(during.headers.get("retry-after"))).toBeGreaterThan(0);
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(503);
    const body = await health.text();
    expect(JSON.parse(body)).toMatchObject({ status: "degraded", database: "unavailable" });
    // nothing an anonymous caller could use: no host, port, user or driver message
    expect(body).not.toMatch(/127\.0\.0\.1|localhost|postgres|ECONN|:\d{2,5}\b|connect/i);
    expect(body).not.toContain(String(db.port));
    await until("the load to see 503s", async () => (load.statuses.get(503) ?? 0) > 0, 10_000);
    await new Promise((r) => setTimeout(r, 1500)); // an outage of a few seconds, as in the field
    expect(alive(worker)).toBe(true);
    expect(alive(web)).toBe(true);

    await restartDb();
    const before = load.acked.length;
    await until("ingest to succeed again", async () => load.acked.length > before + 100, 30_000);
    await load.stop();
    expect([...load.statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(await countRows(db.url, `SELECT count(*) FROM events WHERE id = ANY($1)`, [load.acked])).toBe(load.acked.length);
    await expectAllScored("stop");
    await expectAlertEvaluationQueued();
    expect(alive(worker)).toBe(true);
    expect(alive(web)).toBe(true);
  });

  it("terminated backends (57P01 on pooled, checked-out and LISTEN connections) kill neither process", async () => {
    const load = ingestUnderLoad("term");
    await until("some acknowledged events", async () => load.acked.length >= 200, 20_000);
    const admin = new pg.Client({ connectionString: db.url });
    admin.on("error", () => {});
    await admin.connect();
    let terminated = 0;
    // several rounds, so connections caught between two queries of a transaction are hit too
    for (let round = 0; round < 10; round++) {
      const { rows } = await admin.query(
        `SELECT count(*)::int AS n FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
          WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend') t`,
      );
      terminated += rows[0].n;
      await new Promise((r) => setTimeout(r, 150));
    }
    await admin.end();
    expect(terminated).toBeGreaterThan(10);
    const before = load.acked.length;
    await until("ingest to keep going", async () => load.acked.length > before + 100, 20_000);
    await load.stop();
    expect([...load.statuses.keys()].filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect(alive(worker)).toBe(true);
    expect(alive(web)).toBe(true);
    expect(await countRows(db.url, `SELECT count(*) FROM events WHERE id = ANY($1)`, [load.acked])).toBe(load.acked.length);
    await expectAllScored("term");
    await expectAlertEvaluationQueued();
  });

  it("frozen database (SIGSTOP): ingest and health answer 503 within the bound, then recover on SIGCONT", async () => {
    expect((await postEvents(key, { events: [msg("frozen-0")] }, { base: url })).status).toBe(200);
    const pids = serverPids();
    expect(pids.length).toBeGreaterThan(2);
    const log = path.resolve("tests/.artifacts/outage-worker.log"); // appended to by every run
    const from = fs.statSync(log).size;
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    try {
      const timed = async (req: () => Promise<Response>) => {
        const t0 = Date.now();
        const res = await req();
        return { res, ms: Date.now() - t0, body: await res.text() };
      };
      const [ingest, health] = await Promise.all([
        timed(() => postEvents(key, { events: [msg("frozen-1")] }, { base: url })),
        timed(() => fetch(`${url}/api/health`)),
      ]);
      expect(ingest.res.status).toBe(503);
      expect(Number(ingest.res.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(ingest.ms).toBeLessThan(BOUND_MS);
      expect(health.res.status).toBe(503);
      expect(JSON.parse(health.body)).toMatchObject({ database: "unavailable", reason: "timeout" });
      expect(health.ms).toBeLessThan(BOUND_MS);
      // near miss: the bound is the configured timeout, not an instant failure
      expect(ingest.ms).toBeGreaterThanOrEqual(TIMEOUT_MS - 200);
    } finally {
      for (const pid of pids) process.kill(pid, "SIGCONT");
    }
    await until("ingest after SIGCONT", async () => (await postEvents(key, { events: [msg("frozen-2")] }, { base: url })).status === 200, 20_000);
    expect((await fetch(`${url}/api/health`)).status).toBe(200);
    expect(alive(worker)).toBe(true);
    await expectAllScored("frozen");
  });
});

describe("a job runner that stalls with the database up", () => {
  it("is replaced after BATON_WORKER_STALL_MS when its queue connections hang (their backends stopped, the rest answering), and what was queued is scored", async () => {
    expect((await postEvents(key, { events: [msg("stall-0")] }, { base: url })).status).toBe(200);
    await expectAllScored("stall");
    // The job queue's own connections (fetches, completions, LISTEN: application_name of
    // lib/worker/queue-pool.ts), idle between polls, stop answering; the worker's heartbeat and
    // the web's connections still do. A fetch then waits for its 60 s statement bound, and every
    // other pooled connection would too.
    const idleQueueBackends = `SELECT pid FROM pg_stat_activity WHERE application_name = 'baton-worker-queue' AND state = 'idle'`;
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    const pids = (await c.query<{ pid: number }>(idleQueueBackends)).rows.map((r) => r.pid);
    await c.end();
    expect(pids.length).toBeGreaterThan(1);
    const log = path.resolve("tests/.artifacts/outage-worker.log"); // appended to by every run
    const from = fs.statSync(log).size;
    for (const pid of pids) process.kill(pid, "SIGSTOP");
    try {
      const t0 = Date.now();
      const events = ["stall-1", "stall-2", "stall-3"].map((id) => msg(id));
      expect((await postEvents(key, { events }, { base: url })).status).toBe(200);
      await expectAllScored("stall");
      const ms = Date.now() - t0;
      // near miss: not scored by the stalled runner itself, which waits on its stopped connections
      expect(ms).toBeGreaterThanOrEqual(STALL_MS - 1500);
      const said = () => fs.readFileSync(log, "utf8").slice(from);
      await until("the worker to say why it replaced the runner", async () => /the job runner stopped \(it fetched and finished no job for 4000 ms/.test(said()), 5000);
    } finally {
      for (const pid of pids) {
        try {
          process.kill(pid, "SIGCONT");
        } catch {
          // the backend may be gone
        }
      }
    }
    expect(alive(worker)).toBe(true);
  });
});

describe("dashboard during an outage", () => {
  it("renders the app's database-unavailable panel, not Next's 500; with the database up the same request goes to /login", async () => {
    const page = () => fetch(`${url}/`, { headers: { cookie: "baton_session=not-a-real-session" }, redirect: "manual" });
    const up = await page();
    expect(up.status).toBe(307); // near miss: database up, unknown session → login
    expect(up.headers.get("location")).toMatch(/\/login$/);

    await db.stop();
    try {
      const down = await page();
      const html = await down.text();
      expect(down.status).toBeLessThan(500);
      expect(html).toContain("The database is unavailable");
      expect(html).toContain('data-testid="database-unavailable"');
    } finally {
      await restartDb();
    }
    await until("the page to redirect again", async () => (await page()).status === 307, 20_000);
  });
});
