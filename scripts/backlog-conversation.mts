// One conversation of the bench backlog's shape (scripts/bench-scoring.ts BACKLOG_ROWS: ten events, one
// new user text per conversation said four times, one agent question, a tool call and a handoff),
// numbered `c` (its order number), as native event records: what the worker drains in
// `BENCH_ONLY=scoring npm run bench`. Shared by scripts/scoring-ab.mts and scripts/profile-scorers.mts.
type ToRecords = (name: string, raw: Array<Record<string, unknown>>) => unknown[];

export function backlogConversation(c: number, toRecords: ToRecords): unknown[] {
  const at = (k: number) => new Date(Date.UTC(2026, 10, 30, 9, 0, k)).toISOString();
  const events = Array.from({ length: 10 }, (_, k) => {
    const base = { id: `bk-${c}-${k}`, conversationId: `bk-${c}`, timestamp: at(k) };
    if (k === 2) return { ...base, type: "tool_call", agent: "triage", tool: "lookup_order", args: { order_id: `A${c}` }, result: { order_id: `A${c}`, status: "shipped" } };
    if (k === 3) return { ...base, type: "handoff", agent: "triage", from: "triage", to: "billing", mode: "transfer", summary: "Customer wants a refund", payload: { reason: "damaged" } };
    if (k % 2 === 0) return { ...base, type: "message", role: "user", content: `I want a refund for order A${c}, it arrived damaged` };
    return { ...base, type: "message", role: "agent", agent: k <= 3 ? "triage" : "billing", content: "Could you share your order number?" };
  });
  return toRecords(`bk-${c}`, events);
}
