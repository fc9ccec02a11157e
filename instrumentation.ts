// Next.js runs register() once when the web server starts. The server already handles SIGINT and
// SIGTERM itself; this only marks the process as stopping, so the database connections that
// Ctrl-C's embedded PostgreSQL ends at the same moment are not reported as an outage.
// It also makes Prisma Client load its query compiler now rather than on the first request (a
// login on a fresh process would otherwise pay it inside the login throttle's lockout window).
export async function register(): Promise<void> {
  const { markShuttingDown } = await import("./lib/db/pool");
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, markShuttingDown);
  const { db } = await import("./lib/db/client");
  // a database that is not up yet only means no warm-up: requests answer 503 until it is
  void Promise.resolve()
    .then(() => db().$queryRaw`SELECT 1`)
    .catch(() => {});
}
