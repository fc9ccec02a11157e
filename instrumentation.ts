// Next.js runs register() once when the web server starts. The server already handles SIGINT and
// SIGTERM itself; this only marks the process as stopping, so the database connections that
// Ctrl-C's embedded PostgreSQL ends at the same moment are not reported as an outage.
// register() is also called in the Edge runtime, which has neither signals nor the database pool;
// the build drops the branch below there (NEXT_RUNTIME is inlined), so it bundles no Node.js API.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { markShuttingDown } = await import("./lib/db/pool");
    for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, markShuttingDown);
  }
}
