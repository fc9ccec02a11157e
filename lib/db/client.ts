// The Prisma client singleton, running over the shared pg pool through @prisma/adapter-pg (so its
// connections get the pool's timeouts and 'error' listeners: see pool.ts).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { pool } from "./pool";

// cast: globalThis has no declared slot for the singleton (one client per process across Next's module copies).
const g = globalThis as unknown as { __batonPrisma?: PrismaClient };

export function db(): PrismaClient {
  if (!g.__batonPrisma) {
    g.__batonPrisma = new PrismaClient({ adapter: new PrismaPg(pool()) });
  }
  return g.__batonPrisma;
}

export type { PrismaClient };
