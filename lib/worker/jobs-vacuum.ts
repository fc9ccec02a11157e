// Keeps graphile-worker's jobs table vacuumed and its planner statistics current while the worker
// drains it (issue 12 throughput, SPEC §7 lag). A jobs table is mostly empty when idle, so the
// last (auto)vacuum or analyze usually saw it empty, and PostgreSQL then estimates it at ~1 row
// however many jobs a burst or a backlog puts in: the job fetch's UPDATE … FROM (its locked jobs)
// became a nested loop that read the whole table once per fetched job (20,000 queued: 1.3–2.2 s a
// fetch of 128, auto_explain, docs/evaluation.md "speed12h"). Every job is also an insert, an update
// and a delete, and each completed job leaves a dead entry in the index every fetch walks.
// Autovacuum visits a database once a minute at most, so the worker can vacuum and analyze the table
// itself (off by default: no throughput gain measured yet) once BATON_WORKER_VACUUM_JOBS jobs have started since its last vacuum — while the table is
// full, so the statistics it leaves describe a busy queue (an overestimate for an empty table costs
// nothing) — and never spends more than about a tenth of the time on it (each wait is at least ten
// times the last vacuum's duration). One at a time, on the worker's pool (its statement and lock
// timeouts apply); a failure (the database down) is retried at a later tick and never stops scoring.
import type pg from "pg";

/** How often the worker looks at its count of started jobs. */
export const VACUUM_TICK_MS = 1000;
/** A vacuum waits at least this many times the last one's duration after it (≤ ~10 % of the time). */
const SPACING = 10;
// ANALYZE: the row estimate is the point as much as the dead entries; INDEX_CLEANUP ON: AUTO may
// skip the indexes of a small table; TRUNCATE OFF: giving back the table's empty tail takes an
// exclusive lock that job fetches and add_jobs would queue behind; SKIP_LOCKED: never wait for
// another vacuum of it.
const VACUUM_SQL = `VACUUM (ANALYZE, INDEX_CLEANUP ON, TRUNCATE OFF, SKIP_LOCKED) graphile_worker._private_jobs`;

export class JobsVacuum {
  private started = 0;
  private running = false;
  private notBefore = 0;

  /** `every` started jobs between vacuums (0: never vacuum). */
  constructor(
    private readonly pool: () => pg.Pool,
    private readonly every: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** One job started (graphile-worker's job:start). */
  note(): void {
    this.started++;
  }

  /** Vacuums when enough jobs have started and the last vacuum is long enough ago; resolves when done (never rejects). */
  async tick(): Promise<boolean> {
    if (!this.every || this.running || this.started < this.every || this.now() < this.notBefore) return false;
    this.running = true;
    const counted = this.started;
    const began = this.now();
    try {
      await this.pool().query(VACUUM_SQL);
      this.started -= counted;
      return true;
    } catch {
      return false; // the database is away: a later tick tries again
    } finally {
      this.running = false;
      this.notBefore = this.now() + SPACING * (this.now() - began);
    }
  }
}
