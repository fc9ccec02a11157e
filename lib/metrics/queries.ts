// Trend series from metric_rollups (never from events): per hour or day, optionally per agent or
// edge. Rates are Σsum/Σcount per bucket (null where a bucket has no samples: a gap, not a zero);
// counts are Σcount (0 where empty); depth_p95 comes from the depth histogram.
import { z } from "zod";
import { groupBy } from "../collections";
import { db } from "../db/client";
import { toNumber } from "../db/rows";
import { DateRange } from "../http/params";
import { DERIVED_METRIC_IDS, METRIC_IDS } from "./ids";
import { windowValue, type WindowValue } from "./window-value";

export const MetricQuery = DateRange.extend({
  metric: z.enum([...METRIC_IDS, ...DERIVED_METRIC_IDS]),
  bucket: z.enum(["hour", "day"]).default("hour"),
  groupBy: z.enum(["agent", "edge"]).optional(),
});
export type MetricQuery = z.output<typeof MetricQuery>;

export interface SeriesPoint {
  bucket: string;
  group: string;
  value: number | null;
  samples: number;
}

const STEP = { hour: 3_600_000, day: 86_400_000 } as const;

export function defaultRange(q: { from?: Date; to?: Date }): { from: Date; to: Date } {
  const to = q.to ?? new Date();
  return { from: q.from ?? new Date(to.getTime() - 7 * 86_400_000), to };
}

type SeriesRow = { bucket: Date; dim_value: string; sum: number; count: number };


/** `dimValue` narrows a grouped series to one agent or edge (the edge page). The API and alert
 *  evaluation read one metric; it is getMetricSeriesMany with one metric (same SQL, same shaping). */
export async function getMetricSeries({ projectId, query, dimValue }: { projectId: string; query: MetricQuery; dimValue?: string }) {
  const { from, to } = defaultRange(query);
  const many = await getMetricSeriesMany({ projectId, metrics: [query.metric], from, to, bucket: query.bucket, groupBy: query.groupBy, dimValue });
  return many[query.metric];
}

/** Σsum and Σcount per metric, bucket and dim value over [from, to): one statement. */
async function readSeriesRows(q: { projectId: string; names: readonly string[]; from: Date; to: Date; bucket: "hour" | "day"; dim: string; narrow: string | null }) {
  if (!q.names.length) return new Map<string, SeriesRow[]>();
  // Times cross as ISO strings with their offset and the bucket comes back as epoch milliseconds:
  // Prisma's pg adapter sends a Date and reads a timestamptz without its offset, so a session in
  // Asia/Kolkata (tests/api/timezone.test.ts) shifted both the window and every bucket.
  const rows = await db().$queryRaw<Array<{ metric: string; bucket_ms: number; dim_value: string; sum: number; count: number }>>`
    SELECT metric, (extract(epoch FROM date_trunc(${q.bucket}, bucket, 'UTC')) * 1000)::float8 AS bucket_ms, dim_value,
           sum(sum)::float8 AS sum, sum(count)::float8 AS count
      FROM metric_rollups
     WHERE project_id = ${q.projectId} AND metric = ANY(${q.names}::text[]) AND dim = ${q.dim}
       AND bucket >= date_trunc('hour', ${q.from.toISOString()}::timestamptz, 'UTC') AND bucket < ${q.to.toISOString()}::timestamptz
       AND (${q.narrow}::text IS NULL OR dim_value = ${q.narrow}::text)
     GROUP BY 1, 2, 3 ORDER BY 2`;
  return groupBy(
    rows.map((r) => ({ metric: r.metric, bucket: new Date(toNumber(r.bucket_ms)), dim_value: r.dim_value, sum: toNumber(r.sum), count: toNumber(r.count) })),
    (r) => r.metric,
  );
}

/**
 * Several metrics' series over one window in one statement (the overview's trend panels, the edge
 * page; getMetricSeries is this with one metric). Raw SQL through Prisma: one round trip instead of
 * one per metric took the overview's data from 425 to ~60 ms p50 (2 k-conversation project, load 27;
 * the rollups read are the same at 1 M). depth_p95 reads the depth histogram (dim "", never grouped
 * or narrowed): in the same statement when the others are ungrouped, else in a second one.
 */
export async function getMetricSeriesMany({ projectId, metrics, from, to, bucket, groupBy: by, dimValue }: {
  projectId: string;
  metrics: readonly string[];
  from: Date;
  to: Date;
  bucket: "hour" | "day";
  groupBy?: "agent" | "edge";
  dimValue?: string;
}): Promise<Record<string, ReturnType<typeof shapeSeries>>> {
  const dim = by ?? "";
  const depth = metrics.includes("depth_p95");
  const stored = metrics.filter((m) => m !== "depth_p95");
  const depthHere = depth && dim === "";
  const read = { projectId, from, to, bucket };
  const [byMetric, hist] = await Promise.all([
    readSeriesRows({ ...read, names: depthHere ? [...stored, "depth_hist"] : stored, dim, narrow: dim ? (dimValue ?? null) : null }),
    depth && !depthHere ? readSeriesRows({ ...read, names: ["depth_hist"], dim: "", narrow: null }) : null,
  ]);
  const shape = { from, to, bucket, groupBy: by, dimValue };
  const out: Record<string, ReturnType<typeof shapeSeries>> = {};
  for (const m of stored) out[m] = shapeSeries(m, byMetric.get(m) ?? [], shape);
  if (depth) out.depth_p95 = shapeSeries("depth_p95", (hist ?? byMetric).get("depth_hist") ?? [], shape);
  return out;
}

