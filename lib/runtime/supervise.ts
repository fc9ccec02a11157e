// Keeps one child process running for `npm start`: when the web server or the worker exits on its
// own (crash, OOM kill, kill -9), one line says why and a new one starts after a backoff (1 s
// doubling to 30 s; back to 1 s once a child has run for a minute), instead of the whole product
// stopping. stop() ends the current child and any restart that is pending.
import { backoffMs } from "../db/wait";
import type { Child } from "./processes";

export interface SupervisorOptions {
  name: string;
  start: () => Child;
  log?: (line: string) => void;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** a child that ran this long counts as healthy: the next crash restarts after the base delay */
  stableMs?: number;
}

export interface Supervisor {
  /** the child running now (or the one that just exited, while a restart is pending) */
  current(): Child;
  restarts(): number;
  stop(graceMs?: number): Promise<void>;
}

export function supervise(opts: SupervisorOptions): Supervisor {
  const { name, baseDelayMs = 1000, maxDelayMs = 30_000, stableMs = 60_000 } = opts;
  const log = opts.log ?? ((line: string) => console.error(line));
  let child = opts.start();
  let startedAt = Date.now();
  let attempt = 0;
  let restarts = 0;
  let stopped = false;
  let pending: NodeJS.Timeout | undefined;

  const watch = (c: Child) =>
    void c.exited.then((code) => {
      if (stopped || c !== child) return;
      if (Date.now() - startedAt >= stableMs) attempt = 0;
      const delay = backoffMs(attempt++, baseDelayMs, maxDelayMs);
      const how = c.proc.signalCode ? `was killed by ${c.proc.signalCode}` : `exited with code ${code}`;
      log(`baton: the ${name} process ${how}; restarting it in ${(delay / 1000).toFixed(1)} s`);
      pending = setTimeout(() => {
        if (stopped) return;
        restarts++;
        child = opts.start();
        startedAt = Date.now();
        watch(child);
      }, delay);
    });
  watch(child);

  return {
    current: () => child,
    restarts: () => restarts,
    async stop(graceMs) {
      stopped = true;
      clearTimeout(pending);
      await child.stop(graceMs);
    },
  };
}
