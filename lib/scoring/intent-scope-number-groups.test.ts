// A group of digits beside another is part of a longer number, not a count (rule `numberGroups`, intent-scope.ts),
// from blind-ak1: "stop the courier texts to +44 7911 482 306 while paused" read "482" as a count of "paused",
// so "All paused for four weeks" widened it to all — a scope drift on a clean conversation. Near misses: a real
// count widened to all is still drift; a number on its own ("2 boxes") is still a count.
// Domains in no evaluation corpus: a seed-library subscription, a wheelchair-taxi account, a dog-walking round.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const verdict = (ask: string, interp: string) => offlineAssess(ask, interp, { fromIntentEvent: true });

// [domain, an ask with a phone number in groups, the interpretation doing it with "all", a real count, all of it]
const CASES: Array<[string, string, string, string, string]> = [
  ["seed library", "Please pause my seed packets for two months while I'm abroad, and stop the reminder texts to 07700 900 412 while paused. Member SL-2209.", "All paused for two months, and reminder texts to your mobile are off until the packets restart.", "Please pause 3 of my seed packets while I'm abroad. Member SL-2209.", "All of your seed packets are paused while you're abroad."],
  ["wheelchair taxi", "Can you pause my weekly bookings for a month, I'm in hospital, and stop the reminder calls to 07700 900 771 while paused. Account WT-4410.", "All paused for a month, and the reminder calls are off meanwhile.", "Can you hold 2 of my weekly bookings for a month? Account WT-4410.", "All of your weekly bookings are held for a month."],
  ["dog walking", "We're away, please skip Biscuit's walks for two weeks and no texts to +44 7911 123 456 while skipped. Client DW-0931.", "All skipped for two weeks, and texts are off until the walks start again.", "Please skip 4 of Biscuit's walks while we're away. Client DW-0931.", "All of Biscuit's walks are skipped while you're away."],
];

afterEach(() => tuneDrift());

describe("digit groups of one number are no count", () => {
  it.each(CASES)("%s: a phone number's groups count nothing: no scope drift", (_d, ask, done) => {
    expect(pathOf(verdict(ask, done))).not.toBe("scope");
  });
  it.each(CASES)("numberGroups off, %s: a group is read as a count that 'all' widens", (_d, ask, done) => {
    tuneDrift({}, ["numberGroups"]);
    expect(pathOf(verdict(ask, done))).toBe("scope");
  });
  it.each(CASES)("near miss, %s: a real count widened to all is still drift", (_d, _ask, _done, counted, all) => {
    expect(pathOf(verdict(counted, all))).toBe("scope");
  });
});
