// A number is not inside a longer run of digits (mentions.ts includesWhole): a stale lookup's total
// "630" is not stated by a reference "FR-63005" the receiver reads out, nor "2411" by "24115";
// its tail still names a longer number ("7781" for GFT-557781, a card's last four) and a decimal
// keeps its trailing zeros ("4.5" in "4.50"). Failure cases and near misses in a fell-running
// club, an ice-fishing guide and an autogyro school (domains in no corpus).
import { describe, expect, it } from "vitest";
import { mentions } from "./facts";
import { lookupThenSay, staleTools as stale } from "./freshness.test-util";

describe("a number inside a longer run of digits is not that number", () => {
  it("reads a value only where its last digit ends the number", () => {
    expect(mentions("Your reference is FR-63005.", "630")).toBe(false);
    expect(mentions("The relay fee is 630 for the day.", "630")).toBe(true);
    expect(mentions("Hut 24115 is confirmed.", "2411")).toBe(false);
    expect(mentions("Hut 2411 is confirmed.", "2411")).toBe(true);
    // a tail names the number it ends, a decimal keeps its trailing zeros
    expect(mentions("gift card GFT-557781", "7781")).toBe(true);
    expect(mentions("Wind today: 4.50 knots gusting", "4.5")).toBe(true);
    expect(mentions("Wind today: 4.55 knots gusting", "4.5")).toBe(false);
  });

  it.each([
    ["fell-running club", { fee: 630 }, "The fee for the relay team is 630, as quoted.", "Entered under reference FR-63005 for Saturday."],
    ["ice-fishing guide", { fee: "118.40" }, "The guided day is still 118.40 for two anglers.", "Your hut permit is 118.405-B on the list."],
    ["autogyro school", { hours_logged: 1375 }, "You have 1375 hours logged with us.", "Your student number is 137500."],
  ])("%s: a stale value stated is a stale use; inside a longer number it is not", async (_d, result, said, inside) => {
    expect(await stale(lookupThenSay({}, result, said))).toEqual(["lookup"]);
    expect(await stale(lookupThenSay({}, result, inside))).toEqual([]);
  });
});
