// Next.js runs register() once when the web server starts. The server already handles SIGINT and
// SIGTERM itself; this only marks the process as stopping, so the database connections that
// Ctrl-C's embedded PostgreSQL ends at the same moment are not reported as an outage.
export async function register(): Promise<void> {
  const { markShuttingDown } = await import("./lib/db/pool");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, markShuttingDown);
}
