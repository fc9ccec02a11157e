// "Also while I'm at it can somone chase up Jakes helmet deposit": a request after a subordinate clause, by a modal before
// its subject, whose verb the lite model tags an adjective before its particle ("chase" up) and whose subject may be a
// noun, a name or a typo. Two readings (blind-bq1's lacrosse captain, development: +1 found; held out +1 found; no false
// alarm either side):
// - rule `adjectivePhrasal` (nlp/parse.ts adjectivesAsVerbs): an adjective-tagged verb before a phrasal particle ("chase
//   up", "clean out"), in a verb's place or after a modal and its one-word subject, is the verb;
// - rule `subordinateInversion` (nlp/parse.ts toClause): after a subordinate clause the modal may come before a noun
//   subject as before a pronoun, and a pronoun before the modal may be a preposition's object ("while I'm at *it* can
//   someone …"), not the modal's subject ("as soon as *we* can we will").
// Near misses: an adjective before "out of" ("clean out of stock"), a modal after its subject, and the part handled
// downstream. Domains in no corpus: a dowsing walk, a sundial maker, a geocaching trail.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

afterEach(() => tuneDrift());
const tags = (text: string) => parseText(text).terms.map((t) => `${t.value}/${t.pos}`);
const scores = scoresHandedOn;

describe("the parse", () => {
  it("adjectivePhrasal: a verb tagged an adjective before its particle is the verb", () => {
    expect(tags("Please chase up my sundial order.")).toContain("chase/VERB");
    expect(tags("can someone clean out the dowsing rods")).toContain("clean/VERB");
    tuneDrift({}, ["adjectivePhrasal"]);
    expect(tags("Please chase up my sundial order.")).toContain("chase/ADJ");
  });
  it("near miss: an adjective before 'out of' stays one", () => {
    expect(tags("The sundial is clean out of stock.")).toContain("clean/ADJ");
  });
  it("subordinateInversion: a modal before its subject after a subordinate clause asks", () => {
    const text = "Also while I'm at it can somone chase up the dowsing rod refund";
    expect(parseText(text).clauses[0]).toMatchObject({ request: true, asking: true });
    tuneDrift({}, ["subordinateInversion"]);
    expect(parseText(text).clauses[0].request).toBe(false);
  });
  it("near miss: a modal after its subject asks nothing", () => {
    expect(parseText("As soon as we can we will pay for the dowsing course.").clauses[0]).toMatchObject({ request: false, asking: false });
  });
});

// [domain, ask, summary handed on, final reply, the rules each needed]
const LOST: Array<[string, string, string, string, string[]]> = [
  ["dowsing walk", "We'd like to book the dowsing walk for four on Saturday morning. Also while I'm at it can somone chase up my refund for the cancelled May walk, it never came.", "Dowsing walk for four, Saturday morning.", "Booked: four places on Saturday's 10am dowsing walk, meet at the lychgate.", ["adjectivePhrasal", "subordinateInversion"]],
  ["sundial maker", "Please deliver the brass sundial to our new house on Friday. And while you're at it can someone chase up the engraving proof, we haven't seen it yet.", "Brass sundial delivery Friday to the new house.", "Your sundial is on Friday's van, between 8 and 12.", ["subordinateInversion"]],
  ["geocaching trail", "Please book the geocaching trail for the four of us on Saturday. Also can Jo chase up the badge order from March, it never came.", "Geocaching trail for four, Saturday.", "Booked: the geocaching trail for four on Saturday, starting at 10.", ["adjectivePhrasal"]],
];

describe("the request chased up is a part that never reached an agent", () => {
  it.each(LOST)("%s: partial loss", async (_d, ask, summary, reply) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "partial"]);
    expect(s.intentLostPart).toMatch(/chase up/);
  });
  it.each(LOST)("%s: each rule it needs off, no part read", async (_d, ask, summary, reply, rules) => {
    for (const rule of rules) {
      tuneDrift({}, [rule as never]);
      expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
    }
  });
  it.each([
    ["dowsing walk", LOST[0][1], "Dowsing walk for four, Saturday morning; chase refund for cancelled May walk.", "Booked: four places on Saturday's 10am dowsing walk, and the May refund has been re-sent to your card."],
    ["geocaching trail", LOST[2][1], "Geocaching trail for four, Saturday; March badge order missing.", "Booked for Saturday at 10, and Jo has traced your March badges: they go out today."],
  ])("near miss, %s: the part handled downstream is no loss", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});
