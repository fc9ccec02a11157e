// A conversation's additive contribution to metric_rollups (SPEC §4): the worker stores it with
// the conversation, and a rescore subtracts the old contribution and adds the new one, so hourly
// rollups stay exact without rescanning events. A rate is Σsum / Σcount.
//
// Bucketing: handoff-level metrics by the handoff's hour, also per receiving agent (dim "agent")
// and per edge (dim "edge", "from→to"); conversation-level metrics by the hour of the
// conversation's first event; contract statistics per edge (dim "contract", lib/contracts/stats.ts).
// depth_p95 is read from `depth_hist` (dim_value = max depth, count =
// conversations): the smallest depth whose cumulative count reaches 95 % of the total.
//
// Outcome and CSAT are conversation-level, bucketed by the first event's hour like the others, so
// a resolution or rating that arrives hours later re-scores the conversation and moves its
// contribution, never a second one: csat_mean (Σcsat / rated), csat_low_rate (rated with CSAT ≤ 2
// / rated), resolution_rate (resolved / conversations), unresolved_conversations (a count). Per
// edge, csat_edge_dropout / csat_edge_clean hold the CSAT of rated conversations that crossed
// the edge with / without a dropout on it (lib/metrics/edge-csat.ts reads them).
import { CONTRACT_DIM, contractEntries } from "../contracts/stats";
import { edgeKey } from "../edges/href";
import { releaseContributions } from "../releases/rollups";
import type { ConversationAnalysis } from "./run-scorers";
import { CANONICAL_UTC } from "./timeline";

// the id list lives in lib/metrics/ids.ts (defined once); re-exported for the scorers' imports
export { METRIC_IDS, type MetricId } from "../metrics/ids";

/** Metrics whose value is a count (Σcount per bucket), not a ratio. */
export const COUNT_METRICS = new Set<string>(["conversations", "handoffs", "unresolved_conversations"]);

/** A rating at or below this is a low CSAT (csat_low_rate). */
export const CSAT_LOW_MAX = 2;

export interface Contribution {
  metric: string;
  bucket: string;
  /** release dims: lib/releases/rollups.ts; contract statistics: lib/contracts/stats.ts */
  dim: "" | "agent" | "edge" | typeof CONTRACT_DIM | "release" | `release_edge:${string}` | `release_edge_key:${string}` | `edge_field:${string}`;
  dimValue: string;
  sum: number;
  count: number;
}

/**
 * An ISO time's hour, as `toISOString` writes it. The worker's times are already in that form
 * (`toISOString` of a parsed timestamp), whose hour is its first 13 characters: those skip the
 * Date (a parse and a format per handoff and conversation, issue 12 throughput). Only a form that
 * names a valid instant as written takes the short way (timeline.ts CANONICAL_UTC); any other goes
 * through Date as before, which moves or rejects it.
 */
export const hourOf = (iso: string) => {
  if (CANONICAL_UTC.test(iso)) return `${iso.slice(0, 13)}:00:00.000Z`;
  const d = new Date(iso);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString();
};

export function rollupContributions(a: ConversationAnalysis): Contribution[] {
  const out: Contribution[] = [];
  const add = (metric: string, bucket: string, sum: number, count = 1, dim: Contribution["dim"] = "", dimValue = "") =>
    out.push({ metric, bucket, dim, dimValue, sum, count });

  for (const h of a.handoffs) {
    if (h.dropoutScore === null) continue; // requested but never executed
    const bucket = hourOf(h.at);
    const dims: Array<[Contribution["dim"], string]> = [["", ""], ["agent", h.to], ["edge", edgeKey(h.from, h.to)]];
    for (const [dim, value] of dims) {
      add("handoffs", bucket, 1, 1, dim, value);
      add("dropout_rate", bucket, h.dropped.length > 0 ? 1 : 0, 1, dim, value);
      add("reask_rate", bucket, h.reasks.length, 1, dim, value);
      add("stale_use_rate", bucket, h.staleUses.length, 1, dim, value);
      add("context_bytes", bucket, h.contextBytes, 1, dim, value);
      // only handoffs on an edge with a contract are checked (lib/contracts/apply.ts)
      if (h.contractBreaks) add("contract_break_rate", bucket, h.contractBreaks.length > 0 ? 1 : 0, 1, dim, value);
      // orchestrator–worker scores, per delegation (lib/scoring/orchestration.ts); the graph draws returns apart
      const o = h.orchestration;
      if (o?.askCarried !== null && o?.askCarried !== undefined) add("ask_lost_rate", bucket, h.flags.includes("ask_lost") ? 1 : 0, 1, dim, value);
      if (o?.compressionRatio !== null && o?.compressionRatio !== undefined) {
        add("compression_ratio", bucket, o.compressionRatio, 1, dim, value);
        add("over_compression_rate", bucket, o.overCompressed ? 1 : 0, 1, dim, value);
      }
      if (o?.resultUsed !== null && o?.resultUsed !== undefined) add("unused_result_rate", bucket, h.flags.includes("result_unused") ? 1 : 0, 1, dim, value);
      if (h.mode === "return" && dim === "edge") add("returns", bucket, 1, 1, dim, value);
    }
    // the edge's contract statistics (lib/contracts/stats.ts), kept exact the same way
    if (h.shape) for (const e of contractEntries(h.from, h.to, h.at, h.shape)) add(e.metric, bucket, e.sum, e.count, CONTRACT_DIM, e.dimValue);
  }
  const c = a.conversation;
  const s = a.scores;
  const bucket = hourOf(c.firstAt);
  add("conversations", bucket, 1);
  add("reask_conversation_rate", bucket, (s.reaskCount ?? 0) > 0 ? 1 : 0);
  if (s.intentPreservation !== null) add("intent_preservation", bucket, s.intentPreservation);
  if (s.intentDrift !== null) add("intent_drift_rate", bucket, s.intentDrift ? 1 : 0);
  add("role_confusion_rate", bucket, s.roleConfusion ? 1 : 0);
  add("ping_pong_rate", bucket, s.pingPong ? 1 : 0);
  if (c.status === "resolved" && s.handoffsToResolution !== null) add("handoffs_to_resolution", bucket, s.handoffsToResolution);
  else add("unresolved_conversations", bucket, 1);
  add("depth_hist", bucket, 1, 1, "", String(c.maxDepth));
  add("resolution_rate", bucket, c.status === "resolved" ? 1 : 0);
  if (c.csat !== null) {
    add("csat_mean", bucket, c.csat);
    add("csat_low_rate", bucket, c.csat <= CSAT_LOW_MAX ? 1 : 0);
    const droppedOn = new Map<string, boolean>();
    for (const h of a.handoffs) {
      if (h.dropoutScore === null) continue;
      const edge = edgeKey(h.from, h.to);
      droppedOn.set(edge, (droppedOn.get(edge) ?? false) || h.dropped.length > 0);
    }
    for (const [edge, dropped] of droppedOn) add(dropped ? "csat_edge_dropout" : "csat_edge_clean", bucket, c.csat, 1, "edge", edge);
  }
  out.push(...releaseContributions(a, hourOf));
  return merge(out);
}

