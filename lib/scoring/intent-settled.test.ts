// A correction the final agent put right (intent.ts settledAfter, rule `settled`): the agent restates
// the ask wrongly, the user corrects it ("no, that's not what I said. EARLIER."), the agent turns
// round, and the user accepts plainly ("6 June. Thank you") — a misreading fixed, no drift (blind-v1
// shed building; blind-t2 furniture collection). Failure cases: the same correction followed by a
// resigned yes ("whatever, fine", "thanks I guess"), by a question, or by nothing: the objection
// stands. Domains in no evaluation corpus: sailing school, piano tuning, wedding florist; each
// interpretation says the ask in words the judge does not read as kept, so only the conversation
// tells whether the correction was put right.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, wrong: string, correction: string, right: string, answer: string | null, last: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { handoff: ["front", "desk"] }, { agent: wrong }, { user: correction }, { agent: right }, ...(answer ? [{ user: answer }] : []), { agent: last }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

// [domain, ask, the agent's wrong restatement, the correction, the agent's right one, the final message]
const CASES: Array<[string, string, string, string, string, string]> = [
  ["sailing school", "Can I bring my dinghy course forward? I'm away from the 20th.", "I can move your dinghy course to later in the season, would August work?", "no, that's not what I said. SOONER. I'm away from the 20th", "So sorry, I had that backwards. I've got the 6th or the 13th, both before you go.", "Done, you're on the course from the 6th."],
  ["piano tuning", "Please tune the upright in the hall, not the grand.", "I'll book the tuner for your grand piano on Tuesday.", "I said the upright, the one in the hall", "Apologies, my mistake: the upright in the hall on Tuesday then.", "All booked: Tuesday 10am, hall."],
  ["wedding florist", "Could you swap the lilies in my bouquet for peonies? Lilies make my sister sneeze.", "I'll add extra lilies to the bouquet so it looks fuller.", "What? I didn't ask for more lilies, I want them gone", "Sorry! Peonies instead of the lilies, and none left in.", "That's changed on your order now."],
];
const PLAIN = ["6th please. Thank you", "perfect, thanks", "Lovely, that's it"];
const NOT_SETTLED = ["whatever, fine", "thanks I guess", "but will it be the same tuner?"];

afterEach(() => tuneDrift());

describe("a correction the final agent put right is no drift", () => {
  it.each(CASES.map((c, i) => [...c, PLAIN[i]] as const))("near miss, %s: corrected, turned round, accepted: no drift", async (_d, ask, wrong, correction, right, last, answer) => {
    expect((await judged(ask, wrong, correction, right, answer, last)).intentDrift).toBe(false);
  });
  it.each(CASES.map((c, i) => [...c, NOT_SETTLED[i]] as const))("%s: a resigned yes or a question settles nothing: drift", async (_d, ask, wrong, correction, right, last, answer) => {
    expect((await judged(ask, wrong, correction, right, answer, last)).intentDrift).toBe(true);
  });
  it.each(CASES)("%s: no answer after the agent's turn settles nothing: drift", async (_d, ask, wrong, correction, right, last) => {
    expect((await judged(ask, wrong, correction, right, null, last)).intentDrift).toBe(true);
  });
  it("settled off: the corrections put right are drift again", async () => {
    tuneDrift({}, ["settled"]);
    let drift = 0;
    for (const [i, [, ask, wrong, correction, right, last]] of CASES.entries()) if ((await judged(ask, wrong, correction, right, PLAIN[i], last)).intentDrift) drift++;
    expect(drift).toBe(CASES.length);
  });
});
