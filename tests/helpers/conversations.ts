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

/**
 * A support lead fanning out to three workers at once (mode "delegate"), their work interleaved,
 * each returning, then the lead's answer (issue 14). With `faulty`, the third worker (loyalty) is
 * sent on something the user never asked, squeezes a long lookup into two words that drop the
 * member id it saw, and its result is never used; without, it checks the card the refund goes to.
 */
export function fanOutConversation(conversationId: string, { faulty = true, startMs = Date.now() - 300_000 } = {}) {
  const t = (s: number) => new Date(startMs + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  const noise = "Ledger line reconciled against the statement; no action required. ".repeat(10);
  const d = (n: number, to: string, summary: string) => ({ id: id(n), conversationId, timestamp: t(n), type: "handoff", agent: "lead", from: "lead", to, mode: "delegate", summary });
  const r = (n: number, from: string, summary: string) => ({ id: id(n), conversationId, timestamp: t(n), type: "handoff", agent: from, from, to: "lead", mode: "return", summary });
  const call = (n: number, agent: string, tool: string, args: object, result: object) => ({ id: id(n), conversationId, timestamp: t(n), type: "tool_call", agent, tool, args, result });
  const third = faulty
    ? [
        d(4, "loyalty", "Look up the customer's loyalty tier and newsletter preferences"),
        call(7, "loyalty", "get_member", { email: "ann.lee@example.com" }, { member_id: "LY-448812", tier: "Gold", history: Array.from({ length: 4 }, () => ({ memo: noise })) }),
        r(10, "loyalty", "Gold tier."),
      ]
    : [
        d(4, "cards", "Check which card the duplicate charge on order 88123 should be refunded to"),
        call(7, "cards", "get_payment_method", { order_id: "88123" }, { card_last4: "4242", brand: "Visa", memo: noise }),
        r(10, "cards", "The refund goes back to the Visa ending 4242."),
      ];
  return [
    { id: id(1), conversationId, timestamp: t(1), type: "message", role: "user", content: "I was charged twice for order 88123 in March. Please refund the duplicate charge and tell me when it will arrive." },
    d(2, "billing", "Find the duplicate charge on order 88123"),
    d(3, "policy", "Check how long a refund of a duplicate card charge takes to arrive"),
    third[0],
    call(5, "billing", "list_charges", { order_id: "88123" }, { charges: [{ charge_id: "CH-55120", amount: 49.99, memo: noise }, { charge_id: "CH-55121", amount: 49.99, memo: noise }] }),
    call(6, "policy", "refund_policy", { kind: "duplicate_charge" }, { text: `Duplicate charges are refunded within 3-5 working days. ${noise}` }),
    third[1],
    r(8, "billing", "Duplicate: CH-55121 repeats CH-55120, 49.99 each."),
    r(9, "policy", "Refunds of duplicate charges arrive in 3-5 working days."),
    third[2],
    {
      id: id(11), conversationId, timestamp: t(11), type: "message", role: "agent", agent: "lead",
      content: `I've refunded the duplicate charge CH-55121 of 49.99 on order 88123; it arrives in 3-5 working days${faulty ? "" : " on your Visa ending 4242"}.`,
    },
    { id: id(12), conversationId, timestamp: t(12), type: "resolution", agent: "lead", status: "resolved" },
  ];
}

/**
 * An IT-helpdesk ask of two parts (a laptop, and a second monitor); `summary` is what triage hands over.
 * Handing over only the laptop is a partial drift the offline judge names by its rule "lostPart", with
 * the lost part; handing over both is the near miss (preserved).
 */
export function twoPartAskConversation(id: string, summary: string, start = Date.now() - 120_000) {
  const at = (s: number) => new Date(start + s * 1000).toISOString();
  return [
    { id: `${id}-1`, conversationId: id, timestamp: at(0), type: "message", role: "user", content: "Our new starter Chloe Park joins on 1 December. She needs a laptop, and a second monitor for her desk please." },
    { id: `${id}-2`, conversationId: id, timestamp: at(4), type: "handoff", from: "servicedesk", to: "hardware", summary, payload: { name: "Chloe Park" } },
    { id: `${id}-3`, conversationId: id, timestamp: at(9), type: "message", role: "agent", agent: "hardware", content: "Order HW-22871 is in: a Latitude laptop, ready for collection by 28 November." },
  ];
}
