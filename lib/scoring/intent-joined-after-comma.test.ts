// A part split off at a comma keeps the "and" after it (", and kindly push the handover back"): it is
// set beside the part before by "and" as much as a part split at the "and" itself, so joinedPart traces
// it by its own words (nlp/parse.ts Clause.joined, rule joinedAfterComma). Domains in no evaluation
// corpus (glacier guiding, organ building, pearl diving). (A bookbinding case of the same shape, "…, and
// kindly postpone the collection by a week to 2 May" against a reply about the cover cloth only, is still
// read as reached; not traced in the drift27c session: docs/evaluation.md.)
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on (the first part), final reply (the first part, and the second's loose neighbours), a word of the lost part]
const LOST: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Two requests for booking GL-2231: please change our route from the moraine path to the upper icefall, and kindly postpone our departure by one day to 14 July, as my partner is unwell.",
    "GL-2231: change route from moraine path to upper icefall. Dates in thread: 14 July.",
    "Your route on GL-2231 is now the upper icefall; crampons are included and the guide will meet you at the hut.",
    "departure",
  ],
  [
    "organ building",
    "About the chapel organ, job OB-118: please change the swell pedal from the old brass one to the oak pedal in your brochure, and kindly postpone the tuning visit by a week to 9 June, as the chapel is closed that week.",
    "OB-118: swell pedal from brass to oak.",
    "The swell pedal on OB-118 will now be oak, which matches the console and is quieter underfoot.",
    "tuning",
  ],
  [
    "pearl diving",
    "About lot PD-660: please change the clasp from the silver box clasp to the gold toggle in your leaflet, and kindly send the certificate of origin to my jeweller, as she is valuing it.",
    "PD-660: clasp from silver box clasp to gold toggle.",
    "The clasp on PD-660 is now the gold toggle, and the necklace goes back to you insured by post on Friday.",
    "certificate",
  ],
];

describe("a part split at a comma before “and” is joined", () => {
  it("the parse marks it joined", () => {
    const clauses = parseText("Please change the cover cloth to red linen, and kindly move the collection back by a week.").clauses;
    expect(clauses.map((c) => c.joined)).toEqual([false, true]);
    tuneDrift({}, ["joinedAfterComma"]);
    expect(parseText("Please change the cover cloth to red linen, and kindly move the collection back by a week!").clauses.map((c) => c.joined)).toEqual([false, false]);
  });

  it.each(LOST)("%s: the joined part is lost", async (_d, ask, summary, reply, word) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toContain(word);
  });

  // (the reply says the part in its words — the thing and what is done to it — as a joined part needs two fifths of its words named: joinedPartReached)
  const SAID: Record<string, string> = {
    "glacier guiding": "And your departure is postponed to 14 July.",
    "organ building": "And the tuning visit is postponed to 9 June.",
    "pearl diving": "And the certificate of origin goes to your jeweller today.",
  };
  it.each(LOST)("%s: near miss, the joined part said in the reply", async (d, ask, summary, reply) => {
    expect((await scores(ask, summary, `${reply} ${SAID[d]}`)).intentDrift).toBe(false);
  });
});
