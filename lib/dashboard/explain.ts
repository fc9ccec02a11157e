// How each number explains itself and where it drills to (issue 15, items 4 and 7): the definition
// and formula shown in its info popover, what its sample counts ("handoffs", "conversations"), how a
// rate reads as a count ("3 of 13 handoffs"), and the /conversations filter behind it. Keyed by
// metric id; a metric without an entry still renders, with its label only and no drill filter.
import { formatValue } from "./format";
import { conversationsHref } from "./search-params";
import { metricMeta } from "./metrics";

export interface MetricExplain {
  definition: string;
  formula: string;
  /** what one sample is (rollup count) */
  noun: "handoffs" | "conversations" | "resolved conversations" | "rated conversations";
  /** what the rollup sum counts: "3 of 13 handoffs <event>", or with `per` "3 <event> in 13 handoffs" */
  event?: string;
  per?: true;
  /** the list filter that shows the conversations behind the number */
  drill: Record<string, string>;
}

export const EXPLAIN: Record<string, MetricExplain> = {
  dropout_rate: { definition: "Share of handoffs that lost a field the sender knew (SPEC §3.1).", formula: "handoffs with ≥ 1 dropped field ÷ handoffs", noun: "handoffs", event: "dropped a field", drill: { flag: "dropout" } },
  reask_rate: { definition: "Re-asks of an already-known slot after a handoff (SPEC §3.2).", formula: "re-asks ÷ handoffs", noun: "handoffs", event: "re-asks", per: true, drill: { flag: "reask" } },
  intent_preservation: { definition: "Similarity of the final agent's interpretation to the user's original ask, 0–1 (SPEC §3.3).", formula: "mean intent score over scored conversations", noun: "conversations", drill: { flag: "drift" } },
  intent_drift_rate: { definition: "Share of conversations whose final interpretation drifted below the threshold.", formula: "conversations with drift ÷ scored conversations", noun: "conversations", event: "drifted", drill: { flag: "drift" } },
  handoffs_to_resolution: { definition: "Handoffs a conversation needs until it is resolved (SPEC §3.4); unresolved ones are counted apart.", formula: "handoffs until resolution ÷ resolved conversations", noun: "resolved conversations", event: "handoffs", drill: { status: "resolved", sort: "handoffs" } },
  stale_use_rate: { definition: "Tool results restated after a handoff when older than the freshness limits (SPEC §3.5).", formula: "stale uses ÷ handoffs", noun: "handoffs", event: "stale uses", per: true, drill: { flag: "stale" } },
  depth_p95: { definition: "95th percentile of the longest handoff chain per conversation (SPEC §3.6).", formula: "p95 of max depth over conversations", noun: "conversations", drill: { flag: "deep", sort: "depth" } },
  role_confusion_rate: { definition: "Share of conversations where one response requested several transfers (SPEC §3.7).", formula: "conversations with role confusion ÷ conversations", noun: "conversations", event: "had several transfers requested at once", drill: { flag: "role_confusion" } },
  ping_pong_rate: { definition: "Share of conversations bounced A→B→A within 3 hops (SPEC §3.8).", formula: "conversations with ping-pong ÷ conversations", noun: "conversations", event: "bounced back", drill: { flag: "ping_pong" } },
  context_bytes: { definition: "Bytes handed over per handoff (SPEC §3.9).", formula: "Σ bytes handed over ÷ handoffs", noun: "handoffs", drill: { sort: "handoffs" } },
  conversations: { definition: "Conversations with activity in the window.", formula: "count of conversations", noun: "conversations", drill: {} },
  handoffs: { definition: "Handoffs executed in the window.", formula: "count of handoffs", noun: "handoffs", drill: { sort: "handoffs" } },
  contract_break_rate: { definition: "Share of handoffs, on edges with a contract, that broke it.", formula: "handoffs breaking their contract ÷ handoffs on contracted edges", noun: "handoffs", event: "broke the contract", drill: { flag: "contract_break" } },
  csat_mean: { definition: "Mean customer satisfaction (1–5) of rated conversations.", formula: "Σ CSAT ÷ rated conversations", noun: "rated conversations", drill: { sort: "csat", dir: "asc" } },
  csat_low_rate: { definition: "Share of rated conversations with CSAT ≤ 2.", formula: "rated conversations with CSAT ≤ 2 ÷ rated conversations", noun: "rated conversations", event: "rated ≤ 2", drill: { csatMax: "2" } },
  resolution_rate: { definition: "Share of conversations that ended resolved.", formula: "resolved ÷ conversations", noun: "conversations", event: "resolved", drill: { status: "resolved" } },
  unresolved_conversations: { definition: "Conversations not (yet) resolved: open, escalated or abandoned.", formula: "count of unresolved conversations", noun: "conversations", drill: { status: "open,escalated,abandoned" } },
};

/** Deltas against the previous window are noise below this many samples on either side. */
export const MIN_DELTA_SAMPLES = 20;

export const explain = (metric: string): MetricExplain | null => EXPLAIN[metric] ?? null;

/** "3 of 13 handoffs" for a rate, "mean over 13 conversations" for a mean, "" for a count or no sample. */
export function sampleSentence(metric: string, value: number | null, samples: number): string {
  const e = explain(metric);
  const meta = metricMeta(metric);
  if (!e || !samples || value === null || meta.unit === "count") return "";
  const n = Math.round(samples).toLocaleString("en-US");
  const k = Math.round(value * samples).toLocaleString("en-US");
  if (meta.unit === "rate" && e.event) return e.per ? `${k} ${e.event} in ${n} ${e.noun}` : `${k} of ${n} ${e.noun} ${e.event}`;
  if (metric === "handoffs_to_resolution") return `${k} handoffs over ${n} ${e.noun}`;
  return `${formatValue(value, meta.unit)} over ${n} ${e.noun}`;
}

/** The conversations behind a metric over a window (a tile, a chart bucket), optionally for one agent or edge. */
export function drillHref(metric: string, from: Date, to: Date, extra: Record<string, string | undefined> = {}): string {
  return conversationsHref(from, to, { ...(explain(metric)?.drill ?? {}), ...extra });
}
