// "release" among the actions that end a thing (lexicon.ts ENDING_LIST), from blind-ak1 and blind-af1: "please
// release the hold so someone else can have it" answered "I've extended your hold by two weeks", and "Release my
// hold HLD-6620" answered "extend hold HLD-6620 into Friday", were read as preserved — releasing a hold, a
// reservation or a place ends it as cancelling does, and extending or keeping it is the opposite. Near misses:
// a release done in other words, and money or a parcel "released" (let go ahead), which no ending opposes.
// Domains in no evaluation corpus: a fume-cupboard booking, a church hall's provisional booking, a recording booth.
import { describe, expect, it } from "vitest";
import { offlineAssess } from "./judge-offline";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });

// [domain, an ask to release a hold, an interpretation extending or keeping it (drift), one releasing it (clean)]
const CASES: Array<[string, string, string, string]> = [
  ["fume-cupboard booking", "The synthesis is cancelled, so please release my hold on fume cupboard 3 for Thursday. Booking FC-3310.", "extend the hold on fume cupboard 3 (FC-3310) to Friday", "release the Thursday hold on fume cupboard 3, FC-3310"],
  ["church hall booking", "We've found another venue for the quiz, please release our provisional booking of the main hall on 12 April, ref CH-0412.", "keep the provisional booking of the main hall on 12 April (CH-0412) for another week", "let go of the provisional main hall booking for 12 April, CH-0412"],
  ["recording booth", "Our singer is ill, so release the booth reservation for tomorrow morning please, RB-7719.", "customer wants the booth reservation RB-7719 extended to the whole day tomorrow", "release booth reservation RB-7719 for tomorrow morning"],
];

describe("releasing a hold ends it", () => {
  it.each(CASES)("%s: a release answered by extending or keeping the thing is drift", (_d, ask, kept) => {
    const v = verdict(ask, kept);
    expect(v.score).toBeLessThan(0.5);
    expect("driftKind" in v ? v.driftKind : undefined).toBe("antonym");
  });
  it.each(CASES)("near miss, %s: the release done is no drift", (_d, ask, _kept, released) => {
    expect(verdict(ask, released).score).toBeGreaterThanOrEqual(0.5);
  });
  it("near miss: money or a parcel released goes ahead, as the user asked", () => {
    expect(verdict("Can you get my refund of £240 for order GX-5512 released? It's been held for a week.", "release the held £240 refund for order GX-5512").score).toBeGreaterThanOrEqual(0.5);
    expect(verdict("My parcel PX-88120 is stuck at customs, please get it released.", "customer wants parcel PX-88120 released from customs").score).toBeGreaterThanOrEqual(0.5);
  });
});
