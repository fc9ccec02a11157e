// Words hyphened into one before a noun describe it: "do you do *left-handed* winders?", "*hand-stretched* skins". The
// lite model tags their verb-like words verbs ("left" with the lemma "leave", "stretched"), and the judge read them as
// actions, whose loose neighbours in the handling of the other request ("leave us tomorrow", "the address we hold") then
// took the question up (rule `hyphenModifier`, nlp/parse.ts; blind-bn1's left-handed winders and blind-z2's window film,
// both development; held out no verdict moved). Near misses: a verb hyphened to its particle ("a drop-off slot"), a
// compound not before a noun, and the question taken up in its own words. Domains in no corpus: a mandolin maker, a
// vellum supplier, a sitar school.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { tuneDrift } from "../drift-tuning";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

afterEach(() => tuneDrift());
const tags = (text: string) => parseText(text).terms.map((t) => `${t.value}/${t.pos}/${t.lemma}`);
const scores = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

describe("a hyphened compound before a noun", () => {
  it("is read as adjectives, with their own forms as lemmas", () => {
    expect(tags("do you do left-handed mandolins?")).toEqual(expect.arrayContaining(["left/ADJ/left", "handed/ADJ/handed"]));
    expect(tags("do you do hand-stretched skins?")).toEqual(expect.arrayContaining(["stretched/ADJ/stretched"]));
  });
  it("rule off: the lite model's verbs", () => {
    tuneDrift({}, ["hyphenModifier"]);
    expect(tags("do you do left-handed mandolins?")).toEqual(expect.arrayContaining(["left/VERB/leave"]));
  });
  it("near misses: a verb hyphened to its particle, and a compound after its noun, are left as tagged", () => {
    for (const text of ["can I book a drop-off slot for the tanpura?", "can you pick-up the sitar on Friday?", "is the mandolin left-handed?"]) {
      const on = tags(text);
      tuneDrift({}, ["hyphenModifier"]);
      expect(tags(text)).toEqual(on);
      tuneDrift();
    }
  });
});

// [domain, ask, summary handed on, final reply, the question lost]: only the order or booking reached an agent
const LOST: Array<[string, string, string, string, string]> = [
  [
    "mandolin maker",
    "Hiya, I'd like 3 packs of bronze mandolin strings sent to the shop address on my account, phone is 01632 960 418 if the courier needs it. do you do left-handed tailpieces?",
    "Trade customer ordering 3 packs of bronze mandolin strings, deliver to the shop address held on the account.",
    "Thanks! Your 3 packs of bronze strings are ordered and they'll leave us tomorrow for the shop address we hold. Anything else I can add to the parcel?",
    "do you do left-handed tailpieces",
  ],
  [
    "vellum supplier",
    "Hi, I'd like 2 dozen of the calfskin vellum sheets (the A4 ones) sent to the studio address on my account, phone is 01632 960 418 if the courier needs it. do you do hand-stretched skins?",
    "Trade customer ordering 24 calfskin vellum sheets, A4, deliver to the studio address held on the account.",
    "Thanks! Your 24 calfskin sheets are ordered and they'll leave us tomorrow for the studio address we hold. Anything else I can add to the parcel?",
    "do you do hand-stretched skins",
  ],
  [
    "sitar school",
    "Hello, please book me onto the Tuesday evening sitar course for beginners (the 8 week one), paid from the card on my account, phone 01632 960 511 if needed. do you hire left-handed tanpuras?",
    "Book customer on the Tuesday evening beginners' sitar course, 8 weeks, pay by card on account.",
    "Lovely, you're booked on the Tuesday evening beginners' course for 8 weeks, paid from the card we hold. Anything else?",
    "do you hire left-handed tanpuras",
  ],
];

describe("a question about a thing described by a hyphened compound", () => {
  it.each(LOST)("%s: never answered, the question is lost", async (_d, ask, summary, reply, part) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind, s.intentLostPart]).toEqual([true, "partial", part]);
  });
  it.each(LOST)("hyphenModifier off, %s: the compound's verbs take the question up", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["hyphenModifier"]);
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
  it.each([
    [LOST[0], "Your 3 packs of bronze strings are ordered for the shop address we hold, and yes, we make left-handed tailpieces to order."],
    [LOST[2], "You're booked on the Tuesday evening beginners' course for 8 weeks, paid from the card we hold. Left-handed tanpuras are £5 a week to hire."],
  ] as const)("near miss %#: the question taken up in its own words, no drift", async ([, ask, summary], reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
});
