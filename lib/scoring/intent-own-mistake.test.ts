// A user who owns a mistake changes their own ask (rule `ownMistake`, intent.ts objection): "wait no, 6mm. the joints
// are drawn for 6. my bad" after the agent priced 3mm is no objection to what the agent did; the latest ask is the ask,
// and an agent that then works on the thicker sheet follows it (blind-cg1's laser-cutting service, a clean conversation
// read as drift because the correction's "wait … mm" named nothing the interpretation keeps). "my bad", "my mistake",
// "my fault", "my error"; not denied: "it's not my fault your form says 30" still objects. Near misses: that denial, and
// the rule off. Domains in no corpus: map printing, a rubber-stamp maker, a sticker printer.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, the agent's quote, the user's correction owning the mistake, the same correction denying fault, the
//  agent's answer to it, the user's answer to the agent's question, the final intent, the final message]
const CASES: Array<[string, string, string, string, string, string, string, string, string]> = [
  [
    "map printing",
    "print my Lakes walk map 30cm wide please. order MP-2231",
    "That's £12, ready tomorrow. Shall I print it?",
    "wait no, 40cm. the trail is drawn for 40. my fault",
    "wait no, 40cm. the trail is drawn for 40. it's not my fault your form says 30",
    "No problem, the bigger sheet is £18, ready tomorrow. Folded or rolled?",
    "rolled",
    "print the walking chart on the bigger sheet, rolled in a tube",
    "Printing on the bigger sheet now, rolled in a tube, out tomorrow.",
  ],
  [
    "rubber-stamp maker",
    "make me a rubber stamp of our shop logo at 40mm please. order RS-118",
    "That's £22, posted Friday. Shall I start it?",
    "wait no, 50mm. the lettering is drawn for 50. my mistake",
    "wait no, 50mm. the lettering is drawn for 50. not my mistake, your proof said 40",
    "No problem, the larger block is £26, still posted Friday. Wooden handle or self-inking?",
    "wooden",
    "make the logo stamp on the larger block with a wooden handle",
    "Started on the larger block with a wooden handle, posted Friday.",
  ],
  [
    "sticker printer",
    "print 200 cafe logo stickers at 30mm please. order VS-902",
    "That's £40, dispatched Monday. Shall I start?",
    "wait no, 45mm. the menus are laid out for 45. my bad",
    "wait no, 45mm. the menus are laid out for 45. it isn't my error, the order form only offered 30",
    "No problem, the bigger labels are £52, dispatched Monday. Gloss or matt?",
    "matt",
    "print the badge labels at the bigger size in matt",
    "Printing the bigger labels in matt now, dispatched Monday.",
  ],
];

const judged = async (ask: string, quote: string, fix: string, done: string, answer: string, intent: string, last: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to production." }, { handoff: ["intake", "production"] }, { agent: quote }, { user: fix }, { agent: done }, { user: answer }, { intent }, { agent: last }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("ownMistake: a correction that owns the mistake changes the user's own ask", () => {
  for (const [domain, ask, quote, mine, denied, done, answer, intent, last] of CASES) {
    it(`${domain}: the agent following the corrected ask is no drift`, async () => {
      expect((await judged(ask, quote, mine, done, answer, intent, last)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule the correction is read as an objection to the agent`, async () => {
      tuneDrift({}, ["ownMistake"]);
      const s = await judged(ask, quote, mine, done, answer, intent, last);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toMatch(/^objection>/);
    });
    it(`${domain}: near miss, a fault denied is still an objection`, async () => {
      expect((await judged(ask, quote, denied, done, answer, intent, last)).intentPath).toMatch(/^objection>/);
    });
  }
});
