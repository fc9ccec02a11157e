// Shapes series points for recharts (pure, unit-tested): one row per bucket with a readable label;
// counts keep their zeros, rates and percentiles keep their gaps (null) so a line breaks instead of
// dropping to zero where there was no traffic.
export interface Point {
  bucket: string;
  value: number | null;
}

export interface ChartRow {
  t: number;
  label: string;
  value: number | null;
}

export function prepareTrend(points: Point[], opts: { isCount: boolean; bucket: "hour" | "day" }): ChartRow[] {
  return points.map((p) => {
    const d = new Date(p.bucket);
    const label =
      opts.bucket === "day"
        ? d.toISOString().slice(5, 10)
        : `${d.toISOString().slice(5, 10)} ${d.toISOString().slice(11, 13)}h`;
    return { t: d.getTime(), label, value: p.value === null ? (opts.isCount ? 0 : null) : p.value };
  });
}

/** Depth histogram rows 1..max (zeros filled) with the warn/critical band of each bar. */
export function prepareDepthHistogram(rows: Array<{ depth: number; conversations: number }>, warn: number, critical: number) {
  const max = Math.max(critical + 1, ...rows.map((r) => r.depth));
  const by = new Map(rows.map((r) => [r.depth, r.conversations]));
  return Array.from({ length: max + 1 }, (_, depth) => ({
    depth,
    conversations: by.get(depth) ?? 0,
    level: depth > critical ? "critical" : depth > warn ? "warn" : "ok",
  }));
}

/** "+12%" style change of a value against the previous window; null when either side is missing. */
export function change(now: number | null, prev: number | null): number | null {
  if (now === null || prev === null) return null;
  if (prev === 0) return now === 0 ? 0 : null;
  return (now - prev) / Math.abs(prev);
}
