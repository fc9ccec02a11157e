// Reads behind the edge page (/edges/[from]/[to]): the edge's trends, the fields it drops (with
// first and last seen), re-ask examples and CSAT with vs without a dropout on it. Rollups for
// everything aggregate (dims "edge" and "edge_field:<edge>", lib/releases/rollups.ts); the examples
// come from the newest handoffs of the edge that had a re-ask (partial index
// handoffs_edge_reask_idx) and the asking messages by primary key — never a scan of events.
// Aggregates over rollups are typed prisma.$queryRaw (the model API has no FILTER and no
// date_trunc); every sum is of float8 columns, so they arrive as numbers (lib/db/rows.ts).
import { z } from "zod";
import { db } from "../db/client";
import { ReaskSchema } from "../conversations/read-model";
import type { TimeRange } from "../dashboard/range";
import { getEdgeCsat as edgeCsat } from "../metrics/edge-csat";
import { getMetricSeriesMany, type SeriesPoint } from "../metrics/queries";
import { edgeFieldDim } from "../releases/rollups";
import { edgeKey } from "./href";
import type { MetricId } from "../scoring/rollups";

export const EDGE_TREND_METRICS = ["handoffs", "dropout_rate", "reask_rate", "stale_use_rate", "context_bytes", "contract_break_rate"] as const satisfies readonly MetricId[];

/** The edge's trend panels: one statement for all of them (getMetricSeriesMany). */
export async function getEdgeTrends(projectId: string, from: string, to: string, r: TimeRange): Promise<Record<string, SeriesPoint[]>> {
  const series = await getMetricSeriesMany({ projectId, metrics: EDGE_TREND_METRICS, from: r.from, to: r.to, bucket: r.bucket, groupBy: "edge", dimValue: edgeKey(from, to) });
  return Object.fromEntries(EDGE_TREND_METRICS.map((m) => [m, series[m].points]));
}

export interface EdgeTotals {
  handoffs: number;
  dropouts: number;
  reasks: number;
}

export async function getEdgeTotals(projectId: string, from: string, to: string, r: TimeRange): Promise<EdgeTotals> {
  const rows = await db().$queryRaw<Array<{ metric: string; sum: number; count: number }>>`
    SELECT metric, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
     WHERE project_id = ${projectId} AND dim = 'edge' AND dim_value = ${edgeKey(from, to)} AND metric IN ('dropout_rate', 'reask_rate')
       AND bucket >= date_trunc('hour', ${r.from}::timestamptz, 'UTC') AND bucket < ${r.to}
     GROUP BY metric`;
  const m = new Map(rows.map((x) => [x.metric, x]));
  return { handoffs: m.get("dropout_rate")?.count ?? 0, dropouts: m.get("dropout_rate")?.sum ?? 0, reasks: m.get("reask_rate")?.sum ?? 0 };
}

export interface DroppedField {
  field: string;
  /** handoffs of this edge that dropped it within the range */
  count: number;
  total: number;
  firstSeen: string;
  lastSeen: string;
}

/** The fields this edge drops most in the range, with when each was first and last dropped (ever). */
export async function getDroppedFields(projectId: string, from: string, to: string, r: TimeRange, limit = 10): Promise<DroppedField[]> {
  const rows = await db().$queryRaw<Array<{ field: string; n: number; total: number; first: Date; last: Date }>>`
    SELECT dim_value AS field,
           coalesce(sum(count) FILTER (WHERE bucket >= date_trunc('hour', ${r.from}::timestamptz, 'UTC') AND bucket < ${r.to}), 0)::float8 AS n,
           sum(count)::float8 AS total, min(bucket) AS first, max(bucket) AS last
      FROM metric_rollups
     WHERE project_id = ${projectId} AND metric = 'dropped_field' AND dim = ${edgeFieldDim(edgeKey(from, to))} AND count > 0
     GROUP BY dim_value
     ORDER BY n DESC, total DESC, field
     LIMIT ${limit}`;
  return rows.map((x) => ({ field: x.field, count: x.n, total: x.total, firstSeen: x.first.toISOString(), lastSeen: x.last.toISOString() }));
}

export interface ReaskExample {
  conversationId: string;
  handoffIndex: number;
  at: string;
  field: string;
  /** the agent message that asked again */
  text: string | null;
}

const Reasks = z.array(ReaskSchema);

export async function getReaskExamples(projectId: string, from: string, to: string, r: TimeRange, limit = 5): Promise<ReaskExample[]> {
  // raw, not handoff.findMany: Prisma writes `flags has 'reask'` as `flags @> ARRAY[…]`, which the
  // partial index's predicate ('reask' = ANY (flags)) does not match
  const rows = await db().$queryRaw<Array<{ conversation_id: string; idx: number; at: Date; reasks: unknown }>>`
    SELECT conversation_id, idx, at, reasks FROM handoffs
     WHERE project_id = ${projectId} AND from_agent = ${from} AND to_agent = ${to} AND 'reask' = ANY (flags) AND at >= ${r.from} AND at < ${r.to}
     ORDER BY at DESC LIMIT ${limit}`;
  const first = rows.map((x) => ({ ...x, reask: Reasks.parse(x.reasks)[0] })).filter((x) => x.reask);
  const texts = first.length
    ? await db().$queryRaw<Array<{ id: string; text: string | null }>>`
        SELECT id, data->>'content' AS text FROM events WHERE project_id = ${projectId} AND id = ANY(${first.map((x) => x.reask.eventId)}::text[])`
    : [];
  const byId = new Map(texts.map((t) => [t.id, t.text]));
  return first.map((x) => ({ conversationId: x.conversation_id, handoffIndex: x.idx, at: x.at.toISOString(), field: x.reask.field, text: byId.get(x.reask.eventId) ?? null }));
}

export interface CsatSplit {
  withDropout: { mean: number | null; n: number };
  withoutDropout: { mean: number | null; n: number };
}

/** CSAT of rated conversations that crossed this edge with / without a dropout on it (lib/metrics/edge-csat.ts). */
export async function getEdgeCsat(projectId: string, from: string, to: string, r: TimeRange): Promise<CsatSplit> {
  const [e] = await edgeCsat({ projectId, from: new Date(r.from), to: new Date(r.to), edge: edgeKey(from, to), limit: 1 });
  const side = (x: { mean: number | null; conversations: number } | undefined) => ({ mean: x?.mean ?? null, n: x?.conversations ?? 0 });
  return { withDropout: side(e?.withDropout), withoutDropout: side(e?.withoutDropout) };
}