/**
 * How a conversation's contribution is stored (conversations.contributions, a text column holding
 * this JSON): one [metric, dim, bucket, dimValue, sum, count] array per entry, half the size of the
 * object form. Rows written before this form (objects) are still read.
 */
export type StoredContribution = [string, Contribution["dim"], string, string, number, number];

export const toStored = (list: Contribution[]): StoredContribution[] =>
  list.map((c) => [c.metric, c.dim, c.bucket, c.dimValue, c.sum, c.count]);

export function fromStored(list: Array<StoredContribution | Contribution> | null | undefined): Contribution[] {
  return (list ?? []).map((e) =>
    Array.isArray(e) ? { metric: e[0], dim: e[1], bucket: e[2], dimValue: e[3], sum: e[4], count: e[5] } : e,
  );
}

/** Sums duplicate keys so each (metric, bucket, dim, dimValue) appears once. */
export function merge(list: Contribution[]): Contribution[] {
  const m = new Map<string, Contribution>();
  for (const c of list) {
    const k = contributionKey(c);
    const prev = m.get(k);
    if (prev) {
      prev.sum += c.sum;
      prev.count += c.count;
    } else m.set(k, copyOf(c));
  }
  return [...m.values()];
}

/** A contribution's own copy, written out: a spread literal costs microseconds on this V8 (speed15), and merge copies every entry. */
const copyOf = (c: Contribution): Contribution => ({ metric: c.metric, bucket: c.bucket, dim: c.dim, dimValue: c.dimValue, sum: c.sum, count: c.count });

export const contributionKey = (c: Pick<Contribution, "metric" | "bucket" | "dim" | "dimValue">) =>
  `${c.metric}|${c.dim}|${c.bucket}|${c.dimValue}`;

/**
 * new − old, per key, dropping zero deltas: what to add to metric_rollups on a rescore. `newList`
 * holds each key once (rollupContributions' output is merged). A conversation scored for the first
 * time has no old list: its delta is the new list itself, without a key built per entry.
 */
export function contributionDelta(oldList: Contribution[], newList: Contribution[]): Contribution[] {
  if (!oldList.length) return newList.filter(nonZero).map(copyOf);
  const m = new Map<string, Contribution>();
  for (const c of newList) m.set(contributionKey(c), copyOf(c));
  for (const c of oldList) {
    const k = contributionKey(c);
    const cur = m.get(k) ?? { metric: c.metric, bucket: c.bucket, dim: c.dim, dimValue: c.dimValue, sum: 0, count: 0 };
    cur.sum -= c.sum;
    cur.count -= c.count;
    m.set(k, cur);
  }
  return [...m.values()].filter(nonZero);
}

/** Several conversations' deltas as one (a batch writes metric_rollups once). */
export const sumDeltas = (deltas: Contribution[][]): Contribution[] => merge(deltas.flat()).filter(nonZero);

const nonZero = (c: Contribution) => Math.abs(c.sum) > 1e-12 || c.count !== 0;

/** p95 from a depth histogram: the smallest depth whose cumulative count reaches 95 %. */
export function p95FromHistogram(hist: Array<{ depth: number; count: number }>): number | null {
  const total = hist.reduce((n, h) => n + h.count, 0);
  if (total <= 0) return null;
  let cum = 0;
  for (const h of [...hist].sort((a, b) => a.depth - b.depth)) {
    cum += h.count;
    if (cum >= 0.95 * total) return h.depth;
  }
  return null;
}
