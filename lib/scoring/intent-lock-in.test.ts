// Rule `lockIn` (fifty-second session, nlp/lexicon.ts confirmsAgainstEnd): a thing locked in is made sure to happen, as
// one guaranteed or confirmed is — the opposite of ending it. Near misses: the ask's own ending done beside another thing
// locked in, and an ask to lock a thing in answered by its locking in.
// Domains in no evaluation corpus: kayak polo league, harp tuning, salt-marsh guided walks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { confirmsAgainstEnd } from "./nlp/lexicon";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to bookings." }, { handoff: ["triage", "bookings"] }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, an ask that ends a thing, the final answer that locks the thing in]
const LOCKED: Array<[string, string, string]> = [
  ["kayak polo league", "Please cancel our team's entry for the autumn league, KP-4471, we can't raise five players.", "Great news, I've locked in your team's autumn league entry on KP-4471."],
  ["harp tuning", "Can you cancel the tuning visit on HT-2290 next Tuesday? The harp has gone back to the school.", "Your tuning visit on HT-2290 is locked in for next Tuesday at 10."],
  ["salt-marsh walks", "I'd like to withdraw from the dawn birding walk on SM-6612, I'm away that weekend.", "The dawn birding walk on SM-6612 is now locked in for you."],
];

// [domain, ask, final answer that does the ask]
const NEAR: Array<[string, string, string]> = [
  ["kayak polo league", "Please cancel our team's entry for the autumn league, KP-4471, we can't raise five players.", "Your autumn league entry on KP-4471 is cancelled; your spring entry is locked in as before."],
  ["harp tuning", "Could you lock in the tuning visit on HT-2290 for next Tuesday?", "Done: the tuning visit on HT-2290 is locked in for Tuesday at 10."],
  ["salt-marsh walks", "Please cancel my place on the dawn birding walk, SM-6612.", "Your place on the dawn walk SM-6612 is cancelled and your refund is locked in."],
];

afterEach(() => tuneDrift());

describe("lockIn: a thing locked in against an ask to end it", () => {
  it.each(LOCKED)("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it.each(NEAR)("%s: the ask done: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });

  it("the relation: against ending actions only, and only with the rule", () => {
    expect(confirmsAgainstEnd("lock_in", "cancel")).toBe(true);
    expect(confirmsAgainstEnd("withdraw", "lock_in")).toBe(true);
    expect(confirmsAgainstEnd("lock_in", "renew")).toBe(false);
    tuneDrift({}, ["lockIn"]);
    expect(confirmsAgainstEnd("lock_in", "cancel", true)).toBe(false);
  });

  it("lockIn off: a thing said to be locked in is no antonym of the ask", async () => {
    // (an active "I've locked in your entry" takes the continuing side by phrasalSign's first WordNet sense, rule off or
    // on; the passive "is locked in for next Tuesday" is read only by this rule)
    tuneDrift({}, ["lockIn"]);
    const [, ask, done] = LOCKED[1];
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});
