import { prepareTrend } from "@/components/charts/prepare";
import { TrendChart } from "@/components/charts/trend-chart";
import { InfoPopover } from "@/components/ui/info-popover";
import { explain } from "@/lib/dashboard/explain";
import { metricMeta } from "@/lib/dashboard/metrics";
import type { SeriesPoint } from "@/lib/metrics/queries";

export function TrendPanel({ metric, points, bucket, tz = "UTC" }: { metric: string; points: SeriesPoint[]; bucket: "hour" | "day"; tz?: string }) {
  const meta = metricMeta(metric);
  const e = explain(metric);
  const isCount = meta.unit === "count";
  const rows = prepareTrend(points, { isCount, bucket, tz });
  const empty = rows.every((r) => r.value === null || (isCount && r.value === 0));
  const samples = points.reduce((n, p) => n + p.samples, 0);
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
        <TrendChart rows={rows} color={meta.color} format={meta.unit === "rate" ? "rate" : "number"} metric={metric} />
      )}
    </section>
  );
}
