// A person's name or a postal address is no dropout fact when it is read from the dialogue or a tool
// result (SPEC §3.1 lists ids, order numbers, emails, phones, amounts and dates: dropout.ts
// isReaskOnly), but it is one when the sender's state holds it or the project tracks it, and it
// stays a known value for re-ask (SPEC §3.2 lists the name and the address among re-ask slots).
// Names (facts19): a clock repairer, a seed library, a bell foundry. Addresses (ninth session): an
// upholsterer, a well-drilling firm, a choir-robe maker — domains in no evaluation corpus.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, scored, type Step } from "./conversation.test-util";
import { analyzeConversation } from "./run-scorers";

interface Kind {
  kind: string;
  /** the key the sender's state holds it under, the tracked field, the receiver's question, the re-ask's slot */
  stateKey: string;
  tracked: string;
  question: string;
  /** domain, the user's first message, the handoff summary (which leaves the value out), the value */
  cases: Array<[string, string, string, string]>;
}

const KINDS: Kind[] = [
  {
    kind: "a person's name", stateKey: "customer_name", tracked: "name", question: "Can I take your full name, please?",
    cases: [
      ["clock repairer", "Hello, I'm Odile Marchetti, my longcase clock stopped after the move, job CR-40917.", "Longcase clock stopped after a move, job CR-40917.", "Odile Marchetti"],
      ["seed library", "My name is Tomasz Wrona and the heritage bean packet I borrowed had no seeds, loan SL-22817.", "Empty bean packet on loan SL-22817.", "Tomasz Wrona"],
      ["bell foundry", "I'm Priya Raman; the tenor bell we ordered is cracked, order BF-55120.", "Cracked tenor bell on order BF-55120.", "Priya Raman"],
    ],
  },
  {
    kind: "a postal address", stateKey: "delivery_address", tracked: "address", question: "What's the full address for the van, please?",
    cases: [
      ["upholsterer", "Please collect the armchair from 27 Ferry Road, job UP-30918, it needs new webbing.", "Armchair webbing, job UP-30918, collection wanted.", "27 Ferry Road"],
      ["well drilling", "The survey should go to 5 Heron Close, quote WD-88120, we want a borehole in the top field.", "Borehole survey for quote WD-88120.", "5 Heron Close"],
      ["choir robes", "Send the twelve robes to 140 Mill Street, order CR-61207, before the Easter concert.", "Twelve robes on order CR-61207 before Easter.", "140 Mill Street"],
    ],
  },
];

const steps = (user: string, summary: string, extra: Partial<Extract<Step, { from: string }>> = {}): Step[] => [
  { user },
  { from: "front", to: "workshop", summary, ...extra },
  { agent: "workshop", says: "We'll look at it this week." },
];

describe.each(KINDS)("$kind and dropout", ({ stateKey, tracked, question, cases }) => {
  it.each(cases)("near miss, %s: read from the user's words and not handed over, it is no dropout field", async (_d, user, summary) => {
    expect((await scored(steps(user, summary))).dropped).toEqual([]);
  });

  it.each(cases)("%s: the same value held in the sender's state and left out is dropped", async (_d, user, summary, value) => {
    expect((await scored(steps(user, summary, { stateBefore: { [stateKey]: value } }))).dropped).toEqual([`${stateKey}=${value}`]);
  });

  it.each(cases)("%s: a tracked field is dropped too", async (_d, user, summary, value) => {
    const a = await analyzeConversation(conversation(steps(user, summary)), { ...DEFAULT_SETTINGS, trackedFields: [tracked] });
    expect(a.handoffs[0].dropped).toEqual([{ field: tracked, value }]);
  });

  it.each(cases)("%s: asking for it again is still a re-ask", async (_d, user, summary, value) => {
    const r = await scored([{ user }, { from: "front", to: "workshop", summary }, { agent: "workshop", says: question }, { user: value }]);
    expect(r.reasks).toEqual([tracked]);
    expect(r.dropped).toEqual([]);
  });
});