/** Pure: a metric's rollup rows (bucketed, per dim value) → its points, one per bucket of [from, to). */
function shapeSeries(metric: string, rows: SeriesRow[], q: { from: Date; to: Date; bucket: "hour" | "day"; groupBy?: "agent" | "edge"; dimValue?: string }) {
  const { from, to } = q;
  const dim = q.groupBy ?? "";
  const dimValue = q.dimValue;
  const step = STEP[q.bucket];
  const start = Math.floor(from.getTime() / step) * step;
  const buckets: string[] = [];
  for (let t = start; t < to.getTime(); t += step) buckets.push(new Date(t).toISOString());

  const points: SeriesPoint[] = [];
  if (metric === "depth_p95") {
    const byBucket = groupBy(rows, (r) => r.bucket.toISOString());
    for (const b of buckets) {
      const { value, samples } = windowValue(metric, byBucket.get(b) ?? []);
      points.push({ bucket: b, group: "", value, samples });
    }
  } else {
    const groups = [...new Set(rows.map((r) => r.dim_value))];
    const byKey = new Map(rows.map((r) => [`${r.bucket.toISOString()}|${r.dim_value}`, r]));
    for (const g of dim ? (dimValue !== undefined ? [dimValue] : groups) : [""]) {
      for (const b of buckets) {
        const r = byKey.get(`${b}|${g}`);
        const { value, samples } = windowValue(metric, r ? [r] : []);
        points.push({ bucket: b, group: g, value, samples });
      }
    }
  }
  return { metric, bucket: q.bucket, groupBy: q.groupBy ?? null, from: from.toISOString(), to: to.toISOString(), points };
}

/** One number for a whole window (KPI tiles, alert evaluation): Σsum/Σcount, Σcount, or p95. */
export async function getMetricValue({
  projectId,
  metric,
  from,
  to,
  dim = "",
  dimValue,
}: {
  projectId: string;
  metric: string;
  from: Date;
  to: Date;
  dim?: "" | "agent" | "edge";
  dimValue?: string;
}): Promise<WindowValue> {
  const isDepth = metric === "depth_p95";
  const name = isDepth ? "depth_hist" : metric;
  const d = isDepth ? "" : dim;
  const narrow = isDepth ? null : (dimValue ?? null);
  const rows = await db().$queryRaw<Array<{ dim_value: string; sum: number; count: number }>>`
    SELECT dim_value, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
     WHERE project_id = ${projectId} AND metric = ${name} AND dim = ${d}
       AND bucket >= date_trunc('hour', ${from.toISOString()}::timestamptz, 'UTC') AND bucket < ${to.toISOString()}::timestamptz
       AND (${narrow}::text IS NULL OR dim_value = ${narrow}::text)
     GROUP BY dim_value`;
  return windowValue(metric, rows.map((r) => ({ dim_value: r.dim_value, sum: toNumber(r.sum), count: toNumber(r.count) })));
}

/**
 * getMetricValue (dim "") for several metrics over several windows in one statement: one result
 * per window, per metric, computed by the same windowValue (the overview's KPI tiles and their
 * previous window). Raw SQL through Prisma: 1 round trip instead of 20 (see getMetricSeriesMany).
 */
export async function getMetricValuesMany({ projectId, metrics, windows }: {
  projectId: string;
  metrics: readonly string[];
  windows: ReadonlyArray<{ from: Date; to: Date }>;
}): Promise<Array<Record<string, { value: number | null; samples: number }>>> {
  const names = [...new Set(metrics.map((m) => (m === "depth_p95" ? "depth_hist" : m)))];
  const rows = await db().$queryRaw<Array<{ w: bigint; metric: string; dim_value: string; sum: number; count: number }>>`
    SELECT w.i AS w, r.metric, r.dim_value, sum(r.sum)::float8 AS sum, sum(r.count)::float8 AS count
      FROM unnest(${windows.map((x) => x.from.toISOString())}::timestamptz[], ${windows.map((x) => x.to.toISOString())}::timestamptz[]) WITH ORDINALITY AS w(f, t, i)
      JOIN metric_rollups r ON r.project_id = ${projectId} AND r.metric = ANY(${names}::text[]) AND r.dim = ''
                           AND r.bucket >= date_trunc('hour', w.f, 'UTC') AND r.bucket < w.t
     GROUP BY 1, 2, 3`;
  // ordinality is a bigint: window numbers back to 0-based array indexes
  const byKey = groupBy(
    rows.map((r) => ({ w: toNumber(r.w) - 1, metric: r.metric, dim_value: r.dim_value, sum: toNumber(r.sum), count: toNumber(r.count) })),
    (r) => `${r.w}|${r.metric}`,
  );
  return windows.map((_, i) =>
    Object.fromEntries(
      metrics.map((metric) => {
        const { value, samples } = windowValue(metric, byKey.get(`${i}|${metric === "depth_p95" ? "depth_hist" : metric}`) ?? []);
        return [metric, { value, samples }];
      }),
    ),
  );
}
