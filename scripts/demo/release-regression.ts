// The demo's "what happened this week" story (issue 15), as an app would send it through the
// native API: a support system where release v2.5.0, shipped 3 days ago, stops putting the order
// id in the triage → billing handoff payload. Billing then asks the customer again and often
// bounces the case back to triage, so handoffs-to-resolution creeps up from the release on; CSAT
// holds for ~2 days (customers rate after the follow-up) and then falls. Every event carries
// `metadata.release`. Conversations are spread evenly over the past week, ids are deterministic
// (a second run is all duplicates), and the numbers come from a seeded generator.
import type { BatonEvent } from "../../lib/client";

type Body<E = BatonEvent> = E extends BatonEvent ? Omit<E, "id" | "conversationId" | "timestamp"> : never;

export const RELEASE_BEFORE = "v2.4.0";
export const RELEASE_AFTER = "v2.5.0";
const DAY = 86_400_000;
/** the release ships at day −3; CSAT starts to fall ~2 days later */
export const RELEASE_AGO_MS = 3 * DAY;
export const CSAT_LAG_MS = 2 * DAY;

export function releaseRegressionConversation(i: number, count: number, now: number, r: () => number): BatonEvent[] {
  const id = `demo-rel-${String(i).padStart(4, "0")}`;
  const start = now - 7 * DAY + Math.floor(((i + r()) / count) * 7 * DAY) - 10 * 60_000;
  const sinceRelease = start - (now - RELEASE_AGO_MS);
  const released = sinceRelease >= 0;
  const metadata = { release: released ? RELEASE_AFTER : RELEASE_BEFORE };
  const order = `ORD-${30000 + Math.floor(r() * 60000)}`;
  const at = (s: number) => start + s * 1000;
  let n = 0;
  const ev = (e: Body, s: number): BatonEvent => ({ ...e, id: `${id}-${n++}`, conversationId: id, timestamp: at(s), metadata }) as BatonEvent;
  const out: BatonEvent[] = [
    ev({ type: "message", role: "user", content: `My order ${order} was charged twice, can you refund the duplicate?` }, 0),
    ev({ type: "message", role: "agent", agent: "triage", content: "Let me get you to billing." }, 5),
    ev(
      released
        ? { type: "handoff", agent: "triage", from: "triage", to: "billing", summary: "Customer was charged twice and wants a refund", payload: { reason: "duplicate_charge" } }
        : { type: "handoff", agent: "triage", from: "triage", to: "billing", summary: `Customer was charged twice for ${order} and wants a refund`, payload: { order_id: order, reason: "duplicate_charge" } },
      8,
    ),
  ];
  let t = 10;
  if (released) {
    out.push(ev({ type: "message", role: "agent", agent: "billing", content: "Could you give me your order number?" }, (t += 20)));
    out.push(ev({ type: "message", role: "user", content: `I already said it: ${order}.` }, (t += 30)));
    // bounces grow with time since the release (retries pile up, the workaround spreads)
    const bounce = Math.min(0.9, 0.35 + 0.2 * (sinceRelease / DAY));
    for (let k = 0; k < 2 && r() < bounce; k++) {
      out.push(ev({ type: "handoff", agent: "billing", from: "billing", to: "triage", summary: `Refund for ${order}: not sure this is billing`, payload: { order_id: order } }, (t += 15)));
      out.push(ev({ type: "handoff", agent: "triage", from: "triage", to: "billing", summary: `Duplicate charge on ${order}, please refund`, payload: { order_id: order } }, (t += 15)));
    }
  }
  out.push(ev({ type: "message", role: "agent", agent: "billing", content: `The duplicate charge on ${order} is refunded.` }, (t += 20)));
  const late = released && sinceRelease >= CSAT_LAG_MS;
  const csat = late ? (r() < 0.6 ? 2 : 3) : r() < 0.6 ? 5 : 4;
  out.push(ev({ type: "resolution", agent: "billing", status: "resolved", csat }, (t += 30)));
  return out;
}
