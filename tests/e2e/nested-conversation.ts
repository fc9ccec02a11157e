// A conversation with a chain of delegations (issue 15 item 7): triage *transfers* to support (the
// near miss: a transfer does not nest), support delegates to warehouse, which delegates to carrier;
// carrier returns to warehouse, warehouse returns to support, support answers, then transfers to
// feedback (again no nesting).
import crypto from "node:crypto";

export function nestedDelegationConversation(conversationId: string, startMs = Date.now() - 300_000) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  const hop = (n: number, from: string, to: string, mode: string, summary: string, payload: object = {}) =>
    ({ id: id(n), conversationId, timestamp: t(n), type: "handoff", agent: from, from, to, mode, summary, payload });
  const say = (n: number, agent: string, content: string) => ({ id: id(n), conversationId, timestamp: t(n), type: "message", role: "agent", agent, content });
  const call = (n: number, agent: string, tool: string, args: object, result: object) => ({ id: id(n), conversationId, timestamp: t(n), type: "tool_call", agent, tool, args, result });
  return [
    { id: id(1), conversationId, timestamp: t(1), type: "message", role: "user", content: "My order 55120 arrived damaged. I want a replacement, not a refund." },
    hop(2, "triage", "support", "transfer", "Damaged order 55120, wants a replacement", { order_id: "55120" }),
    say(3, "support", "Sorry about that! Let me check whether we can send a replacement."),
    hop(4, "support", "warehouse", "delegate", "Is a replacement for order 55120 in stock?", { order_id: "55120" }),
    call(5, "warehouse", "check_stock", { order_id: "55120" }, { sku: "LMP-204", in_stock: 3 }),
    hop(6, "warehouse", "carrier", "delegate", "Earliest pickup for SKU LMP-204", { sku: "LMP-204" }),
    call(7, "carrier", "book_pickup", { sku: "LMP-204" }, { pickup: "tomorrow 09:00", tracking: "TRK-77812" }),
    hop(8, "carrier", "warehouse", "return", "Pickup booked tomorrow 09:00, tracking TRK-77812", { tracking: "TRK-77812" }),
    call(9, "warehouse", "reserve_item", { sku: "LMP-204", order_id: "55120" }, { reserved: true }),
    hop(10, "warehouse", "support", "return", "Replacement reserved, ships tomorrow 09:00 with TRK-77812", { tracking: "TRK-77812", order_id: "55120" }),
    say(11, "support", "Good news: a replacement for order 55120 ships tomorrow morning, tracking number TRK-77812."),
    hop(12, "support", "feedback", "transfer", "Replacement sent for order 55120; ask for a rating", { order_id: "55120" }),
    say(13, "feedback", "Is there anything else I can help with today?"),
    { id: id(14), conversationId, timestamp: t(14), type: "resolution", agent: "feedback", status: "resolved", csat: 5 },
  ];
}
