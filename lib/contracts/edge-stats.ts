// Reads the incremental per-edge contract statistics (./stats.ts) back from metric_rollups: one
// indexed range read for a project's edges (or one edge) over the window, regrouped per edge and
// release; and example values from an edge's most recent handoffs.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { edgeKey } from "../edges/href";
import { blankCounts, type ShapeCounts } from "./infer";
import { AT, CONTRACT_DIM, FIELD, ORIGIN_MS, PROSE, SEEN } from "./stats";
import type { JsonType } from "./schema";

const METRICS = [SEEN, AT, FIELD, PROSE];

export interface EdgeStats {
  from: string;
  to: string;
  /** one entry per release ("" = none), oldest first (first hour seen, then mean time) */
  releases: ShapeCounts[];
  /** the hour of the edge's latest handoff in the window */
  lastAt: Date;
}

export type StatsRow = { metric: string; dimValue: string; first: Date; last: Date; sum: number; count: number };

/** The window's statistics of every edge of a project, or of one edge: one indexed range read of metric_rollups. */
export async function readEdgeStats({ projectId, since, edge }: { projectId: string; since: Date; edge?: { from: string; to: string } }): Promise<Map<string, EdgeStats>> {
  const prefix = edge ? JSON.stringify([edge.from, edge.to]).slice(0, -1) + "," : "[";
  // raw SQL: Prisma's groupBy cannot express min/max FILTER; the PK (project, metric, dim, bucket, ...) serves the range
  const rows = await db().$queryRaw<StatsRow[]>(Prisma.sql`
    SELECT metric, dim_value AS "dimValue", min(bucket) FILTER (WHERE count > 0) AS first, max(bucket) FILTER (WHERE count > 0) AS last,
           sum(sum)::float8 AS sum, sum(count)::float8 AS count
      FROM metric_rollups
     WHERE project_id = ${projectId} AND dim = ${CONTRACT_DIM} AND metric = ANY(${METRICS}) AND bucket >= ${since}
       AND starts_with(dim_value, ${prefix})
     GROUP BY metric, dim_value
    HAVING sum(count) > 0`);
  return edgeStatsFromRows(rows);
}

/** Regroups summed rollup rows per edge and release (pure). */
export function edgeStatsFromRows(rows: StatsRow[]): Map<string, EdgeStats> {
  const edges = new Map<string, EdgeStats>();
  const releaseOf = (from: string, to: string, release: string, first: Date, last: Date) => {
    const k = edgeKey(from, to);
    let e = edges.get(k);
    if (!e) edges.set(k, (e = { from, to, releases: [], lastAt: last }));
    if (last > e.lastAt) e.lastAt = last;
    let r = e.releases.find((x) => (x.release ?? "") === release);
    if (!r) e.releases.push((r = blankCounts(release || null, first.getTime())));
    return r;
  };
  // contract_seen first: it defines each release's handoff count and first hour
  rows = [...rows].sort((a, b) => Number(b.metric === SEEN) - Number(a.metric === SEEN));
  for (const row of rows) {
    const [from, to, release, a, b] = JSON.parse(row.dimValue) as string[];
    const r = releaseOf(from, to, release, row.first, row.last);
    if (row.metric === SEEN) {
      r.handoffs = row.count;
      r.summaryChars = row.sum;
    } else if (row.metric === AT) r.meanAt = ORIGIN_MS + (row.sum / row.count) * 1000;
    else if (row.metric === FIELD) {
      const f = r.fields.get(a) ?? { present: 0, used: 0, types: {} };
      f.present += row.count;
      f.used += row.sum;
      f.types[b as JsonType] = (f.types[b as JsonType] ?? 0) + row.count;
      r.fields.set(a, f);
    } else r.prose.set(a, (r.prose.get(a) ?? 0) + row.count);
  }
  for (const e of edges.values()) e.releases.sort((x, y) => x.firstSeen - y.firstSeen || x.meanAt - y.meanAt);
  return edges;
}

/** Example values for one edge's fields, from its most recent handoffs (identity slots were redacted when observed). */
export async function recentExamples({ projectId, from, to, take = 20 }: { projectId: string; from: string; to: string; take?: number }): Promise<Map<string, unknown>> {
  const rows = await db().handoff.findMany({
    where: { projectId, fromAgent: from, toAgent: to, shape: { not: Prisma.DbNull } },
    select: { shape: true },
    orderBy: { at: "desc" },
    take,
  });
  const out = new Map<string, unknown>();
  for (const r of rows) {
    const shape = r.shape as { fields?: Record<string, { example?: unknown }> } | null;
    for (const [name, f] of Object.entries(shape?.fields ?? {})) if (!out.has(name)) out.set(name, f.example ?? null);
  }
  return out;
}
