// A colon before a clause of its own ends the negation before it (rule `colonClause`, nlp/parse.ts): "we're not after
// vouchers: we want to book a team flight" wants the booking — wink's negation scope ran over the colon, so "book" was
// read as refused and the final agent's reservation as the refused action done (blind-bj1's clean law-firm away day, a
// false alarm). Near misses: a colon before a list keeps the negation ("we don't need: a van …"), and a refusal after
// the colon is still a refusal. Domains in no corpus: castanets, a harmonium, a glockenspiel workshop.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string]> = [
  ["castanets", "I'm not after a refund for the castanets: I want to exchange them for the larger pair.", "Done: we've exchanged your castanets for the larger pair, which leaves today."],
  ["harmonium", "We aren't looking to sell the harmonium: we want to insure it for the church tour.", "All set: the harmonium is insured for the church tour from Friday."],
  ["glockenspiel workshop", "We're not after a repair: we want to book the glockenspiel workshop for the school band on Saturday.", "Lovely: the school band is booked onto Saturday's glockenspiel workshop, 10am in the main hall."],
];

describe("a clause after a colon is not negated by the clause before it", () => {
  it.each(CASES)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CASES)("colonClause off, %s: the wish read as refused", async (_d, ask, done) => {
    tuneDrift({}, ["colonClause"]);
    expect((await judged(ask, done)).intentPath).toBe("refused");
  });
});

describe("near misses", () => {
  it("harmonium: a colon before a list keeps the negation", () => {
    const terms = parseText("We don't need: a harmonium stool, a cover or a lamp.").terms;
    expect(terms.find((t) => t.lemma === "stool")?.negated).toBe(true);
  });
  it("castanets: a refusal after the colon is still refused", async () => {
    const s = await judged("About the castanets: please don't exchange them, I'll keep the small pair.", "Done: we've exchanged your castanets for the larger pair, which leaves today.");
    expect(s.intentDrift).toBe(true);
  });
});
