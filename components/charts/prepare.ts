// Shapes series points for recharts (pure, unit-tested): one row per bucket with a readable label;
// counts keep their zeros, rates and percentiles keep their gaps (null) so a line breaks instead of
// dropping to zero where there was no traffic.
import { formatInZone } from "@/lib/dashboard/timezone";

export interface Point {
  bucket: string;
  value: number | null;
  /** rollup count behind the value (tooltips say "3 of 13 handoffs") */
  samples?: number;
}

export interface ChartRow {
  t: number;
  /** end of the bucket (exclusive), for the drill-down window */
  end: number;
  label: string;
  value: number | null;
  samples: number;
}

const STEP_MS = { hour: 3_600_000, day: 86_400_000 } as const;

/** Labels are wall-clock times in `tz` (UTC unless the viewer chose another zone). */
export function prepareTrend(points: Point[], opts: { isCount: boolean; bucket: "hour" | "day"; tz?: string }): ChartRow[] {
  const tz = opts.tz ?? "UTC";
  return points.map((p) => {
    const d = new Date(p.bucket);
    const wall = formatInZone(d, tz, { label: false, seconds: false }); // "2026-11-24 10:00"
    const label = opts.bucket === "day" ? wall.slice(5, 10) : `${wall.slice(5, 10)} ${wall.slice(11, 13)}h`;
    return { t: d.getTime(), end: d.getTime() + STEP_MS[opts.bucket], label, value: p.value === null ? (opts.isCount ? 0 : null) : p.value, samples: p.samples ?? 0 };
  });
}

/**
 * Round axis ticks: 0 and 3 more at a 1/2/2.5/5 × 10^k step covering the data's maximum. With a
 * `cap` (a rate's 100 %), an axis whose rounded top would pass it ends at the cap instead, in
 * quarters (0, 25, 50, 75, 100 %): a rate never reads as able to reach 150 %.
 */
export function niceTicks(max: number, count = 4, cap = Infinity): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / (count - 1);
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s * (count - 1) >= max) ?? 10 * mag;
  if (step * (count - 1) > cap) return Array.from({ length: count + 1 }, (_, i) => +((i * cap) / count).toPrecision(12));
  return Array.from({ length: count }, (_, i) => +(i * step).toPrecision(12));
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

/** A level shift drawn on a trend chart: a dashed line at the bucket where the new level starts. */
export interface ChangeMarker {
  label: string;
  /** the window of the bucket where the new level starts (epoch ms, end exclusive): the drill target */
  t: number;
  end: number;
  direction: "up" | "down";
  /** "level up 0.12 → 0.31 from 11-24" style text for the tooltip / aria label */
  title: string;
}

/** Change-points (lib/metrics/change-points.ts, indexes into `rows`) as chart markers. */
export function prepareChangeMarkers(
  rows: ChartRow[],
  changePoints: Array<{ index: number; direction: "up" | "down"; before: number; after: number }>,
  fmt: (v: number) => string,
): ChangeMarker[] {
  return changePoints
    .filter((c) => rows[c.index])
    .map((c) => ({
      label: rows[c.index].label,
      t: rows[c.index].t,
      end: rows[c.index].end,
      direction: c.direction,
      title: `level ${c.direction} ${fmt(c.before)} → ${fmt(c.after)} from ${rows[c.index].label}`,
    }));
}

export interface LeadRow {
  label: string;
  h2r: number | null;
  csat: number | null;
}

/** H2R and CSAT per merged bucket for the overlay chart; gaps stay null (no resolved / rated conversation). */
export function prepareLeadIndicator(points: Array<{ bucket: string; h2r: number | null; csat: number | null }>, stepHours: number): LeadRow[] {
  return points.map((p) => {
    const iso = new Date(p.bucket).toISOString();
    return { label: stepHours >= 24 ? iso.slice(5, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 13)}h`, h2r: p.h2r, csat: p.csat };
  });
}
