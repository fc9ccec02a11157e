// Numbers read back through prisma.$queryRaw, mapped once and explicitly. Over @prisma/adapter-pg
// int2/int4/float4/float8 arrive as number, int8 (count(*), sum() of an integer column) as bigint
// and numeric (avg() or sum() of a bigint, a ::numeric) as Prisma.Decimal — unlike the raw pg pool,
// whose parser turns int8 into a number (lib/db/pool.ts). A raw row type names what the database
// sends (`n: bigint`) and the query maps it with these before it leaves the data layer;
// tests/api/raw-rows.test.ts checks each mapping on a real PostgreSQL.
import type { Prisma } from "./generated/client";

export type DbNumber = number | bigint | Prisma.Decimal;

/** A count (bigint) or numeric (Decimal) as a JS number; counts and sums here stay far below 2^53. */
export function toNumber(v: DbNumber): number {
  if (typeof v === "number") return v;
  if (typeof v === "bigint") return Number(v);
  return v.toNumber();
}

/** As toNumber, keeping SQL NULL (an aggregate over no rows) as null. */
export function toNumberOrNull(v: DbNumber | null): number | null {
  return v === null ? null : toNumber(v);
}
