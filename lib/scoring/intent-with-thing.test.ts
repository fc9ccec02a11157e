// "with" and its noun phrase after a verb puts the thing on, as "without" takes it away (nlp/polarity.ts, rule
// `withThing`, thirty-sixth session): blind-ab2's soap kits, "please pack the kits without the essential oil vials",
// answered "I've upgraded all 25 kits with our deluxe essential oil pack", was read as preserved. It opposes only a named
// thing taken away ("without the oil vials"), never a clause's "anymore" (intent-polarity.ts: blind-ag4's "won't accept
// my code anymore" against a reply "with" a new code was a false alarm in the first version), and not a noun phrase that
// ends in what was done to it ("with the tapioca pearls left out"). Domains in no evaluation corpus: bubble tea, tie-dye
// kits.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { judgedAfterHandoff as judged } from "./fixture.test-util";

afterEach(() => tuneDrift());

const BUBBLE = "For our office order BT-2290 of twelve milk teas on Friday, please make them without the tapioca pearls, two of the team can't have them.";
const TIEDYE = "Could you send the 30 tie-dye kits for the school fete, order TD-5512, without the rubber gloves? We have plenty already.";

describe("a thing asked left out, answered 'with' it", () => {
  it.each([
    ["bubble tea", BUBBLE, "Good news: all twelve teas on BT-2290 come with extra tapioca pearls this week at no charge, ready for Friday."],
    ["tie-dye kits", TIEDYE, "Your 30 kits on TD-5512 are packed with the rubber gloves and dye bottles and go out tomorrow for the fete."],
  ])("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it("the rule off: tie-dye kits read as preserved (the bubble tea's 'extra' opposes 'without' either way)", async () => {
    tuneDrift({}, ["withThing"]);
    expect((await judged(TIEDYE, "Your 30 kits on TD-5512 are packed with the rubber gloves and dye bottles and go out tomorrow for the fete.")).intentDrift).toBe(false);
  });
});

describe("near misses", () => {
  it.each([
    ["bubble tea: the thing left out, the reply 'with' another thing", BUBBLE, "All twelve teas on BT-2290 will be made with fruit jelly instead, no pearls, ready for Friday."],
    ["bubble tea: 'with' a noun phrase and what was done to it", BUBBLE, "All twelve teas on BT-2290 are booked for Friday with the tapioca pearls left out."],
    ["tie-dye kits: a clause's 'anymore', answered 'with'", "The dye in the kits from order TD-5512 won't wash out anymore, the school fete is Saturday.", "We'll send replacement kits for TD-5512 with fresh dye bottles before Saturday's fete."],
  ])("%s", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});
