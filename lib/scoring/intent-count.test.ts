// A count or frequency changed the wrong way (rule `countDirection`, intent-count.ts), from blind-t1, blind-x2 and
// blind-f: "I'm on four lines a week … cut back to just the one line" answered "wants to increase her weekly lines",
// "cut back from three spots a day to one" answered "interested in an upgrade", "go from weekly cleans to every
// other week" answered "increase cleaning frequency to two visits a week" — every word of the ask kept, the change
// turned round. Near misses: the target reached in other words, the old figure stated beside the new one, a
// difference ("2 more", "saves you 3") rather than a total, and a figure on the asked side of where it was.
// Domains in no evaluation corpus: ice deliveries to a bar, rehearsal room hire, school lunch orders.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";
import { figuresOf, frequenciesOf } from "./intent-count";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });
const drift = (ask: string, interp: string) => {
  const v = verdict(ask, interp);
  return v.score !== null && v.score < 0.5;
};

// [domain, an ask changing a count or frequency, interpretations that keep it (clean), ones that turn it round (drift:
// the first of each by its figure alone, which only this rule reads; the others may be read by another rule too)]
const CASES: Array<[string, string, string[], string[]]> = [
  [
    "ice deliveries to a bar",
    "We're on eight bags of ice a week at the Anchor, but winter's quiet, so please drop us to three bags. Account ICE-4471.",
    [
      "ICE-4471 now gets three bags of ice a week.",
      "Done: ICE-4471 down from eight bags to three for the winter.",
      "Customer wants fewer bags of ice for the winter; now on 3 bags.",
    ],
    ["ICE-4471 now gets ten bags of ice a week for the winter.", "Customer wants to increase the bags of ice on ICE-4471 for winter."],
  ],
  [
    "rehearsal room hire",
    "Could you move our band from rehearsals every other week to every week? Booking RR-2093.",
    ["RR-2093 now rehearses every week, Tuesdays 7-10pm.", "From next week RR-2093's room is booked weekly."],
    ["RR-2093 moved to a monthly rehearsal slot.", "RR-2093 now rehearses once a month on Tuesdays."],
  ],
  [
    "school lunch orders",
    "Please go from five hot lunches a week to two for Ava in class 3B, she's taking packed lunches the other days.",
    ["Ava (3B) is now down to two hot lunches a week.", "Ava in 3B: 2 hot lunches, packed lunches the rest."],
    ["Ava in 3B is now on six hot lunches a week, including the breakfast club lunch.", "Upgrade Ava (3B) to the full hot lunch plan."],
  ],
];

afterEach(() => tuneDrift());

