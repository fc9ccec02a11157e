// The worker vacuums and analyzes graphile-worker's jobs table itself once BATON_WORKER_VACUUM_JOBS jobs have
// started since its last vacuum (lib/worker/jobs-vacuum.ts): an idle queue leaves the table estimated at ~1 row, each completed job leaves a dead
// entry in the index every job fetch walks, and autovacuum comes once a minute at most. Real
// PostgreSQL (a private server, so no other worker's jobs count), real ingest, the real worker;
// the manual vacuums are PostgreSQL's own count (pg_stat_all_tables.vacuum_count, which autovacuum
// does not touch).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { msg, postEvents } from "../helpers/api";
import type { EmbeddedDb } from "../../lib/db/embedded";
import type { Child } from "../../lib/runtime/processes";
import { countRows, startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

let db: EmbeddedDb;
let key: string;
let projectId: string;
let url: string;
let web: Child;
let worker: Child | undefined;
const ENV = { BATON_SCORE_DEBOUNCE_MS: "0", BATON_WORKER_HEARTBEAT_MS: "1000" };

beforeAll(async () => {
  ({ db, key, projectId } = await startPrivateDb());
  ({ url, web } = await startExtraWeb(db.url, ENV, "jobs-vacuum-web"));
});

afterAll(async () => {
  await Promise.all([web?.stop(), worker?.stop()]);
  await db?.stop().catch(() => {});
  if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
});

const vacuums = () => countRows(db.url, `SELECT vacuum_count FROM pg_stat_all_tables WHERE schemaname = 'graphile_worker' AND relname = '_private_jobs'`);
const scored = (prefix: string) =>
  countRows(db.url, `SELECT count(*) FROM conversations WHERE project_id = $1 AND id LIKE $2 AND scores IS NOT NULL`, [projectId, `${prefix}-%`]);

/** Sends n new conversations (one request) and waits until the worker has scored them all. */
async function scoreNew(prefix: string, n: number) {
  const res = await postEvents(key, { events: Array.from({ length: n }, (_, i) => msg(`${prefix}-${i}`)) }, { base: url });
  expect(res.status).toBe(200);
  await until(`${n} ${prefix} conversations scored`, async () => (await scored(prefix)) >= n, 60_000);
}

async function startWorkerWith(vacuumJobs: string) {
  await worker?.stop();
  worker = await startExtraWorker(db.url, { ...ENV, BATON_WORKER_VACUUM_JOBS: vacuumJobs }, `jobs-vacuum-worker-${vacuumJobs}`);
}

/** Several of the worker's 1 s ticks: long enough for a due vacuum to have run. */
const ticks = () => new Promise((r) => setTimeout(r, 3500));

describe("worker's own vacuum of the jobs table", () => {
  it("never vacuums with BATON_WORKER_VACUUM_JOBS=0, whatever it completes", async () => {
    await startWorkerWith("0");
    const before = await vacuums();
    await scoreNew("off", 40);
    await ticks();
    expect(await vacuums()).toBe(before);
  }, 120_000);

  // (the count is of every job the worker starts: the alert evaluation's jobs too, a few a minute)
  it("waits for its count of started jobs (40 of 200: none), then vacuums (240 of 200)", async () => {
    await startWorkerWith("200");
    const before = await vacuums();
    await scoreNew("under", 40);
    await ticks();
    expect(await vacuums()).toBe(before);
    await scoreNew("over", 200);
    await until("the worker's vacuum of the jobs table", async () => (await vacuums()) > before, 15_000);
  }, 120_000);
});
