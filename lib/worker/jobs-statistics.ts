// The jobs table's planner statistics, mended when a backlog outgrows them.
//
// graphile-worker's job table is empty most of the time between bursts, so autovacuum often
// measures it empty: `reltuples` 0 over the pages the table still has (dead rows are not counted,
// and a vacuum cannot always truncate the pages it emptied). PostgreSQL estimates a table's rows
// as the last measured density (reltuples / relpages) times the pages it has now, so from then on
// every queued job is estimated at one row until the next ANALYZE, whatever the queue holds.
// graphile-worker's fetch (`UPDATE _private_jobs … FROM j WHERE jobs.id = j.id`, j the 128 jobs
// taken) is then planned as a nested loop over *every* queued job with the 128 as a filter, and
// its completion (`DELETE … USING unnest($1)`) likewise: with 100,000 queued, 2.6 s per fetch and
// ~20 ms per completion instead of ~5 and ~1 ms (PostgreSQL 18, the worker's statements timed and
// EXPLAIN ANALYZEd: docs/evaluation.md, forty-eighth session). The queue pool's planner settings
// (queue-pool.ts) keep the fetch's own scan on its index, but this join is a tie on the planner's
// numbers; planning each fetch afresh (plan_cache_mode=force_custom_plan) still took 2.1 s. The
// next ANALYZE mends it, and autovacuum's comes up to a naptime (a minute by default) later:
// `npm run bench`'s drain spent its first 10–30 s there, at ~130 conversations/s.
//
// So a worker that is handed a full batch (a backlog) looks at the table's statistics, at most
// once a second, and runs ANALYZE when the planner's estimate is under a tenth of the rows the
// table holds (counted up to LIVE_COUNTED); ANALYZE also drops the cached plans that
// graphile-worker's prepared statements hold. Below MIN_LIVE_JOBS a wrong plan costs little.
// Without the right to ANALYZE the table PostgreSQL skips it with a warning, so this never fails a
// job; the worker then looks again only after SKIPPED_BACKOFF_MS.
import type pg from "pg";

/** What pg_class says about the jobs table, and what the table holds now. */
export interface JobsTableStats {
  /** pg_class.reltuples: rows at the last ANALYZE or VACUUM (-1: never measured) */
  reltuples: number;
  /** pg_class.relpages: pages at that measurement */
  relpages: number;
  /** pages the table has now */
  pages: number;
  /** rows the table holds now, counted up to LIVE_COUNTED */
  live: number;
}

/** Fewer live jobs than this: a fetch that reads every one of them still takes milliseconds. */
export const MIN_LIVE_JOBS = 1_000;
/** The planner's row estimate under live rows divided by this is stale. */
export const STALE_FACTOR = 10;
/**
 * Rows counted at most (a scan that stops there: ~1–2 ms, or more over dead rows). The cumulative
 * statistics' n_live_tup costs nothing but lags: a session's counts reach it when the session has been
 * idle or a second has passed, and a small backlog was drained before its jobs were counted there.
 * A planner estimate of a tenth of this is not the failing case (one row).
 */
export const LIVE_COUNTED = 10_000;
/** At most one look at the statistics per process per this many ms. */
export const CHECK_INTERVAL_MS = 1_000;

const JOBS_TABLE = "graphile_worker._private_jobs";

/**
 * The rows the planner believes the table holds (PostgreSQL's table size estimate: density at the
 * last measurement times the pages now); null when it sizes the table by its row width instead
 * (never measured, or measured with no pages), which grows with the table.
 */
export function plannerRows(s: JobsTableStats): number | null {
  if (s.reltuples < 0 || s.relpages <= 0) return null;
  return (s.reltuples / s.relpages) * s.pages;
}

/** Are the statistics far enough behind the queue to plan its fetch wrongly? */
export function statisticsStale(s: JobsTableStats): boolean {
  const planned = plannerRows(s);
  return planned !== null && s.live >= MIN_LIVE_JOBS && planned * STALE_FACTOR < s.live;
}

type Queryable = Pick<pg.Pool, "query">;

export async function jobsTableStats(db: Queryable): Promise<JobsTableStats | null> {
  const { rows } = await db.query<JobsTableStats>(
    `SELECT c.reltuples::float8 AS reltuples, c.relpages::float8 AS relpages,
            (pg_relation_size(c.oid) / current_setting('block_size')::int)::float8 AS pages,
            (SELECT count(*) FROM (SELECT 1 FROM ${JOBS_TABLE} LIMIT $2) AS queued)::float8 AS live
       FROM pg_class c
      WHERE c.oid = to_regclass($1)`,
    [JOBS_TABLE, LIVE_COUNTED],
  );
  return rows[0] ?? null;
}

/**
 * Analyzes the jobs table when its statistics are stale: "fresh" when they were not, "analyzed" when
 * they are no longer, "skipped" when they still are (PostgreSQL skipped the ANALYZE: no right to it,
 * or another ANALYZE of the table was running).
 */
export async function refreshJobsStatistics(db: Queryable): Promise<"fresh" | "analyzed" | "skipped"> {
  const stats = await jobsTableStats(db);
  if (!stats || !statisticsStale(stats)) return "fresh";
  // SKIP_LOCKED: another worker's (or autovacuum's) ANALYZE already running does the same
  await db.query(`ANALYZE (SKIP_LOCKED) ${JOBS_TABLE}`);
  const after = await jobsTableStats(db);
  return after && statisticsStale(after) ? "skipped" : "analyzed";
}

/** After a skipped ANALYZE, the next look waits this long (a role without the right would otherwise ask every second). */
export const SKIPPED_BACKOFF_MS = 5 * 60_000;

/** One process's throttle: a look at most every CHECK_INTERVAL_MS, never two at once. */
export function jobsStatisticsWatch(db: () => Queryable, onAnalyzed: () => void = () => {}): () => void {
  let next = -Infinity;
  let busy = false;
  return () => {
    const now = performance.now();
    if (busy || now < next) return;
    next = now + CHECK_INTERVAL_MS;
    busy = true;
    refreshJobsStatistics(db())
      .then((done) => {
        if (done === "analyzed") onAnalyzed();
        if (done === "skipped") next = performance.now() + SKIPPED_BACKOFF_MS;
      })
      .catch(() => {}) // the database down: the heartbeat reports it; the next full batch looks again
      .finally(() => (busy = false));
  };
}
