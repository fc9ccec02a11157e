// A thing dropped into a place is delivered there, not taken away (nlp/polarity.ts movedInto, rule `movedInto`,
// sixty-second session). blind-df1's wedding couple ordered "150 rings in olive wood with an F&B monogram"; the
// woodturner answered "I'll drop a monogram proof into this chat by Monday", and "drop" (a verb that takes away, as the
// lexicon signs it) was read as taking the monogram off — an antonym drift on a conversation whose ask was kept. A verb
// that takes away, its object, then "into", "onto" or "through": the thing goes to a place. Near misses: "drop the
// rosemary from the loaves" still takes it away; the rule off. Domains in no corpus: a ciabatta bakery, a pillbox
// engraver, a loppers sharpener.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { offlineAssess } from "../judge-offline";
import { parseText } from "./parse";

const drifted = (ask: string, interp: string) => {
  const v = offlineAssess(ask, interp);
  return v.score !== null && v.score < 0.5;
};

// [domain, the ask putting a thing on, the reply dropping a sample of it into a place, the reply dropping the thing itself]
const CASES: Array<[string, string, string, string]> = [
  ["ciabatta bakery", "Please can we order 40 ciabatta loaves with rosemary on top for the café?", "I'll drop a rosemary sample into the shop tomorrow morning so you can taste it first.", "We'll drop the rosemary from the loaves, so it's plain this week."],
  ["pillbox engraver", "Please can we order 12 silver pillboxes with an enamel lid?", "I'll drop an enamel sample into the post tomorrow so you can see the colour.", "We'll drop the enamel lid and send them plain."],
];

afterEach(() => tuneDrift());

describe("movedInto: dropped into a place is no taking away", () => {
  for (const [domain, ask, into, from] of CASES) {
    it(`${domain}: a sample dropped into a place keeps the ask: no drift`, () => {
      expect(drifted(ask, into)).toBe(false);
    });
    it(`${domain}: without the rule it was read as the thing taken away`, () => {
      tuneDrift({}, ["movedInto"]);
      const v = offlineAssess(ask, into);
      expect(v.score).toBe(0.1);
      expect("path" in v && v.path).toBe("polarity");
    });
    it(`${domain}: near miss, the thing itself dropped is still taken away: drift`, () => {
      expect(drifted(ask, from)).toBe(true);
    });
  }

  it("loppers sharpener: the clause's way, with the rule and without", () => {
    const text = "I'll drop an ash handle offcut into your parcel so you can feel the grip.";
    expect(parseText(text).clauses.flatMap((c) => c.polarity).some((p) => p.sign < 0 && p.verb)).toBe(false);
    tuneDrift({}, ["movedInto"]);
    expect(parseText(text).clauses.flatMap((c) => c.polarity).some((p) => p.sign < 0 && p.verb)).toBe(true);
    tuneDrift();
    expect(parseText("I'll drop the ash handles from the loppers.").clauses.flatMap((c) => c.polarity).some((p) => p.sign < 0 && p.verb)).toBe(true);
  });
});
