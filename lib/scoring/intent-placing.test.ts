// Actions that put a thing in place — fit, install, include, assign — are the opposite of ending or removing it
// (rule `placing`, nlp/lexicon.ts PLACING_LIST), kept apart from the keeping actions (no paraphrase of "renew").
// From the development corpora: be1's onion bagels ("take onion off the weekly order" → "onion now included"), bj1's
// heel replacement ("take it off the ticket" → "we'll fit new heels"), v1's relay interpreter ("take the relay one
// off" → "assign a relay interpreter"), am1's decking ("remove the decking add-on" → "decking included"). Measured
// (fiftieth session): development +5 found, +1 false alarm (none on clean); held out +4 found, +2 false alarms (none on
// clean). Near misses: the same way ("fit the cover plates" → "cover plates included"), another thing placed than the
// one removed, and a placing verb the ask does not oppose ("fit it by Friday" → "installed Thursday").
// Domains in no corpus: harmonica repair, a sundial maker, a barometer restorer.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CASES: Array<[string, string, string]> = [
  ["harmonica repair", "Please remove the brass cover plates from my order HR-2231, the plain ones are fine.", "Customer wants the brass cover plates included in order HR-2231."],
  ["sundial maker", "Can you cancel the bronze gnomon on order SD-5510? We'll keep the slate one.", "Customer wants the bronze gnomon fitted to the dial on order SD-5510."],
  ["barometer restorer", "Please withdraw the second restorer from job BR-7781, one is plenty.", "Customer wants a second restorer assigned to job BR-7781."],
];

describe("a placing action answers an ending one", () => {
  it.each(CASES)("%s: antonym drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("antonym");
  });
  it.each(CASES)("placing off, %s: not read as opposed", async (_d, ask, done) => {
    tuneDrift({}, ["placing"]);
    expect((await judged(ask, done)).intentPath).not.toBe("antonym");
  });
});

describe("near misses", () => {
  it.each([
    ["harmonica repair", "Please add the brass cover plates to my order HR-2231.", "Customer wants the brass cover plates included in order HR-2231."],
    ["sundial maker", "Please remove the old paint from the dial on order SD-5510.", "Done: the old paint is off the dial, and we've fitted the bronze gnomon you ordered as planned."],
    ["barometer restorer", "Can you fit the new glass by Friday? Job BR-7781.", "Customer wants the new glass installed on Thursday, job BR-7781."],
  ])("%s: no opposite", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentPath).not.toBe("antonym");
  });
});
