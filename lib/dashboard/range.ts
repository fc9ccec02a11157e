// The time range of every dashboard view lives in the URL (?range=7d, or ?from=…&to=…) so a view
// can be shared. Parsed with zod; anything invalid falls back to the default (24 h).
import { z } from "zod";

export const RANGES = { "1h": 3_600_000, "24h": 86_400_000, "7d": 7 * 86_400_000, "30d": 30 * 86_400_000 } as const;
export type RangeKey = keyof typeof RANGES;

const RangeParams = z.object({
  range: z.enum(["1h", "24h", "7d", "30d", "custom"]).catch("24h").default("24h"),
  from: z.string().optional(),
  to: z.string().optional(),
});

export interface TimeRange {
  key: RangeKey | "custom";
  from: Date;
  to: Date;
  bucket: "hour" | "day";
  /** the window of the same length just before, for "change vs previous" */
  previous: { from: Date; to: Date };
}

export function parseRange(params: Record<string, string | string[] | undefined>, now = new Date()): TimeRange {
  const p = RangeParams.parse({ range: one(params.range), from: one(params.from), to: one(params.to) });
  let from: Date;
  let to = now;
  let key: TimeRange["key"] = p.range;
  const cf = p.from ? new Date(p.from) : null;
  const ct = p.to ? new Date(p.to) : null;
  if (p.range === "custom" && cf && !Number.isNaN(cf.getTime())) {
    from = cf;
    if (ct && !Number.isNaN(ct.getTime()) && ct > cf) to = ct;
  } else {
    if (p.range === "custom") key = "24h";
    from = new Date(now.getTime() - RANGES[key as RangeKey]);
  }
  const len = to.getTime() - from.getTime();
  return {
    key,
    from,
    to,
    bucket: len > 3 * 86_400_000 ? "day" : "hour",
    previous: { from: new Date(from.getTime() - len), to: from },
  };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Query string that keeps the range (and any extra params) when linking between pages. */
export function rangeQuery(r: TimeRange, extra: Record<string, string | undefined> = {}): string {
  const q = new URLSearchParams();
  q.set("range", r.key);
  if (r.key === "custom") {
    q.set("from", r.from.toISOString());
    q.set("to", r.to.toISOString());
  }
  for (const [k, v] of Object.entries(extra)) if (v) q.set(k, v);
  return q.toString();
}
