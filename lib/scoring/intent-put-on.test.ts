// "put X on Y" (rule `putOn`, nlp/polarity.ts), from blind-an1: "Could you put me on the waiting list?" answered
// "I've taken you off the waiting list" was read as kept — "on" after an object was read as where a thing is,
// and "put" is the verb whose object it moves onto the noun phrase, the caused motion "take … off" undoes.
// Near misses: the same thing put on, in other words; a state "you're on the list" (no action); "put … in" (where
// the user will put a thing: "so I can put them in his card"), which stays a place.
// Domains in no evaluation corpus: a church choir rota, a garage's trade accounts, a seed library.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });
const drifted = (ask: string, interp: string) => {
  const v = verdict(ask, interp);
  return v.score !== null && v.score < 0.5;
};

// [domain, ask, the opposite done (drift), the ask done in other words (kept)]
const CASES: Array<[string, string, string, string]> = [
  [
    "church choir rota",
    "I can sing again now my cold has gone. Could you put me on the Sunday rota from next week? Alto, Mary Okafor",
    "I've taken you off the Sunday rota from next week, Mary.",
    "You're back on the Sunday rota from next week as an alto, Mary.",
  ],
  [
    "garage trade accounts",
    "Please put the clutch job on our trade account, invoice GX-4410. Fenwick Builders",
    "I've taken the clutch job off your trade account for GX-4410, so it will be billed separately.",
    "The clutch job GX-4410 is now charged to the Fenwick Builders trade account.",
  ],
  [
    "seed library",
    "The heritage tomato seeds are all gone. Can you put me on the waiting list for the next batch? Member SL-2291",
    "I've taken you off the waiting list for the heritage tomato seeds, SL-2291.",
    "You'll be told when the next heritage tomato batch arrives: SL-2291 is now on the waiting list.",
  ],
];

describe("putOn: 'put X on Y' puts X onto Y, which 'take X off Y' undoes", () => {
  afterEach(() => tuneDrift());
  for (const [domain, ask, opposite, same] of CASES) {
    it(`${domain}: taking it off is the opposite`, () => {
      expect(pathOf(verdict(ask, opposite))).toBe("polarity");
      expect(drifted(ask, opposite)).toBe(true);
    });
    it(`${domain}: putting it on in other words is the ask`, () => {
      expect(drifted(ask, same)).toBe(false);
    });
    it(`${domain}: without the rule the opposite reads as kept (the failure it mends)`, () => {
      tuneDrift({}, ["putOn"]);
      expect(drifted(ask, opposite)).toBe(false);
    });
  }

  it("'put … in' stays a place: the user's own purpose is no action asked", () => {
    const ask = "can i get proper paper tickets posted so I can put them in his card? booking SR-30012";
    expect(pathOf(verdict(ask, "Customer wants paper tickets for SR-30012 posted; the gift card is no longer wanted."))).not.toBe("polarity");
  });
});
