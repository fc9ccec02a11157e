// The other person (rule `otherPerson`, intent-other-one.ts): the ask picks out whose thing by a person's name — in the
// possessive ("Ravi's retainer") or beside a kin word ("my daughter Nell", "Ivo (my eldest)") — and the final agent gives
// that thing to someone else by name ("Kiran's retainer"), a person the user never named, and never says the ask's:
// topic drift, though every other word of the ask is kept. From blind-an3's exam date (Jamie's exam answered with Orla's)
// and an1's allergy (Theo's profile answered with Maya's). Near misses: the agent names the ask's person too, the
// possessor is someone the user named, the possessed thing is none of the ask's, and a name with no mark of a person
// (a place). Domains in no corpus: an orthodontist's recalls, a chess club's ratings, a scout troop's camp forms.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string]> = [
  [
    "orthodontist's recalls",
    "Hi, when is Ravi's retainer check? The letter never came and I need to book time off work.",
    "Kiran's retainer check is on Tuesday 14 May at 4:10pm with Dr Hale; I'll re-send the letter by email.",
  ],
  [
    "chess club ratings",
    "My daughter Nell played in the rapid league last month, can you update her rating on the club list please?",
    "All done: I've updated Tomasz's rating on the club list to 1432 after the rapid league.",
  ],
  [
    "scout troop camp forms",
    "Ivo (my eldest) has a nut allergy now, could you add it to his camp form before the June camp?",
    "Thanks for telling us. I've added the nut allergy to Felix's camp form, so the leaders will see it at the June camp.",
  ],
];

describe("the interpretation gives the ask's thing to another person", () => {
  it.each(CASES)("%s: topic drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("otherPerson");
  });
  it.each(CASES)("otherPerson off, %s: not read as another person", async (_d, ask, done) => {
    tuneDrift({}, ["otherPerson"]);
    expect((await judged(ask, done)).intentPath).not.toBe("otherPerson");
  });
});

describe("near misses", () => {
  it("orthodontist's recalls: the agent names the ask's person too", async () => {
    const s = await judged("Hi, when is Ravi's retainer check? The letter never came.", "Ravi's retainer check is on Tuesday 14 May at 4:10pm, and Kiran's is the same afternoon at 4:30.");
    expect(s.intentPath).not.toBe("otherPerson");
  });
  it("chess club ratings: the possessor is someone the user named", async () => {
    const s = await judged("My daughter Nell and her coach Tomasz both played the rapid league, can you update her rating please?", "All done: I've updated Tomasz's rating, and Nell's new rating will show after Friday's round.");
    expect(s.intentPath).not.toBe("otherPerson");
  });
  it("scout troop camp forms: the possessed thing is none of the ask's", async () => {
    const s = await judged("Ivo (my eldest) has a nut allergy now, could you add it to his camp form?", "Done, the allergy is on the camp form; Felix's mum also rang to say she can drive on the Saturday.");
    expect(s.intentPath).not.toBe("otherPerson");
  });
  it("chess club ratings: a place's name is no person", async () => {
    const s = await judged("Can you update my rating after the Bristol league? Thanks.", "Done: I've updated the rating from Bristol's league table, you're now on 1432.");
    expect(s.intentPath).not.toBe("otherPerson");
  });
});
