// An outcome reported as a state: "you're *on* the Thursday list", "both pedalos are now *on* your booking" is the state
// "put … on" leaves, so it goes the other way from an ask to take the thing off (rule `copulaState`, nlp/polarity.ts).
// Without it the judge read no action in the agent's words and found the ask preserved (blind-t1's ladder and blind-bb1's
// bay balls, both development; held out one drift more found and no false alarm more). Near misses: the state asked for
// ("you're off the list"), what is left after a removal ("one pedalo is on your booking", "only the choir … are on the
// running order"), and a user's question about a state, which asks for nothing to be put on. Domains in no corpus: a
// skatepark, pedalo hire, a lantern parade.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const DRIFT: Array<[string, string, string]> = [
  ["skatepark", "Please take me off the Thursday beginners list at the skatepark, I have broken my wrist.", "You are on the Thursday beginners list for the next four weeks, see you there!"],
  ["pedalo hire", "Can you take the second pedalo off our booking for Sunday? Only four of us now.", "Both pedalos are now on your booking for Sunday at 2pm."],
  ["lantern parade", "Please take the drumming group off the lantern parade running order, they have pulled out.", "The drumming group is still on the running order for the lantern parade, right after the choir."],
];

describe("a thing said to be on what the user asked it taken off", () => {
  it.each(DRIFT)("%s: antonym drift by polarity", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, "polarity"]);
  });
  it.each(DRIFT)("copulaState off, %s: no action read, preserved", async (_d, ask, done) => {
    tuneDrift({}, ["copulaState"]);
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});

describe("near misses", () => {
  it.each([
    ["skatepark", "Please take me off the Thursday beginners list at the skatepark, I have broken my wrist.", "Sorry about the wrist - you are off the Thursday beginners list until you are healed."],
    ["pedalo hire", "Can you take the second pedalo off our booking for Sunday? Only four of us now.", "Done - one pedalo is on your booking for Sunday now."],
    ["lantern parade", "Please take the drumming group off the lantern parade running order, they have pulled out.", "The drumming group is off the running order; the choir now closes the lantern parade."],
  ])("%s: the state asked for, or what is left, is no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });

  it("a state in the user's own words asks nothing put on: the thing coming off later is no drift", async () => {
    const s = await judged("Can you check our lanterns are on the drying racks?", "They come off the drying racks on Friday morning, so you can collect them from noon.");
    expect(s.intentDrift).toBe(false);
  });

  it("what is left, set apart by \"only\", is not the thing taken off", async () => {
    const s = await judged("Please take the drumming group off the lantern parade running order, they have pulled out.", "Only the choir and the brass band are on the running order now.");
    expect(s.intentPath).not.toBe("polarity");
  });
});
