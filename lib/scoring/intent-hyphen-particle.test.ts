// A verb joined to its particle by a hyphen is a noun: "the massage add-on", "a late check-in", "the drop-off" name a
// thing or a service and ask for no action (rule `hyphenParticle`, judge-offline.ts particleNoun). The tokenizer
// splits "add-on" and tags "add" a verb, so "drop the 30 min massage add-on" was read as asking to add, which "the
// half-hour massage comes off" opposed (blind-bl1's clean hammam membership: an antonym false alarm on clean; held
// out unchanged). Near misses: the verb itself asked for ("add the boot dryer", "remove the labelling") is still
// opposed. Domains in no corpus: a dry ski slope, a cider-pressing day, a tyre-fitting depot.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CLEAN: Array<[string, string, string]> = [
  ["dry ski slope", "Please drop the boot-dryer add-on from my dry ski slope pass from March.", "Done: from March the boot dryer comes off your pass."],
  ["cider pressing", "For the cider pressing day, keep the bottling but drop the labelling add-on please.", "The bottling stays and the labelling is removed from your booking."],
  ["tyre-fitting depot", "Can you cancel the wheel-alignment add-on on my tyre fitting booking for Tuesday?", "The wheel alignment is removed; the Tuesday fitting stays."],
];

describe("a verb hyphened to its particle names a thing, not an action asked", () => {
  it.each(CLEAN)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CLEAN)("hyphenParticle off, %s: \"add\" of \"add-on\" read as asked and opposed", async (_d, ask, done) => {
    tuneDrift({}, ["hyphenParticle"]);
    expect((await judged(ask, done)).intentPath).toBe("antonym");
  });
});

describe("near misses: the verb asked for is still opposed", () => {
  it.each([
    ["dry ski slope", "Please add the boot dryer to my dry ski slope pass from March.", "Done: from March the boot dryer is removed from your pass."],
    ["cider pressing", "Please remove the labelling from the cider pressing day.", "We have added labelling to the cider pressing day."],
    ["tyre-fitting depot", "Please add a wheel alignment to my tyre fitting on Tuesday.", "The wheel alignment is removed from Tuesday's fitting."],
  ])("%s: the opposite done", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, "antonym"]);
  });
});
