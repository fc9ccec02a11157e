// Watches one graphile-worker runner for the two ways it can stop working without ending, so that
// the worker (main.ts) can start a new runner instead of staying up and scoring nothing.
//
// 1. A runner that shut its pool down and then never finished. graphile-worker 0.17.3 batches job
//    completions and failures (`batch()` in its main.js), and that helper counts the batches it has
//    in flight so that `release()` resolves when the count is back to zero. After a batch fails it
//    keeps its "backpressure" marker for good, and every later success or failure of that batcher
//    then subtracts one more from the count. Two failed batches (a database outage with two scoring
//    batches in flight: their completions both fail) take the count below zero, so `release()`
//    never resolves, the pool's shutdown never finishes, and the runner's promise never settles.
//    The pool had already stopped taking jobs: the worker process stayed up and scored nothing
//    until it was restarted (tests/api/outage.test.ts under load; reproduced with the pool's log and
//    its jobs table: due, unlocked jobs untouched for minutes). So once the pool reports its
//    shutdown complete (or failed), the runner gets `graceMs` to settle (in that time it only
//    releases its two batchers and its cron); after that it is abandoned. The watch hears the
//    pool's shutdown from the moment it is created, before `run()`: a runner started during an
//    outage can finish its shutdown while the worker is still busy with its own start-up queries.
//
// 2. A runner that stalls with its pool still up: no fetch answered and no job finished for
//    `stallMs`, counted from when the database last answered the worker's heartbeat after failing
//    (an outage is not a stall). A healthy runner's local queue polls every `pollInterval` (an
//    empty fetch counts) or is busy finishing jobs, so silence that long with the database up
//    means it is stuck. Seen once in CI (tests/api/outage.test.ts, "terminated backends"): after
//    the third runner started, its fetches failed with "Client has encountered a connection error
//    and is not queryable" for over a minute and nothing was scored; the cause inside the driver or
//    the queue was not found, so the worker now recovers from the symptom, whatever its cause.
//
// Either way the runner is stopped without waiting (its own stop may hang on the same release) and
// treated as ended; the worker starts a new one on a new queue pool, after handing back the old
// runner's jobs.
import type { EventEmitter } from "node:events";
import type { Runner } from "graphile-worker";

/** The pool has no running job left: what remains of its shutdown is bookkeeping. */
const POOL_DONE = ["pool:gracefulShutdown:complete", "pool:gracefulShutdown:error", "pool:forcefulShutdown:complete", "pool:forcefulShutdown:error"] as const;
/** The runner is working: its local queue's fetch answered (even with no job), or a job finished. */
const PROGRESS = ["localQueue:getJobs:complete", "job:complete"] as const;

export class AbandonedRunnerError extends Error {
  constructor(graceMs: number) {
    super(`its worker pool shut down but the runner did not finish within ${graceMs} ms (graphile-worker's batch release); abandoned`);
  }
}

export class StalledRunnerError extends Error {
  constructor(stallMs: number) {
    super(`it fetched and finished no job for ${stallMs} ms with the database answering; abandoned`);
  }
}

export class RunnerWatch {
  private lastProgressAt: number;
  private abandon: ((err: Error) => void) | null = null;
  private pending: Error | null = null;
  private timer: NodeJS.Timeout | null = null;

  /** Create it before `run()`, on the emitter that runner alone reports on. */
  constructor(
    private readonly events: EventEmitter,
    private readonly opts: { graceMs: number; stallMs: number; now?: () => number },
  ) {
    this.lastProgressAt = this.now();
    for (const name of POOL_DONE) events.on(name, this.onPoolDone);
    for (const name of PROGRESS) events.on(name, this.onProgress);
  }

  private now() {
    return (this.opts.now ?? Date.now)();
  }

  private onPoolDone = () => {
    // (the first report of the pool's end starts the grace; the timer is the record that it came)
    if (this.timer) return;
    this.timer = setTimeout(() => this.give(new AbandonedRunnerError(this.opts.graceMs)), this.opts.graceMs);
  };

  private onProgress = () => void (this.lastProgressAt = this.now());

  /** The heartbeat failed: the database is away, and the time without progress starts again once it answers. */
  databaseDown(): void {
    this.lastProgressAt = this.now();
  }

  /** The heartbeat succeeded: a runner silent for `stallMs` since its last progress (or outage) is abandoned. */
  checkStall(): void {
    if (this.now() - this.lastProgressAt >= this.opts.stallMs) this.give(new StalledRunnerError(this.opts.stallMs));
  }

  private give(err: Error) {
    if (this.abandon) this.abandon(err);
    else this.pending ??= err;
  }

  /** Settles like `runner.promise`, or rejects with why the runner was abandoned (after stopping it, unawaited). */
  ended(runner: Pick<Runner, "promise" | "stop">): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      let settled = false;
      const settle = (fn: () => void) => {
        if (settled) return;
        settled = true;
        this.abandon = null;
        if (this.timer) clearTimeout(this.timer);
        for (const name of POOL_DONE) this.events.off(name, this.onPoolDone);
        for (const name of PROGRESS) this.events.off(name, this.onProgress);
        fn();
      };
      this.abandon = (err) =>
        settle(() => {
          // stop() ends the runner's cron; its own promise may hang on the same release, so it is not awaited
          runner.stop().catch(() => {});
          reject(err);
        });
      if (this.pending) this.abandon(this.pending);
      runner.promise.then(
        () => settle(resolve),
        (err: unknown) => settle(() => reject(err)),
      );
    });
  }
}
