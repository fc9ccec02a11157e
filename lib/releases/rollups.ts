// The release and edge-detail part of a conversation's rollup contribution (added to
// lib/scoring/rollups.ts's list, so rescores keep it exact the same way). What it adds:
//
// - dim "release" (value = release): `conversations` (conversation's first hour) and `handoffs`.
// - dim "release_edge:<release>" (value = from→to): per handoff `handoffs`, `dropout_rate`,
//   `reask_rate`, `summary_length` (+ `summary_length_sq`, for a variance); per conversation that
//   crossed the edge on that release, once: `conversations`, `intent_drift_rate`,
//   `handoffs_to_resolution` (+ `_sq`), `csat_mean` (+ `_sq`). Squares make the confidence
//   intervals of means computable from rollups alone (lib/releases/stats.ts).
// - dim "release_edge_key:<release>" (value = from→to ␟ key): `payload_key` (handoffs whose payload
//   carried the top-level key) and `dropped_field` (handoffs that dropped the field).
// - dim "edge_field:<from→to>" (value = field): `dropped_field`, for the edge page's top fields.
// (CSAT per edge with / without a dropout is lib/scoring/rollups.ts's csat_edge_dropout / csat_edge_clean.)
//
// The release_edge and release_edge_key dims are bucketed by UTC day, not hour: their only reader
// is the comparison over each release's whole life, which then sums ~24× fewer rows (a release's
// first/last hour comes from dim "release", still hourly). Rows written hourly by older versions
// sum the same, and a rescore moves a conversation's old hourly contribution exactly.
//
// The release or edge sits in `dim` so that every read is an equality on the rollups' primary key
// (project_id, metric, dim, bucket, …): one release's or one edge's rows, never a prefix match whose
// order would depend on the database's collation. ␟ is U+001F (unit separator), which releases never
// contain (lib/releases/extract.ts removes it).
import { edgeKey } from "../edges/href";
import type { Contribution } from "../scoring/rollups";
import type { ConversationAnalysis } from "../scoring/run-scorers";

export const SEP = "\u001f";
export const releaseEdgeDim = (release: string) => `release_edge:${release}` as const;
export const releaseEdgeKeyDim = (release: string) => `release_edge_key:${release}` as const;
export const edgeFieldDim = (edge: string) => `edge_field:${edge}` as const;

export function releaseContributions(a: ConversationAnalysis, hourOf: (iso: string) => string): Contribution[] {
  const out: Contribution[] = [];
  const add = (metric: string, bucket: string, dim: Contribution["dim"], dimValue: string, sum: number, count = 1) =>
    out.push({ metric, bucket, dim, dimValue, sum, count });
  const dayOf = (iso: string) => `${hourOf(iso).slice(0, 10)}T00:00:00.000Z`;
  const c = a.conversation;
  const cBucket = hourOf(c.firstAt);
  const cDay = dayOf(c.firstAt);
  if (c.release !== null) add("conversations", cBucket, "release", c.release, 1);

  const edges = new Map<string, { release: string | null }>();
  for (const h of a.handoffs) {
    if (h.dropoutScore === null) continue; // requested but never executed
    const edge = edgeKey(h.from, h.to);
    const bucket = hourOf(h.at);
    const day = dayOf(h.at);
    const seen = edges.get(edge);
    edges.set(edge, { release: seen?.release ?? h.release });
    const fields = new Set(h.dropped.map((x) => x.field));
    for (const d of fields) add("dropped_field", bucket, edgeFieldDim(edge), d, 1);
    if (h.release === null) continue;
    add("handoffs", bucket, "release", h.release, 1);
    const re = releaseEdgeDim(h.release);
    add("handoffs", day, re, edge, 1);
    add("dropout_rate", day, re, edge, h.dropped.length > 0 ? 1 : 0);
    add("reask_rate", day, re, edge, h.reasks.length);
    if (h.summary) {
      add("summary_length", day, re, edge, h.summary.length);
      add("summary_length_sq", day, re, edge, h.summary.length ** 2);
    }
    const rek = releaseEdgeKeyDim(h.release);
    for (const k of Object.keys(h.payload ?? {})) add("payload_key", day, rek, `${edge}${SEP}${k}`, 1);
    for (const d of fields) add("dropped_field", day, rek, `${edge}${SEP}${d}`, 1);
  }

  const s = a.scores;
  const h2r = c.status === "resolved" ? s.handoffsToResolution : null;
  for (const [edge, e] of edges) {
    if (e.release === null) continue;
    const re = releaseEdgeDim(e.release);
    add("conversations", cDay, re, edge, 1);
    if (s.intentDrift !== null) add("intent_drift_rate", cDay, re, edge, s.intentDrift ? 1 : 0);
    if (h2r !== null) {
      add("handoffs_to_resolution", cDay, re, edge, h2r);
      add("handoffs_to_resolution_sq", cDay, re, edge, h2r ** 2);
    }
    if (c.csat !== null) {
      add("csat_mean", cDay, re, edge, c.csat);
      add("csat_mean_sq", cDay, re, edge, c.csat ** 2);
    }
  }
  return out;
}
