// "Only worth it for me if it is done in less than two weeks": an adjective after "only" whose complement is no noun
// ("worth it") is said of the whole case — a predicate — and picks out no part of the thing asked for (rule
// `onlyPredicate`, intent-only-part.ts). Read as a restriction, "only worth it" was a part no agent named, lost when
// the answer began "All arranged" (blind-bl1's clean cuckoo-clock valuation: a false alarm on clean; held out
// unchanged). Near misses: "only" before a noun phrase ("only the two junior pairs", "only the Bramleys", "only the
// front pair") still restricts, and is lost when the answer does all of the thing. Known limit: a bare adjective with
// a prepositional complement ("only useful to me if …") is still read as a restriction, as "only vegan" must be.
// Domains in no corpus: a dry ski slope, a cider-pressing day, a tyre-fitting depot.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CLEAN: Array<[string, string, string]> = [
  ["dry ski slope", "I would like the boot fitting on the dry ski slope. Only worth it for me if it is done before the February trip, please book it.", "All booked: the boot fitting on the dry ski slope is on 2 February, before your trip."],
  ["cider pressing", "I would like the apple pressing at the cider day. Only worth it for us if it is done before the end of October, please book it.", "All booked: your apple pressing at the cider day is on 25 October."],
  ["tyre-fitting depot", "I would like new tyres fitted on the van. Only worth it for me if it is done before the MOT on Friday, please book it.", "All booked: the new tyres go on the van on Thursday, a day before the MOT."],
];

describe("an adjective said of the whole case after \"only\" restricts nothing", () => {
  it.each(CLEAN)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CLEAN)("onlyPredicate off, %s: \"only worth it\" read as a restriction, lost", async (_d, ask, done) => {
    tuneDrift({}, ["onlyPredicate"]);
    expect((await judged(ask, done)).intentPath).toBe("lostPart");
  });
});

describe("near misses: a restriction of the thing is still lost when all of it is done", () => {
  it.each([
    ["dry ski slope", "Please wax the skis for the dry ski slope, only the two junior pairs.", "All the skis are waxed and ready for the dry ski slope."],
    ["cider pressing", "Please press the apples at the cider day, only the Bramleys.", "All the apples will be pressed at the cider day."],
    ["tyre-fitting depot", "Please fit new tyres on the van, only the front pair.", "All four tyres on the van are replaced."],
  ])("%s: the restriction never reached an agent", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, "lostPart"]);
  });
});
