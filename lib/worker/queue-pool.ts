// The pool graphile-worker runs on (job fetches, completions, failures, its LISTEN client).
import type pg from "pg";
import { makePool } from "../db/pool";

/**
 * The job queue's sessions plan without sorts or sequential scans (each only made the planner's
 * last resort, never forbidden). graphile-worker's fetch takes the first jobs in (priority,
 * run_at) order: its partial index hands them over in that order, ~0.5 ms for 128 at any queue
 * length, but a jobs table last analyzed while idle (or never) is estimated at a few rows, and
 * the planner then reads and sorts every queued job per fetch (EXPLAIN ANALYZE, 10,000 queued:
 * 11-26 ms, growing with the queue) or joins the fetched jobs back by scanning the table once per
 * job (speed12h's auto_explain: 1.3-2.2 s a fetch). Every statement graphile-worker sends on this
 * pool reads jobs by id or through that index, so the settings cost it nothing else; stale
 * statistics no longer choose its plan (docs/evaluation.md, speed13). One join they cannot steer:
 * the fetch's UPDATE joining the jobs it took back to the table, a tie on the planner's numbers when
 * the table was measured empty; the worker analyzes the table then (jobs-statistics.ts).
 */
export const QUEUE_PLANNER = "-c enable_sort=off -c enable_seqscan=off";

export function makeQueuePool(max: number): pg.Pool {
  return makePool({ max, name: "baton-worker-queue", profile: "worker", options: QUEUE_PLANNER });
}
