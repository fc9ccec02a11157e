// A noun takes no object pronoun after it, but the lite model tags as nouns (or names) the verbs that are also nouns when
// an imperative opens with one before "me"/"us"/"him"/"them" ("*book* me 4 PT sessions", "*Drop* me from the list",
// "*Refund* me for …"), and the judge then read no action, or took another word for it (rule `verbBeforePronoun`,
// nlp/parse.ts nounsBeforeObjectPronoun; blind-ag2's "book me 4 PT sessions … starting 9 June" was read as "start"
// against the agent's "Block ref PT-77120" and flagged as an antonym on a clean conversation). Measured on delivery
// (forty-ninth session): development 1 false alarm on clean fewer, no drift more or fewer; held out 2 drifts more found,
// 1 false alarm fewer, no other scorer changed. Near misses: "Excuse me," and "Trust me." (nothing after the pronoun
// but punctuation), a noun after a determiner ("the email me and my wife got"), and the asks done as asked. Domains in
// no corpus: a clock-winding service, horse-box hire, a rug-hooking studio.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { scoresHandedOn } from "../fixture.test-util";
import { parseText } from "./parse";

afterEach(() => tuneDrift());
const tags = (text: string) => parseText(text).terms.map((t) => `${t.value}/${t.pos}`);
const request = (text: string) => parseText(text).clauses[0].request;

describe("a verb tagged a noun, before an object pronoun, in a verb's place", () => {
  it.each([
    ["clock winding", "Drop me from the Tuesday winding round please.", "Drop/VERB"],
    ["horse-box hire", "Hi. book us the double horse box for Saturday.", "book/VERB"],
    ["rug-hooking studio", "Hi. email me the pattern for the sheep rug.", "email/VERB"],
  ])("%s: is the verb, and the clause asks", (_d, text, tag) => {
    expect(tags(text)).toContain(tag);
    tuneDrift({}, ["verbBeforePronoun"]);
    expect(tags(text)).not.toContain(tag);
  });
  it("rug-hooking studio: the clause it opens is a request only with the rule", () => {
    const text = "email me the pattern for the sheep rug";
    expect(request(text)).toBe(true);
    tuneDrift({}, ["verbBeforePronoun"]);
    expect(request(text)).toBe(false);
  });
  it.each([
    ["rug-hooking studio", "Excuse me, is the Thursday rug hooking class still on?"],
    ["horse-box hire", "Trust me. The horse box was muddy when I got it."],
    ["clock winding", "The email me and my wife got said Friday for the winding visit."],
  ])("near miss, %s: nothing read differently", (_d, text) => {
    const on = tags(text);
    tuneDrift({}, ["verbBeforePronoun"]);
    expect(tags(text)).toEqual(on);
  });
});

const LOST: Array<[string, string, string, string, string]> = [
  ["clock winding", "Hi, my winding visit needs moving to Friday. ring me the day before so I can leave the side gate open", "Move the winding visit to Friday.", "Done, your winding visit is now on Friday morning.", "ring me the day before"],
  ["rug-hooking studio", "My rug hooking frame has a cracked bar. quote me for a new oak frame while you're at it", "Cracked bar on rug hooking frame, needs repair.", "We'll fix the cracked bar on your frame this week.", "quote me for a new oak frame"],
  ["horse-box hire", "Please swap us to the double horse box. credit us for the Saturday we lost to the storm", "Swap to the double horse box.", "Done, you're booked in the double horse box.", "credit us for the Saturday"],
];

describe("a request opened by such a verb is a part of the ask that can be lost", () => {
  it.each(LOST)("%s: partial drift, the part named", async (_d, ask, summary, reply, part) => {
    const s = await scoresHandedOn(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "partial"]);
    expect(s.intentLostPart).toContain(part);
  });
  it.each(LOST)("verbBeforePronoun off, %s: no request read there, nothing lost", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["verbBeforePronoun"]);
    expect((await scoresHandedOn(ask, summary, reply)).intentDrift).toBe(false);
  });
  it.each([
    ["clock winding", LOST[0][1], "Move the winding visit to Friday and ring the customer the day before.", "Done, your winding visit is now on Friday morning, and we'll phone you on Thursday."],
    ["rug-hooking studio", LOST[1][1], "Cracked bar on rug hooking frame; wants a quote for a new oak frame.", "We'll fix the cracked bar on your frame this week, and a new oak frame would be £85."],
    ["horse-box hire", LOST[2][1], "Swap to the double horse box and credit the Saturday lost to the storm.", "Done, you're booked in the double horse box and Saturday's hire is credited back to you."],
  ])("near miss, %s: the part handed on and done is no drift", async (_d, ask, summary, reply) => {
    expect((await scoresHandedOn(ask, summary, reply)).intentDrift).toBe(false);
  });
});
