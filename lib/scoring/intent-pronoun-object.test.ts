// An ask whose action is done to "it" (rule `pronounObject`, judge-offline.ts objectsOf), from blind-ai2: "we
// won't need our Thursday 8pm sheet from January. Please take us off it so another team can have it"
// answered "I've kept sheet B for you on Thursdays at 8pm" was read as kept: the clause of "take … off"
// names only "team", so the opposite action found no common thing. The pronoun's thing is named in
// another clause of the ask; the ask's other things (not its ids: a reference says which record, not
// what is done to) count as the action's objects too. Near misses: the ask done in other words, the
// thing released and something else kept (a gate fob, the user's own booking named by its id).
// Domains in no evaluation corpus: a cycle-polo club, truffle-hunting days, a canal pontoon.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });
const drifted = (ask: string, interp: string) => {
  const v = verdict(ask, interp);
  return v.score !== null && v.score < 0.5;
};

// [domain, ask doing its action to "it", the opposite done to that thing (drift), the ask done, something else kept beside it]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "cycle-polo club",
    "Two of our crew are away from March, so we will not need our Tuesday 7pm pitch from then. Please take us off it so another club can have it. Booking ref CP-2231.",
    "All set - I have kept the Tuesday 7pm pitch for you right through to June so you do not lose the slot; you can always bring spares.",
    "Done - the Tuesday 7pm pitch is released from March; the next club on the list has it.",
    "Done - the Tuesday 7pm pitch is released from March; we have kept your kit locker until the end of the month.",
  ],
  [
    "truffle-hunting days",
    "My sister has moved to Leeds, so we will not need the second truffle-hunt place on the 14th. Please take her off it so someone on the waiting list can have it. Booking TH-2210.",
    "Good news - I have kept both places on the 14th truffle hunt for you so your sister does not lose hers.",
    "Done - your sister's place on the 14th has gone to the first name on the waiting list.",
    "Done - your sister is off the 14th truffle hunt and her place has gone to the waiting list; I have kept your own booking TH-2210 as it is.",
  ],
  [
    "canal pontoon",
    "We are selling the boat in May, so we will not need our summer mooring at the pontoon. Please take us off it so another owner can have it. Ref PB-7731.",
    "Done - I have kept your summer mooring at the pontoon for another season so you do not lose the spot.",
    "Done - your summer mooring PB-7731 ends in May and goes to the next owner on the list.",
    "Done - your summer mooring PB-7731 is released from May; we have kept your gate fob active until then.",
  ],
];

afterEach(() => tuneDrift());

describe("pronounObject: an action done to 'it' is done to the thing the ask names elsewhere", () => {
  for (const [domain, ask, opposite, same, near] of CASES) {
    it(`${domain}: the opposite done to that thing is drift`, () => {
      expect(pathOf(verdict(ask, opposite))).toBe("antonym");
      expect(drifted(ask, opposite)).toBe(true);
    });
    it(`${domain}: near misses, the ask done and something else kept, are no drift`, () => {
      expect(drifted(ask, same)).toBe(false);
      expect(drifted(ask, near)).toBe(false);
    });
    it(`${domain}: without the rule the opposite reads as kept (the failure it mends)`, () => {
      tuneDrift({}, ["pronounObject"]);
      expect(drifted(ask, opposite)).toBe(false);
    });
  }
});
