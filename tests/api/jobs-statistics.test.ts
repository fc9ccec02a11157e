// The worker mends the jobs table's statistics when a backlog outgrows them (lib/worker/jobs-statistics.ts).
// The failing case is an idle queue's: the table measured with no live job but pages left over
// (ANALYZE after the last jobs were deleted; autovacuum is off here so nothing else measures it),
// then thousands of jobs queued. graphile-worker's fetch on the worker's own queue pool then joins
// the 128 jobs it took back to the table in a nested loop that reads those 128 once per queued job.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbeddedDb } from "../../lib/db/embedded";
import { enqueueScoring } from "../../lib/ingest/ingest-events";
import { jobsTableStats, plannerRows, refreshJobsStatistics } from "../../lib/worker/jobs-statistics";
import { makeQueuePool } from "../../lib/worker/queue-pool";
import { setDatabaseUrl } from "../../lib/env";
import { fetchPlan, nodes, type PlanNode } from "../helpers/job-fetch";
import { startExtraWorker, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

let db: EmbeddedDb;
let admin: pg.Pool;
let projectId: string;
const QUEUED = 5_000;

/**
 * How many times the fetch's UPDATE reads the 128 jobs it took (the CTE `j`) while joining them back
 * to the jobs table: once, or once per queued job when the join is a nested loop over the table.
 */
function takenJobsReads(plan: PlanNode[]): number {
  const join = plan.find((n) => /Join|Nested Loop/.test(n["Node Type"]) && nodes(n).some((c) => c["Index Name"] === "jobs_pkey1" || (c["Relation Name"] === "_private_jobs" && c["Node Type"] === "Seq Scan")))!;
  return Math.max(...nodes(join).filter((n) => n["Node Type"] === "CTE Scan").map((n) => n["Actual Loops"] ?? 1));
}

/** The idle queue (every job run and gone, the table measured with their pages but no live row), then a backlog of `QUEUED` jobs. */
async function backlogAfterIdle(prefix: string): Promise<void> {
  await admin.query(`DELETE FROM graphile_worker._private_jobs`);
  await admin.query(`ANALYZE graphile_worker._private_jobs`);
  await enqueueScoring(admin, projectId, Array.from({ length: QUEUED }, (_, i) => `${prefix}-${i}`), 0);
}

beforeAll(async () => {
  ({ db, projectId } = await startPrivateDb());
  setDatabaseUrl(db.url);
  admin = new pg.Pool({ connectionString: db.url, max: 2 });
  await admin.query(`ALTER TABLE graphile_worker._private_jobs SET (autovacuum_enabled = false)`);
  // jobs that ran and left their pages behind
  await enqueueScoring(admin, projectId, Array.from({ length: 300 }, (_, i) => `done-${i}`), 0);
  await backlogAfterIdle("c");
}, 120_000);

afterAll(async () => {
  await admin?.end().catch(() => {});
  await db?.stop().catch(() => {});
  if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
});

describe("the jobs table's statistics", () => {
  it("(the failure) measured with the queue empty, the planner counts thousands of queued jobs as one, and each fetch reads every one", async () => {
    const stats = (await jobsTableStats(admin))!;
    expect(stats.reltuples).toBe(0);
    expect(stats.relpages).toBeGreaterThan(0);
    expect(plannerRows(stats)).toBeLessThan(1);
    const queue = makeQueuePool(1);
    try {
      expect(takenJobsReads(await fetchPlan(queue))).toBeGreaterThanOrEqual(QUEUED - 128);
    } finally {
      await queue.end();
    }
  });

  it("are analyzed by the worker's check, and the fetch then reads only the jobs it took", async () => {
    expect(await refreshJobsStatistics(admin)).toBe("analyzed");
    const stats = (await jobsTableStats(admin))!;
    expect(plannerRows(stats)).toBeGreaterThan(QUEUED / 2);
    const queue = makeQueuePool(1);
    try {
      expect(takenJobsReads(await fetchPlan(queue))).toBe(1);
    } finally {
      await queue.end();
    }
  });

  it("(the near miss) statistics that match the queue are left alone", async () => {
    const before = (await jobsTableStats(admin))!;
    expect(await refreshJobsStatistics(admin)).toBe("fresh");
    expect(before.reltuples).toBeGreaterThan(0);
    expect((await jobsTableStats(admin))!.reltuples).toBe(before.reltuples);
  });

  it("(the near miss) stale, but the worker's role may not analyze the table: skipped, not an error", async () => {
    await backlogAfterIdle("r");
    // (BYPASSRLS: graphile-worker's tables have row-level security, and the worker's own role owns them)
    await admin.query(`CREATE ROLE jobs_reader LOGIN BYPASSRLS PASSWORD 'jobs-reader'`);
    await admin.query(`GRANT USAGE ON SCHEMA graphile_worker TO jobs_reader; GRANT SELECT ON graphile_worker._private_jobs TO jobs_reader`);
    const url = new URL(db.url);
    url.username = "jobs_reader";
    url.password = "jobs-reader";
    const reader = new pg.Pool({ connectionString: url.toString(), max: 1 });
    try {
      expect(await refreshJobsStatistics(reader)).toBe("skipped");
      expect(plannerRows((await jobsTableStats(admin))!)).toBeLessThan(1);
    } finally {
      await reader.end();
    }
  });

  it("are analyzed by a running worker as soon as it is handed a full batch", async () => {
    // (conversations with no events: each job ends at once)
    await backlogAfterIdle("w");
    expect(plannerRows((await jobsTableStats(admin))!)).toBeLessThan(1);
    const worker = await startExtraWorker(db.url, {}, "jobs-statistics-worker");
    try {
      // (autovacuum is off for the table, and nothing else here analyzes it)
      await until("the worker's ANALYZE of the jobs table", async () => (await jobsTableStats(admin))!.reltuples > 128, 60_000);
    } finally {
      await worker.stop();
    }
  }, 90_000);
});
