// Overview panel: does a creeping handoffs-to-resolution ratio announce a CSAT drop, and how early?
// The sentence and the overlay come from lib/metrics/lead-indicator.ts (rollups only).
import { LeadLagChart } from "@/components/charts/lead-lag-chart";
import { prepareLeadIndicator } from "@/components/charts/prepare";
import type { LeadIndicator } from "@/lib/metrics/lead-indicator";

export function LeadIndicatorPanel({ data }: { data: LeadIndicator }) {
  const r = data.result;
  return (
    <section className="panel p-4" aria-label="Leading indicator">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="text-sm font-medium">Leading indicator: handoffs to resolution vs CSAT</h3>
        <span className="text-xs text-muted">
          cross-correlation over {data.stepHours}-hour buckets{r ? `, best lag from ${r.pairs} paired buckets` : ""}
        </span>
      </div>
      <p className={`mt-1 text-sm ${r ? "" : "text-muted"}`} data-testid="lead-sentence">{data.sentence}</p>
      <LeadLagChart rows={prepareLeadIndicator(data.points, data.stepHours)} />
    </section>
  );
}
