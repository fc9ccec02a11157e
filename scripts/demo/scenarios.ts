// Scripted support conversations for the OpenAI Agents SDK system in openai-support.ts: each is a
// list of user turns with the model moves that answer them. They exercise every failure mode
// Baton scores, plus clean runs. Parametrised by an order number so many variants can be made.
import type { Scenario, World } from "./openai-support";

const handoffArgs = (order_id: string | null, summary: string, customer_email: string | null = null) => ({ order_id, summary, customer_email });

export function worldFor(order: string): World {
  return { orders: { [order]: { status: "in_transit", total: 89.5, eta: "Friday" } } };
}

/** Order id carried in the handoff payload; billing uses it and resolves. */
export function cleanRefund(id: string, order: string): Scenario {
  return {
    id,
    turns: [
      {
        user: `Hi, I'd like a refund for order ${order}, the kettle arrived dented.`,
        moves: [
          { calls: [{ name: "transfer_to_billing", args: handoffArgs(order, `Refund for ${order}: kettle arrived dented`) }] },
          { calls: [{ name: "lookup_order", args: { order_id: order } }] },
          { say: `I found ${order} ($89.50). I can refund it in full — shall I go ahead?` },
        ],
      },
      {
        user: "Yes please.",
        moves: [{ calls: [{ name: "issue_refund", args: { order_id: order, amount: 89.5 } }] }, { say: "Done — the refund is on its way, 3–5 business days." }],
      },
    ],
  };
}

/** The handoff drops the order id; billing asks for it again (dropout + re-ask). */
export function dropoutReask(id: string, order: string): Scenario {
  return {
    id,
    turns: [
      {
        user: `My order ${order} was charged twice, can you refund the duplicate charge?`,
        moves: [
          { calls: [{ name: "lookup_order", args: { order_id: order } }] },
          { calls: [{ name: "transfer_to_billing", args: handoffArgs(null, "Customer has a billing question") }] },
          { say: "Sorry to hear that! Could you tell me your order number so I can look into it?" },
        ],
      },
      {
        user: `It's ${order}, as I said.`,
        moves: [{ calls: [{ name: "issue_refund", args: { order_id: order, amount: 89.5 } }] }, { say: "Thanks — the duplicate charge has been refunded." }],
      },
    ],
  };
}

/** The model requests two handoffs at once; the SDK executes the first (role confusion). */
export function twoHandoffs(id: string, order: string): Scenario {
  return {
    id,
    turns: [
      {
        user: `I want to return order ${order} and get my money back.`,
        moves: [
          {
            calls: [
              { name: "transfer_to_returns", args: handoffArgs(order, `Return ${order}`) },
              { name: "transfer_to_billing", args: handoffArgs(order, `Refund ${order}`) },
            ],
          },
          { calls: [{ name: "create_return_label", args: { order_id: order, reason: "changed mind" } }] },
          { say: `Here is your return label for ${order}. Drop it off within 14 days.` },
        ],
      },
    ],
  };
}

/** The summary says "upgrade" while the customer asked to cancel (intent drift). */
export function intentDrift(id: string, order: string): Scenario {
  return {
    id,
    turns: [
      {
        user: "Please cancel my subscription, I don't use it anymore.",
        moves: [
          { calls: [{ name: "transfer_to_billing", args: handoffArgs(null, "Customer wants to upgrade their plan") }] },
          { say: "Great news — I can upgrade your plan to Premium today. Would you like the annual option?" },
        ],
      },
    ],
  };
}

/** Ten hops between specialists before anyone answers (deep chain, ping-pong). */
export function longChain(id: string, order: string): Scenario {
  const hops = ["order_status", "triage", "billing", "triage", "returns", "triage", "billing", "escalation", "returns", "triage"];
  const moves = hops.map((to) => ({ calls: [{ name: `transfer_to_${to}`, args: handoffArgs(order, `Customer asks about ${order}`) }] }));
  return {
    id,
    turns: [{ user: `Where is my order ${order}? It's been two weeks.`, moves: [...moves, { say: `Order ${order} is in transit and should arrive Friday.` }] }],
  };
}

/** Order status looked up, then reused many turns later without re-fetching (stale tool result). */
export function staleStatus(id: string, order: string): Scenario {
  const chat = ["Thanks. Also, can I change the delivery address?", "OK. And do you ship to Canada?", "Good to know. What about gift wrapping?"];
  return {
    id,
    turns: [
      {
        user: `Where is order ${order}?`,
        moves: [
          { calls: [{ name: "transfer_to_order_status", args: handoffArgs(order, `Status of ${order}`) }] },
          { calls: [{ name: "lookup_order", args: { order_id: order } }] },
          { say: `${order} is in transit, arriving Friday.` },
        ],
      },
      ...chat.map((user) => ({ user, moves: [{ say: "Yes, that is possible — anything else?" }] })),
      {
        user: `Great. So ${order} is still arriving Friday?`,
        moves: [
          { calls: [{ name: "transfer_to_triage", args: { order_id: order, summary: `Customer asks again about ${order}` } }] },
          { say: `Yes — ${order} is in transit and arriving Friday.` },
        ],
      },
    ],
  };
}

/** A return with the order id handed over; returns creates the label. */
export function cleanReturn(id: string, order: string): Scenario {
  return {
    id,
    turns: [
      {
        user: `The shoes from order ${order} are too small, I'd like to send them back.`,
        moves: [
          { calls: [{ name: "transfer_to_returns", args: handoffArgs(order, `Return of ${order}: shoes too small`) }] },
          { calls: [{ name: "create_return_label", args: { order_id: order, reason: "too small" } }] },
          { say: `Your return label for ${order} is ready — you'll get the refund once the parcel is scanned.` },
        ],
      },
    ],
  };
}

/** A status question answered from a fresh lookup. */
export function cleanStatus(id: string, order: string): Scenario {
  return {
    id,
    turns: [
      {
        user: `Hi! Can you check where order ${order} is?`,
        moves: [
          { calls: [{ name: "transfer_to_order_status", args: handoffArgs(order, `Status of ${order}`) }] },
          { calls: [{ name: "lookup_order", args: { order_id: order } }] },
          { say: `${order} is in transit and should arrive Friday.` },
        ],
      },
    ],
  };
}

export const SCENARIOS = { cleanRefund, cleanReturn, cleanStatus, dropoutReask, twoHandoffs, intentDrift, longChain, staleStatus };
