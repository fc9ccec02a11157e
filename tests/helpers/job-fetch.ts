// graphile-worker's job fetch as the worker sends it, and its plan on a session (tests of the
// queue's planner: stale-statistics-plans.test.ts, jobs-statistics.test.ts).
import type pg from "pg";

/** The fetch graphile-worker 0.17.3 sends (node_modules/graphile-worker/dist/sql/getJobs.js, queue strategy 2, batch of 128). */
export const FETCH = `with j as (
  select jobs.job_queue_id, jobs.priority, jobs.run_at, jobs.id
    from graphile_worker._private_jobs as jobs
    where jobs.is_available = true and run_at <= now() and task_id = any($2::int[])
    and (jobs.job_queue_id is null or jobs.job_queue_id in (
      select id from graphile_worker._private_job_queues as job_queues where job_queues.is_available = true for update skip locked))
    order by priority asc, run_at asc
    limit 128
    for update skip locked
), q as (
  update graphile_worker._private_job_queues as job_queues set locked_by = $1::text, locked_at = now() from j where job_queues.id = j.job_queue_id
)
update graphile_worker._private_jobs as jobs set attempts = jobs.attempts + 1, locked_by = $1::text, locked_at = now()
  from j where jobs.id = j.id returning *`;

export type PlanNode = {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Index Cond"?: string;
  "Join Filter"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  Plans?: PlanNode[];
};
export const nodes = (n: PlanNode): PlanNode[] => [n, ...(n.Plans ?? []).flatMap(nodes)];

/** The fetch's plan nodes on one session of `p` (a rolled-back transaction: no job stays locked). */
export async function fetchPlan(p: pg.Pool): Promise<PlanNode[]> {
  const c = await p.connect();
  try {
    await c.query("BEGIN");
    const tasks = await c.query<{ ids: number[] }>(`SELECT array_agg(id) AS ids FROM graphile_worker._private_tasks`);
    const { rows } = await c.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${FETCH}`.replace("$2::int[]", `'{${tasks.rows[0].ids.join(",")}}'::int[]`).replaceAll("$1::text", "'planner-test'::text"));
    return nodes(rows[0]["QUERY PLAN"][0].Plan);
  } finally {
    await c.query("ROLLBACK").catch(() => {});
    c.release();
  }
}
