// A person's name is no dropout fact when it is read from the dialogue or a tool result (SPEC §3.1
// lists ids, order numbers, emails, phones, amounts and dates: dropout.ts isReaskOnly), but it is one
// when the sender's state holds it or the project tracks it, and it stays a known value for re-ask
// (SPEC §3.2 lists the name among re-ask slots). Domains in no evaluation corpus: a clock repairer,
// a seed library, a bell foundry.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, scored, type Step } from "./conversation.test-util";
import { analyzeConversation } from "./run-scorers";

const CASES: Array<[string, string, string, string]> = [
  ["clock repairer", "Hello, I'm Odile Marchetti, my longcase clock stopped after the move, job CR-40917.", "Longcase clock stopped after a move, job CR-40917.", "Odile Marchetti"],
  ["seed library", "My name is Tomasz Wrona and the heritage bean packet I borrowed had no seeds, loan SL-22817.", "Empty bean packet on loan SL-22817.", "Tomasz Wrona"],
  ["bell foundry", "I'm Priya Raman; the tenor bell we ordered is cracked, order BF-55120.", "Cracked tenor bell on order BF-55120.", "Priya Raman"],
];
const steps = (user: string, summary: string, extra: Partial<Extract<Step, { from: string }>> = {}): Step[] => [
  { user },
  { from: "front", to: "workshop", summary, ...extra },
  { agent: "workshop", says: "We'll look at it this week." },
];

describe("a person's name and dropout", () => {
  it.each(CASES)("near miss, %s: a name read from the user's words, not handed over, is no dropout field", async (_d, user, summary) => {
    expect((await scored(steps(user, summary))).dropped).toEqual([]);
  });

  it.each(CASES)("%s: the same name held in the sender's state and left out is dropped", async (_d, user, summary, name) => {
    expect((await scored(steps(user, summary, { stateBefore: { customer_name: name } }))).dropped).toEqual([`customer_name=${name}`]);
  });

  it.each(CASES)("%s: a tracked name field is dropped too", async (_d, user, summary, name) => {
    const a = await analyzeConversation(conversation(steps(user, summary)), { ...DEFAULT_SETTINGS, trackedFields: ["name"] });
    expect(a.handoffs[0].dropped).toEqual([{ field: "name", value: name }]);
  });

  it.each(CASES)("%s: asking for the name again is still a re-ask", async (_d, user, summary, name) => {
    const r = await scored([{ user }, { from: "front", to: "workshop", summary }, { agent: "workshop", says: "Can I take your full name, please?" }, { user: name }]);
    expect(r.reasks).toEqual(["name"]);
    expect(r.dropped).toEqual([]);
  });
});
