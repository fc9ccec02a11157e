import { placeMarkers, type Marker } from "@/components/charts/markers";
import { prepareTrend } from "@/components/charts/prepare";
import { TrendChart } from "@/components/charts/trend-chart";
import type { SeriesPoint } from "@/lib/metrics/queries";
import { metricMeta } from "@/lib/dashboard/metrics";

export function TrendPanel({ metric, points, bucket, markers = [] }: { metric: string; points: SeriesPoint[]; bucket: "hour" | "day"; markers?: Marker[] }) {
  const meta = metricMeta(metric);
  const isCount = meta.unit === "count";
  const rows = prepareTrend(points, { isCount, bucket });
  const empty = rows.every((r) => r.value === null || (isCount && r.value === 0));
  return (
    <section className="panel p-4" aria-label={meta.label}>
      <div className="flex items-baseline justify-between">
        <h3 className="text-sm font-medium">{meta.label}</h3>
        <span className="text-xs text-muted">{meta.help}</span>
      </div>
      {empty ? (
        <div className="flex h-36 items-center justify-center text-xs text-muted">no data in this range</div>
      ) : (
        <TrendChart rows={rows} color={meta.color} format={meta.unit === "rate" ? "rate" : "number"} markers={placeMarkers(markers, rows)} />
      )}
    </section>
  );
}
