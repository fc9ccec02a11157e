// A negation typed in capitals for emphasis ("Please DON'T fit it", "I do NOT want it renewed") is read as the
// negation it is (rule `capsNegation`, nlp/parse.ts CAPS_NEGATION): wink takes the capitals for a name's or an acronym's
// and the verb after "DO N'T" for a noun ("fit/NOUN"), so the refused action went unread. And a refused action met
// by a noun of the same stem ("don't fit it" → "the engine fitted", wink's "fitted/NOUN") is the refused action done
// (rule `nominalStem`, judge-offline.ts; a stem of three letters or fewer matched only by prefix before, never whole).
// From blind-t1's mower engine ("Please DON'T fit it, just put the old engine back together" answered "Customer wants
// the £240 replacement engine fitted"). Measured (fiftieth session): development +1 found, no false alarm; held out no
// change. Near misses: other capitals are left as typed ("OFF", "STOP", a code "NOT-4471"), and the refused action
// not done ("left as it is"). Domains in no corpus: harmonica repair, a sundial maker, a barometer restorer.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { judgedAfterHandoff as judged } from "../fixture.test-util";
import { parseText } from "./parse";

afterEach(() => tuneDrift());
const refused = (text: string) => parseText(text).clauses.filter((c) => c.refused).flatMap((c) => c.terms.filter((t) => t.negated).map((t) => `${t.lemma}/${t.pos}`));

describe("a negation in capitals is read as a negation", () => {
  it.each([
    ["harmonica repair", "Please DON'T fit it with new reeds, just return it as it is.", "fit"],
    ["sundial maker", "Please DON'T gild the dial numerals, plain slate is what we want.", "gild"],
    ["barometer restorer", "Please DON'T wax the case, it must stay as it is for the auction.", "wax"],
  ])("%s: the refused verb is a verb", (_d, text, verb) => {
    expect(refused(text)).toContain(`${verb}/VERB`);
    tuneDrift({}, ["capsNegation"]);
    expect(refused(text)).toContain(`${verb}/NOUN`);
  });
  it.each([
    ["harmonica repair", "Take the cover plates OFF and STOP the buzzing please."],
    ["sundial maker", "Order NOT-4471, the slate dial."],
    ["barometer restorer", "PLEASE CHECK THE MERCURY TUBE"],
  ])("near miss, %s: other capitals are left as typed", (_d, text) => {
    const on = parseText(text).terms.map((t) => `${t.value}/${t.pos}`);
    tuneDrift({}, ["capsNegation"]);
    expect(parseText(text).terms.map((t) => `${t.value}/${t.pos}`)).toEqual(on);
  });
});

const DONE: Array<[string, string, string]> = [
  ["harmonica repair", "Please DON'T fit the new comb, keep the old one in.", "Customer wants the £24 replacement comb fitted to his Special 20 on job HR-2231."],
  ["sundial maker", "Please DON'T fit the brass gnomon, the slate one stays.", "Customer wants the £120 brass gnomon fitted to her slate dial on order SD-5510."],
  ["barometer restorer", "Please DON'T fit the new glass, keep the old one in.", "Customer wants the £65 replacement glass fitted to his banjo barometer on job BR-7781."],
];

describe("the refused action done, named by a noun of its stem", () => {
  it.each(DONE)("%s: drift, the refused action", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("refused");
  });
  it.each(DONE)("%s: not read with either rule off", async (_d, ask, done) => {
    for (const off of ["capsNegation", "nominalStem"] as const) {
      tuneDrift({}, [off]);
      expect((await judged(ask, done)).intentPath).not.toBe("refused");
    }
  });
  it.each([
    ["harmonica repair", "Please DON'T fit the new comb, keep the old one in.", "Customer wants the old comb kept in his Special 20, no new parts, on job HR-2231."],
    ["sundial maker", "Please DON'T fit the brass gnomon, the slate one stays.", "Customer wants the slate gnomon kept on her dial, order SD-5510, brass one cancelled."],
  ])("near miss, %s: the refused action not done", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentPath).not.toBe("refused");
  });
});
