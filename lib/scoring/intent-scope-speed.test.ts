// speed32a: couldRescope reads which quantifiers a text has with two regular expressions on the
// lower-cased text instead of a Set of its words (issue 12 throughput). Checked here against the Set
// on texts built to catch a boundary slip: quantifiers inside longer words, beside digits,
// apostrophes, hyphens and letters outside a–z, at either end, in capitals.
import { describe, expect, it } from "vitest";
import { scopeKinds, UNIVERSAL } from "./intent-scope";

const RESTRICTIVE = ["only", "just", "single"];
const COUNT = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+[a-z]/i;
// (as before speed32a)
const before = (s: string) => {
  const words = new Set(s.toLowerCase().match(/[a-z]+/g) ?? []);
  return { u: [...UNIVERSAL].some((w) => words.has(w)), r: RESTRICTIVE.some((w) => words.has(w)) || words.has("one"), c: COUNT.test(s) };
};

describe("scopeKinds", () => {
  it("reads the same kinds as a Set of the text's words", () => {
    const pieces = ["all", "every", "whole", "entire", "full", "only", "just", "single", "one", "ALL", "Only", "overall", "fully", "justice", "singles", "someone", "everyone", "wholesale", "tall", "allot", "one's", "all-in", "just2", "9only", "_all_", "éall", "allé", "Kall", "ſingle", "İonly", "bone", "onely", "two", "3", "pots", "glacier", "organ", "pearl", " ", ", ", ".", "—", "'", "’", "\n"];
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const texts = [...pieces, ...pieces.map((p) => `x ${p} y`)];
    for (let k = 0; k < 20_000; k++) texts.push(Array.from({ length: 1 + next(6) }, () => pieces[next(pieces.length)]).join(next(3) ? " " : ""));
    const differ = texts.filter((t) => JSON.stringify(scopeKinds(t)) !== JSON.stringify(before(t)));
    expect(differ).toEqual([]);
  }, 60_000);

  it("finds each kind in three unseen domains, and none in their near misses", () => {
    expect(scopeKinds("Re-rope all the pitches on the glacier route")).toMatchObject({ u: true, r: false });
    expect(scopeKinds("Just the swell box of the organ needs voicing")).toMatchObject({ u: false, r: true });
    expect(scopeKinds("Grade the three pearls from Tuesday's dive")).toMatchObject({ u: false, r: false, c: true });
    expect(scopeKinds("Overall the glacier walk was fully booked")).toMatchObject({ u: false, r: false });
    expect(scopeKinds("The organ's justice pipes were singled out")).toMatchObject({ u: false, r: false });
    expect(scopeKinds("Someone dove for pearls")).toMatchObject({ u: false, r: false, c: false });
  });
});
