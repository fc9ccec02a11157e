// When to restart a process that exited on its own, for both `npm start` supervisors (supervise.ts
// for the web server and worker, web-cluster.ts for each clustered web process): the delay doubles
// from 1 s to 30 s with each crash in a row, and starts again at 1 s once a process had run for a
// minute (it was healthy; this crash is news, not a crash loop). Pure: the caller passes the clock.
import { backoffMs } from "../db/wait";

export interface RestartPolicyOptions {
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** a process that ran this long counts as healthy: the next crash restarts after the base delay */
  stableMs?: number;
}

export interface RestartPolicy {
  /** The wait before restarting a process that started at `startedAt` and exited at `now`. */
  delayAfterExit(startedAt: number, now?: number): number;
}

export function restartPolicy({ baseDelayMs = 1000, maxDelayMs = 30_000, stableMs = 60_000 }: RestartPolicyOptions = {}): RestartPolicy {
  let attempt = 0;
  return {
    delayAfterExit(startedAt, now = Date.now()) {
      if (now - startedAt >= stableMs) attempt = 0;
      return backoffMs(attempt++, baseDelayMs, maxDelayMs);
    },
  };
}

/** The one line a supervisor logs for an exit: `subject` is e.g. "the worker process". */
export function restartLine(subject: string, code: number | null, signal: string | null, delayMs: number): string {
  const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
  return `baton: ${subject} ${how}; restarting it in ${(delayMs / 1000).toFixed(1)} s`;
}
