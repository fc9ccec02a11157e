// The drift16 rule `misunderstood` (intent.ts MISUNDERSTOOD): the user says the agent misunderstood
// in forms the correction rule did not read — the hearer's failure to understand, the contradiction
// written out or broken by a pause, the ask restated after "no"/"what" or a contrastive "but" with a
// past "wanted/asked". Failure cases and near misses are in domains in no evaluation corpus (skip
// hire, violin repair, chess club, stained glass); the sentences are written here for the rule, in
// each case an opposite the lexicon does not know (hold off / collect, leave / strip, down / advanced),
// so that only the user's words tell the agent got it wrong. Switching the rule off must make the
// failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the final interpretation (an intent event), the final agent's reply, the user's answer to it]
const FAILS: Array<[string, string, string, string, string]> = [
  ["skip hire", "Can you hold off on collecting the skip until we've finished clearing the garage?", "Customer wants the skip collected first thing tomorrow", "The driver will collect your skip first thing tomorrow.", "I think you do not understand me, we are not finished yet"],
  ["violin repair", "Could you leave the old varnish on the back of my violin and only fix the crack?", "Customer wants the back of the violin stripped and revarnished along with the crack repair", "We'll strip the back, revarnish it and fix the crack.", "That is not what I asked for at all."],
  ["chess club", "Please move me down to the beginners' evening, the club nights are too tough for me.", "Member wants to join the advanced club night as well", "You're now on the advanced Thursday club night too.", "I don't think you understood"],
  ["stained glass", "Can you hold my window panel back until after the holidays? No rush at all.", "Customer wants the window panel rushed so it is finished before the holidays", "I've moved your panel onto the rush bench, ready on Monday.", "that's... the opposite of what I said"],
  ["skip hire", "Can you hold off on collecting the skip until we've finished clearing the garage?", "Customer wants the skip collected first thing tomorrow", "The driver will collect your skip first thing tomorrow.", "what? I just want it left here till Friday"],
  ["chess club", "Please move me down to the beginners' evening, the club nights are too tough for me.", "Member wants to join the advanced club night as well", "You're now on the advanced Thursday club night too.", "But I wanted the beginners' evening instead??"],
];

// the same words without the statement: no negation, no objecting interjection, "but" before no past
// "wanted", the correction's content kept by the interpretation
const NEAR: Array<[string, string, string, string, string]> = [
  ["skip hire", "Can you hold off on collecting the skip until we've finished clearing the garage?", "Customer wants the skip collection held off until the garage is cleared", "No problem, the skip stays until you call us.", "I think you understood perfectly, thanks"],
  ["violin repair", "Could you leave the old varnish on the back of my violin and only fix the crack?", "Customer wants only the crack in the violin fixed, the old varnish left on", "We'll fix the crack and leave the varnish as it is.", "I just want to say thanks, that's great"],
  ["chess club", "Please move me down to the beginners' evening, the club nights are too tough for me.", "Member wants to move down to the beginners' evening", "You're on the beginners' evening from next week.", "But I have my own board anyway, is that fine?"],
  ["stained glass", "Can you hold my window panel back until after the holidays? No rush at all.", "Customer wants the window panel held back until after the holidays", "Your panel will be held back until after the holidays.", "that's lovely, thank you"],
];

describe("the user says the agent misunderstood: drift unless the interpretation keeps what they insist on", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (_d, ask, interpretation, reply, answer) => {
    const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
    expect(s.intentDrift).toBe(true);
  });
  it.each(NEAR)("near miss, %s: no drift", async (_d, ask, interpretation, reply, answer) => {
    const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
    expect(s.intentDrift).not.toBe(true);
  });
  it("near miss: a restated ask the interpretation then keeps is no drift", async () => {
    const s = await score([
      { user: "Can you hold off on collecting the skip until we've finished clearing the garage?" },
      { handoff: ["front", "desk"] },
      { agent: "The driver will collect your skip first thing tomorrow." },
      { user: "I don't think you understood, hold off collecting the skip until the garage is cleared" },
      { intent: "Customer wants collecting the skip held off until the garage is cleared" },
    ]);
    expect(s.intentDrift).not.toBe(true);
  });
  it("misunderstood off: the statements alone no longer flag", async () => {
    // (disbelief reads a short "what? …" or "…??" after the last word alone, whatever it restates: off too; and
    // broughtBefore reads the stained glass ask "until after the holidays" against "finished before the holidays" by
    // itself, the words of time alone: off too)
    tuneDrift({}, ["misunderstood", "disbelief", "broughtBefore"]);
    for (const [, ask, interpretation, reply, answer] of FAILS) {
      const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
      expect(s.intentDrift).not.toBe(true);
    }
  });
});
