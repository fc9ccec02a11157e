import { change } from "@/components/charts/prepare";
import { formatValue } from "@/lib/dashboard/format";
import { metricMeta } from "@/lib/dashboard/metrics";

export function KpiTile({ metric, value, previous }: { metric: string; value: number | null; previous: number | null }) {
  const meta = metricMeta(metric);
  const delta = change(value, previous);
  const worse = delta !== null && delta !== 0 && (delta > 0) === meta.higherIsWorse;
  return (
    <div className="panel p-4" title={meta.help}>
      <div className="flex items-center gap-2 text-xs font-medium uppercase tracking-wide text-muted">
        <span className="inline-block h-2 w-2 rounded-full" style={{ background: meta.color }} />
        {meta.label}
      </div>
      <div className="mt-2 text-2xl font-semibold tabular-nums">{formatValue(value, meta.unit)}</div>
      <div className={`mt-1 text-xs tabular-nums ${delta === null ? "text-muted" : worse ? "text-dropout" : "text-ok"}`}>
        {delta === null ? "no previous data" : `${delta > 0 ? "▲" : delta < 0 ? "▼" : "■"} ${Math.abs(delta * 100).toFixed(0)}% vs previous`}
      </div>
    </div>
  );
}
