// A particle that is never a preposition ("back", "forward", "away", "aside", "ahead") keeps its
// phrasal verb when a measure or a time follows it (parse.ts NEVER_PREPOSITION, rule
// `measuredParticle`): "push the shearing *back a couple of weeks*" is push_back (later), whose
// opposite "brought forward" is drift (blind-w1 sheep shearing). Before, any noun phrase after the
// particle made it a preposition, as it rightly does for "in" and "out" ("take the kids *in the car*").
// Near misses: the same way said otherwise, and "in"/"out" before a noun phrase, still prepositions.
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "One moment." }, { handoff: ["front", "bookings"] }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;
const phrasals = (text: string) => parseText(text).clauses.flatMap((c) => c.phrasals.map((t) => t.lemma));

// [domain, ask, opposite interpretation, same-way interpretation]
const CASES: Array<[string, string, string, string]> = [
  ["glacier guiding", "The ice is still too soft, so we need to push the glacier trek back a couple of weeks.", "Client wants the glacier trek brought forward to this weekend", "Client wants the glacier trek moved two weeks later"],
  ["organ building", "The church roof is leaking, could you push the organ installation back a month?", "Parish wants the organ installation brought forward to next week", "Parish wants the organ installation postponed by a month"],
  ["pearl diving", "The swell is bad, please push our dive back three days.", "Guest wants the dive brought forward to tomorrow", "Guest wants the dive delayed three days"],
];

afterEach(() => tuneDrift());

describe("a particle that is no preposition keeps its phrasal verb before a measure", () => {
  it.each(CASES)("%s: the other way is drift", async (_d, ask, opposite) => {
    const s = await judged(ask, opposite);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("direction");
  });
  it.each(CASES)("near miss, %s: the same way said otherwise is no drift", async (_d, ask, _o, same) => {
    expect((await judged(ask, same)).intentDrift).toBe(false);
  });
  it("the parse: 'push the trek back a couple of weeks' is push_back; 'in'/'out' before a noun phrase stay prepositions", () => {
    expect(phrasals("we need to push the glacier trek back a couple of weeks")).toContain("push_back");
    expect(phrasals("can you take the divers in the boat")).not.toContain("take_in");
    expect(phrasals("please put the pipes out the back")).not.toContain("put_out");
  });
  it("measuredParticle off: the measure makes the particle a preposition again", async () => {
    tuneDrift({}, ["measuredParticle"]);
    expect(phrasals("we need to push the glacier trek back a couple of weeks")).not.toContain("push_back");
    for (const [, ask, opposite] of CASES) expect((await judged(ask, opposite)).intentPath).not.toBe("direction");
  });
});
