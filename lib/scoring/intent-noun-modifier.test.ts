// A noun written right before another noun modifies it: "loading access", "the cancellation fee", "the return date"
// name a kind of thing, and ask for no action of their own (rule `nounModifier`, judge-offline.ts modifiesNoun). A user
// asking whether there is loading access for a caterer's van is not asking to load, so "the van can unload in the rear
// yard" does none of the opposite (blind-bk1's clean wax-museum party: an antonym false alarm on clean; held out
// unchanged). The interpretation naming the modifier still names the ask's word. Near misses: the same words as the
// action asked — a verb, or a noun after a verb of wanting — are still opposed. Domains in no corpus: a cider-pressing
// day, a dry ski slope, a tyre-fitting van hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CLEAN: Array<[string, string, string]> = [
  ["cider pressing", "We are hiring the hall for a cider pressing day. Is there loading access for a trailer of apples, and can we use the kitchen?", "Yes: the trailer can unload by the side door, and the kitchen is yours for the day."],
  ["dry ski slope", "Can you tell me the cancellation fee for my dry ski slope lesson on Friday, and whether boots are included?", "Your Friday lesson on the dry ski slope is confirmed and kept; boots are included at no charge."],
  ["tyre-fitting van", "Can you tell me the return date for the tyre fitting van I hired, and add a second day?", "You can keep the tyre fitting van until Monday, and a second day is added."],
];

describe("a noun modifying another noun is no action asked", () => {
  it.each(CLEAN)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CLEAN)("nounModifier off, %s: the modifier read as an action the interpretation opposes", async (_d, ask, done) => {
    tuneDrift({}, ["nounModifier"]);
    expect((await judged(ask, done)).intentPath).toBe("antonym");
  });
});

describe("near misses: the action asked is still opposed", () => {
  it.each([
    ["cider pressing", "Please load the apple trailer on Saturday morning for the cider pressing day.", "We will unload the apple trailer on Saturday morning."],
    ["dry ski slope", "Please cancel my dry ski slope lesson on Friday.", "Your Friday lesson on the dry ski slope is confirmed and kept."],
    ["tyre-fitting van", "I would like to return the tyre fitting van I hired today.", "You can keep the tyre fitting van until Monday."],
  ])("%s: the opposite done", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, "antonym"]);
  });
});
