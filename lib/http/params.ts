// Shared zod fragments for query strings and path ids: time ranges, free text, keyset paging.
// Every value that reaches PostgreSQL is checked here first, so bad input is a 400 naming the
// parameter, never a database error turned into a 500 (PostgreSQL rejects NUL in text).
import { z } from "zod";
import { encodeCursor, type Keyset } from "../db/paging";
import { isTimeInRange, TIME_RANGE_MESSAGE } from "../time-range";
import { stringProblem } from "./json-guard";

const Instant = z
  .union([z.iso.datetime({ offset: true }), z.iso.date(), z.coerce.number().int().min(0)])
  .transform((v) => new Date(v))
  .refine((d) => isTimeInRange(d.getTime()), TIME_RANGE_MESSAGE);

export const DateRange = z.object({ from: Instant.optional(), to: Instant.optional() });

/** PostgreSQL text cannot hold NUL: refuse it at the boundary (as ingest does) instead of failing in SQL. */
export const hasNoNul = (s: string) => !s.includes("\0");
export const NUL_MESSAGE = "contains a NUL character (%00 / \\u0000)";

/** A string parameter (filter, search text, id) of 1..max characters without NUL. */
export const Text = (max: number) => z.string().min(1).max(max).refine(hasNoNul, NUL_MESSAGE);

// Keysets and cursors belong to the data layer (lib/db/paging.ts); re-exported for older imports.
export { encodeCursor, type Keyset };

const KeysetJson = z.tuple([z.iso.datetime(), Text(512)]);

/** The keyset a cursor stands for, or null when it is not one this API issued (a forged time or id never reaches PostgreSQL). */
export function decodeCursor(cursor: string): Keyset | null {
  try {
    const res = KeysetJson.safeParse(JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")));
    if (!res.success || stringProblem(res.data[1]) !== null) return null;
    const at = new Date(res.data[0]);
    return isTimeInRange(at.getTime()) ? { at, id: res.data[1] } : null;
  } catch {
    return null;
  }
}

/** A cursor parameter, decoded; a malformed or tampered one is a 400 at `cursor` (never page 1).
 *  An empty one means "first page", for clients that send `cursor=${nextCursor ?? ""}`. */
export const Cursor = z
  .string()
  .max(512)
  .transform((s, ctx) => {
    if (s === "") return undefined;
    const k = decodeCursor(s);
    if (!k) ctx.addIssue({ code: "custom", message: "not a cursor from this API (pass nextCursor back unchanged)" });
    return k ?? z.NEVER;
  });

export const Paging = z.object({
  cursor: Cursor.optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
