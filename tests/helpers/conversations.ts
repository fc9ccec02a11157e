// Builders for realistic native-event conversations used by API and e2e tests.
import crypto from "node:crypto";

export function dropoutConversation(conversationId: string, startMs = Date.now() - 120_000) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "Hi, I want a refund for order #88123, the blender arrived broken." },
    { id: id(2), conversationId, timestamp: t(2), type: "tool_call", agent: "triage", tool: "lookup_order", args: { order_id: "88123" }, result: { order_id: "88123", status: "delivered" } },
    { id: id(3), conversationId, timestamp: t(4), type: "handoff", from: "triage", to: "billing", summary: "Customer wants a refund", payload: { reason: "broken" } },
    { id: id(4), conversationId, timestamp: t(6), type: "message", role: "agent", agent: "billing", content: "I can help with that. Could you share your order number?" },
  ];
}

export function cleanConversation(conversationId: string, startMs = Date.now() - 120_000) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "Where is my order #55121?" },
    { id: id(2), conversationId, timestamp: t(3), type: "handoff", from: "triage", to: "orders", summary: "Customer asks about order 55121", payload: { order_id: "55121" } },
    { id: id(3), conversationId, timestamp: t(5), type: "message", role: "agent", agent: "orders", content: "Order 55121 is out for delivery today." },
    { id: id(4), conversationId, timestamp: t(8), type: "resolution", agent: "orders", status: "resolved" },
  ];
}
