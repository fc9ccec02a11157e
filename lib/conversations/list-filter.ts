// The conversations list's query (API and page share it): time range, multi-value filters, sort and
// cursor. A list parameter is repeated (`flag=dropout&flag=reask`, as the page's form sends it) or
// comma-separated (`flag=dropout,reask`); values within one parameter are alternatives (any of),
// different parameters must all hold. `meta=key=value` pairs must all match.
import { z } from "zod";
import { FLAGS } from "../scoring/flags";
import { REVIEW_FILTERS } from "../reviews/filters";
import { CONVERSATION_STATUSES as STATUSES } from "./status";
import { DateRange, Text } from "../http/params";
import { decodeListCursor, SORT_KEYS, type SortKey } from "./sorts";

const MAX_VALUES = 20;

/** A string or repeated string parameter as a list of non-empty values. */
const List = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => {
    const all = Array.isArray(v) ? v : typeof v === "string" ? [v] : null;
    if (!all || !all.every((s) => typeof s === "string")) return v;
    return [...new Set(all.flatMap((s: string) => s.split(",")).map((s) => s.trim()).filter(Boolean))];
  }, z.array(item).max(MAX_VALUES));

const Csat = z.coerce.number().int().min(1).max(5);

export const ConversationFilter = DateRange.extend({
  flag: List(z.enum(FLAGS)).optional(),
  agent: List(Text(256)).optional(),
  status: List(z.enum(STATUSES)).optional(),
  edge: List(Text(513).regex(/^.+→.+$/, "expected from→to")).optional(),
  release: List(Text(200)).optional(),
  meta: List(Text(300).regex(/^[^=]{1,64}=.+$/, "expected key=value")).optional(),
  /** exact longest chain (a depth-histogram bar) */
  depth: z.coerce.number().int().min(0).max(10_000).optional(),
  /** reviewed conversations (lib/reviews): any, disagree, wrong:<flag>, missed:<flag> */
  review: z.enum(REVIEW_FILTERS).optional(),
  csatMin: Csat.optional(),
  csatMax: Csat.optional(),
  q: Text(200).optional(),
  sort: z.enum(SORT_KEYS as [SortKey, ...SortKey[]]).default("last"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  cursor: z
    .string()
    .max(1024)
    .transform((s, ctx) => {
      if (s === "") return undefined;
      const c = decodeListCursor(s);
      if (!c) ctx.addIssue({ code: "custom", message: "not a cursor from this API (pass nextCursor back unchanged)" });
      return c ?? z.NEVER;
    })
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
}).superRefine((f, ctx) => {
  if (f.cursor && (f.cursor.sort !== f.sort || f.cursor.dir !== f.dir))
    ctx.addIssue({ code: "custom", path: ["cursor"], message: "this cursor belongs to another sort order (drop it to start from the first page)" });
  if (f.csatMin !== undefined && f.csatMax !== undefined && f.csatMin > f.csatMax)
    ctx.addIssue({ code: "custom", path: ["csatMax"], message: "csatMax is below csatMin" });
});
export type ConversationFilter = z.output<typeof ConversationFilter>;

/**
 * The page's reading of its search params: a parameter that does not parse (a hand-edited cursor,
 * %00 in the search, an unknown flag) is dropped and named; every other filter still applies.
 */
export function parseFilterLeniently(raw: Record<string, unknown>): { filter: ConversationFilter; ignored: string[] } {
  const ignored = new Set<string>();
  let input = { ...raw };
  for (let i = 0; i < 20; i++) {
    const r = ConversationFilter.safeParse(input);
    if (r.success) return { filter: r.data, ignored: [...ignored] };
    const bad = new Set(r.error.issues.map((x) => String(x.path[0] ?? "")));
    for (const k of bad) ignored.add(k);
    input = Object.fromEntries(Object.entries(input).filter(([k]) => !bad.has(k)));
  }
  return { filter: ConversationFilter.parse({}), ignored: [...ignored] };
}
