// How each metric is shown: label, unit, colour (one meaning per colour, app/globals.css) and
// whether a rise is bad. Shared by tiles, charts, tables and alerts.
export interface MetricMeta {
  id: string;
  label: string;
  unit: "rate" | "count" | "bytes" | "depth" | "ratio" | "score";
  color: string;
  /** true when a higher value is worse (for the colour of a change) */
  higherIsWorse: boolean;
  help: string;
}

export const METRICS: MetricMeta[] = [
  { id: "dropout_rate", label: "Dropout rate", unit: "rate", color: "var(--c-dropout)", higherIsWorse: true, help: "Share of handoffs that lost a known field" },
  { id: "reask_rate", label: "Re-ask rate", unit: "rate", color: "var(--c-reask)", higherIsWorse: true, help: "Re-asks of an already-known slot per handoff" },
  { id: "intent_preservation", label: "Intent preservation", unit: "score", color: "var(--c-ok)", higherIsWorse: false, help: "Similarity of the final interpretation to the original ask (0–1)" },
  { id: "intent_drift_rate", label: "Intent drift", unit: "rate", color: "var(--c-drift)", higherIsWorse: true, help: "Share of conversations whose final interpretation drifted" },
  { id: "handoffs_to_resolution", label: "Handoffs to resolution", unit: "ratio", color: "var(--c-neutral)", higherIsWorse: true, help: "Handoffs per resolved conversation" },
  { id: "stale_use_rate", label: "Stale tool use", unit: "rate", color: "var(--c-stale)", higherIsWorse: true, help: "Stale tool results restated per handoff" },
  { id: "depth_p95", label: "Depth p95", unit: "depth", color: "var(--c-depth)", higherIsWorse: true, help: "95th percentile of the handoff chain length (warn > 5, critical > 8)" },
  { id: "role_confusion_rate", label: "Role confusion", unit: "rate", color: "var(--c-role)", higherIsWorse: true, help: "Share of conversations with several handoffs requested at once" },
  { id: "ping_pong_rate", label: "Ping-pong", unit: "rate", color: "var(--c-pingpong)", higherIsWorse: true, help: "Share of conversations bounced A→B→A within 3 hops" },
  { id: "context_bytes", label: "Context handed over", unit: "bytes", color: "var(--c-neutral)", higherIsWorse: true, help: "Mean bytes handed over per handoff" },
  { id: "conversations", label: "Conversations", unit: "count", color: "var(--c-neutral)", higherIsWorse: false, help: "Conversations started" },
  { id: "contract_break_rate", label: "Contract breaks", unit: "rate", color: "var(--c-role)", higherIsWorse: true, help: "Share of handoffs on edges with a contract that broke it" },
  { id: "contract_drift", label: "Contract drift", unit: "count", color: "var(--c-drift)", higherIsWorse: true, help: "Shape changes (field removed/added, type, summary length) an edge's latest release made (hourly check)" },
  { id: "handoffs", label: "Handoffs", unit: "count", color: "var(--c-neutral)", higherIsWorse: false, help: "Handoffs executed" },
  { id: "csat_mean", label: "CSAT", unit: "score", color: "var(--c-csat)", higherIsWorse: false, help: "Mean CSAT (1–5) of rated conversations" },
  { id: "csat_low_rate", label: "Low CSAT", unit: "rate", color: "var(--c-dropout)", higherIsWorse: true, help: "Share of rated conversations with CSAT ≤ 2" },
  { id: "resolution_rate", label: "Resolution rate", unit: "rate", color: "var(--c-ok)", higherIsWorse: false, help: "Share of conversations resolved" },
  { id: "unresolved_conversations", label: "Unresolved", unit: "count", color: "var(--c-neutral)", higherIsWorse: true, help: "Conversations open, escalated or abandoned" },
  { id: "ask_lost_rate", label: "Ask lost", unit: "rate", color: "var(--c-drift)", higherIsWorse: true, help: "Share of delegations that did not carry the part of the user's ask the worker needed" },
  { id: "compression_ratio", label: "Worker compression", unit: "ratio", color: "var(--c-neutral)", higherIsWorse: true, help: "Mean ratio of a worker's consumed context to the summary it returned" },
  { id: "over_compression_rate", label: "Over-compression", unit: "rate", color: "var(--c-dropout)", higherIsWorse: true, help: "Share of worker returns compressed past the project limit (20×) that lost facts the worker saw" },
  { id: "unused_result_rate", label: "Unused worker results", unit: "rate", color: "var(--c-stale)", higherIsWorse: true, help: "Share of worker returns the lead's final answer never used (or contradicted)" },
];

/** An id this table does not know (a rule saved by a newer version) is shown as itself, never as another metric. */
export const metricMeta = (id: string): MetricMeta =>
  METRICS.find((m) => m.id === id) ?? { id, label: id || "unknown metric", unit: "count", color: "var(--c-neutral)", higherIsWorse: false, help: "" };

export const FLAG_META: Record<string, { label: string; color: string }> = {
  dropout: { label: "dropout", color: "var(--c-dropout)" },
  reask: { label: "re-ask", color: "var(--c-reask)" },
  stale: { label: "stale", color: "var(--c-stale)" },
  drift: { label: "drift", color: "var(--c-drift)" },
  role_confusion: { label: "role confusion", color: "var(--c-role)" },
  deep: { label: "deep", color: "var(--c-depth)" },
  ping_pong: { label: "ping-pong", color: "var(--c-pingpong)" },
  ignored: { label: "ignored", color: "var(--muted)" },
  contract_break: { label: "contract break", color: "var(--c-role)" },
  ask_lost: { label: "ask lost", color: "var(--c-drift)" },
  over_compressed: { label: "over-compressed", color: "var(--c-dropout)" },
  result_unused: { label: "result unused", color: "var(--c-stale)" },
};
