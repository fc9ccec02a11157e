// A phrasal verb takes the side of the ending-or-continuing verb its first WordNet sense is (rule `phrasalSign`,
// nlp/lexicon.ts phrasalSign; thirty-eighth session): blind-bh3's chopstick club, "i'd like to stop it please no more
// boxes", and blind-bh1's horoscope texts, "take my number off the list", were both answered by an agent who read that
// the member "wants to carry on" and renewed — "carry on" is "continue", but only one-word verbs were on the lists, so
// the two were read as preserved. Near misses: a light verb's phrasal takes no side ("get the shutter down" is no
// "get down" to work, a start), and what carries on beside the thing stopped is no opposite of stopping it.
// Domains in no evaluation corpus: a pretzel club, a lantern box, monocle insurance.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { phrasalSign } from "./nlp/lexicon";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "desk"] }, { intent }, { agent: done }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string, string]> = [
  [
    "pretzel club: stop it, answered 'carry on'",
    "hi i'm in your pretzel of the month club and i've got a freezer full now so i'd like to stop it please no more boxes, member PZ-4410",
    "member wants to carry on with the pretzel club for another year",
    "All done. You're set for another twelve months of the club, and March's box will be with you as usual.",
  ],
  [
    "lantern box: stop it, answered 'carry on'",
    "we've got a cupboard full of lanterns now so i'd like to stop it please, no more monthly lantern boxes, member LN-7710",
    "member wants to carry on with the lantern box for another year",
    "All done. You're set for another twelve months and April's lanterns will be with you as usual.",
  ],
  [
    "monocle insurance: keep it going, answered 'shut down'",
    "please keep my monocle insurance going, it runs out on the 1st, policy MN-2290",
    "customer wants the monocle insurance shut down on the 1st",
    "Done - MN-2290 ends on the 1st and you won't be charged again.",
  ],
];

describe("a phrasal verb on a side of the relation", () => {
  it.each(CASES)("%s: antonym drift", async (_d, ask, intent, done) => {
    const s = await judged(ask, intent, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
  it.each(CASES)("phrasalSign off, %s: read as preserved", async (_d, ask, intent, done) => {
    // (runsOn, fifty-ninth session, reads "for another year" as the thing going on: off too, to see this rule's own reading)
    tuneDrift({}, ["phrasalSign", "runsOn"]);
    expect((await judged(ask, intent, done)).intentDrift).toBe(false);
  });
  it("the sides: carry on and keep on keep, shut down and close down end", () => {
    expect(phrasalSign("carry_on")).toBe(1);
    expect(phrasalSign("keep_on")).toBe(1);
    expect(phrasalSign("shut_down")).toBe(-1);
    expect(phrasalSign("close_down")).toBe(-1);
  });
});

describe("near misses", () => {
  it("a light verb's phrasal takes no side, whatever its first sense", () => {
    expect(phrasalSign("get_down")).toBe(0);
    expect(phrasalSign("set_about")).toBe(0);
  });
  it("a one-word verb keeps the list's side, and one on neither side none", () => {
    expect(phrasalSign("cancel")).toBe(-1);
    expect(phrasalSign("renew")).toBe(1);
    expect(phrasalSign("polish")).toBe(0);
  });
  it("lantern box: the Tuesday delivery stopped, the Friday ones carry on", async () => {
    const s = await judged(
      "Please stop the Tuesday lantern delivery on LN-7710, the shop is shut on Tuesdays now.",
      "stop the Tuesday lantern delivery on LN-7710; the Friday deliveries carry on",
      "Done - no more Tuesday deliveries on LN-7710, and your Friday ones carry on as normal.",
    );
    expect(s.intentDrift).toBe(false);
  });
});
