// The metric ids, defined once. The scorers' rollup contributions (lib/scoring/rollups.ts), the
// alert rule schema, GET /api/v1/metrics, the overview's trend panels and the metric table of
// lib/dashboard/metrics.ts (label, unit, colour: lib/dashboard/metrics.test.ts checks it covers
// every id) all import this list. A new metric is one line here plus its row in that table.
export const METRIC_IDS = [
  "dropout_rate",
  "reask_rate",
  "intent_preservation",
  "intent_drift_rate",
  "handoffs_to_resolution",
  "stale_use_rate",
  "depth_p95",
  "role_confusion_rate",
  "ping_pong_rate",
  "context_bytes",
  "conversations",
  "handoffs",
  "contract_break_rate",
  "contract_drift",
  "csat_mean",
  "csat_low_rate",
  "resolution_rate",
  "unresolved_conversations",
  "ask_lost_rate",
  "compression_ratio",
  "over_compression_rate",
  "unused_result_rate",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];

/** Read from conversations, not stored in rollups: GET /api/v1/metrics answers them, rules cannot use them. */
export const DERIVED_METRIC_IDS = ["reask_conversation_rate"] as const;

/** Stored metrics the overview does not chart as a trend (contract drift is shown on /contracts). */
export const UNCHARTED_METRIC_IDS: readonly MetricId[] = ["contract_drift"];
