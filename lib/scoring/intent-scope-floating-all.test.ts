// "All" before a preposition other than "of" floats off the people named before it ("both of you, all in the park",
// "the six of us, all at the studio"): it scopes no noun after it (rule `floatingAll`, intent-scope.ts), from
// blind-ay1: "park only (boxes, small kickers)" answered "both of you, all in the park" was read as the park widened
// to all — a scope drift on a clean conversation. Near misses: "all the" and "all of the" before the noun still
// widen it, so "just the one X" answered "all the Xs" is still drift.
// Domains in no evaluation corpus: sand sculpture events, loom weaving courses, photo scanning.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });

// [domain, an ask restricted to one thing, the answer with a floating "all", the answer widening the thing to all]
const CASES: Array<[string, string, string, string]> = [
  ["sand sculpture events", "Two adults want a sculpture lesson on the north beach only, mornings, max £90.", "Booked: both of you, all on the north beach, mornings, £80.", "Booked: lessons on all the beaches, mornings, £80."],
  ["loom weaving courses", "Please book the six of us onto the tapestry loom only, Saturday morning.", "Done: the six of you, all at the tapestry loom on Saturday morning.", "Done: the six of you on all of the looms on Saturday morning."],
  ["photo scanning", "Please scan the wedding album only, at high resolution, order PS-2090.", "Your three boxes arrived; we will scan them all in the wedding album order at high resolution.", "We will scan all the albums at high resolution for PS-2090."],
];

afterEach(() => tuneDrift());

describe("floatingAll: 'all' before a preposition scopes nothing after it", () => {
  it.each(CASES)("%s: the floating 'all' is no widening", (_d, ask, floating) => {
    expect(pathOf(verdict(ask, floating))).not.toBe("scope");
  });
  it.each(CASES)("floatingAll off, %s: the thing after it was read as widened to all", (_d, ask, floating) => {
    tuneDrift({}, ["floatingAll"]);
    expect(pathOf(verdict(ask, floating))).toBe("scope");
  });
  it.each(CASES)("near miss, %s: 'all the' / 'all of the' before the thing still widens it", (_d, ask, _floating, widened) => {
    expect(pathOf(verdict(ask, widened))).toBe("scope");
  });
});
