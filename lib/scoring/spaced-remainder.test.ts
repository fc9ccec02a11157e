// A number read out in chunks of one length with a shorter remainder last ("6033 1120 48", "BX 30 77
// 1", "HX 229 104 7") is one reference (values.ts spacedCodes, digitGroupsFit): before, the reader
// kept its first group or stopped before the remainder ("6033", "BX 30 77", "HX 229 104"), a value
// read wrongly (blind-x1 `x-barbershop-points-recheck`, `x-barbershop-fade-and-beard`; blind-h1
// `h-watchrepair-serial-never-given`). Near misses: a last group that is no remainder of equal
// chunks, or one set off by a comma or a word, stays apart. Domains: a loyalty card at a bakery, a
// climbing gym's membership, a watch insurer.
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { DEFAULT_VOCABULARY } from "./slots";
import { spacedCodes } from "./values";

const values = (text: string) => factsFromText(text, DEFAULT_VOCABULARY, [], false).map((f) => f.value);
const codes = (text: string) => spacedCodes(text).map((c) => c.value);

describe("a number in equal chunks with a shorter remainder is one reference", () => {
  it("bakery loyalty card: the whole card number, not its first group", () => {
    expect(values("How many stamps have I got? Loyalty card number 6033 1120 48")).toEqual(["6033 1120 48"]);
  });
  it("near miss, bakery loyalty card: a count after a comma is no part of the card", () => {
    expect(codes("card 6033 1120, 48 stamps to spend")).toEqual(["6033 1120"]);
  });

  it("climbing gym: a one-digit remainder after chunks of two belongs to the code", () => {
    expect(values("member code BX 30 77 1")).toEqual(["BX 30 77 1"]);
  });
  it("near miss, climbing gym: a one-digit group after chunks of two lengths is no remainder", () => {
    expect(codes("member code BX 30 771 2")).toEqual(["BX 30 771"]);
  });

  it("watch insurer: the policy typed with spaces keeps its last digit", () => {
    expect(values("My insurer (policy HX 229 104 7, yes with spaces) wants a valuation.")).toEqual(["HX 229 104 7"]);
  });
  it("near miss, watch insurer: a number after a word is another thing", () => {
    expect(codes("policy HX 229 104 and 7 watches")).toEqual(["HX 229 104"]);
  });
});
