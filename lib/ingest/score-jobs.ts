// The scoring-queue half of ingest's statements (./ingest-events.ts): one debounced
// `score_conversation` job per conversation an ingest stored events in, queued in the same
// transaction as the events ("stored ⇔ queued").
//
// A conversation whose job is already waiting — unlocked and never tried — needs no add_jobs: with
// preserve_run_at, graphile's add_jobs would rewrite that row with the same task, payload, run_at,
// priority and attempts (only `revision` and `updated_at` change). Ingest locks such a row (FOR
// UPDATE) until its commit instead, so the worker (whose job fetch skips locked rows) cannot start
// that run before the new events are visible to it; only the other conversations go through
// baton_add_jobs_quiet, and a group whose every conversation is waiting calls it not at all. A
// conversation sends its events in bursts, so within BATON_SCORE_DEBOUNCE_MS most groups find
// their jobs waiting. Measured on one connection (the ingest statement, groups of 1 and 8 single
// events): add_jobs was ~1.4 ms of PostgreSQL CPU per statement of 2.2-2.9 ms (its four planned
// statements), whatever the group's size.
import { QUIET_ADD_JOBS } from "../db/quiet-add-jobs";

/**
 * The graphile_worker.job_spec[] of one debounced scoring job per (p, c) row of `source`
 * (p = project id, c = conversation id), ordered so concurrent callers take job keys in the same order.
 */
export function scoreJobSpecs(source: string, task: string, delayMs: string): string {
  return `(SELECT array_agg(ROW(${task}, json_build_object('projectId', p, 'conversationId', c), NULL,
            now() + make_interval(secs => ${delayMs} / 1000), 25, 'score:' || p || ':' || c, NULL, NULL
          )::graphile_worker.job_spec ORDER BY p, c) FROM ${source})`;
}

/**
 * SQL, a scalar subquery: queues the scoring jobs of the (p, c) rows of `touched` (a CTE visible to
 * it, no row twice) without NOTIFY, locking the rows of those already waiting, in (p, c) order like
 * the specs, so concurrent groups lock jobs in one order. Its value is a count.
 */
export function queueScoring(touched: string, task: string, delayMs: string): string {
  // key = ANY(ARRAY(…)): an index probe per key whatever plan the statement keeps (ingest's connections
  // keep generic plans, lib/db/pool.ts); a join to the jobs table was planned as a scan of the whole
  // table, which the bench grows to ~44,000 queued jobs (0.17 ms of PostgreSQL CPU per event).
  return `(WITH waiting AS (
         SELECT j.key FROM graphile_worker._private_jobs j
         WHERE j.key = ANY (ARRAY(SELECT 'score:' || p || ':' || c FROM ${touched})) AND j.locked_at IS NULL AND j.attempts = 0
         ORDER BY j.payload->>'projectId', j.payload->>'conversationId' FOR UPDATE OF j
       ), specs AS (
         SELECT ${scoreJobSpecs(`(SELECT p, c FROM ${touched} WHERE 'score:' || p || ':' || c NOT IN (SELECT key FROM waiting)) s`, task, delayMs)} AS a
       )
       SELECT CASE WHEN a IS NULL THEN 0 ELSE (SELECT count(*) FROM ${QUIET_ADD_JOBS}(a, true)) END FROM specs)`;
}
