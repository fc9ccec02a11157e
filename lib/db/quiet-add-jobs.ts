// baton_add_jobs_quiet: graphile-worker's own `add_jobs` without its `pg_notify('jobs:insert', …)`,
// for the ingest statement's scoring jobs (issue 17 §4). A NOTIFY takes one database-wide lock at
// commit and holds it until the commit record is flushed (PostgreSQL serialises notifying
// transactions so notifications arrive in commit order), so every ingest group used to wait for
// the previous group's WAL flush: two groups in flight committed one after the other. Measured on
// the 2-core box (load ~5, 8 single-event requests per group, the ingest statement alone): 1, 2, 4
// connections → 131, 149, 153 groups/s with the notify; 120, 189, 241 without.
// The notify only nudges an idle worker to look for jobs that are runnable now; scoring jobs are
// debounced (run_at = now + BATON_SCORE_DEBOUNCE_MS), so the worker finds them on its poll anyway.
//
// The function is derived from the installed `graphile_worker.add_jobs` each time migrations run
// (after graphile's own), so it is graphile's code with one statement removed, whatever graphile
// version is installed; if that statement is no longer found the migration fails rather than
// install a copy that might differ (tests/api/ingest-queue.test.ts compares the two definitions).
import type pg from "pg";

export const QUIET_ADD_JOBS = "baton_add_jobs_quiet";

const NOTIFY = /\n\s*perform pg_notify\('jobs:insert',[^;]*;/g;

/** graphile's add_jobs definition → the same function, renamed, without the notify. */
export function quietAddJobsSql(graphileDef: string): string {
  const head = /CREATE OR REPLACE FUNCTION graphile_worker\.add_jobs\(/;
  if (!head.test(graphileDef)) throw new Error("graphile_worker.add_jobs: unexpected definition (no CREATE OR REPLACE FUNCTION header)");
  const notifies = graphileDef.match(NOTIFY)?.length ?? 0;
  if (notifies !== 1) throw new Error(`graphile_worker.add_jobs: expected one pg_notify('jobs:insert', …), found ${notifies}`);
  return graphileDef.replace(head, `CREATE OR REPLACE FUNCTION public.${QUIET_ADD_JOBS}(`).replace(NOTIFY, "");
}

export async function installQuietAddJobs(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ def: string }>(
    `SELECT pg_get_functiondef('graphile_worker.add_jobs(graphile_worker.job_spec[], boolean)'::regprocedure) AS def`,
  );
  await client.query(quietAddJobsSql(rows[0].def));
  // Its statements are planned at each call, as on the shared pool (force_custom_plan), whatever the
  // caller's session does: ingest's connections keep generic plans (lib/db/pool.ts ingestPool), and
  // plpgsql's generic plan of "clear the key of locked jobs", made while the jobs table was small,
  // scans the whole table: 28.8 ms per call at 25,600 queued jobs (the bench queues ~44,000 with no
  // worker running); planned per call it uses the key index.
  await client.query(`ALTER FUNCTION public.${QUIET_ADD_JOBS}(graphile_worker.job_spec[], boolean) SET plan_cache_mode = force_custom_plan`);
}
