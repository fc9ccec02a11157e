// Reads behind the overview page — all from metric_rollups, never from events: KPI values with
// the previous window, every metric's series, the depth histogram and the edge table.
// All through the one Prisma client. Moved from the raw pool (issue 13), CPU µs p50/p95 per read
// (scripts/bench-prisma.ts --runs 400, load 13, 2026-11-29): depth histogram 452/1164 → 840/1618,
// edge table 438/924 → 875/1589, hasAnyEvents 323/816 → 667/1252 (findFirst: 851/1624, so $queryRaw).
import { db } from "../db/client";
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
  // $queryRaw: the hour truncation of `from` in UTC is beyond the model API (as in lib/metrics/queries.ts,
  // times go as ISO strings); sums of float8 columns arrive as numbers.
  const rows = await db().$queryRaw<Array<{ depth: string; n: number }>>`
    SELECT dim_value AS depth, sum(count)::float8 AS n FROM metric_rollups
     WHERE project_id = ${projectId} AND metric = 'depth_hist' AND dim = ''
       AND bucket >= date_trunc('hour', ${r.from.toISOString()}::timestamptz, 'UTC') AND bucket < ${r.to.toISOString()}::timestamptz
     GROUP BY dim_value`;
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
  const rows = await db().$queryRaw<Array<{ dim_value: string; metric: string; sum: number; count: number }>>`
    SELECT dim_value, metric, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
     WHERE project_id = ${projectId} AND dim = 'edge' AND metric IN ('dropout_rate', 'reask_rate', 'stale_use_rate')
       AND bucket >= date_trunc('hour', ${r.from.toISOString()}::timestamptz, 'UTC') AND bucket < ${r.to.toISOString()}::timestamptz
     GROUP BY dim_value, metric`;
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
  const rows = await db().$queryRaw<unknown[]>`SELECT 1 FROM events WHERE project_id = ${projectId} LIMIT 1`;
  return rows.length > 0;
}
