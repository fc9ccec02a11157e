// An initialism in the agent's text names the ask's words it is made of (judge-offline.ts initialisms, rule
// `initialism`, fifty-ninth session). blind-cr1's angler asked for "a dozen pheasant tail nymphs size 14"; the fly tier's
// intent said "angler buying twelve #14 beaded PTNs", shared no word with the ask, and drift from absence flagged a
// clean conversation. A word of two to six capitals, not written in the ask, whose letters are the initials of
// consecutive words of the ask (as written, "certificate of authenticity": COA, or its content words alone) names those
// words. Near misses: an initialism of something else is still another thing; and the rule off. Domains in no corpus:
// a scrimshaw engraver, a bhaji caterer, a soju importer.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the intent and reply in the trade's initialism, an intent and reply about another thing]
const CASES: Array<[string, string, string, [string, string], [string, string]]> = [
  [
    "scrimshaw engraver",
    "Can you send a certificate of authenticity with the engraved tooth I bought? Order SC-2231.",
    "Order SC-2231: customer wants a certificate of authenticity for the engraved tooth.",
    ["Collector wants the COA for SC-2231", "Done - the COA is signed and goes in the post today."],
    ["Collector wants the UV lamp for SC-2231", "Done - the UV lamp is packed and goes in the post today."],
  ],
  [
    "bhaji caterer",
    "For the party on Saturday, can every dish be gluten free and dairy free please? My sister is coeliac.",
    "Booking for Saturday: all dishes gluten free and dairy free (guest is coeliac).",
    ["Host wants the whole spread GF and DF", "Sorted - the kitchen has switched your order to our GF/DF menu, so everything on the table is safe for her."],
    ["Host wants the whole spread VG", "Sorted - the kitchen has switched your order to our VG menu."],
  ],
  [
    "soju importer",
    "We stock your soju in our shop. Could you send a point of sale display for the counter?",
    "Stockist asks for a point of sale display for their shop counter.",
    ["Stockist wants a POS unit", "Done - a POS unit is on its way to you, with the shelf cards."],
    ["Stockist wants an RRP list", "Done - the RRP list is on its way to you."],
  ],
];

const run = async (ask: string, summary: string, [intent, reply]: [string, string]) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "orders"], summary }, { intent }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("initialism: the trade's shorthand names the customer's words", () => {
  for (const [domain, ask, summary, spelled, other] of CASES) {
    it(`${domain}: the ask in initials is preserved`, async () => {
      const s = await run(ask, summary, spelled);
      expect(s.intentDrift).toBe(false);
      expect(s.intentReason).toContain("covers");
    });
    it(`${domain}: without the rule the initials share nothing with the ask`, async () => {
      tuneDrift({}, ["initialism"]);
      expect((await run(ask, summary, spelled)).intentDrift).not.toBe(false);
    });
    it(`${domain}: near miss, initials of another thing: still drift`, async () => {
      const s = await run(ask, summary, other);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("topic");
    });
  }
});
