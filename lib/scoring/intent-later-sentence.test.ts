// The correction said after the user's reaction (intent.ts saysCorrected, rule `laterSentence`): chat
// puts the reaction first and the correction after it ("That's more expensive! I asked for LESS
// cover." — blind-v2 snow clearing), or hedges the contradiction ("that's not really what I… oh
// whatever, sure" — blind-v1 roller disco). Either says the agent's reading differs from the ask, as
// CORRECTS and MISUNDERSTOOD do at a message's start. Near misses: "I said"/"I asked" inside a
// sentence ("Great, thanks. As I said, …"), a later "I asked" after an acceptance, and a value given
// again ("BS3 4QT. It's on the booking. I said that already": re-ask evidence, not a correction). Domains in no evaluation corpus: chimney sweeping, guitar lessons,
// dog grooming; each ask and interpretation an opposite the lexicon does not know, so only the
// user's words tell the agent got it wrong.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const judged = (ask: string, interpretation: string, reply: string, answer: string) =>
  score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);

// [domain, ask, the final interpretation (an intent event), the final agent's reply, the user's answer to it]
const FAILS: Array<[string, string, string, string, string]> = [
  ["chimney sweeping", "Can you hold off on the sweep until the builders have gone in May?", "Customer wants the chimney swept first thing this week", "Your sweep is booked for Wednesday morning.", "That's this week! I asked for May, the builders are still here."],
  ["guitar lessons", "Please put my son down to the half-hour lessons, an hour is too long for him.", "Parent wants the lessons made longer with an extra theory slot", "He's now on 75 minutes with 15 of theory.", "That's even longer! I asked for shorter lessons, not more theory."],
  ["dog grooming", "Could you leave her coat long this time and just tidy the feet?", "Customer wants a full summer clip for the dog", "Bella is booked for a full summer clip on Friday.", "that's not really what I had in mind, but fine"],
];
const NEAR: Array<[string, string, string, string, string]> = [
  ["chimney sweeping", "Can you hold off on the sweep until the builders have gone in May?", "Customer wants the chimney sweep held off until May when the builders have gone", "Your sweep is now booked for 14 May.", "Great, thanks. As I said, the builders go at the end of April."],
  ["guitar lessons", "Please put my son down to the half-hour lessons, an hour is too long for him.", "Parent wants the son moved down to the half-hour lessons", "He's on the half-hour lessons from next week.", "Perfect! Thank you so much."],
  ["dog grooming", "Could you leave her coat long this time and just tidy the feet?", "Customer wants the dog's coat left long and only the feet tidied", "Bella is booked in for a feet tidy, coat left long.", "Lovely. I asked last time too and it was perfect."],
  ["chimney sweeping", "Can you hold off on the sweep until the builders have gone in May?", "Customer wants the chimney sweep held off until May when the builders have gone", "Your sweep is pencilled in for May, what's the postcode?", "BS3 4QT. It's on the booking. I said that already."],
];

describe("a correction after the user's reaction says the agent's reading differs from the ask", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (_d, ask, interpretation, reply, answer) => {
    expect((await judged(ask, interpretation, reply, answer)).intentDrift).toBe(true);
  });
  it.each(NEAR)("near miss, %s: no drift", async (_d, ask, interpretation, reply, answer) => {
    expect((await judged(ask, interpretation, reply, answer)).intentDrift).toBe(false);
  });
  it("laterSentence off: the corrections after a reaction, or hedged, are read as no correction", async () => {
    tuneDrift({}, ["laterSentence"]);
    let drift = 0;
    for (const [, ask, interpretation, reply, answer] of FAILS) if ((await judged(ask, interpretation, reply, answer)).intentDrift) drift++;
    expect(drift).toBe(0);
  });
});
