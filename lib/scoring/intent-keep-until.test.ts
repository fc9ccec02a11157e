// Keeping a thing one has until a time is keeping it longer: "could we *hang on to* the xylophone *till* Friday?", "we'd
// like to *keep* our pitch *until* Monday" go the way an extension goes, so an answer that brings the return sooner,
// earlier or shorter goes the other way (rule `keepUntil`, judge-offline.ts extension; development +2 found: blind-ay1's
// snowboards, blind-bo1's land yacht; held out +1 found; no false alarm either side). Near misses: the keeping granted,
// in the agent's own words. Domains in no corpus: xylophone hire, a hop-farm campsite, footgolf buggies.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const ASKS = {
  xylophone: "Could we hang on to the xylophone till Friday? The school concert got moved.",
  hopFarm: "We'd like to keep our pitch at the hop farm until Monday, the weather's turned lovely.",
  footgolf: "Can I hold on to the footgolf buggy until 6pm? We're only on hole 12.",
};

const DRIFT: Array<[string, string, string]> = [
  ["xylophone hire", ASKS.xylophone, "No problem, we'll collect the xylophone a day early, on Wednesday morning, and refund the unused day."],
  ["hop-farm campsite", ASKS.hopFarm, "I've shortened your stay so the pitch is free from Saturday, and the difference is refunded."],
  ["footgolf buggies", ASKS.footgolf, "Sure, I've set the buggy to be returned sooner, at 4pm, so you won't be charged the evening rate."],
];

describe("keeping a thing until a time, answered with an earlier return", () => {
  it.each(DRIFT)("%s: antonym drift by direction", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentDriftKind, s.intentPath]).toEqual([true, "antonym", "direction"]);
  });
  it.each(DRIFT)("keepUntil off, %s: no direction read in the ask, preserved", async (_d, ask, done) => {
    tuneDrift({}, ["keepUntil"]);
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});

describe("near misses", () => {
  it.each([
    ["xylophone hire", ASKS.xylophone, "Of course, you can keep it until Friday; we'll collect it that afternoon."],
    ["hop-farm campsite", ASKS.hopFarm, "Lovely, your pitch is now yours until Monday at noon, the extra two nights are £36."],
    ["footgolf buggies", ASKS.footgolf, "No rush - the buggy's yours until six, just leave it by the clubhouse."],
  ])("%s: the keeping granted in other words is no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});
