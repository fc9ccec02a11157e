// A part whose own words only modify a noun another part names is about that thing (rule `sharedHead`, intent.ts
// withSharedHead): "Let's do the macaron boxes again this year. 40 boxes of 12, our logo on the ribbon …" — the first
// sentence asks for the boxes the second specifies; agents who handle "40 boxes" took it up, though none repeats
// "macaron", the shop's own product (blind-bk1's clean corporate order: a lost-part false alarm on clean; held out
// unchanged). Near misses: a part with a thing of its own besides the modifier ("the Pirelli tyres on the car",
// "the apple press") is still lost when no agent names it. Domains in no corpus: a cider bar, a dry ski slope, a
// tyre-fitting depot.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CLEAN: Array<[string, string, string]> = [
  ["cider bar", "Let us do the walnut trays again. 10 trays for the cider bar, delivered by Friday.", "10 trays for the cider bar will be delivered by Friday."],
  ["dry ski slope", "We want the junior lessons again. Four lessons on the dry ski slope, Saturday mornings.", "Four lessons on the dry ski slope are booked for Saturday mornings."],
  ["tyre-fitting depot", "Could we have the Michelin tyres again? Four tyres fitted at the depot on Monday.", "Four tyres will be fitted at the depot on Monday."],
];

describe("a part that only says which of another part's things is about that thing", () => {
  it.each(CLEAN)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CLEAN)("sharedHead off, %s: the modifier alone traced, and lost", async (_d, ask, done) => {
    tuneDrift({}, ["sharedHead"]);
    expect((await judged(ask, done)).intentPath).toBe("lostPart");
  });
});

describe("near misses: a part with a thing of its own is still lost", () => {
  it.each([
    ["cider bar", "Let us do the walnut trays again. 10 trays for the cider bar. Could you also hire us the apple press for Saturday?", "10 trays for the cider bar will be delivered by Friday.", "lostPart"],
    ["dry ski slope", "Please book four junior lessons. Can you also book two adult lessons?", "Four junior lessons are booked.", "unaddressedPart"],
    ["tyre-fitting depot", "Fit the Michelin tyres on the van, and the Pirelli tyres on the car please.", "The Michelin tyres are fitted on the van.", "lostPart"],
  ])("%s: the other part never reached an agent", async (_d, ask, done, path) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, path]);
  });
});
