// A clause's text is put together from its words when first read (parse.ts clauseOf). speed32b
// moved that getter out of toClause so that a memoised parse keeps the words' strings rather than
// toClause's whole scope (its tokens and word lists): the texts must be those the getter gave
// before, written here as main `9e03bbd` gave them — a spaced dash read as a dash, contractions and
// possessives joined again, quotes, a currency sign before its amount, a bracket aside. Domains:
// organ building, glacier guiding, pearl diving.
import { describe, expect, it } from "vitest";
import { parseText } from "./parse";

const clauses = (text: string) => parseText(text).clauses.map((c) => [c.text, c.request, c.terms.length]);

describe("a clause's text, read after its parse", () => {
  it("organ building: a dash, contractions, a possessive and a pound amount", () => {
    expect(clauses("Please don't re-tune the organ's Swell - it's fine, and send me the £120 quote by Friday.")).toEqual([
      ["Please don't re-tune the organ's Swell —", true, 3],
      ["it's fine,", false, 1],
      ["send me the £120 quote by Friday.", true, 3],
    ]);
  });
  it("glacier guiding: a question, then a quoted route name", () => {
    expect(clauses("Could you move the glacier walk to Tuesday? I'd like the 'Blue Ice' route, not the short one.")).toEqual([
      ["Could you move the glacier walk to Tuesday?", true, 4],
      ["I'd like the 'Blue Ice' route, not the short one.", true, 4],
    ]);
  });
  it("pearl diving: a dollar amount and a bracket aside (its spacing as the getter always wrote it)", () => {
    expect(clauses("Can you book two pearl dives for $85 each and cancel my (old) snorkel slot?")).toEqual([
      ["Can you book two pearl dives for $85 each?", true, 3],
      ["cancel my ( old ) snorkel slot?", true, 4],
    ]);
  });
  it("a memoised parse gives the same text again (near miss: the second read is the memo's)", () => {
    const text = "Please don't re-tune the organ's Swell - it's fine, and send me the £120 quote by Friday.";
    expect(parseText(text)).toBe(parseText(text));
    expect(parseText(text).clauses.map((c) => c.text)).toEqual(parseText(text).clauses.map((c) => c.text));
  });
});
