import { placeMarkers, type Marker, type PlacedMarker } from "@/components/charts/markers";
import { prepareChangeMarkers, prepareTrend } from "@/components/charts/prepare";
import { TrendChart } from "@/components/charts/trend-chart";
import type { SeriesPoint } from "@/lib/metrics/queries";
import { metricMeta } from "@/lib/dashboard/metrics";
import { formatValue } from "@/lib/dashboard/format";
import { detectChangePoints } from "@/lib/metrics/change-points";

/** A trend with its markers: release first-seen lines (`markers`) and detected level shifts. */
export function TrendPanel({ metric, points, bucket, markers = [] }: { metric: string; points: SeriesPoint[]; bucket: "hour" | "day"; markers?: Marker[] }) {
  const meta = metricMeta(metric);
  const isCount = meta.unit === "count";
  const rows = prepareTrend(points, { isCount, bucket });
  const empty = rows.every((r) => r.value === null || (isCount && r.value === 0));
  // a count's first and last buckets are usually cut by the range (a partial day), which would read
  // as a level shift; rates and means are not biased by a partial bucket
  const levels = rows.map((r, i) => (isCount && (i === 0 || i === rows.length - 1) ? null : r.value));
  const changes = prepareChangeMarkers(rows, detectChangePoints(levels), (v) => formatValue(v, meta.unit));
  const placed: PlacedMarker[] = [
    ...placeMarkers(markers, rows),
    ...changes.map((c) => ({ label: c.label, name: c.direction === "up" ? "▲" : "▼", kind: "change" as const })),
  ];
  return (
    <section className="panel p-4" aria-label={meta.label}>
      <div className="flex items-baseline justify-between">
        <h3 className="text-sm font-medium">{meta.label}</h3>
        <span className="text-xs text-muted">{meta.help}</span>
      </div>
      {empty ? (
        <div className="flex h-36 items-center justify-center text-xs text-muted">no data in this range</div>
      ) : (
        <TrendChart rows={rows} color={meta.color} format={meta.unit === "rate" ? "rate" : "number"} markers={placed} />
      )}
      {changes.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-[11px] text-muted" aria-label={`${meta.label} level shifts`}>
          {changes.map((m) => (
            <li key={m.label}>
              <span style={{ color: "var(--c-change)" }}>{m.direction === "up" ? "▲" : "▼"}</span> {m.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
