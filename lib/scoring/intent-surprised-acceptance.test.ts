// Rule `surprisedAcceptance` (intent-last-word.ts): the user meets the agents' last word with "oh" and a bare
// acknowledgement ("oh. ok", "oh right", "oh um ok thanks i suppose") and no other scorer's finding explains it:
// drift, however much of the ask the words keep. Near misses: "oh" with an appraisal ("oh that's lovely, thanks"),
// with a question ("oh. how much is that?"), with words of the user's own ("oh right, no that's fine, cheers"),
// with a change of mind ("oh actually, move it to Sunday instead"), and the same reply beside another failure (a
// re-ask); with the rule off the words decide (kept: no drift).
// Domains in no evaluation corpus: astronomy club telescope loans, sheet-music engraving commissions, glass-eye
// prosthetic fittings.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary, answer, the agents' statement of the ask, the user's bare acknowledgement]
type Case = [string, string, string, string, string, string];
const CASES: Case[] = [
  ["astronomy club telescope loans", "Can I extend my loan of the 8-inch Dobsonian by two weeks? Member AC-3310, the skies have been cloudy all month.", "AC-3310 has the 8-inch Dobsonian on loan, cloudy skies this month.", "The 8-inch Dobsonian for AC-3310 is booked in for its return on Friday, drop it at the observatory door.", "Extend AC-3310's loan of the 8-inch Dobsonian by two weeks.", "oh. ok"],
  ["sheet-music engraving commissions", "Please add the viola part to my engraving order SM-4471, the quartet needs all four parts.", "SM-4471 string quartet engraving, customer mentions the viola part.", "Order SM-4471 is going ahead with the violin and cello parts, proofs by Tuesday.", "Add the viola part to engraving order SM-4471.", "oh right ok"],
  ["glass-eye prosthetic fittings", "I'd like to bring my fitting forward to this week if anything is free, reference GE-9052, the old shell is chipped.", "GE-9052 fitting, old shell chipped.", "Your fitting GE-9052 stays on the 28th at 10:30, and we've noted the chipped shell.", "Bring GE-9052's fitting forward to this week.", "oh um right, thanks i suppose"],
];

const score = async (c: Case, reply: string) => (await analyzeConversation(conversation(handedOn(c[1], c[2], c[3], reply, c[4])), DEFAULT_SETTINGS)).scores;

describe("rule surprisedAcceptance: the user takes the agents' last word as news and only acknowledges it", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: a bare “oh, ok”: drift", async (...c) => {
    const s = await score(c, c[5]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("surprisedAcceptance");
  });
  it.each(CASES)("near miss, %s: oh with an appraisal, a question, words of one's own or a change of mind: not this rule", async (...c) => {
    for (const reply of ["oh that's lovely, thanks", "oh. how much is that?", "oh right, no that's fine, cheers", "oh actually, can you move it to Sunday instead?", "ok"]) {
      expect((await score(c, reply)).intentPath).not.toBe("surprisedAcceptance");
    }
  });
  it("near miss: another failure (a re-ask of the reference) explains the reply: not this rule", async () => {
    const c = CASES[2];
    const events = conversation([{ user: c[1] }, { agent: "Thanks, passing you on now." }, { handoff: ["desk", "specialist"], summary: c[2], payload: { reference: "GE-9052" } }, { agent: "What's your reference?" }, { user: "GE-9052" }, { agent: c[3] }, { user: c[5] }, { intent: c[4] }]);
    const s = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("surprisedAcceptance");
  });
  it("surprisedAcceptance off: the words decide, and they keep the ask", async () => {
    tuneDrift({}, ["surprisedAcceptance"]);
    for (const c of CASES) expect((await score(c, c[5])).intentDrift).toBe(false);
  });
});
