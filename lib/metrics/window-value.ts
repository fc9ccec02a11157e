// One metric's value over a window from its rollup rows (pure, unit-tested): the single place where
// Σsum/Σcount, Σcount or the depth histogram's p95 is computed. getMetricValue, getMetricValuesMany
// and every bucket of getMetricSeriesMany (lib/metrics/queries.ts) go through it, so a KPI tile,
// an alert and a trend point can never disagree on what a metric's number is.
import { COUNT_METRICS, p95FromHistogram } from "../scoring/rollups";

/** Σsum and Σcount of one dim value (for depth_p95: one depth of the histogram). */
export interface WindowRow {
  dim_value: string;
  sum: number;
  count: number;
}

export interface WindowValue {
  value: number | null;
  samples: number;
  groups: Array<{ group: string; value: number | null; samples: number }>;
}

/**
 * Pure: one metric's value over a window from its rollup rows (Σsum and Σcount per dim value): a
 * count metric is Σcount (0 when empty), depth_p95 the p95 of the depth histogram (rows per depth,
 * no groups), any other Σsum/Σcount (null without samples: a gap, not a zero). KPI tiles, alert
 * evaluation and every trend bucket go through it.
 */
export function windowValue(metric: string, rows: readonly WindowRow[]): WindowValue {
  if (metric === "depth_p95") {
    const hist = rows.map((r) => ({ depth: Number(r.dim_value), count: r.count }));
    return { value: p95FromHistogram(hist), samples: hist.reduce((n, h) => n + h.count, 0), groups: [] };
  }
  const valueOf = (sum: number, count: number) => (COUNT_METRICS.has(metric) ? count : count > 0 ? sum / count : null);
  const sum = rows.reduce((n, r) => n + r.sum, 0);
  const count = rows.reduce((n, r) => n + r.count, 0);
  return {
    value: valueOf(sum, count),
    samples: count,
    groups: rows.map((r) => ({ group: r.dim_value, value: valueOf(r.sum, r.count), samples: r.count })),
  };
}

