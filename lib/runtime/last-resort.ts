// Process-level last resort for the worker and `npm start`: an error nothing else caught gets one
// log line. A lost database connection is recoverable (pools reconnect, the worker restarts its job
// runner), so the process keeps running; anything else leaves the process in an unknown state, so
// it exits non-zero and its supervisor (`npm start`, docker's restart policy) starts a fresh one.
import { logUnlessStopping } from "../db/pool";
import { isDatabaseUnavailable } from "../errors";

export function installLastResort(prefix: string, isStopping: () => boolean = () => false): void {
  const handle = (kind: string) => (err: unknown) => {
    const message = (err as Error)?.message ?? String(err);
    if (isDatabaseUnavailable(err) || isStopping()) {
      if (!isStopping()) logUnlessStopping(`${prefix}: database connection lost (${message}); continuing`);
      return;
    }
    const where = String((err as Error)?.stack ?? "").split("\n").find((l) => l.trim().startsWith("at "))?.trim();
    console.error(`${prefix}: ${kind}, exiting: ${message}${where ? ` (${where})` : ""}`);
    process.exit(1);
  };
  process.on("uncaughtException", handle("uncaught exception"));
  process.on("unhandledRejection", handle("unhandled rejection"));
}
