// The worker's two reads that statistics older than the data used to send astray keep their index
// plans (autovacuum is off for both tables here, so the stale statistics stay):
// - graphile-worker's job fetch on the worker's queue pool (lib/worker/queue-pool.ts). The failing
//   case is the one every fresh database and every idle queue produces: the jobs table analyzed
//   while empty, then thousands of jobs queued before autovacuum comes back. On a plain session the
//   planner then reads and sorts every queued job for each fetch of 128. (The fetch's join back to the
//   table under the same statistics is jobs-statistics.test.ts's.)
// - the scoring batch's events read (lib/scoring/persist.ts, eventsRead under EVENTS_PLANNER), for a
//   project whose events all arrived after the events table's last ANALYZE: on a plain session the
//   planner walks the project's primary key, filtering every event of the project.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmbeddedDb } from "../../lib/db/embedded";
import { setDatabaseUrl } from "../../lib/env";
import { enqueueScoring } from "../../lib/ingest/ingest-events";
import { EVENTS_PLANNER, eventsRead } from "../../lib/scoring/persist";
import { makeQueuePool } from "../../lib/worker/queue-pool";
import { fetchPlan, nodes, type PlanNode } from "../helpers/job-fetch";
import { startPrivateDb } from "../helpers/stack";

let db: EmbeddedDb;
let projectId: string;

beforeAll(async () => {
  ({ db, projectId } = await startPrivateDb());
  setDatabaseUrl(db.url);
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  await enqueueScoring(c, projectId, ["seed"], 0); // graphile-worker's task row exists from here
  await c.query(`DELETE FROM graphile_worker._private_jobs`);
  await c.query(`ALTER TABLE graphile_worker._private_jobs SET (autovacuum_enabled = false)`);
  await c.query(`VACUUM ANALYZE graphile_worker._private_jobs`);
  await enqueueScoring(c, projectId, Array.from({ length: 5000 }, (_, i) => `c-${i}`), 0);
  // events: another project's analyzed, then this project's 40,000 (4,000 conversations × 10)
  await c.query(`ALTER TABLE events SET (autovacuum_enabled = false)`);
  await c.query(`INSERT INTO projects (id, name) VALUES ('before', 'before')`);
  for (const p of ["before", projectId]) {
    await c.query(
      `INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data)
       SELECT $1, 'e-' || c || '-' || k, 'c-' || c, now() + make_interval(secs => k), 'message', NULL, NULL,
              jsonb_build_object('role', 'user', 'content', 'Where is my order?')
         FROM generate_series(0, 3999) c, generate_series(0, 9) k`,
      [p],
    );
    if (p === "before") await c.query(`ANALYZE events`);
  }
  await c.end();
}, 120_000);

afterAll(async () => {
  await db?.stop().catch(() => {});
  if (db) fs.rmSync(path.dirname(db.dataDir), { recursive: true, force: true });
});

describe("the worker's queue pool", () => {
  it("fetches through the jobs index, not a sort of every queued job, under statistics taken while the queue was empty", async () => {
    const queue = makeQueuePool(1);
    try {
      const plan = await fetchPlan(queue);
      expect(plan.map((n) => n["Node Type"])).not.toContain("Sort");
      expect(plan.filter((n) => n["Relation Name"] === "_private_jobs" && n["Node Type"] === "Seq Scan")).toEqual([]);
      expect(plan.some((n) => n["Index Name"] === "jobs_main_index" || n["Index Name"] === "jobs_no_queue_index")).toBe(true);
    } finally {
      await queue.end();
    }
  });

  it("(the near miss) a plain session under the same statistics sorts every queued job per fetch", async () => {
    const plain = new pg.Pool({ connectionString: db.url, max: 1 });
    try {
      const plan = await fetchPlan(plain);
      expect(plan.map((n) => n["Node Type"])).toContain("Sort");
    } finally {
      await plain.end();
    }
  });
});

describe("the scoring batch's events read", () => {
  const ids = Array.from({ length: 64 }, (_, i) => `c-${1000 + i}`).sort();

  /** The read's plan nodes, after `settings` in the same transaction. */
  async function readPlan(settings: string[]): Promise<PlanNode[]> {
    const c = new pg.Client({ connectionString: db.url });
    await c.connect();
    try {
      await c.query("BEGIN");
      for (const s of settings) await c.query(s);
      const { rows } = await c.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${eventsRead(`'${projectId}'`, `'{${ids.join(",")}}'::text[]`)}`);
      return nodes(rows[0]["QUERY PLAN"][0].Plan);
    } finally {
      await c.end();
    }
  }

  it("reads the batch's conversations through their own index under statistics taken before the project's events arrived", async () => {
    const plan = await readPlan([EVENTS_PLANNER]);
    expect(plan.map((n) => n["Index Name"]).filter(Boolean)).toEqual(["events_project_id_conversation_id_ts_seq_idx"]);
    expect(plan.map((n) => n["Node Type"])).not.toContain("Sort");
  });

  it("(the near miss) a plain session walks the project's primary key and sorts", async () => {
    const plan = await readPlan([]);
    expect(plan.map((n) => n["Index Name"])).toContain("events_pkey");
    expect(plan.map((n) => n["Node Type"])).toContain("Sort");
  });
});
