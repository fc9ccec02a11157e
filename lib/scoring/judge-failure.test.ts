// A judge that throws costs the intent judgment of that one conversation, not its other scores
// (run-scorers.ts judgedSafely): the intent score abstains naming the error's class, dropout, re-ask
// and the structural scores stand, and a delegation whose ask could not be judged is left out of the
// orchestration figures. Near miss: a judge that answers is used as before. Domains: a bell foundry,
// a seed library, a kite-repair shop.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./conversation.test-util";
import { offlineJudge, type IntentJudge } from "./intent";
import { analyzeConversation } from "./run-scorers";

class Boom extends Error {
  name = "Boom";
}
const throwing: IntentJudge = {
  name: "offline",
  assess: async () => {
    throw new Boom("secret-looking text sk-123 from the judge");
  },
};

const cases: Array<[string, string, string, string]> = [
  ["bell foundry", "Please recast the cracked treble bell, order BF-40921.", "castings", "What's your order number?"],
  ["seed library", "I'd like to renew my loan of the heritage beans, card SL-22817.", "loans", "Can you give me your card number?"],
  ["kite repair", "Re-stitch the torn leading edge on kite KR-5510, please.", "workshop", "Which kite number is it?"],
];

describe("a judge that throws", () => {
  it.each(cases)("%s: intent abstains with the error's class, the re-ask is still found", async (_d, ask, to, question) => {
    const events = conversation([
      { user: ask },
      { from: "triage", to, summary: "Customer request." },
      { agent: to, says: question },
    ]);
    const a = await analyzeConversation(events, DEFAULT_SETTINGS, { judge: throwing });
    expect(a.scores.intentDrift).toBeNull();
    expect(a.scoreReasons.intentDrift).toContain("the intent judge failed on this conversation (Boom)");
    expect(a.scoreReasons.intentDrift).not.toContain("sk-123");
    expect(a.scores.reaskCount).toBe(1);
    expect(a.scores.droppedFields).toBeGreaterThan(0);
  });

  it("a delegation whose ask could not be judged is left out, the conversation is still scored", async () => {
    const events = conversation([
      { user: "Recast the treble bell BF-40921 and quote a new headstock." },
      { from: "lead", to: "castings", mode: "delegate", summary: "Recast treble bell BF-40921." },
      { from: "castings", to: "lead", mode: "return", summary: "Recast booked for BF-40921." },
      { agent: "lead", says: "The recast of BF-40921 is booked." },
    ]);
    const a = await analyzeConversation(events, DEFAULT_SETTINGS, { judge: throwing });
    expect(a.handoffs.every((h) => !h.orchestration)).toBe(true);
    expect(a.scores.maxDepth).toBeGreaterThan(0);
  });

  it("near miss: a judge that answers decides as before", async () => {
    const [, ask, to] = cases[0];
    const events = conversation([{ user: ask }, { from: "triage", to, summary: ask }, { agent: to, says: "I've booked the recast of the treble bell on BF-40921." }]);
    const a = await analyzeConversation(events, DEFAULT_SETTINGS, { judge: offlineJudge });
    expect(a.scores.intentJudge).not.toBeNull();
    expect(a.scoreReasons.intentDrift ?? "").not.toContain("failed");
  });
});
