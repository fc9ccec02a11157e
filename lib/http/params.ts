// Shared zod fragments for query strings: time ranges and keyset paging.
import { z } from "zod";
import { isTimeInRange, TIME_RANGE_MESSAGE } from "../time-range";
import { stringProblem } from "./json-guard";

const Instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date(), z.coerce.number().int().min(0)])
  .transform((v) => new Date(v))
  .refine((d) => isTimeInRange(d.getTime()), TIME_RANGE_MESSAGE);

export const DateRange = z.object({ from: Instant.optional(), to: Instant.optional() });

export const Paging = z.object({
  cursor: z.string().max(512).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Opaque keyset cursor: base64url of the last row's sort key. */
export function encodeCursor(parts: Array<string | number>): string {
  return Buffer.from(JSON.stringify(parts)).toString("base64url");
}

/**
 * The cursor's parts, or null when it is not one this API made: both keyset cursors are
 * [time, id], and a forged one (an invalid or out-of-range time, a NUL) must not reach PostgreSQL.
 */
export function decodeCursor(cursor: string | undefined): Array<string | number> | null {
  if (!cursor) return null;
  let v: unknown;
  try {
    v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  if (!Array.isArray(v) || !v.every((x) => typeof x === "number" || (typeof x === "string" && stringProblem(x) === null))) return null;
  return isTimeInRange(new Date(String(v[0])).getTime()) ? v : null;
}