describe("a count or frequency the interpretation moves the other way", () => {
  it.each(CASES)("%s: the change done, in other words, is the ask: no drift", (_d, ask, kept) => {
    for (const interp of kept) expect(drift(ask, interp), interp).toBe(false);
  });
  it.each(CASES)("%s: the change turned round is drift", (_d, ask, _kept, turned) => {
    for (const interp of turned) expect(drift(ask, interp), interp).toBe(true);
    expect(pathOf(verdict(ask, turned[0]))).toBe("count");
  });
  it("near miss: a difference is no total — '2 more' after an ask to go from 5 to 3 moves nothing the wrong way", () => {
    const ask = "Please take us from five crates of ice to three, account ICE-4471.";
    expect(pathOf(verdict(ask, "We've taken 2 crates off ICE-4471, so you now get three crates."))).not.toBe("count");
    expect(pathOf(verdict(ask, "ICE-4471: removed 2 crates; saves you 2 crates a week."))).not.toBe("count");
  });
  it("near miss: the old and the new figure stated together restate the change", () => {
    expect(pathOf(verdict("Please go from five hot lunches a week to two for Ava.", "Ava: from five hot lunches to two, done."))).not.toBe("count");
  });
  it("near miss: no change asked (a count and no target) says nothing of direction", () => {
    expect(pathOf(verdict("We have eight bags of ice a week, can you deliver on Fridays?", "ICE-4471 now gets ten bags on Fridays."))).not.toBe("count");
  });
  it("countDirection off: a figure turned round is read as the ask kept again", () => {
    tuneDrift({}, ["countDirection"]);
    for (const [, ask, , turned] of CASES) expect(drift(ask, turned[0]), turned[0]).toBe(false);
  });
  it("near miss: two things moved apart ('fewer logs and more kindling') decide nothing", () => {
    const ask = "Please drop the crushed ice from 4 bags to 2 and bump the cubed ice up from 3 bags to 6. Account ICE-4471.";
    expect(pathOf(verdict(ask, "ICE-4471: crushed ice now 2 bags, cubed ice 6 bags."))).not.toBe("count");
    expect(pathOf(verdict(ask, "ICE-4471: cubed ice up to 6 bags."))).not.toBe("count");
  });
  it("near miss: a negated comparative and a booking's 'put you down' state no change", () => {
    expect(pathOf(verdict("At least five lunches a week for Ava please, not fewer.", "customer wants to increase Ava's hot lunches to six a week"))).not.toBe("count");
    expect(pathOf(verdict("Could you move our band to rehearsals every week instead of every other week?", "I've put you down for every Tuesday, weekly."))).not.toBe("count");
  });
  it("near miss: times, dates, prices and ids are no amounts", () => {
    expect(figuresOf("from 9am to 11am on 12 March, £30, ref RR-2093, call 07911 482 306").map((f) => f.value)).toEqual([]);
    expect(figuresOf("from 8,000 to 10,000 pages, 50GB, three bags").map((f) => f.value)).toEqual([8000, 10000, 50, 3]);
    expect(figuresOf("2 more bags, saves you 3").map((f) => f.difference)).toEqual([true, true]);
    // (a month's name, not any word that starts like one: "marine", "junk")
    expect(figuresOf("3 marine batteries, 2 junk boxes, 4 Mar.").map((f) => f.value)).toEqual([3, 2]);
  });
  it("near miss: a change the user reports as made, and a range of days, ask and move nothing", () => {
    // (from blind-ah2's kiln deposit: "I swapped down from the 90 litre kiln to the 50 litre one last week")
    const ask = "I went down from 8 bags to 4 bags of ice last month, so surely I'm owed part of the £40 deposit back? ICE-4471";
    expect(pathOf(verdict(ask, "£15 refunded to your card. It should land in 3 to 5 working days."))).not.toBe("count");
    expect(pathOf(verdict("Rehearsal room RR-2093: we dropped from weekly to every other week in May, can you refund the May overcharge?", "Refund of £30 issued; you were on every other week from 3 May."))).not.toBe("count");
    // (with no figure or comparative in the ask, its verbs alone are read, the reported one left out as well)
    expect(pathOf(verdict("I upgraded from Basic to Premium in March, so why was I charged again?", "The second charge is refunded; your allowance is fewer GB now."))).not.toBe("count");
  });
  it("reads frequencies as times a week, and a count of things a week as no frequency", () => {
    const rates = (t: string) => frequenciesOf(t).map((f) => Math.round(f.value * 100) / 100);
    expect(rates("weekly, every other week, twice a month, 3 times a week, every 2 weeks, daily")).toEqual([1, 0.5, 0.46, 3, 0.5, 7]);
    expect(rates("every 3 weeks instead of every 2")).toEqual([0.33, 0.5]);
    expect(rates("I'm on four lines a week")).toEqual([]);
  });
  it("an interval is read as a frequency: every 3 weeks instead of every 2 is less often", () => {
    const ask = "We're drowning in rehearsal slots, can we have the room every 3 weeks instead of every 2? RR-2093";
    expect(drift(ask, "RR-2093 now has the room every 3 weeks.")).toBe(false);
    expect(pathOf(verdict(ask, "Customer wants the room more often: weekly instead of fortnightly."))).toBe("count");
  });
});
