// The dropout / naming grid (facts12h): ways a user gives a value × kinds of value, each handed on by
// a summary that leaves it out (must be flagged and named) or carries it in another form, in the
// payload or in the receiver's state (must not). Written from how people give values, not read from
// any corpus (docs/evaluation.md, facts12h). Shared by dropout-grid.test.ts and its before/after count.
import type { Step } from "./conversation.test-util";

export interface Kind {
  noun: string;
  value: string;
  /** the field dropout must name it by */
  field: string;
  /** the same value written another way */
  other: string;
}
export const KINDS: Kind[] = [
  { noun: "email address", value: "rosa.m@kiln.example", field: "email", other: "ROSA.M@KILN.EXAMPLE" },
  { noun: "mobile number", value: "07700 900 214", field: "phone", other: "+44 7700 900214" },
  { noun: "booking reference", value: "HB-55213", field: "booking_id", other: "HB55213" },
  { noun: "membership number", value: "MB-20417", field: "account_id", other: "mb 20417" },
  { noun: "serial number", value: "SN-88310-K", field: "asset_tag", other: "SN88310K" },
  { noun: "postcode", value: "LS6 2QT", field: "postcode", other: "LS62QT" },
  { noun: "date of birth", value: "14/03/1990", field: "date_of_birth", other: "14 March 1990" },
  { noun: "order number", value: "ORD-66120", field: "order_id", other: "ord 66120" },
  { noun: "hull number", value: "HN-4471", field: "hull_number", other: "HN 4471" },
  { noun: "gift card number", value: "GC-30981", field: "gift_card_number", other: "GC30981" },
];

/** Ways a user gives a value: in one message (N = the noun, V = the value), or as a reply to a question. */
export const FORMS: Record<string, (k: Kind) => Step[]> = {
  "My N is V.": (k) => [{ user: `Hi, my ${k.noun} is ${k.value}. Can you help me sort this out?` }],
  "N: V": (k) => [{ user: `Need help with a change. ${cap(k.noun)}: ${k.value}` }],
  "V is my N.": (k) => [{ user: `${k.value} is my ${k.noun}, can you check it?` }],
  "the N V in a question": (k) => [{ user: `Can you look at the ${k.noun} ${k.value} for me please?` }],
  "apposition after a comma": (k) => [{ user: `I've got my ${k.noun} here, ${k.value}, can you use that?` }],
  "in brackets": (k) => [{ user: `My ${k.noun} (${k.value}) seems to be wrong on your side.` }],
  "between dashes": (k) => [{ user: `The ${k.noun} - ${k.value} - is the one to use.` }],
  "V (my N)": (k) => [{ user: `It's about ${k.value} (my ${k.noun}), can you check?` }],
  "V - that's my N.": (k) => [{ user: `${k.value} - that's my ${k.noun}.` }],
  "under the N V": (k) => [{ user: `Everything is under ${k.noun} ${k.value}.` }],
  "value-only reply": (k) => [{ user: "I need to change something." }, { agent: "a", says: `Sure, what's your ${k.noun}?` }, { user: k.value }],
  "reply with a few words": (k) => [{ user: "I need to change something." }, { agent: "a", says: `Sure, what's your ${k.noun}?` }, { user: `oh yes it's ${k.value} I think` }],
  "given two handoffs earlier": (k) => [{ user: `My ${k.noun} is ${k.value}.` }, { from: "a", to: "b", summary: `Customer's ${k.noun} is ${k.value}.` }, { agent: "b", says: "Let me check." }],
  "state key before": (k) => [{ user: "I need to change something." }, { state: { [k.field]: k.value }, agent: "a" }],
};
const cap = (s: string) => s[0].toUpperCase() + s.slice(1);

/** Handoffs that leave the value out (a dropout) and ones that carry it (near misses). */
export const DROPS: Record<string, (k: Kind) => Partial<Step>> = {
  "summary names the thing, not the value": (k) => ({ summary: `Customer wants to change something about their ${k.noun}.` }),
  "summary says nothing of it": () => ({ summary: "Customer wants to change something." }),
};
export const CARRIES: Record<string, (k: Kind) => Partial<Step>> = {
  "summary carries it in another form": (k) => ({ summary: `Customer wants a change; ${k.noun} ${k.other}.` }),
  "payload carries it": (k) => ({ summary: "Customer wants to change something.", payload: { [k.field]: k.value } }),
  "payload carries it under another key": (k) => ({ summary: "Customer wants to change something.", payload: { ref: k.value } }),
  "receiver's state holds it under another key": (k) => ({ summary: "Customer wants to change something.", stateAfter: { customer_ref: k.value } }),
};

/** A conversation: the form, a handoff b → c (or a → b when the form hands over nothing), an answer. */
export function caseSteps(form: (k: Kind) => Step[], handoff: (k: Kind) => Partial<Step>, k: Kind): Step[] {
  const steps = form(k);
  const from = steps.some((s) => "to" in s) ? "b" : "a";
  return [...steps, { from, to: "c", ...handoff(k) } as Step, { agent: "c", says: "Thanks, I can take it from here." }];
}

/** A value withdrawn before the handoff (a near miss whatever the summary says) or something else withdrawn (still dropped). */
export const withdrawn = (k: Kind, what: string): Step[] => [
  { user: `My ${k.noun} is ${k.value}.` },
  { agent: "a", says: "Thanks, one moment." },
  { user: `Actually, forget ${what}, I only want to ask about opening hours.` },
  { from: "a", to: "b", summary: "Customer asks about opening hours." },
  { agent: "b", says: "We open at nine." },
];

/** A parallel fan-out: two workers look values up; the second returns with or without its own. */
export const fanOut = (k: Kind, secondReturn: (k: Kind) => string): Step[] => [
  { user: "Can you check both things for me please?" },
  { from: "a", to: "w1", mode: "delegate", summary: "Check the first thing." },
  { from: "a", to: "w2", mode: "delegate", summary: "Check the second thing." },
  { tool: "look_up", by: "w1", args: { part: 1 }, result: { status: "ok" } },
  { tool: "look_up", by: "w2", args: { part: 2 }, result: { [k.field]: k.value } },
  { from: "w1", to: "a", mode: "return", summary: "First thing checked, all fine." },
  { from: "w2", to: "a", mode: "return", summary: secondReturn(k) },
  { agent: "a", says: "Both checked." },
];
