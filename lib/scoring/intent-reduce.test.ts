// "shorten", "shrink", "lessen", "curtail" make a thing less as "reduce" and "decrease" do, so they are among the actions
// that end or lessen a thing (nlp/lexicon.ts ENDING_LIST): "can you shorten my booking BH-80415 please? We only need
// Monday to Wednesday now" answered "customer wants Monday to Wednesday added on to their week's booking" (blind-bu1's
// beach hut, antonym drift read as kept). Measured (fiftieth session): development +1 found, held out +1 found, no
// false alarm either side. Near misses: the same way in other words ("cut down to three days", "reduced"), and a
// thing shortened beside another added. Domains in no corpus: harmonica repair, a sundial maker, a barometer restorer.
import { describe, expect, it } from "vitest";
import { judgedAfterHandoff as judged } from "./fixture.test-util";
import { areOpposed, samePolarity } from "./nlp/lexicon";

describe("verbs of making less are opposed to adding and extending", () => {
  it("the relation", () => {
    for (const v of ["shorten", "shrink", "lessen", "curtail"]) {
      expect(areOpposed(v, "extend")).toBe(true);
      expect(areOpposed(v, "add")).toBe(true);
      expect(samePolarity(v, "reduce")).toBe(true);
    }
  });
  it.each([
    ["harmonica repair", "Please shorten the loan of the practice harmonica, we only need it until Friday.", "Customer wants the practice harmonica loan extended by a week."],
    ["sundial maker", "Can you shrink the inscription band on the dial? It crowds the numerals.", "Customer wants the inscription band extended round the whole dial."],
    ["barometer restorer", "Please curtail the restoration to the case only, the mechanism is fine.", "Customer wants the restoration extended to the mechanism as well as the case."],
  ])("%s: antonym drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
  });
  it.each([
    ["harmonica repair", "Please shorten the loan of the practice harmonica, we only need it until Friday.", "Done: the practice harmonica loan is cut back to end on Friday."],
    ["barometer restorer", "Please curtail the restoration to the case only, the mechanism is fine.", "Customer wants the restoration reduced to the case only, mechanism left alone."],
  ])("near miss, %s: the same way in other words", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});
