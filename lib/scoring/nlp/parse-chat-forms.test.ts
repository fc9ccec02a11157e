// English as typed in a chat, read as written out (parse.ts winkInput).
// "can u …": a lone lower-case "u" typed for "you" (TEXTING_YOU). The lite model
// tags "u" an adjective, so the modal had no pronoun after it and "can u switch me to wednesday yin"
// was read as no request at all; a two-part ask typed that way lost its first part before any rule
// could read it. Near misses: a capital U, a letter of a word or code ("u-bend", "u.s.", "x/u").
// Domains: yoga classes, bike hire, dog grooming.
// "i wanna cancel", "gonna", "gotta" (CHAT_CONTRACTION): wink tags "wanna" a noun, so the wish was no request.
// "pls dont renew it": wink splits "dont" into "do" + "nt", and "nt" was no negation word, so the negative
// imperative was not read as refusing its action (NEGATION_WORD). Domains: a wine club, allotments, window cleaning.
// "im moving house": "I'm" without its apostrophe (TEXTING_IM) was a noun "im", a specific word of the ask
// that no agent would ever say back. Domain: removals.
// "… whenever it kicks in. And can you …" (WORD_FULL_STOP): wink kept "in." whole (an abbreviation, inches),
// so the sentence ran on into the next and the statement took its question mark. Domains: a boiler
// service, a staff helpdesk.
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

describe("chat contractions and a dont without its apostrophe", () => {
  it("wine club: 'i wanna cancel' asks (before: no request, 'wanna' a noun)", () => {
    expect(read("hi i wanna cancel my wine club membership")).toEqual([["hi i want to cancel my wine club membership", true, true]]);
  });
  it("allotments: 'Wanna' opening the message asks too; 'gonna' is read as 'going to'", () => {
    expect(read("Wanna swap plot 12 for a smaller one")[0][1]).toBe(true);
    expect(parseText("we're gonna need a water butt").clauses[0].text).toBe("we're going to need a water butt");
  });
  it("window cleaning: 'pls dont renew it' refuses its action, as 'please don't renew it' does", () => {
    expect(parseText("pls dont renew my window cleaning round").clauses[0].refused).toBe(true);
    expect(parseText("please don't renew my window cleaning round").clauses[0].refused).toBe(true);
  });
  it("near miss: a name or word ending in -nna or -tta stays as written ('Savanna', 'Etta', 'manna')", () => {
    expect(parseText("Savanna and Etta want manna cake").clauses.map((c) => c.text).join(" ")).toBe("Savanna and Etta want manna cake");
    expect(parseText("pls do renew my round").clauses[0].refused).toBe(false);
  });
});

describe("an I'm typed without its apostrophe", () => {
  it("removals: 'im' and 'Im' are read as I'm, no word of the ask (before: a noun 'im')", () => {
    const terms = parseText("im moving house on the 3rd. Im worried about the piano").terms.map((t) => t.lemma);
    expect(terms).not.toContain("im");
    expect(terms).toContain("piano");
  });
  it("near miss: 'IM me', an email, a code and initials keep their letters", () => {
    const text = parseText("IM me at im@removals.example or quote IM-40 for i.m. Smith").clauses.map((c) => c.text).join(" ");
    expect(text).toContain("IM me");
    expect(text).toContain("im@removals.example");
    expect(text).toContain("IM-40");
    expect(text).not.toContain("I'm");
  });
});

describe("a full stop after a common short word ends the sentence", () => {
  it("boiler service: the statement before the question stays a statement (before: one request with 'in.' as a noun)", () => {
    expect(read("It started making a grinding noise whenever it kicks in. And can you email me a copy of the service invoice?")).toEqual([
      ["It started making a grinding noise whenever it kicks in.", false, false],
      ["And can you email me a copy of the service invoice?", true, true],
    ]);
  });
  it("staff helpdesk: 'back in.' at the end of a sentence is no term", () => {
    const terms = parseText("I can't get back in. Username dkowalski, please reset my password.").terms.map((t) => t.lemma);
    expect(terms).not.toContain("in.");
    expect(terms).toEqual(expect.arrayContaining(["username", "reset", "password"]));
  });
  it("near miss: 'no.' before a code or number, 'e.g.' and 'a.m.' stay abbreviations", () => {
    expect(parseText("Membership no. BC-1187, please renew it").clauses[0].text).toContain("no. BC-1187");
    expect(parseText("Send the parts, e.g. the hinges, by 9 a.m. tomorrow").clauses.map((c) => c.text).join(" ")).toContain("e.g. the hinges");
  });
});
