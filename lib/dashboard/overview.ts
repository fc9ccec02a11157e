// Reads behind the overview page — all from metric_rollups, never from events: KPI values with
// the previous window, every metric's series, the depth histogram and the edge table.
import { pool } from "../db/pool";
import { METRIC_IDS, UNCHARTED_METRIC_IDS, type MetricId } from "../metrics/ids";
import { getMetricSeriesMany, getMetricValuesMany, type SeriesPoint } from "../metrics/queries";
import type { TimeRange } from "./range";

export const KPI_METRICS = [
  "dropout_rate",
  "reask_rate",
  "intent_preservation",
  "handoffs_to_resolution",
  "stale_use_rate",
  "depth_p95",
  "conversations",
  "csat_mean",
  "csat_low_rate",
  "resolution_rate",
] as const;

/** Every stored metric but those charted elsewhere (the id list is lib/metrics/ids.ts). */
export const TREND_METRICS: readonly MetricId[] = METRIC_IDS.filter((m) => !UNCHARTED_METRIC_IDS.includes(m));

/** Every tile's value over the range and the previous window: one statement (getMetricValuesMany). */
export async function getKpis(projectId: string, r: TimeRange) {
  const [now, prev] = await getMetricValuesMany({ projectId, metrics: KPI_METRICS, windows: [r, r.previous] });
  return KPI_METRICS.map((metric) => ({
    metric,
    value: now[metric].value,
    previous: prev[metric].value,
    samples: now[metric].samples,
    previousSamples: prev[metric].samples,
  }));
}

/** Every trend panel's series: one statement (getMetricSeriesMany). */
export async function getTrends(projectId: string, r: TimeRange): Promise<Record<string, SeriesPoint[]>> {
  const series = await getMetricSeriesMany({ projectId, metrics: TREND_METRICS, from: r.from, to: r.to, bucket: r.bucket });
  return Object.fromEntries(TREND_METRICS.map((m) => [m, series[m].points]));
}

export async function getDepthHistogram(projectId: string, r: TimeRange): Promise<Array<{ depth: number; conversations: number }>> {
  const { rows } = await pool().query<{ depth: string; n: number }>(
    `SELECT dim_value AS depth, sum(count)::float8 AS n FROM metric_rollups
      WHERE project_id = $1 AND metric = 'depth_hist' AND dim = '' AND bucket >= date_trunc('hour', $2::timestamptz, 'UTC') AND bucket < $3
      GROUP BY dim_value`,
    [projectId, r.from, r.to],
  );
  return rows.map((x) => ({ depth: Number(x.depth), conversations: x.n })).sort((a, b) => a.depth - b.depth);
}

export interface EdgeRow {
  edge: string;
  from: string;
  to: string;
  handoffs: number;
  dropouts: number;
  dropoutRate: number;
  reasks: number;
  staleUses: number;
}

/** from→to pairs with their volume and failures over the range, most dropouts first. */
export async function getEdgeTable(projectId: string, r: TimeRange, limit = 50): Promise<EdgeRow[]> {
  const { rows } = await pool().query<{ dim_value: string; metric: string; sum: number; count: number }>(
    `SELECT dim_value, metric, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
      WHERE project_id = $1 AND dim = 'edge' AND metric IN ('dropout_rate', 'reask_rate', 'stale_use_rate')
        AND bucket >= date_trunc('hour', $2::timestamptz, 'UTC') AND bucket < $3
      GROUP BY dim_value, metric`,
    [projectId, r.from, r.to],
  );
  const by = new Map<string, EdgeRow>();
  for (const x of rows) {
    const [from, to] = x.dim_value.split("→");
    const e = by.get(x.dim_value) ?? { edge: x.dim_value, from, to, handoffs: 0, dropouts: 0, dropoutRate: 0, reasks: 0, staleUses: 0 };
    if (x.metric === "dropout_rate") {
      e.handoffs = x.count;
      e.dropouts = x.sum;
      e.dropoutRate = x.count ? x.sum / x.count : 0;
    } else if (x.metric === "reask_rate") e.reasks = x.sum;
    else e.staleUses = x.sum;
    by.set(x.dim_value, e);
  }
  return [...by.values()].sort((a, b) => b.dropouts - a.dropouts || b.handoffs - a.handoffs).slice(0, limit);
}

export async function hasAnyEvents(projectId: string): Promise<boolean> {
  const { rowCount } = await pool().query(`SELECT 1 FROM events WHERE project_id = $1 LIMIT 1`, [projectId]);
  return (rowCount ?? 0) > 0;
}
