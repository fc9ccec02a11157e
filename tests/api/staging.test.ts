// Raw framework spans are kept for a retention period, then pruned by the worker's hourly task.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { pruneStagedSpans } from "../../lib/worker/jobs/prune-staged-spans";
import { createTestProject } from "../helpers/api";

describe("staged span retention", () => {
  it("drops spans untouched for the retention period and keeps recent ones", async () => {
    const p = await createTestProject();
    await pool().query(
      `INSERT INTO integration_spans (project_id, source, trace_id, span_id, kind, received_at)
       VALUES ($1, 'otlp', 't-old', 's1', 'tool', now() - interval '8 days'), ($1, 'otlp', 't-new', 's2', 'tool', now() - interval '6 days')`,
      [p.projectId],
    );
    expect(await pruneStagedSpans(7)).toBeGreaterThanOrEqual(1);
    const { rows } = await pool().query(`SELECT trace_id FROM integration_spans WHERE project_id = $1 ORDER BY trace_id`, [p.projectId]);
    expect(rows.map((r) => r.trace_id)).toEqual(["t-new"]);
  });
});

describe("jobs locked by a dead worker", () => {
  it("are handed back when their worker has no fresh heartbeat, and only then", async () => {
    const { recoverStrandedJobs, beat } = await import("../../lib/worker/recovery");
    const add = async (key: string) =>
      (await pool().query(`SELECT id FROM graphile_worker.add_job('noop_test_task', '{}'::json, job_key := $1, run_at := now() + interval '1 hour')`, [key])).rows[0].id;
    const dead = await add(`dead-${Date.now()}`);
    const alive = await add(`alive-${Date.now()}`);
    const lock = (id: string, by: string) =>
      pool().query(`UPDATE graphile_worker._private_jobs SET locked_by = $2, locked_at = now() - interval '1 minute' WHERE id = $1`, [id, by]);
    await lock(dead, "worker-dead-test");
    await lock(alive, "worker-alive-test");
    await beat("test-process", ["worker-alive-test"]);
    const recovered = await recoverStrandedJobs(15_000);
    expect(recovered).toContain("worker-dead-test");
    expect(recovered).not.toContain("worker-alive-test");
    const { rows } = await pool().query(`SELECT id::text, locked_by FROM graphile_worker.jobs WHERE id = ANY($1::bigint[]) ORDER BY id`, [[dead, alive]]);
    expect(rows).toEqual([
      { id: String(dead), locked_by: null },
      { id: String(alive), locked_by: "worker-alive-test" },
    ]);
    await pool().query(`DELETE FROM graphile_worker._private_jobs WHERE id = ANY($1::bigint[])`, [[dead, alive]]);
  });
});
