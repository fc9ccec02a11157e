// A part of the ask whose thing is wanted kept out ("please make sure there's no price or invoice in the box") is
// traced by that thing (intent.ts tracedThing, rule `negatedThing`, thirty-sixth session). Negated words counted as no
// specific word, so blind-bc1's gift ukulele traced the part by "sure" alone, which a polite word downstream came near,
// and the request's loss was never reported. Near misses: the same request handed on and done ("no invoice will go in
// the box"), and a part with no negation. Domains in no evaluation corpus: xylophone repairs, piñata making, bunting hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, summary: string, done: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thanks, passing you to the workshop." }, { handoff: ["front", "workshop"], summary }, { agent: done }, { user: "ok thanks" }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

afterEach(() => tuneDrift());

const KEPT_OUT: Array<[string, string, string, string, RegExp]> = [
  [
    "xylophone repairs",
    "Please re-felt the mallets on our school xylophone, job XY-2210, before the spring concert. Please make sure there's no invoice in the parcel, it goes straight to the music room.",
    "XY-2210: re-felt the xylophone mallets before the spring concert.",
    "The mallets for XY-2210 are re-felted with hard yarn heads and ready in time for the spring concert.",
    /no invoice/,
  ],
  [
    "piñata making",
    "Could you make a unicorn piñata for Maisie's 7th birthday on the 14th, order PN-5531? Her little brother is allergic, so please make sure there's no glitter in it.",
    "PN-5531: unicorn piñata for a 7th birthday on the 14th.",
    "Maisie's unicorn piñata for PN-5531 is made, with a rainbow mane, and will be with you by the 12th.",
    /no glitter/,
  ],
  [
    "bunting hire",
    "We'd like to hire 40 metres of union jack bunting for the street party on 8 May, booking BH-7730. It's a gift for the organisers, so please make sure there's no price list in the box.",
    "BH-7730: 40 m union jack bunting for the street party on 8 May.",
    "Your 40 metres of union jack bunting for BH-7730 is reserved and goes out on 6 May, ready for the street party.",
    /price list/,
  ],
];

describe("a part whose thing is wanted kept out", () => {
  it.each(KEPT_OUT)("%s: the part reached no agent", async (_d, ask, summary, done, lost) => {
    const s = await judged(ask, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(lost);
  });

  // (the piñata's leftover "sure" is near no word downstream, so it is reported lost either way)
  it.each([KEPT_OUT[0], KEPT_OUT[2]])("the rule off, %s: the part is traced by its leftovers and read as reached", async (_d, ask, summary, done) => {
    tuneDrift({}, ["negatedThing"]);
    expect((await judged(ask, summary, done)).intentLostPart).toBeNull();
  });

  it("near miss, xylophone repairs: the request handed on and done is no drift", async () => {
    const [, ask] = KEPT_OUT[0];
    const s = await judged(
      ask,
      "XY-2210: re-felt the xylophone mallets before the spring concert; no invoice in the parcel, it goes to the music room.",
      "The mallets for XY-2210 are re-felted and ready before the spring concert; the invoice comes to you by email, not in the parcel.",
    );
    expect(s.intentDrift).toBe(false);
  });
});
