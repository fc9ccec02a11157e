// "can u …": a lone lower-case "u" typed for "you" (parse.ts winkInput, TEXTING_YOU). The lite model
// tags "u" an adjective, so the modal had no pronoun after it and "can u switch me to wednesday yin"
// was read as no request at all; a two-part ask typed that way lost its first part before any rule
// could read it. Near misses: a capital U, a letter of a word or code ("u-bend", "u.s.", "x/u").
// Domains: yoga classes, bike hire, dog grooming.
import { describe, expect, it } from "vitest";
import { parseText } from "./parse";

const read = (text: string) => parseText(text).clauses.map((c) => [c.text, c.request, c.asking]);

describe("a chat's lone u read as you", () => {
  it("yoga classes: after a greeting, 'can u switch me …' asks", () => {
    // (before: [["can u switch me to wednesday yin", false, false]])
    expect(read("hi! can u switch me to wednesday yin")).toEqual([["can you switch me to wednesday yin", true, true]]);
  });
  it("bike hire: 'could u' opens the request of its clause beside a second one", () => {
    const clauses = read("hey!! could u extend my e-bike hire to sunday, and also add a child seat");
    expect(clauses[0]).toEqual(["could you extend my e-bike hire to sunday", true, true]);
    expect(clauses.every(([, request]) => request)).toBe(true);
  });
  it("dog grooming: the verb after 'u' is read as a verb (an action term of the request)", () => {
    const [clause] = parseText("morning, can u trim Biscuit's nails on friday").clauses.filter((c) => c.request);
    expect(clause.terms.find((t) => t.lemma === "trim")?.pos).toBe("VERB");
  });
  it("near miss: a capital U, a hyphenated or dotted u, a u in a path stay as written", () => {
    const texts = parseText("the u-bend under Flat U leaks, my u.s. card is on file, see x/u").clauses.map((c) => c.text).join(" ");
    expect(texts).toContain("u-bend");
    expect(texts).toContain("Flat U");
    expect(texts).toContain("u.s.");
    expect(texts).not.toMatch(/\byou\b/);
  });
});
