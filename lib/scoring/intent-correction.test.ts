// Rules of the drift12g round (docs/evaluation.md): the user's correction of the final agent, and a
// point in time named by "<noun> of <period>". Each is general English, not a word list fitted to a
// conversation; failure cases and near misses are in domains that are in no evaluation corpus and
// not in the stress sets (pottery studio, archery club, allotments, hot tub hire, bookbinding,
// piano removals); the sentences are written here for the rules. Switching a rule off
// (drift-tuning.ts) must make its failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift, type DriftRule } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { offlineAssess, type IntentAssessment } from "./judge-offline";
import { analyzeConversation } from "./run-scorers";

const drifts = (v: IntentAssessment) => v.score !== null && v.score < 0.5;
const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the final agent's reply, the user's answer, the final interpretation]
const CORRECTION_FAILS: Array<[string, string, string, string, string]> = [
  ["pottery studio", "I'm away for a fortnight, can you put my Saturday wheel class on hold till I'm back?", "All sorted: your Saturday wheel class place has been released and no more payments will be taken.", "hang on, I only wanted a break for two weeks!", "Member wants the Saturday wheel class place released"],
  ["archery club", "Could you get my daughter onto the junior squad list for the spring season?", "Done, your daughter's junior squad place for spring has been released to the waiting list.", "??? I asked for her to be PUT ON it", "Parent wants the daughter's spring junior squad place released to the waiting list"],
  ["allotments", "Can I go down to a half plot next season? The full one is too much for me.", "I've put you down for a second full plot next to yours for next season.", "I didnt ask for that, I wanted less to dig", "Tenant wants an additional full plot next season"],
];
// a correction the final interpretation then follows, a value repeated "as I said" (re-ask
// evidence, not a correction), a hesitation before something else, and a "no" to an offer
const CORRECTION_NEAR: Array<[string, string, string, string, string]> = [
  ["pottery studio", "Can you book me onto the raku taster on Saturday?", "You're booked onto the raku taster on Sunday at 10.", "I said Saturday, not Sunday", "Customer wants the raku taster on Saturday"],
  ["hot tub hire", "I'd like to hire the six-seat hot tub for the weekend of the 14th, my number is 07700 900461.", "Happy to. What's the best number to reach you on?", "07700 900461, as I said", "Customer wants the six-seat hot tub hired for the weekend of the 14th"],
  ["bookbinding", "Could you rebind my grandmother's recipe book in green cloth?", "We can do green buckram or green linen, which would you like?", "hang on, let me check with my sister", "Customer wants the grandmother's recipe book rebound in green cloth"],
  ["archery club", "Could you renew my adult club membership for another year?", "Renewed until next May. Would you like to add range insurance?", "No, I said just the membership", "Member wants the adult club membership renewed for a year"],
];

describe("the user's correction of the final agent is evidence of drift", () => {
  it.each(CORRECTION_FAILS)("%s: drift", async (_d, ask, reply, answer, interpretation) => {
    const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
    expect(s.intentDrift).toBe(true);
  });
  it.each(CORRECTION_NEAR)("near miss, %s: no drift", async (_d, ask, reply, answer, interpretation) => {
    const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { agent: reply }, { user: answer }, { intent: interpretation }]);
    expect(s.intentDrift).not.toBe(true);
  });
});

