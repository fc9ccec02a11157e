// Reads behind the edge page (/edges/[from]/[to]): the edge's trends, the fields it drops (with
// first and last seen), re-ask examples and CSAT with vs without a dropout on it. Rollups for
// everything aggregate (dims "edge" and "edge_field:<edge>", lib/releases/rollups.ts); the examples
// come from the newest handoffs of the edge that had a re-ask (partial index
// handoffs_edge_reask_idx) and the asking messages by primary key — never a scan of events.
import { pool } from "../db/pool";
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
  const { rows } = await pool().query<{ metric: string; sum: number; count: number }>(
    `SELECT metric, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
      WHERE project_id = $1 AND dim = 'edge' AND dim_value = $2 AND metric IN ('dropout_rate', 'reask_rate')
        AND bucket >= date_trunc('hour', $3::timestamptz, 'UTC') AND bucket < $4
      GROUP BY metric`,
    [projectId, edgeKey(from, to), r.from, r.to],
  );
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
  const { rows } = await pool().query<{ field: string; n: number; total: number; first: Date; last: Date }>(
    `SELECT dim_value AS field,
            coalesce(sum(count) FILTER (WHERE bucket >= date_trunc('hour', $3::timestamptz, 'UTC') AND bucket < $4), 0)::float8 AS n,
            sum(count)::float8 AS total, min(bucket) AS first, max(bucket) AS last
       FROM metric_rollups
      WHERE project_id = $1 AND metric = 'dropped_field' AND dim = $2 AND count > 0
      GROUP BY dim_value
      ORDER BY n DESC, total DESC, field
      LIMIT $5`,
    [projectId, edgeFieldDim(edgeKey(from, to)), r.from, r.to, limit],
  );
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

export async function getReaskExamples(projectId: string, from: string, to: string, r: TimeRange, limit = 5): Promise<ReaskExample[]> {
  const { rows } = await pool().query<{ conversation_id: string; idx: number; at: Date; reasks: Array<{ eventId: string; field: string }> }>(
    `SELECT conversation_id, idx, at, reasks FROM handoffs
      WHERE project_id = $1 AND from_agent = $2 AND to_agent = $3 AND 'reask' = ANY (flags) AND at >= $4 AND at < $5
      ORDER BY at DESC LIMIT $6`,
    [projectId, from, to, r.from, r.to, limit],
  );
  const first = rows.map((x) => ({ ...x, reask: x.reasks[0] })).filter((x) => x.reask);
  const texts = first.length
    ? await pool().query<{ id: string; text: string | null }>(`SELECT id, data->>'content' AS text FROM events WHERE project_id = $1 AND id = ANY($2::text[])`, [
        projectId,
        first.map((x) => x.reask.eventId),
      ])
    : { rows: [] };
  const byId = new Map(texts.rows.map((t) => [t.id, t.text]));
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
