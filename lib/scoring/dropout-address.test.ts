// A postal address is no dropout fact when it is read from the dialogue or a tool result (SPEC §3.1
// lists ids, order numbers, emails, phones, amounts and dates: dropout.ts isReaskOnly, as for a
// person's name), but it is one when the sender's state holds it or the project tracks it, and it
// stays a known value for re-ask (SPEC §3.2 lists the address among re-ask slots). Domains in no
// evaluation corpus: an upholsterer, a well-drilling firm, a choir-robe maker.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, scored, type Step } from "./conversation.test-util";
import { analyzeConversation } from "./run-scorers";

const CASES: Array<[string, string, string, string]> = [
  ["upholsterer", "Please collect the armchair from 27 Ferry Road, job UP-30918, it needs new webbing.", "Armchair webbing, job UP-30918, collection wanted.", "27 Ferry Road"],
  ["well drilling", "The survey should go to 5 Heron Close, quote WD-88120, we want a borehole in the top field.", "Borehole survey for quote WD-88120.", "5 Heron Close"],
  ["choir robes", "Send the twelve robes to 140 Mill Street, order CR-61207, before the Easter concert.", "Twelve robes on order CR-61207 before Easter.", "140 Mill Street"],
];
const steps = (user: string, summary: string, extra: Partial<Extract<Step, { from: string }>> = {}): Step[] => [
  { user },
  { from: "front", to: "dispatch", summary, ...extra },
  { agent: "dispatch", says: "That's booked in for next week." },
];

describe("a postal address and dropout", () => {
  it.each(CASES)("near miss, %s: an address read from the user's words, not handed over, is no dropout field", async (_d, user, summary) => {
    expect((await scored(steps(user, summary))).dropped).toEqual([]);
  });

  it.each(CASES)("%s: the same address held in the sender's state and left out is dropped", async (_d, user, summary, address) => {
    expect((await scored(steps(user, summary, { stateBefore: { delivery_address: address } }))).dropped).toEqual([`delivery_address=${address}`]);
  });

  it.each(CASES)("%s: a tracked address field is dropped too", async (_d, user, summary, address) => {
    const a = await analyzeConversation(conversation(steps(user, summary)), { ...DEFAULT_SETTINGS, trackedFields: ["address"] });
    expect(a.handoffs[0].dropped).toEqual([{ field: "address", value: address }]);
  });

  it.each(CASES)("%s: asking for the address again is still a re-ask", async (_d, user, summary, address) => {
    const r = await scored([{ user }, { from: "front", to: "dispatch", summary }, { agent: "dispatch", says: "What's the full address for the van, please?" }, { user: address }]);
    expect(r.reasks).toEqual(["address"]);
    expect(r.dropped).toEqual([]);
  });
});
