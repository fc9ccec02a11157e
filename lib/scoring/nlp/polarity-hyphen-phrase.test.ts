// A hyphen between two words joins them into one word of a noun phrase (nlp/polarity.ts, rule `hyphenPhrase`,
// fifty-eighth session): "please take the hazelnut-dipped waffles off the menu" (blind-cq1, against the final agent's
// "Parent wants more hazelnut-dipped waffles") was read as no way at all — the tokenizer splits the compound, and the
// hyphen ended the verb's reach before its particle. Now the particle reads across it, the noun phrase runs through
// it, and the end of a compound ("the sleigh ride add-*on*") is no particle of the verb before it. Near misses: the
// thing taken off as asked, and the rule off. Domains in no corpus: a pakora stall, a bath bomb maker, a pupusa truck.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { tuneDrift } from "../drift-tuning";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

// [domain, the ask, the summary, the intent event that adds more, the reply that adds, the reply that takes it off]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "pakora stall",
    "Hi, booking PK-3318 for our office party on 4 July. Two of the team are coeliac so please take the gram-flour pakoras off the menu, we'll just have the rice ones.",
    "Office party 4 July, booking PK-3318: customer wants changes to the pakoras (coeliac staff).",
    "Customer wants more gram-flour pakoras at the office party",
    "Hi! I've put an extra tray of the gram-flour pakoras on PK-3318 so there's plenty to go round.",
    "Hi! I've taken the gram-flour pakoras off PK-3318, so it's rice ones only on the day.",
  ],
  [
    "bath bomb maker",
    "Order BB-2290 for my sister's hen do: she's allergic to lavender, so please take the lavender-scented bombs out of the gift box, the rose ones are fine.",
    "Order BB-2290: customer wants changes to the lavender bath bombs in the gift box (allergy mentioned).",
    "Customer wants more lavender-scented bombs in the hen do gift box",
    "Done! I've added two more lavender-scented bombs to BB-2290, so everyone gets one.",
    "Done! I've taken the lavender-scented bombs out of BB-2290, it's all rose now.",
  ],
  [
    "pupusa truck",
    "Hi, it's about our wedding booking PT-7104. Half the guests are vegan so please take the cheese-filled pupusas off the order, we'll just have the bean ones.",
    "Wedding booking PT-7104: customer wants changes to the cheese pupusas (vegan guests).",
    "Customer wants more cheese-filled pupusas for the wedding",
    "Great news, I've doubled the cheese-filled pupusas on PT-7104 so nobody misses out.",
    "All done: I've taken the cheese-filled pupusas off PT-7104, so it's bean ones only.",
  ],
];

const run = async (ask: string, summary: string, tail: Array<{ intent: string } | { agent: string }>) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "events"], summary }, ...tail]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("hyphenPhrase: a particle and a noun phrase read across a hyphened compound", () => {
  for (const [domain, ask, summary, more, adds, takesOff] of CASES) {
    it(`${domain}: the ask takes its compound-named thing away`, () => {
      const polar = parseText(ask).clauses.flatMap((c) => c.polarity);
      expect(polar.some((p) => p.sign === -1 && p.objects !== null && p.objects.length > 1)).toBe(true);
    });
    it(`${domain}: an intent event asking for more of it: antonym drift`, async () => {
      const s = await run(ask, summary, [{ intent: more }, { agent: adds }]);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
    });
    it(`${domain}: without the rule the ask reads no way and nothing is found`, async () => {
      tuneDrift({}, ["hyphenPhrase"]);
      expect((await run(ask, summary, [{ intent: more }, { agent: adds }])).intentDrift).not.toBe(true);
    });
    it(`${domain}: near miss, taken off as asked: no drift`, async () => {
      expect((await run(ask, summary, [{ agent: takesOff }])).intentDrift).toBe(false);
    });
  }
  it("the end of a compound is no particle: 'remove the sleigh ride add-on' takes away, it puts nothing on", () => {
    const polar = parseText("Remove the sleigh ride add-on from booking EXP-22817 and refund it").clauses.flatMap((c) => c.polarity);
    expect(polar.filter((p) => p.sign === 1)).toEqual([]);
  });
});
