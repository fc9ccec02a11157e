// The Prisma client singleton, running over the shared pg pool through @prisma/adapter-pg (so its
// connections get the pool's timeouts and 'error' listeners: see pool.ts).
//
// Per-query cost (scripts/bench-prisma.ts --runs 500, CPU µs p50, 2026-11-29, load ~5): Prisma's
// defaults → these settings (raw pool): SELECT 1 405 → 249 (187); the session lookup 500 → 303
// (239); findUnique 656 → 429 (170); groupBy 988 → 668 (355); 200-row reads barely move (1367 →
// 1343 raw, 1980 → 1965 findMany; pool 1095), their cost is per-row mapping. What is left is
// Prisma's own pipeline (argument serialization, plan interpretation, result mapping), with no
// setting to turn off. The two settings, each measured on its own too:
// - errorFormat "minimal": the default ("colorless") captures a stack trace (`new Error()`) on every
//   call, only to point at the caller's line if the query fails; errors keep their code, meta and
//   message, just not that source excerpt. ~60-230 µs CPU per query.
// - named prepared statements (statementNameGenerator): pg parses each SQL text once per connection
//   and then only binds and executes it, which saves the Parse message on this side and parse/analyse
//   work in PostgreSQL (on this machine it shares the cores). ~30-210 µs CPU here per query. Prisma's SQL texts
//   are a bounded set (one per $queryRaw template or Prisma.sql shape, one per model query shape);
//   past MAX_NAMED distinct texts the rest run unnamed, so a stray dynamic text cannot grow every
//   connection's statement cache. The pool plans each execution with its values
//   (plan_cache_mode, pool.ts), so a reused statement never switches to a generic plan.
// The query-plan cache is on by default (Prisma compiles each model query shape once per process).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { pool } from "./pool";

// cast: globalThis has no declared slot for the singleton (one client per process across Next's module copies).
const g = globalThis as unknown as { __batonPrisma?: PrismaClient; __batonStatementNames?: Map<string, string> };

const MAX_NAMED = 500;

/** A stable name per distinct SQL text (the same text gets the same name on every connection, and
 *  in every copy of this module); "" past MAX_NAMED texts, which pg sends as an unnamed statement. */
export function statementName(query: { sql: string }): string {
  const names = (g.__batonStatementNames ??= new Map());
  let name = names.get(query.sql);
  if (name === undefined && names.size < MAX_NAMED) names.set(query.sql, (name = `prisma_${names.size}`));
  return name ?? "";
}

export function db(): PrismaClient {
  if (!g.__batonPrisma) {
    g.__batonPrisma = new PrismaClient({
      adapter: new PrismaPg(pool(), { statementNameGenerator: statementName }),
      errorFormat: "minimal",
    });
  }
  return g.__batonPrisma;
}

export type { PrismaClient };
