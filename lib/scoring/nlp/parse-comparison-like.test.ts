// "like" as a comparison is no wish (parse.ts fillerLike, RULE.comparisonLike; issue 12, drift24):
// adverbs between a noun or verb and "like" leave it a comparison ("he only eats on Sundays now,
// like a vicar", dev-t1), and a part opening with "like" and then the thing compared ("the leaded
// lights are bulging outwards, like a sail", dev-w1) compares; both had been read as requests and
// reported as parts of the ask that reached no agent. Failure cases (a comparison, no request) and
// near misses (a wish after a wanting subject, with or without adverbs, and "like to …") in three
// domains in no development corpus: bell ringing, bookbinding, allotments; switching the rule off
// reads the comparisons as wishes again.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";

const requestOf = (text: string, has: string) => {
  const c = parseText(text).clauses.find((x) => x.text.toLowerCase().includes(has.toLowerCase()));
  if (!c) throw new Error(`no clause with "${has}" in ${JSON.stringify(parseText(text).clauses.map((x) => x.text))}`);
  return c.request;
};

afterEach(() => tuneDrift());

describe("a comparison's 'like' is no request", () => {
  it.each([
    ["bell ringing", "The tenor bell swings badly now, like a broken gate.", "broken gate"],
    ["bookbinding", "The leather on the spine is flaking off badly, like old paint.", "old paint"],
    ["allotments", "The rhubarb on plot 9 is growing sideways, like a hedge.", "hedge"],
  ])("%s: a comparison after the verb and its adverb", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(false);
    // (statedTaste also reads "like" after a subject as no wish — the lite model tags "swings" a noun: off with it)
    tuneDrift({}, ["comparisonLike", "statedTaste"]);
    expect(requestOf(text, has)).toBe(true);
  });
});

describe("a part opening with a comparison's 'like'", () => {
  it("allotments: '…, like a sail' after a comma compares", () => {
    const text = "The polytunnel sides are billowing outwards, like a sail.";
    expect(requestOf(text, "sail")).toBe(false);
    tuneDrift({}, ["comparisonLike"]);
    expect(requestOf(text, "sail")).toBe(true);
  });
});

describe("near misses stay wishes", () => {
  it.each([
    ["bell ringing", "I'd really like a quarter peal for our wedding.", "quarter peal"],
    ["bookbinding", "We'd also like the boards covered in green cloth.", "green cloth"],
    ["allotments", "Like to book the rotavator for Saturday please.", "rotavator"],
  ])("%s", (_d, text, has) => {
    expect(requestOf(text, has)).toBe(true);
  });
});
