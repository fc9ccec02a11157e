// "I don't want Oscar on Sunday's afternoon hack any more", "she'd rather not carry on with the Thursday lessons": someone
// the user speaks for no longer wanting a thing they have asks for it to stop (rule `noLonger`, nlp/parse.ts
// readNoLonger: the clause is a request whose action is "stop", its things no longer negated). Before it, a message that
// only says what is no longer wanted named "nothing to compare", or was read as refusing a verb of its own. Development
// +2 found (blind-br3's pony hack, blind-bk1's vinyl pre-order), no false alarm once rule `spanOnly` read "Allow 3-5
// days" as a wait (intent-span-only.test.ts); held out identical.
// Near misses: the thing stopped as asked, and a fault ("no longer fit") that is no wish. Domains in no corpus: a tap
// dance school, a sea-swimming club, a sourdough bread-making course.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

const TAP = "We would rather not carry on with Ella's Saturday tap class after half term.";
const SWIM = "My husband no longer wants the winter sea swimming membership.";
const BREAD = "We would rather not carry on with the sourdough bread-making course after week four.";

describe("the parse", () => {
  it("reads no longer wanting a thing as a request to stop it", () => {
    const [c] = parseText(SWIM).clauses;
    expect(c).toMatchObject({ request: true, refused: false });
    expect(c.terms.map((t) => `${t.negated ? "!" : ""}${t.lemma}`)).toEqual(expect.arrayContaining(["stop", "membership"]));
    tuneDrift({}, ["noLonger"]);
    expect(parseText(SWIM).clauses[0].terms.some((t) => t.lemma === "stop")).toBe(false);
  });
  it("near miss: a fault is no wish", () => {
    expect(parseText("Her tap shoes no longer fit her.").clauses[0].terms.some((t) => t.lemma === "stop")).toBe(false);
  });
});

// [domain, ask, summary, final reply keeping the thing]
const KEPT: Array<[string, string, string, string]> = [
  ["tap dance school", TAP, "Ella Saturday tap class after half term.", "Ella's Saturday tap place is secured for next term, same time."],
  ["sea-swimming club", SWIM, "Winter sea swimming membership.", "Good news, the winter sea swimming membership is renewed for him until March."],
  ["bread-making course", BREAD, "Sourdough course after week four.", "Lovely, your places on the sourdough course are confirmed through to week eight."],
];

describe("noLonger: the thing no longer wanted, kept downstream, is antonym drift", () => {
  it.each(KEPT)("%s: drift", async (_d, ask, summary, reply) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind, s.intentReason]).toEqual([true, "antonym", expect.stringMatching(/^the user asked to stop; the final interpretation is to (?:secure|renew|confirm)$/)]);
  });
  it.each(KEPT)("%s: rule off, not found", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["noLonger"]);
    expect((await scores(ask, summary, reply)).intentDrift).not.toBe(true);
  });
  it.each([
    ["tap dance school", TAP, "Ella Saturday tap class after half term.", "Done, Ella is off the Saturday tap class from half term and the rest of the term is refunded."],
    ["sea-swimming club", SWIM, "Winter sea swimming membership.", "The winter sea swimming membership has been cancelled."],
    ["bread-making course", BREAD, "Sourdough course after week four.", "Of course, we have taken you off the sourdough course from week five and refunded the rest."],
    ["tap dance school (a fault)", "Her tap shoes no longer fit, could you swap them for a size 3 and keep her Saturday class?", "Swap tap shoes to size 3.", "Swapped for a size 3 and her Saturday class is kept as it is."],
  ])("near miss, %s: no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});
