import Link from "next/link";
import { placeMarkers, type Marker, type PlacedMarker } from "@/components/charts/markers";
import { prepareChangeMarkers, prepareTrend } from "@/components/charts/prepare";
import { TrendChart } from "@/components/charts/trend-chart";
import { InfoPopover } from "@/components/ui/info-popover";
import { drillHref, explain } from "@/lib/dashboard/explain";
import { formatValue } from "@/lib/dashboard/format";
import { metricMeta } from "@/lib/dashboard/metrics";
import { detectChangePoints } from "@/lib/metrics/change-points";
import type { SeriesPoint } from "@/lib/metrics/queries";

/** A trend that explains and drills, with its markers: release first-seen lines (`markers`) and detected level shifts.
 *  A level shift is a drill target like a point: its bucket's conversations with the metric's filter (and `drill`'s, e.g. an edge). */
export function TrendPanel({ metric, points, bucket, tz = "UTC", markers = [], drill }: { metric: string; points: SeriesPoint[]; bucket: "hour" | "day"; tz?: string; markers?: Marker[]; drill?: Record<string, string> }) {
  const meta = metricMeta(metric);
  const e = explain(metric);
  const isCount = meta.unit === "count";
  const rows = prepareTrend(points, { isCount, bucket, tz });
  const empty = rows.every((r) => r.value === null || (isCount && r.value === 0));
  const samples = points.reduce((n, p) => n + p.samples, 0);
  // a count's first and last buckets are usually cut by the range (a partial day), which would read
  // as a level shift; rates and means are not biased by a partial bucket
  const levels = rows.map((r, i) => (isCount && (i === 0 || i === rows.length - 1) ? null : r.value));
  const changes = prepareChangeMarkers(rows, detectChangePoints(levels), (v) => formatValue(v, meta.unit)).map((c) => ({
    ...c,
    href: drillHref(metric, new Date(c.t), new Date(c.end), drill),
  }));
  const placed: PlacedMarker[] = [
    ...placeMarkers(markers, rows),
    ...changes.map((c) => ({ label: c.label, name: c.direction === "up" ? "▲" : "▼", kind: "change" as const, href: c.href })),
  ];
  return (
    <section className="panel min-w-0 p-4" aria-label={meta.label}>
      <div className="flex items-baseline justify-between gap-2">
        <h3 className="flex shrink-0 items-center gap-1.5 text-sm font-medium">
          {meta.label}
          <InfoPopover title={meta.label} definition={e?.definition ?? meta.help} formula={e?.formula} sample={`${Math.round(samples).toLocaleString("en-US")} ${e?.noun ?? "samples"} in this range; one point per ${bucket} (${tz === "UTC" ? "UTC" : tz})`} />
        </h3>
        <span className="min-w-0 truncate text-xs text-muted">{meta.help}</span>
      </div>
      {empty ? (
        <div className="flex h-36 items-center justify-center text-xs text-muted">no data in this range</div>
      ) : (
        <TrendChart rows={rows} color={meta.color} format={meta.unit === "rate" ? "rate" : "number"} metric={metric} drill={drill} markers={placed} />
      )}
      {changes.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-[11px] text-muted" aria-label={`${meta.label} level shifts`}>
          {changes.map((m) => (
            <li key={m.label}>
              <Link className="hover:underline" href={m.href} title="Show the conversations of this bucket">
                <span style={{ color: "var(--c-change)" }}>{m.direction === "up" ? "▲" : "▼"}</span> {m.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
