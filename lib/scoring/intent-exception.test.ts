// An ask with an exception (rule `exception`, intent-exception.ts), from blind-ak1 and blind-ag2: "cancel all
// the drops except Tuesday" answered "Tuesday kept", and "release all of them except the puppet theatre"
// answered "the puppet theatre is still held", were read as opposite actions (cancel/keep, release/hold) on
// the same thing — a false alarm on clean conversations; "cancel … all of them except the Tuesday one"
// answered "cancel her Tuesday session and keep the Thursday and Saturday ones" turned the exception round
// and was read as preserved. Near misses: keeping a thing the ask did not except is still opposite;
// doing the ask's action to the other things, excepting the same one, is the ask.
// Domains in no evaluation corpus: bell ringing practice, sign-language classes, darkroom hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";
import { exceptedStems } from "./intent-exception";

const drift = (ask: string, interp: string) => {
  const v = offlineAssess(ask, interp, { fromIntentEvent: true });
  return v.score !== null && v.score < 0.5;
};

// [domain, an ask with an exception, an interpretation keeping the excepted thing (clean), one doing the ask's action to it (drift), one keeping another thing (drift)]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "bell ringing practice",
    "We're short of ringers this term, so please cancel all the practice nights except Thursday. Tower ref BR-2214.",
    "customer wants the Monday and Wednesday practices stopped, Thursday kept",
    "Cancel the Thursday practice night for BR-2214 and leave Monday and Wednesday running.",
    "customer wants the Monday practice night kept and the others stopped",
  ],
  [
    "sign-language classes",
    "I've moved jobs so please release all my class places except the Saturday workshop. Student no. SL-5530.",
    "release the weekday class places on SL-5530; the Saturday workshop place is still held",
    "Please release the Saturday workshop place on SL-5530.",
    "The weekday evening class place is still held for SL-5530.",
  ],
  [
    "darkroom hire",
    "Please cancel my darkroom bookings next month, apart from the one on the 14th, I still need that. Member DR-7781.",
    "cancel DR-7781's darkroom bookings next month; the 14th booking kept",
    "Cancel the darkroom booking on the 14th for DR-7781.",
    "keep DR-7781's darkroom booking on the 21st",
  ],
];

afterEach(() => tuneDrift());

describe("an exception in the ask is what the user wants left alone", () => {
  it.each(CASES)("%s: keeping the excepted thing is the ask: no drift", (_d, ask, kept) => {
    expect(drift(ask, kept)).toBe(false);
  });
  it.each(CASES)("%s: the ask's own action done to the excepted thing is drift", (_d, ask, _kept, turned) => {
    const v = offlineAssess(ask, turned, { fromIntentEvent: true });
    expect(v.score).toBeLessThan(0.5);
    expect(pathOf(v)).toBe("exception");
  });
  it.each(CASES)("near miss, %s: keeping a thing the ask did not except is still opposite", (_d, ask, _kept, _turned, other) => {
    expect(drift(ask, other)).toBe(true);
  });
  it("exception off: keeping the excepted thing is read as the opposite action again", () => {
    tuneDrift({}, ["exception"]);
    expect(CASES.filter(([, ask, kept]) => drift(ask, kept)).length).toBeGreaterThan(0);
    expect(CASES.filter(([, ask, , turned]) => pathOf(offlineAssess(ask, turned, { fromIntentEvent: true })) === "exception")).toHaveLength(0);
  });
  it("reads the exceptive prepositions, and nothing else", () => {
    expect([...exceptedStems("cancel all of them except the puppet theatre, thanks")]).toEqual(["puppet", "theatr"]);
    expect([...exceptedStems("everything apart from Tuesday")]).toEqual(["tuesday"]);
    expect(exceptedStems("except for the loft, other than that it's fine").size).toBeGreaterThan(0);
    expect(exceptedStems("please cancel the whole order").size).toBe(0);
  });
});
