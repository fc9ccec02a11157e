// "go *down from* Pro to Starter" is the action decrease (parse.ts DIRECTION). The word after the
// verb is looked up in a Map: as a plain object's key, "constructor" found Object.prototype's
// constructor and the parse threw (stemOf called with a function), so a message naming a
// building constructor failed its whole scoring job. Domains: broadband plans, building works, a toy shop.
import { describe, expect, it } from "vitest";
import { parseText } from "./parse";

const terms = (text: string) => parseText(text).terms.map((t) => `${t.lemma}/${t.pos}`);

describe("a direction word over a range", () => {
  it("broadband: 'go down from Pro to Starter' is a decrease; 'move up from 2 to 4 seats' an increase", () => {
    expect(terms("Please go down from Pro to Starter")).toContain("decrease/VERB");
    expect(terms("Please move up from 2 seats to 4 seats")).toContain("increase/VERB");
  });
  it("building works: 'move the constructor from Monday to Friday' parses, and no direction is read (near miss)", () => {
    const t = terms("Can you move constructor from Monday to Friday");
    expect(t).toContain("move/VERB");
    expect(t.some((x) => x.startsWith("decrease") || x.startsWith("increase"))).toBe(false);
  });
  it("toy shop: 'swap the constructor set from red to blue' parses", () => {
    expect(() => parseText("Could you swap constructor from red to blue please")).not.toThrow();
  });
});
