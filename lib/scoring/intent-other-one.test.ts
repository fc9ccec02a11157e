// The other one of a kind (rule `otherOne`, intent-other-one.ts), from blind-an1: "cancel my private lesson on
// Sunday … Friday is still fine" answered "cancelled your lesson this Friday", "the middle tier to be raspberry …
// bottom and top stay" answered "switch the top tier", "my mum's blue scooter won't hold charge" answered "the
// red one's annual service" were read as kept (every other word shared). Near misses: the asked one named
// (also beside the other), a move answered with the new day, a fallback the user offered, a period of three
// months, an ask of two requests (partial loss reads those), a colour not said of a thing.
// Domains in no evaluation corpus: a dental practice, flat-pack bookcases, van hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });
const path = (ask: string, interp: string) => pathOf(verdict(ask, interp));
const drifted = (ask: string, interp: string) => {
  const v = verdict(ask, interp);
  return v.score !== null && v.score < 0.5;
};

// [domain, ask, the other one done (drift), the asked one done in other words (kept), a near miss that must not be read as the other one]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "dental practice",
    "Please cancel my hygienist appointment on Tuesday, I'm away. Thursday's check-up is still fine. Patient DP-30417",
    "I've cancelled your hygienist appointment this Thursday for DP-30417.",
    "Your Tuesday hygienist appointment for DP-30417 is cancelled; Thursday's check-up stays booked.",
    // (the asked one named by its date only)
    "Your hygienist appointment on 14 May for DP-30417 is cancelled.",
  ],
  [
    "flat-pack bookcases",
    "Order BK-55120: the middle shelf arrived cracked, the top and bottom are fine. Could you send a replacement?",
    "A replacement top shelf for BK-55120 has been dispatched and should arrive on Friday.",
    "A replacement middle shelf for BK-55120 is on its way.",
    "A new shelf for BK-55120 is on its way; the courier will take the cracked one away.",
  ],
  [
    "van hire",
    "The white van we hired (VH-8812) has a flat tyre at the depot gate. Can you send someone?",
    "A mechanic is on the way to the black van on VH-8812 and will be there within the hour.",
    "A mechanic is on the way to the white van on VH-8812 and will be there within the hour.",
    "A mechanic is on the way to your van on VH-8812 with a black spare tyre kit.",
  ],
];

describe("otherOne: the interpretation works on another one of the kind the ask picked out", () => {
  afterEach(() => tuneDrift());
  for (const [domain, ask, other, same, near] of CASES) {
    it(`${domain}: the other one is drift, named by the rule`, () => {
      const v = verdict(ask, other);
      expect(pathOf(v)).toBe("otherOne");
      expect("driftKind" in v && v.driftKind).toBe("topic");
      expect(drifted(ask, other)).toBe(true);
    });
    it(`${domain}: the asked one, and the near miss, are not the other one`, () => {
      expect(path(ask, same)).not.toBe("otherOne");
      expect(drifted(ask, same)).toBe(false);
      expect(path(ask, near)).not.toBe("otherOne");
    });
    it(`${domain}: without the rule the other one reads as kept (the failure it mends)`, () => {
      tuneDrift({}, ["otherOne"]);
      expect(drifted(ask, other)).toBe(false);
    });
  }

  it("a move answered with the new day is the ask, not another one", () => {
    expect(path("Please move my Monday veg box delivery, I work Mondays now. Box VB-2210", "Your veg box deliveries for VB-2210 now arrive on Wednesdays.")).not.toBe("otherOne");
  });

  it("a fallback the user offered is no other one", () => {
    expect(path("Can you put me on Sunday's trail ride? If there's no space I'd rather go Saturday. Rider TR-5521", "You're booked on Saturday's 10:00 trail ride, TR-5521.")).not.toBe("otherOne");
  });

  it("a period of three months is no choice of one among two", () => {
    expect(path("Can we pause the dog walks over July and August? We're away. Start again in September. Account DW-118", "I've paused the walks for DW-118; they resume in the first week of September.")).not.toBe("otherOne");
  });

  it("an ask of two requests is read part by part, not as one thing picked", () => {
    const ask = "Please refund the Tuesday, the pool was shut. Also can you book my son into the Thursday swim club? Member SW-4410";
    expect(path(ask, "I've refunded Tuesday's session for SW-4410.")).not.toBe("otherOne");
  });
});
