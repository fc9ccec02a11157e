import Link from "next/link";
import { change } from "@/components/charts/prepare";
import { explain, MIN_DELTA_SAMPLES, sampleSentence } from "@/lib/dashboard/explain";
import { formatValue } from "@/lib/dashboard/format";
import { metricMeta } from "@/lib/dashboard/metrics";
import { InfoPopover } from "./info-popover";

export interface KpiTileProps {
  metric: string;
  value: number | null;
  previous: number | null;
  /** samples behind value and previous (rollup counts); a delta needs MIN_DELTA_SAMPLES on both sides */
  samples?: number;
  previousSamples?: number;
  /** the conversations behind the number */
  href?: string;
}

export function KpiTile({ metric, value, previous, samples, previousSamples, href }: KpiTileProps) {
  const meta = metricMeta(metric);
  const e = explain(metric);
  const enough = samples === undefined || (samples >= MIN_DELTA_SAMPLES && (previousSamples ?? 0) >= MIN_DELTA_SAMPLES);
  const delta = enough ? change(value, previous) : null;
  const worse = delta !== null && delta !== 0 && (delta > 0) === meta.higherIsWorse;
  const sentence = sampleSentence(metric, value, samples ?? 0);
  const body = (
    <>
      <div className="mt-2 text-2xl font-semibold tabular-nums">{formatValue(value, meta.unit)}</div>
      {sentence && <div className="text-xs text-muted tabular-nums">{sentence}</div>}
    </>
  );
  return (
    <div className="panel relative min-w-0 p-3 sm:p-4" data-metric={metric}>
      {/* sentence case: in seven tiles a row, upper-case tracked labels broke mid-word ("PRESERVATIO N") */}
      <div className="flex items-center gap-2 text-xs font-medium text-muted">
        <span className="inline-block h-2 w-2 shrink-0 rounded-full" style={{ background: meta.color }} />
        <span className="min-w-0">{meta.label}</span>
        <span className="ml-auto">
          <InfoPopover align="right" title={meta.label} definition={e?.definition ?? meta.help} formula={e?.formula} sample={samples !== undefined ? `${Math.round(samples).toLocaleString("en-US")} ${e?.noun ?? "samples"} in this window` : undefined} />
        </span>
      </div>
      {href ? <Link href={href} className="block rounded hover:bg-bg" aria-label={`${meta.label}: show the conversations`}>{body}</Link> : body}
      <div className={`mt-1 text-xs tabular-nums ${delta === null ? "text-muted" : worse ? "text-dropout" : "text-ok"}`}>
        {delta !== null
          ? `${delta > 0 ? "▲" : delta < 0 ? "▼" : "■"} ${Math.abs(delta * 100).toFixed(0)}% vs ${formatValue(previous, meta.unit)} before`
          : previous === null || previousSamples === 0
            ? "no previous data"
            : !enough
              ? `too few samples to compare (< ${MIN_DELTA_SAMPLES})`
              : `previous ${formatValue(previous, meta.unit)}`}
      </div>
    </div>
  );
}
