// A verb with the particle "off" removes its object ("take my ex off the policy", "switch roaming off"), but not an "off"
// past a comma after the verb: "a proper stainless exhaust made for it, twin box, nothing *off* the shelf" asks for a
// thing made, and "… would be £650-£750 fitted" was read as its opposite (rule `offAcrossComma`, nlp/parse.ts;
// blind-ch1's exhaust centre). Near misses: the rule off, and "off" with no comma between ("take the old rail off the
// range", still a removal). Domains in no corpus: a vehicle canvas maker, a model show, a farmhouse range restorer.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { scoresHandedOn } from "../fixture.test-util";
import { parseText } from "./parse";

// [domain, ask for a thing made "nothing off the shelf", summary, reply quoting it fitted]
const CASES: Array<[string, string, string, string]> = [
  [
    "vehicle canvas maker",
    "Afternoon. I've a 1968 Series IIa Land Rover and I'd like a proper canvas tilt made for it, three bows, nothing off the shelf. Rough price and lead time?",
    "1968 Series IIa Land Rover: made-to-measure canvas tilt, three bows; wants a rough price and lead time.",
    "Lovely truck. A hand-stitched canvas tilt for it would be in the region of £650-£750 fitted. We'd need about a week from your go-ahead.",
  ],
  [
    "model show",
    "Hello. I've a 1:32 layout for the model show and I'd like a proper glass display case made for it, walnut base, nothing off the shelf. Rough price and lead time?",
    "1:32 model show layout: made-to-measure glass display case, walnut base; wants a rough price and lead time.",
    "Lovely layout. A hand-built walnut and glass case for it would be in the region of £300-£350 fitted. We'd need about a week from your go-ahead.",
  ],
  [
    "farmhouse range restorer",
    "Hi. We've a cast-iron range in the farmhouse kitchen and I'd like a proper brass rail made for it, three brackets, nothing off the shelf. Rough price and lead time?",
    "Farmhouse cast-iron range: made-to-measure brass rail, three brackets; wants a rough price and lead time.",
    "Lovely range. A hand-turned brass rail for it would be in the region of £180-£220 fitted. We'd need about a week from your go-ahead.",
  ],
];

afterEach(() => tuneDrift());

describe("offAcrossComma: an \"off\" past a comma is no particle of the verb", () => {
  for (const [domain, ask, summary, reply] of CASES) {
    it(`${domain}: a thing made, quoted fitted: no drift`, async () => {
      expect((await scoresHandedOn(ask, summary, reply)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule "made … off" is a removal, opposed to fitting`, async () => {
      tuneDrift({}, ["offAcrossComma"]);
      const s = await scoresHandedOn(ask, summary, reply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("antonym");
    });
  }

  it("keeps an \"off\" with no comma between it and its verb a removal", () => {
    const lemmas = (text: string) => parseText(text).terms.map((t) => t.lemma);
    expect(lemmas("please take the old rail off the range")).toContain("remove");
    expect(lemmas("I'd like a brass rail made for it, nothing off the shelf")).not.toContain("remove");
  });
});
