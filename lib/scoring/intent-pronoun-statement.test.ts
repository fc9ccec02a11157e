// A subject pronoun and its verb before a comma make a statement, which the question after the comma does not
// turn into a request (rule `pronounStatement`, nlp/parse.ts isStatement): "Also they pinch a bit across the top
// of my foot, can that be stretched at the same time?" asks for the stretching; the pinching is why. The "?" was
// given to both parts, so the pinching was a part of the ask of its own, and an agent who stretched the boots had
// "lost" it (blind-bj6's clean cowboy boots and blind-bi1's clean aquarium rescape: two false alarms on clean,
// held-out unchanged). Near misses: a pronoun and a verb of wish ("I want the bars sanded, …") still ask, and so
// does a wish reported with a modal ("she says she would like a massage, …"). Domains in no corpus: a marimba
// maker, a hot spring, a bell tower tour.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const CLEAN: Array<[string, string, string]> = [
  ["marimba maker", "Could you re-tune the marimba? Also it buzzes whenever my daughter plays the lowest bars, can that be fixed at the same time?", "We will re-tune the marimba and fix it at the same time, ready on Friday."],
  ["hot spring", "Please book two hot spring passes for Saturday. Also we get cold easily after the pools, can robes be added to the booking?", "Booked two passes for Saturday, with two robes added to the booking."],
  ["bell tower tour", "Can you book us on the bell tower tour on Sunday? Also they ring the bells loudly at noon, can earplugs be handed out on the tour?", "You are booked for Sunday, and earplugs will be handed out on the tour."],
];

describe("a pronoun's statement before a question is the reason, not a part asked for", () => {
  it.each(CLEAN)("%s: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
  it.each(CLEAN)("pronounStatement off, %s: the statement read as a lost part", async (_d, ask, done) => {
    tuneDrift({}, ["pronounStatement"]);
    expect((await judged(ask, done)).intentPath).toBe("lostPart");
  });
});

describe("near misses: a wish is still a part asked for", () => {
  it.each([
    ["marimba maker", "Please re-tune the marimba. Also I want the bars sanded, can you do that too?", "We will re-tune the marimba."],
    ["hot spring", "Please book two hot spring passes for Saturday. Also she says she would like a massage, can you add one?", "Booked two passes for Saturday."],
  ])("%s: the wish never reached an agent", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect([s.intentDrift, s.intentPath]).toEqual([true, "lostPart"]);
  });
});
