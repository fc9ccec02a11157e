import { prepareChangeMarkers, prepareTrend } from "@/components/charts/prepare";
import { TrendChart } from "@/components/charts/trend-chart";
import type { SeriesPoint } from "@/lib/metrics/queries";
import { metricMeta } from "@/lib/dashboard/metrics";
import { formatValue } from "@/lib/dashboard/format";
import { detectChangePoints } from "@/lib/metrics/change-points";

export function TrendPanel({ metric, points, bucket }: { metric: string; points: SeriesPoint[]; bucket: "hour" | "day" }) {
  const meta = metricMeta(metric);
  const isCount = meta.unit === "count";
  const rows = prepareTrend(points, { isCount, bucket });
  const empty = rows.every((r) => r.value === null || (isCount && r.value === 0));
  // a count's first and last buckets are usually cut by the range (a partial day), which would read
  // as a level shift; rates and means are not biased by a partial bucket
  const levels = rows.map((r, i) => (isCount && (i === 0 || i === rows.length - 1) ? null : r.value));
  const markers = prepareChangeMarkers(rows, detectChangePoints(levels), (v) => formatValue(v, meta.unit));
  return (
    <section className="panel p-4" aria-label={meta.label}>
      <div className="flex items-baseline justify-between">
        <h3 className="text-sm font-medium">{meta.label}</h3>
        <span className="text-xs text-muted">{meta.help}</span>
      </div>
      {empty ? (
        <div className="flex h-36 items-center justify-center text-xs text-muted">no data in this range</div>
      ) : (
        <TrendChart rows={rows} color={meta.color} format={meta.unit === "rate" ? "rate" : "number"} markers={markers} />
      )}
      {markers.length > 0 && (
        <ul className="mt-1 space-y-0.5 text-[11px] text-muted" aria-label={`${meta.label} level shifts`}>
          {markers.map((m) => (
            <li key={m.label}>
              <span style={{ color: "var(--c-change)" }}>{m.direction === "up" ? "▲" : "▼"}</span> {m.title}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
