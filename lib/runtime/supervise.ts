// Keeps one child process running for `npm start`: when the web server or the worker exits on its
// own (crash, OOM kill, kill -9), one line says why and a new one starts after a backoff (1 s
// doubling to 30 s; back to 1 s once a child has run for a minute), instead of the whole product
// stopping. stop() ends the current child and any restart that is pending. The delays are
// restart-policy.ts's, shared with the clustered web processes (web-cluster.ts).
import type { Child } from "./processes";
import { restartLine, restartPolicy, type RestartPolicyOptions } from "./restart-policy";

export interface SupervisorOptions extends RestartPolicyOptions {
  name: string;
  start: () => Child;
  log?: (line: string) => void;
}

export interface Supervisor {
  /** the child running now (or the one that just exited, while a restart is pending) */
  current(): Child;
  restarts(): number;
  stop(graceMs?: number): Promise<void>;
}

export function supervise(opts: SupervisorOptions): Supervisor {
  const { name } = opts;
  const policy = restartPolicy(opts);
  const log = opts.log ?? ((line: string) => console.error(line));
  let child = opts.start();
  let startedAt = Date.now();
  let restarts = 0;
  let stopped = false;
  let pending: NodeJS.Timeout | undefined;

  const watch = (c: Child) =>
    void c.exited.then((code) => {
      if (stopped || c !== child) return;
      const delay = policy.delayAfterExit(startedAt);
      log(restartLine(`the ${name} process`, code, c.proc.signalCode, delay));
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
