// Rule `refusedGoAhead` (fifty-first session, judge-offline.ts): a user who says not to go ahead has refused the work,
// and an interpretation that accepts or approves it, or goes ahead with it, does what was refused ("please don't go
// ahead - I'll have it back as it is" answered "customer accepted the estimate; get the transformer job onto the valve
// bench"). Near misses: the refusal kept ("customer declined the quote; return the item unrepaired"), and a user who
// says to go ahead answered by the work accepted.
// Domains in no evaluation corpus: accordion-bellows repair, vintage scooter restoration, stone fireplace restoration.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

// [domain, a quote declined, an interpretation that goes ahead with the work]
const GONE_AHEAD: Array<[string, string, string]> = [
  ["accordion bellows", "Thanks for the quote on the bellows, but £420 is too much. Please don't go ahead, I'll collect it on Saturday as it is.", "Customer accepted the bellows quote; book the rebuild onto the workshop bench."],
  ["scooter restoration", "Got the estimate for the Lambretta engine. Please do not go ahead with it, just send it back.", "customer approved the engine estimate and wants the rebuild scheduled"],
  ["fireplace restoration", "The house sale has fallen through. Please don't go ahead with the hearth work.", "Customer has authorised the hearth restoration; book the masons for next week."],
];

// [domain, ask, interpretation that does the ask]
const NEAR: Array<[string, string, string]> = [
  ["accordion bellows", "Thanks for the quote on the bellows, but £420 is too much. Please don't go ahead, I'll collect it on Saturday as it is.", "Customer declined the bellows quote and will collect the accordion unrepaired on Saturday."],
  ["scooter restoration", "Got the estimate for the Lambretta engine, that's fine, please go ahead with it.", "customer approved the engine estimate and wants the rebuild scheduled"],
  ["fireplace restoration", "The quote for the hearth work is fine, please proceed.", "Customer accepted the hearth quote; schedule the restoration."],
];

afterEach(() => tuneDrift());

describe("refusedGoAhead: going ahead refused, then accepted or approved", () => {
  it.each(GONE_AHEAD)("%s: drift", (_d, ask, interp) => {
    const v = judge(ask, interp);
    expect(v.score).toBeLessThan(0.5);
    expect(pathOf(v)).toBe("refused");
  });

  it.each(NEAR)("%s: the ask done: no drift", (_d, ask, interp) => {
    expect(judge(ask, interp).score ?? 1).toBeGreaterThanOrEqual(0.5);
  });

  it("refusedGoAhead off: the declined quote accepted reads as no refusal", () => {
    tuneDrift({}, ["refusedGoAhead"]);
    for (const [, ask, interp] of GONE_AHEAD) expect(pathOf(judge(ask, interp))).not.toBe("refused");
  });
});
