// Keeps graphile-worker's jobs table free of dead rows while the worker drains it (issue 12
// throughput, SPEC §7 lag). Every job is an insert, an update when it is locked and a delete when it
// completes; the job fetch walks jobs_main_index in (priority, run_at) order, and until a vacuum
// removes them, every completed job leaves an entry there that each later fetch reads again (a
// bitmap scan cannot mark them dead). Autovacuum visits a database once a minute at most, so over a
// backlog or a 20-second burst the fetch grows with every job done: 10,000 lag-shape conversations
// spent 48.7 s of PostgreSQL time in 114 fetches (427 ms each, load 9–11) against 1.4 s with a
// vacuum every second (docs/evaluation.md, "speed12h"). The worker therefore vacuums the table
// itself once BATON_WORKER_VACUUM_JOBS jobs have completed since the last vacuum, and never spends
// more than about a tenth of the time on it (each wait is at least ten times the last vacuum's
// duration). One at a time, on the worker's pool (its statement and lock timeouts apply); a failure
// (the database down) is retried at the next tick and never stops scoring.
import type pg from "pg";

/** How often the worker looks at its count of completed jobs. */
export const VACUUM_TICK_MS = 1000;
/** A vacuum waits at least this many times the last one's duration after it (≤ ~10 % of the time). */
const SPACING = 10;
// INDEX_CLEANUP ON: the dead index entries are the point (AUTO may skip them on a small table);
// TRUNCATE OFF: giving back the table's empty tail takes an exclusive lock that job fetches and
// add_jobs would queue behind; SKIP_LOCKED: never wait for another vacuum of it.
const VACUUM_SQL = `VACUUM (INDEX_CLEANUP ON, TRUNCATE OFF, SKIP_LOCKED) graphile_worker._private_jobs`;

export class JobsVacuum {
  private completed = 0;
  private running = false;
  private notBefore = 0;

  /** `every` completed jobs between vacuums (0: never vacuum). */
  constructor(
    private readonly pool: () => pg.Pool,
    private readonly every: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** One job completed (graphile-worker's job:complete). */
  note(): void {
    this.completed++;
  }

  /** Vacuums when enough jobs have completed and the last vacuum is long enough ago; resolves when done (never rejects). */
  async tick(): Promise<boolean> {
    if (!this.every || this.running || this.completed < this.every || this.now() < this.notBefore) return false;
    this.running = true;
    const done = this.completed;
    const started = this.now();
    try {
      await this.pool().query(VACUUM_SQL);
      this.completed -= done;
      return true;
    } catch {
      return false; // the database is away: the next tick tries again
    } finally {
      this.running = false;
      this.notBefore = this.now() + SPACING * (this.now() - started);
    }
  }
}
