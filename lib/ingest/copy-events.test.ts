// isoTime writes COPY's timestamps without toISOString; it must give the same text over the schema's
// whole range (1970 to the end of 9999), across day boundaries in either direction (its day cache).
import { describe, expect, it } from "vitest";
import { isoTime } from "./copy-events";

const END = Date.parse("9999-12-31T23:59:59.999Z");

describe("isoTime", () => {
  it("equals toISOString at the range's ends, around midnight and on leap days", () => {
    const days = [0, Date.parse("2000-02-29T00:00:00Z"), Date.parse("2026-11-29T00:00:00Z"), Date.parse("9999-12-31T00:00:00Z")];
    const xs = [0, 1, 999, 1000, 59_999, 3_599_999, END, ...days.flatMap((d) => [d - 1, d, d + 1, d + 86_399_999].filter((x) => x >= 0 && x <= END))];
    for (const x of xs) expect(isoTime(x), String(x)).toBe(new Date(x).toISOString());
  });

  it("equals toISOString for random times in any order (the cached day is replaced, not reused)", () => {
    let seed = 17;
    const rand = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 20_000; i++) {
      const x = Math.floor(rand() * END);
      expect(isoTime(x)).toBe(new Date(x).toISOString());
    }
  });

  it("near miss: a different millisecond gives a different text", () => {
    expect(isoTime(86_400_000)).not.toBe(isoTime(86_400_001));
  });
});
