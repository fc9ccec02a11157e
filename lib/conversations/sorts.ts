// The sortable columns of the conversations list and their keyset cursors (issue 15, item 6). Each
// sort is one indexed column or expression with the conversation id as tie-breaker, so any page is
// a short index walk (migration 20261129060000_conversation_triage). A cursor names the sort it
// belongs to and which way it pages (older = further along the sort, newer = back towards its start);
// a cursor from another sort, or hand-made, is refused here and never reaches PostgreSQL.
import { z } from "zod";
import { Prisma } from "../db/generated/client";
import { isTimeInRange } from "../time-range";
import { stringProblem } from "../http/json-guard";

export const SORTS = {
  last: { sql: "last_at", kind: "time", label: "Last event" },
  handoffs: { sql: "handoff_count", kind: "int", label: "Handoffs" },
  csat: { sql: "csat", kind: "int", label: "CSAT" },
  duration: { sql: "(last_at - first_at)", kind: "ms", label: "Duration" },
  depth: { sql: "max_depth", kind: "int", label: "Depth" },
} as const;
export type SortKey = keyof typeof SORTS;
export const SORT_KEYS = Object.keys(SORTS) as SortKey[];
export type SortDir = "asc" | "desc";

export interface ListCursor {
  sort: SortKey;
  dir: SortDir;
  /** the boundary row's sort value: ISO time, integer, or duration in ms */
  value: string | number;
  id: string;
  /** true: the page before the boundary row (Newer); false: the page after it (Older) */
  back: boolean;
}

export function encodeListCursor(c: ListCursor): string {
  return Buffer.from(JSON.stringify([c.sort, c.dir, c.value, c.id, c.back ? 1 : 0])).toString("base64url");
}

const CursorJson = z.tuple([z.enum(SORT_KEYS as [SortKey, ...SortKey[]]), z.enum(["asc", "desc"]), z.union([z.string(), z.number()]), z.string().min(1).max(512), z.union([z.literal(0), z.literal(1)])]);
/** The cursor format before sorting existed ([ISO time, id], newest first): still valid, as nextCursor values are kept by clients. */
const LegacyJson = z.tuple([z.iso.datetime(), z.string().min(1).max(512)]);

/** The cursor, or null when it is not one this API issued. */
export function decodeListCursor(s: string): ListCursor | null {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(s, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const legacy = LegacyJson.safeParse(raw);
  const c: ListCursor | null = legacy.success
    ? { sort: "last", dir: "desc", value: legacy.data[0], id: legacy.data[1], back: false }
    : (() => {
        const r = CursorJson.safeParse(raw);
        return r.success ? { sort: r.data[0], dir: r.data[1], value: r.data[2], id: r.data[3], back: r.data[4] === 1 } : null;
      })();
  if (!c || stringProblem(c.id) !== null || !isValueOf(c)) return null;
  return c;
}

function isValueOf(c: ListCursor): boolean {
  const kind = SORTS[c.sort].kind;
  if (kind === "time") return typeof c.value === "string" && z.iso.datetime().safeParse(c.value).success && isTimeInRange(Date.parse(c.value));
  return typeof c.value === "number" && Number.isSafeInteger(c.value) && Math.abs(c.value) < 1e15;
}

/** The cursor value of a row as the list query selects it (sort_value: epoch ms for a time, else a number). */
export function sortValueOf(sort: SortKey, v: number | bigint): string | number {
  return SORTS[sort].kind === "time" ? new Date(Number(v)).toISOString() : Number(v);
}

/** The value compared against a cursor value, as a bound parameter cast to the sort's type. */
export function cursorValueSql(sort: SortKey, value: string | number): Prisma.Sql {
  const kind = SORTS[sort].kind;
  return kind === "time" ? Prisma.sql`${value}::timestamptz` : kind === "ms" ? Prisma.sql`(${value}::bigint * interval '1 millisecond')` : Prisma.sql`${value}::int`;
}

/** The selected sort value, as the cursor stores it: a duration in whole milliseconds, and a time as
 *  epoch milliseconds (Prisma's pg adapter reads a timestamptz without its offset: see list.ts). */
export function sortValueSelectSql(sort: SortKey): Prisma.Sql {
  const kind = SORTS[sort].kind;
  const col = Prisma.raw(SORTS[sort].sql);
  return kind === "ms" ? Prisma.sql`round(extract(epoch FROM ${col}) * 1000)::bigint`
    : kind === "time" ? Prisma.sql`(extract(epoch FROM ${col}) * 1000)::float8` : col;
}
