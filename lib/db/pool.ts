// One pg Pool per process, shared by raw SQL (bulk insert, rollups) and Prisma's adapter.
import pg from "pg";
import { databaseUrl, env } from "../env";

const g = globalThis as unknown as { __batonPool?: pg.Pool };

// jsonb and timestamptz come back as JS values; bigint (int8) as number where it fits.
pg.types.setTypeParser(20, (v: string) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v;
});

let shuttingDown = false;
/** Called by a process's own signal handler: from then on, lost connections are expected. */
export const markShuttingDown = () => void (shuttingDown = true);
export const isShuttingDown = () => shuttingDown;

export function pool(): pg.Pool {
  if (!g.__batonPool) {
    g.__batonPool = new pg.Pool({
      connectionString: databaseUrl(),
      max: env().BATON_DB_POOL_SIZE,
      connectionTimeoutMillis: 3000,
      idleTimeoutMillis: 30_000,
      application_name: "baton",
    });
    // An idle client losing its connection (database restart) must not crash the process.
    g.__batonPool.on("error", (err) => {
      // Ctrl-C reaches the embedded PostgreSQL too (same process group), which then ends every
      // connection: expected while shutting down, not worth a line.
      if (!shuttingDown) console.error("[db] idle client error:", err.message);
    });
  }
  return g.__batonPool;
}

export async function closePool(): Promise<void> {
  const p = g.__batonPool;
  g.__batonPool = undefined;
  if (p) await p.end();
}
