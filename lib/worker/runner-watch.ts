// Waits for a graphile-worker runner to end — or gives up on one that shut its pool down and then
// never finished.
//
// Why: graphile-worker 0.17.3 batches job completions and failures (`batch()` in its main.js), and
// that helper counts the batches it has in flight so that `release()` resolves when the count is
// back to zero. After a batch fails it keeps its "backpressure" marker for good, and every later
// success or failure of that batcher then subtracts one more from the count. Two failed batches
// (a database outage with two scoring batches in flight: their completions both fail) take the count
// below zero, so `release()` never resolves, the pool's shutdown never finishes, and the runner's
// promise never settles. The pool had already stopped taking jobs: the worker process stayed up and
// scored nothing until it was restarted (tests/api/outage.test.ts under load; reproduced with the
// pool's log and its jobs table: due, unlocked jobs untouched for minutes).
//
// So once the pool reports its shutdown complete (or failed), the runner gets `graceMs` to settle
// (in that time it only releases its two batchers and its cron); after that it is stopped without
// waiting and treated as ended, and the worker starts a new runner (main.ts), which hands back the
// old pool's jobs first.
import type { EventEmitter } from "node:events";
import type { Runner } from "graphile-worker";

/** The pool has no running job left: what remains of its shutdown is bookkeeping. */
const POOL_DONE = ["pool:gracefulShutdown:complete", "pool:gracefulShutdown:error", "pool:forcefulShutdown:complete", "pool:forcefulShutdown:error"] as const;

export class AbandonedRunnerError extends Error {
  constructor(graceMs: number) {
    super(`its worker pool shut down but the runner did not finish within ${graceMs} ms (graphile-worker's batch release); abandoned`);
  }
}

/**
 * Settles like `runner.promise`, or rejects with AbandonedRunnerError when `graceMs` pass after the
 * runner's pool (the only one reporting on `events`) finished its shutdown and the runner has not.
 */
export function runnerEnded(runner: Pick<Runner, "promise" | "stop">, events: EventEmitter, graceMs: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    let timer: NodeJS.Timeout | null = null;
    const onPoolDone = () => {
      timer ??= setTimeout(() => {
        cleanup();
        // stop() ends the runner's cron; its own promise may hang on the same release, so it is not awaited
        runner.stop().catch(() => {});
        reject(new AbandonedRunnerError(graceMs));
      }, graceMs);
    };
    const cleanup = () => {
      if (timer) clearTimeout(timer);
      for (const name of POOL_DONE) events.off(name, onPoolDone);
    };
    for (const name of POOL_DONE) events.on(name, onPoolDone);
    runner.promise.then(
      () => (cleanup(), resolve()),
      (err: unknown) => (cleanup(), reject(err)),
    );
  });
}
