// A count of the things ordered set apart with a thing kept out of them is a request of its own (intent.ts
// partitiveLeftIn, rule `partitiveExclusion`, sixty-second session). Three authors wrote it: blind-cy1's "6 large
// traditional for collection saturday morning pls, one of them without swede for my lad as he wont eat it", blind-dc1's
// "cn u make one of the masala dosas without potato for my dad", blind-dg1's "can u make 3 of the cups without pearls, two
// of the kids has braces" — each answered by the whole order confirmed ("twenty cups … with a tub of pearls"). The
// request's only things are the ones left out, so no part was traced from it and nothing could be lost. It reached an
// agent only when an agent's words say the thing is left out. Near misses: the agent says so ("one without glaze",
// "sugar-free"); an order with no count set apart; the rule off. Domains in no corpus: a cruller bakery, a cotton candy
// stall, a chapati kitchen.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the final reply confirming the whole order, the final reply keeping the thing out]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "cruller bakery",
    "Hi, a dozen honey crullers for collection at 9 tomorrow please, and can you do two of them without glaze. My gran is diabetic.",
    "A dozen honey crullers for collection at 9 tomorrow.",
    "All set: twelve honey crullers, boxed and ready at nine tomorrow.",
    "All set: twelve honey crullers, two of them left without glaze for your gran, ready at nine tomorrow.",
  ],
  [
    "cotton candy stall",
    "We'd like the stall at our fete on Saturday, 100 cones. Could you make 20 of the cones with no colouring? Some of the kids react to it.",
    "Fete on Saturday, 100 cotton candy cones.",
    "Lovely - the stall's booked for Saturday with 100 cones in pink and blue colouring, and we'll arrive at 10.",
    "Lovely - the stall's booked for Saturday with 100 cones, twenty of them with no colouring at all, and we'll arrive at 10.",
  ],
  [
    "chapati kitchen",
    "can i order 30 chapatis for the party on friday, and can u make ten of them without ghee pls. my uncle is vegan",
    "30 chapatis for a party on Friday.",
    "Done - thirty chapatis, packed warm for Friday evening.",
    "Done - thirty chapatis for Friday, ten of them made ghee-free for your uncle.",
  ],
];

const run = async (ask: string, summary: string, last: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "orders"], summary }, { agent: last }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("partitiveExclusion: 'N of them without X' is a request that reaches an agent only when X is said to be left out", () => {
  for (const [domain, ask, summary, whole, kept] of CASES) {
    it(`${domain}: the whole order confirmed, the thing named plainly or not at all: partial drift, that request named`, async () => {
      const s = await run(ask, summary, whole);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("partial");
      expect(s.intentLostPart).toMatch(/ of (?:them|the \w+) (?:without|with no) /);
    });
    it(`${domain}: without the rule the request is no part, and nothing is lost`, async () => {
      tuneDrift({}, ["partitiveExclusion"]);
      expect((await run(ask, summary, whole)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, an agent says the thing is left out: no drift`, async () => {
      expect((await run(ask, summary, kept)).intentDrift).toBe(false);
    });
  }

  it("near miss: an order with no count set apart is read as before", async () => {
    const s = await run("Hi, a dozen honey crullers without glaze for collection at 9 tomorrow please", "A dozen honey crullers, no glaze, 9 tomorrow.", "All set: twelve honey crullers, ready at nine tomorrow.");
    expect(s.intentPath).not.toBe("lostPart");
  });
});
