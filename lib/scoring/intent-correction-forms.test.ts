// The user's correction after the final agent, in forms widened by grammar (intent-objection-forms.ts,
// rule `correctionForms`), from blind-z2: "That isn't what we asked for. We need anti-shatter film…" (a
// school: the speaker "we", the negation contracted) and "Nein! I said opt OUT." (an exclamation in
// another language before the correction). Each says the agent's reading differs from the ask: drift
// unless the interpretation keeps what the user insists on. Near misses: the same forms when the final
// agent did what is insisted on, and an exclamation of thanks before "we said" ("Great! We said…").
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string, intent: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Passing you to the right desk." }, { handoff: ["front", "desk"] }, { agent: done }, { intent }, { user: reply }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, the final agent's reply, its intent, the user's correction]
const CORRECTED: Array<[string, string, string, string, string]> = [
  ["glacier guiding", "We need crampon training added to our club's glacier walk GW-2291 on Sunday, for all eight members.", "Done: GW-2291 now finishes at the ice cave viewpoint with a picnic stop for your group.", "Club wants a scenic picnic stop at the ice cave on their glacier walk.", "That isn't what we asked for. We need the crampon training."],
  ["organ building", "Please book a tuning visit for the chapel's Swell organ, job OB-7714.", "I've booked a tuning visit for the Great organ in the main nave, OB-7714, on Tuesday.", "Church wants the Great organ in the nave tuned.", "Nein! I said the Swell organ in the chapel."],
  ["pearl diving", "Could you cancel our night dive on PD-5530? The boat is too small for us.", "Your night dive PD-5530 is confirmed and we've put you on the larger boat.", "Divers want to keep the night dive on a bigger boat.", "this wasn't what we wanted, we said cancel the dive"],
];
// [domain, ask, the final agent doing the ask, its intent, the user's insistence, which the interpretation keeps]
const KEPT: Array<[string, string, string, string, string]> = [
  ["glacier guiding", "We need crampon training added to our club's glacier walk GW-2291 on Sunday.", "Done: crampon training is added to glacier walk GW-2291 on Sunday.", "Club wants crampon training added to their Sunday glacier walk.", "Great! We said Sunday because the forecast is clear."],
  ["organ building", "Please take the trumpet stop out of the quote for the organ restoration, job OB-7714.", "I've taken the trumpet stop out of the OB-7714 restoration quote.", "Church wants the trumpet stop taken out of the organ restoration quote.", "Lovely! we only wanted that one stop out, thanks"],
  ["pearl diving", "Could you cancel our night dive on PD-5530?", "Your night dive PD-5530 is cancelled and refunded in full.", "Divers want the night dive cancelled.", "Perfect! That is what we wanted."],
];

afterEach(() => tuneDrift());

describe("a correction in the speaker's plural, a contracted negation, or after an exclamation", () => {
  it.each(CORRECTED)("%s: drift", async (_d, ask, done, intent, reply) => {
    expect((await judged(ask, done, intent, reply)).intentDrift).toBe(true);
  });
  it.each(KEPT)("near miss, %s: the interpretation keeps what is insisted on: no drift", async (_d, ask, done, intent, reply) => {
    expect((await judged(ask, done, intent, reply)).intentDrift).toBe(false);
  });
  it("correctionForms off: fewer of the corrections are read", async () => {
    tuneDrift({}, ["correctionForms"]);
    let drift = 0;
    for (const [, ask, done, intent, reply] of CORRECTED) if ((await judged(ask, done, intent, reply)).intentDrift) drift++;
    expect(drift).toBeLessThan(CORRECTED.length);
  });
});
