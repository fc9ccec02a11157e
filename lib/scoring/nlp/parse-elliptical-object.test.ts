// "pls collect leather sofa (2 seat) and the big oak wardrobe from bedroom": wink's parse splits the second noun phrase
// off at "and" as a clause of its own, with no verb, so it asked nothing and was no part of the ask; a second thing
// to collect that no agent ever heard of went unseen (blind-t1's wardrobe, ar1's bag of moss). A noun phrase alone
// after a request is the request's second object (rule `ellipticalObject`, nlp/parse.ts ellipticalObjects): a request,
// a part of the ask of its own. Measured (fiftieth session): development +2 found, held out +1 found, no false alarm
// either side. Near misses: a clause with a verb or an auxiliary of its own ("and the kids will love it", "and the gate
// is locked"), a phrase after a refused request, a phrase with no determiner ("family knockabout"), and the second
// thing handed on. Domains in no corpus: harmonica repair, a sundial maker, a barometer restorer.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { scoresHandedOn } from "../fixture.test-util";
import { parseText } from "./parse";

afterEach(() => tuneDrift());
const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).map((c) => c.text);

const CASES: Array<[string, string, string, string, string]> = [
  ["harmonica repair", "pls service my Marine Band and the old chromatic harmonica from my dad, we play at a wedding in June", "Service a Marine Band before a June wedding.", "Your Marine Band is booked in for a service, back next week.", "the old chromatic harmonica from my dad"],
  ["sundial maker", "can you regild the slate dial and the brass gnomon from the garden, moving house in May", "Regild the slate dial before May.", "Booked: the slate dial will be regilded and ready by May.", "the brass gnomon from the garden"],
  ["barometer restorer", "please collect the banjo barometer and the two tide clocks from the hallway, we move on the 3rd", "Collect a banjo barometer before the 3rd.", "We'll collect the banjo barometer on the 1st.", "the two tide clocks from the hallway"],
];

describe("a noun phrase alone after a request is its second object", () => {
  it.each(CASES)("%s: a request of its own", (_d, ask, _s, _r, lost) => {
    expect(requests(ask).some((r) => r.includes(lost))).toBe(true);
    tuneDrift({}, ["ellipticalObject"]);
    expect(requests(ask).some((r) => r.includes(lost))).toBe(false);
  });
  it.each(CASES)("%s: lost when no agent hears of it", async (_d, ask, summary, reply, lost) => {
    const s = await scoresHandedOn(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toContain(lost.split(" ").slice(-2).join(" "));
  });
});

describe("near misses", () => {
  it.each([
    ["harmonica repair", "pls service my Marine Band and the kids will love it"],
    ["sundial maker", "can you regild the slate dial, and the gate is locked so ring first"],
    ["barometer restorer", "please don't collect the banjo barometer and the tide clocks"],
    ["barometer restorer", "please collect the banjo barometer and family heirlooms"],
  ])("%s: no second object read (%s)", (_d, ask) => {
    const on = requests(ask);
    tuneDrift({}, ["ellipticalObject"]);
    expect(requests(ask)).toEqual(on);
  });
  it("harmonica repair: the second thing handed on and done is no loss", async () => {
    const s = await scoresHandedOn(CASES[0][1], "Service a Marine Band and an old chromatic harmonica before a June wedding.", "Both are booked in: the Marine Band and the chromatic harmonica will be serviced and back next week.");
    expect(s.intentDrift).toBe(false);
  });
});
