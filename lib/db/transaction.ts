// Raw-SQL transactions on the shared pool: everything inside commits together or not at all.
import type pg from "pg";
import { isDatabaseUnavailable } from "../errors";
import { pool } from "./pool";

export async function withTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool().connect();
  try {
    await client.query("BEGIN");
    const out = await fn(client);
    await client.query("COMMIT");
    client.release();
    return out;
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    // A broken connection must not go back to the pool.
    client.release(isDatabaseUnavailable(err) ? (err as Error) : undefined);
    throw err;
  }
}
