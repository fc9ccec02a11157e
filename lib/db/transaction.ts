// Raw-SQL transactions on the shared pool: everything inside commits together or not at all.
// Only the scoring batch uses it (hot write path, lib/scoring/persist.ts: set-based writes took the
// worker from ~620 to ~2,600–3,400 conversations/s; a rollup upsert 131 ms vs 12.9 s through Prisma).
import type pg from "pg";
import { isDatabaseUnavailable } from "../errors";
import { pool } from "./pool";

export function withTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return transaction(fn, false);
}

/**
 * Like withTransaction, but fn sends the BEGIN with its first statement and the COMMIT with its
 * last (`BEGIN; …` and `…; COMMIT` in simple-query strings, values written with sqlLiteral): node-pg
 * waits for each statement's answer before it sends the next, so a BEGIN or COMMIT of its own is a
 * round trip. An error rolls back as withTransaction does.
 */
export function withInlineTransaction<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  return transaction(fn, true);
}

async function transaction<T>(fn: (client: pg.PoolClient) => Promise<T>, inline: boolean): Promise<T> {
  const client = await pool().connect();
  try {
    if (!inline) await client.query("BEGIN");
    const out = await fn(client);
    if (!inline) await client.query("COMMIT");
    client.release();
    return out;
  } catch (err) {
    // A lost or frozen connection is discarded, not rolled back: the server rolls back a
    // connection that goes away, and a ROLLBACK queued behind a hung statement would wait out a
    // second query timeout before the caller could answer 503.
    const reusable = !isDatabaseUnavailable(err) && (await client.query("ROLLBACK").then(() => true, () => false));
    client.release(reusable ? undefined : (err as Error));
    throw err;
  }
}
