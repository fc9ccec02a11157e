// A sentence opening with a reason asks where an inverted modal and "you" follow, with no comma typed (parse.ts
// splitCoordinated, rule `frontedReason`, thirty-fifth session): blind-bc1's "And since Callum has never actually seen
// the modern colours up close could you post a wee swatch down to him in London?" was one clause, and the reason's
// "never" ran on over the request, so "post" and "swatch" were read as refused and the part was traced by "Callum"
// alone (the first agent's "Congratulations to Callum!"). Split, the reason asks nothing and the request is no longer
// negated. Near misses: the request first and the reason after it, and a sentence with no reason.
// Domains in no evaluation corpus: harness making, bell-rope splicing, smock sewing.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { parseText } from "./parse";

afterEach(() => tuneDrift());

const clauseWith = (text: string, has: string) => {
  const c = parseText(text).clauses.find((x) => x.text.includes(has));
  if (!c) throw new Error(`no clause with "${has}" in ${JSON.stringify(parseText(text).clauses.map((x) => x.text))}`);
  return c;
};

const FRONTED: Array<[string, string, string, string]> = [
  ["harness making", "And since the old breeching strap never held its shape could you cut the new one from bridle leather?", "cut the new one", "leather"],
  ["bell-rope splicing", "Since the tail has not been whipped in years could you try to re-whip it with waxed thread?", "re-whip", "thread"],
  ["smock sewing", "Because my daughter never wears the pink one can you make the new smock in sage linen?", "make the new smock", "linen"],
];

describe("a fronted reason and the request after it", () => {
  it.each(FRONTED)("%s: the reason is a clause of its own and the request is not refused", (_d, text, request, thing) => {
    const c = clauseWith(text, request);
    expect(c.request).toBe(true);
    expect(c.terms.find((t) => t.value === thing)?.negated).toBe(false);
    expect(parseText(text).clauses[0].request).toBe(false);
  });

  it.each(FRONTED)("the rule off, %s: one clause, the request read as refused", (_d, text, _r, thing) => {
    tuneDrift({}, ["frontedReason"]);
    const c = clauseWith(text, thing);
    expect(c.terms.find((t) => t.value === thing)?.negated).toBe(true);
  });
});

describe("near misses", () => {
  it("the request first, the reason after it: the request's words are its own", () => {
    const c = clauseWith("Could you cut the new strap from bridle leather since the old one never held its shape?", "leather");
    expect(c.request).toBe(true);
    expect(c.terms.find((t) => t.value === "leather")?.negated).toBe(false);
  });

  it("no reason before the modal: one request, unchanged", () => {
    const text = "Could you re-whip the tail with waxed thread?";
    expect(parseText(text).clauses).toHaveLength(1);
    expect(parseText(text).clauses[0].request).toBe(true);
  });
});
