import { describe, expect, it } from "vitest";
import { allMatches } from "./all-matches";

// allMatches must give exactly what [...text.matchAll(re)] gives: every value reader's result depends on it
const same = (re: RegExp, text: string) => {
  const before = re.lastIndex;
  const want = [...text.matchAll(re)].map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
  const got = allMatches(re, text).map((m) => ({ all: [...m], index: m.index, groups: m.groups }));
  expect(got).toEqual(want);
  expect(re.lastIndex).toBe(before);
};

describe("allMatches", () => {
  it("gives matchAll's matches, indexes and groups (order ids, amounts, dates)", () => {
    same(/(?<prefix>[A-Z]{2,3})-(\d+)/g, "Orders BK-4410 and INV-3310, not 12-4");
    same(/([$£€])\s?(\d+(?:\.\d{2})?)/g, "£45.00 then $ 12 and €3.5");
    same(/\b\d{4}-\d{2}-\d{2}\b/g, "from 2026-08-14 to 2026-08-21");
  });
  it("starts where the expression's lastIndex stands, and leaves it there (a global test() moved it)", () => {
    const re = /\d+/g;
    re.test("77 and 88");
    expect(re.lastIndex).toBe(2);
    same(re, "77 and 88");
    re.lastIndex = 50;
    same(re, "77 and 88");
  });
  it("steps over empty matches by a character, or a code point with the u flag (near miss: no u flag)", () => {
    same(/x*/g, "axbxx");
    same(/(?:)/gu, "a😀b");
    same(/(?:)/g, "a😀b");
  });
  it("gives nothing for no match, and refuses a non-global expression as matchAll does", () => {
    same(/\d+/g, "no digits here");
    expect(() => allMatches(/\d+/, "1 2")).toThrow(TypeError);
    expect(() => "1 2".matchAll(/\d+/)).toThrow(TypeError);
  });
  it("a sticky global expression matches only where the last match ended, as matchAll's copy does", () => {
    same(/\d/gy, "123a45");
    same(/\d/gy, "a123");
  });
});
