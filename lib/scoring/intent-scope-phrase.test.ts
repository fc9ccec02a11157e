// What a quantifier scopes (intent-scope.ts). Rule `headOf`: a quantifier's reach ends at an "of" or a verb
// after its noun — "every *piece* of lamb" scopes no lamb, "all the *meat* is halal certified" nothing halal
// (blind-bj6's clean wedding order, "cancel the extra 50 lamb samosas" read as widened to every piece of lamb:
// one false alarm on clean development conversations, none held out; ending the reach at any word after the noun
// also cut "just a wash for the Audi" → "a full valet for the Audi", which intent-scope-counts.test.ts keeps). Rule
// `onlyVerb`: "please *only correspond* with me" restricts whom, the verb is no thing scoped (blind-bj6's clean
// commission, "All our correspondence will come to you alone" read as widened). Near misses: "all *of* the
// mallets" and "just one of the wraps" still scope their nouns; "only" before a verb still scopes the thing
// after it. Domains in no corpus: a marimba maker, a hot spring, a bell tower tour.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift, type DriftRule } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CLEAN: Array<[DriftRule, string, string, string]> = [
  ["headOf", "marimba maker", "Please cancel the 3 extra marimba mallets on my order, and confirm all the wood is rosewood certified.", "The mallets are back down to 2. Every piece of rosewood we use comes from a single certified supplier."],
  ["headOf", "hot spring", "Can you drop the 2 extra mud wraps from our hot spring day?", "Done, your wraps are back to 2. Every tub of mud we use comes from the spring itself."],
  ["headOf", "bell tower tour", "Please remove the 2 extra bell tower tickets from my booking.", "Done. Every group of bell tower visitors now meets at the west gate."],
  ["onlyVerb", "marimba maker", "Could you quote for a rosewood marimba for my wife? It is a surprise, so please only correspond with me.", "A rosewood marimba is £2400. All our correspondence will come to you alone."],
  ["onlyVerb", "hot spring", "The hot spring day is a gift for my wife, so please only contact me.", "Booked the spa day for two. All contact will be with you, not your wife."],
  ["onlyVerb", "bell tower tour", "The bell tower tour is a surprise for my dad, so please only message me.", "Booked two places on Sunday. All messages will come to you alone."],
];

describe("a quantifier scopes its own noun phrase", () => {
  it.each(CLEAN)("%s, %s: no drift", async (_r, _d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CLEAN)("%s off, %s: read as a change of scope", async (rule, _d, ask, done) => {
    tuneDrift({}, [rule]);
    expect((await judged(ask, done)).intentPath).toBe("scope");
  });
});

describe("near misses: still a change of scope", () => {
  it.each([
    ["marimba maker", "Please only send the marimba invoice to me.", "We will send all the marimba invoices to your whole team."],
    ["hot spring", "Please refund just one of the mud wraps.", "We have refunded all of the mud wraps."],
    ["bell tower tour", "Please cancel just the one bell tower ticket.", "We have cancelled every bell tower ticket on the booking."],
  ])("%s", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, "scope"]);
  });
});