// [domain, ask, the final interpretation, the agent's reply, the user's contrast]
const CONTRAST_FAILS: Array<[string, string, string, string, string]> = [
  ["piano removals", "Could you send three movers instead of two for the grand piano?", "Customer wants the grand piano crew changed to a single mover", "Done: one mover will come for the grand piano.", "what? that's fewer not more"],
  ["hot tub hire", "Can you turn the water temperature down a bit before we arrive?", "Customer wants the hot tub heated up before arrival", "I've set it to 40 degrees for you.", "no, lower, not higher!"],
  ["archery club", "Please move my range slot to an earlier time on Saturday.", "Member wants the Saturday range slot moved to the afternoon", "Your slot is now 3pm on Saturday.", "earlier not later please"],
];
const CONTRAST_NEAR: Array<[string, string, string, string, string]> = [
  // the interpretation says the way the contrast wants
  ["piano removals", "Could you send three movers instead of two for the grand piano?", "Customer wants more movers for the grand piano: three instead of two", "Three movers booked.", "more not fewer, yes that's right"],
  // a contrast of words that are no opposites
  ["pottery studio", "Can you book me onto the raku taster on Saturday?", "Customer wants the raku taster on Saturday", "You're down for Saturday at 10.", "Saturday not Sunday, great"],
  ["archery club", "Please move my range slot to an earlier time on Saturday.", "Member wants an earlier Saturday range slot", "Your slot is now 9am on Saturday.", "earlier, not later, perfect thanks"],
];

describe("a contrast of opposites ('fewer not more') says which way the agent got it wrong", () => {
  it.each(CONTRAST_FAILS)("%s: drift", async (_d, ask, interpretation, reply, answer) => {
    const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
    expect(s.intentDrift).toBe(true);
  });
  it.each(CONTRAST_NEAR)("near miss, %s: no drift", async (_d, ask, interpretation, reply, answer) => {
    const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
    expect(s.intentDrift).not.toBe(true);
  });
});

// [domain, ask, interpretation naming a point in time by "<noun> of <period>", the same with the opposite action]
const POINT_IN_TIME: Array<[string, string, string, string]> = [
  ["hot tub hire", "Please stop my hot tub hire.", "Hot tub hire off, start of next week", "Start a new hot tub hire next week"],
  ["bookbinding", "Can you drop the bookbinding class from my plan?", "Remove the bookbinding class, start of term", "Start the bookbinding class next term"],
  ["allotments", "Please end my allotment water charge.", "Water charge removed, start of next month", "Start the allotment water charge next month"],
];

describe("'<noun> of <period>' names a point in time, not an action", () => {
  it.each(POINT_IN_TIME)("%s: the time is no opposite action; the action is", (_d, ask, nearMiss, failure) => {
    expect(drifts(offlineAssess(ask, nearMiss, { fromIntentEvent: true }))).toBe(false);
    expect(drifts(offlineAssess(ask, failure, { fromIntentEvent: true }))).toBe(true);
  });
  it("near miss: 'the start of the project' is an action on the project, not a time", () => {
    expect(drifts(offlineAssess("Please stop the kitchen refit project.", "Customer wants the start of the kitchen refit project brought forward", { fromIntentEvent: true }))).toBe(true);
  });
});

describe("each rule is needed by its failure cases", () => {
  afterEach(() => tuneDrift());
  const off = (rule: DriftRule) => tuneDrift({}, [rule]);
  it("correction off: the corrections alone no longer flag", async () => {
    // (disbelief reads a short "what? …" or "…??" after the last word alone: off too)
    tuneDrift({}, ["correction", "disbelief"]);
    const flagged = [];
    for (const [, ask, reply, answer, interpretation] of CORRECTION_FAILS) {
      const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
      flagged.push(s.intentDrift === true);
    }
    expect(flagged.filter(Boolean).length).toBeLessThan(CORRECTION_FAILS.length);
    const contrasts = [];
    for (const [, ask, interpretation, reply, answer] of CONTRAST_FAILS) {
      const s = await score([{ user: ask }, { handoff: ["front", "desk"] }, { intent: interpretation }, { agent: reply }, { user: answer }]);
      contrasts.push(s.intentDrift === true);
    }
    expect(contrasts.filter(Boolean).length).toBeLessThan(CONTRAST_FAILS.length);
  });
  it("timeAdjunct off: '<noun> of <period>' is read as an action again", () => {
    off("timeAdjunct");
    expect(POINT_IN_TIME.some(([, ask, nearMiss]) => drifts(offlineAssess(ask, nearMiss, { fromIntentEvent: true })))).toBe(true);
  });
});
