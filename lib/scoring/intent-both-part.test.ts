// "Both" before a plural noun asks for two of a thing ("clean both tanks"); the pair is taken up only
// when an agent's own words keep the count — both, two, each, either, pair, or the thing in the plural
// (intent-both-part.ts, rule bothPart). Domains in no evaluation corpus (glacier guiding, bookbinding,
// pearl diving).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { pairsOf } from "./intent-both-part";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

// [domain, ask, summary handed on, final reply (one of the two), the pair]
const LOST: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "Our crossing was called off for the storm. Could you refund both of our permits please? Booking GL-6610, we paid CHF 90.",
    "GL-6610: crossing cancelled for storm, customer wants the permit refunded.",
    "Sorry about the storm! I've refunded CHF 45 for the permit on GL-6610 to your card.",
    "both of our permits",
  ],
  [
    "bookbinding",
    "Could you rebind both ledgers from the parish chest, the baptism register and the burial book? Order BB-5120.",
    "Order BB-5120: rebind the parish baptism register.",
    "The baptism register will be rebound in quarter calf by the end of the month, order BB-5120.",
    "both ledgers",
  ],
  [
    "pearl diving",
    "Please restring both necklaces from my grandmother, the silk has gone on the long one and the choker. Lot PD-771.",
    "Lot PD-771: restring grandmother's long necklace on new silk.",
    "We'll restring the long necklace on fresh silk with a knot between every pearl, lot PD-771.",
    "both necklaces",
  ],
];

// [domain, ask, summary, reply]: the count kept in the agents' words, or "both" that asks for no pair of things
const KEPT: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Our crossing was called off for the storm. Could you refund both of our permits please? Booking GL-6610, we paid CHF 90.",
    "GL-6610: crossing cancelled for storm, refund the permits.",
    "Sorry about the storm! I've refunded the CHF 90 for the two permits on GL-6610 to your card.",
  ],
  [
    "bookbinding",
    "Could you rebind both ledgers from the parish chest? Order BB-5120.",
    "Order BB-5120: rebind the parish ledgers.",
    "The ledgers will be rebound in quarter calf by the end of the month, order BB-5120.",
  ],
  [
    "pearl diving",
    "Please restring my grandmother's long necklace and the choker, the silk has gone on both. Lot PD-771.",
    "Lot PD-771: restring the long necklace and the choker.",
    "We'll restring the long necklace and the choker on fresh silk, lot PD-771.",
  ],
];

describe("a pair asked for with “both” is kept by its count", () => {
  it.each(LOST)("%s: one of the two taken up", async (_d, ask, summary, reply, pair) => {
    const s = await scores(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
    expect(s.intentLostPart).toBe(pair);
  });

  it.each(KEPT)("%s: near miss, no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });

  it("bothPart off: the request's words read as the whole ask taken up", async () => {
    tuneDrift({}, ["bothPart"]);
    for (const [, ask, summary, reply] of LOST) expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});

describe("which “both” asks for a pair", () => {
  it("before a plural noun, in a sentence that asks", () => {
    expect(pairsOf("Could you refund both of our permits please?").map((p) => p.plural)).toEqual(["permits"]);
    expect(pairsOf("Please rebind both ledgers.").map((p) => p.name)).toEqual(["both ledgers"]);
  });

  it("not a pronoun, a list of two, a singular in -ss, nor a report", () => {
    expect(pairsOf("Could one binder do both?")).toEqual([]);
    expect(pairsOf("Please do both this time.")).toEqual([]);
    expect(pairsOf("Please master it for both vinyl and streaming.")).toEqual([]);
    expect(pairsOf("Can you look at both the glass and the frame?")).toEqual([]);
    expect(pairsOf("Both ledgers came back with torn spines.")).toEqual([]);
  });
});
