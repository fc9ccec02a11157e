// Two things taken off by one verb (nlp/polarity.ts coordinatedObject, rule `coordinatedObject`, sixtieth session).
// blind-bl1's hammam guest, newly pregnant, asked "please take the steam room and the hot stone massage off", and the
// final agent would "extend the steam room and hot stone massage … as a pregnancy treat". The "and" between the two
// objects ended the clause before the particle, so the way ("take … off") was never read; a later verb in the sentence
// ("booking RD-3318") split it there too. Near misses: both things taken off as asked; the rule off. Domains in no
// corpus: a laksa stall, a rendang caterer, a jelly mould hire.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the reply that puts more of them on, the reply that takes them off, the way read]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "laksa stall",
    "Could you take the prawn crackers and the chilli sambal off our laksa order please? Order LK-5520, one of the guests is allergic.",
    "Order LK-5520: customer wants prawn crackers and chilli sambal removed.",
    "Sorted - I've put extra prawn crackers and chilli sambal on LK-5520 so there's plenty to go round.",
    "Sorted - I've taken the prawn crackers and the chilli sambal off LK-5520, and the price has come down by £6.",
    "“extra prawn”",
  ],
  [
    "rendang caterer",
    "Please take the beef rendang and the sambal goreng out of Saturday's buffet, booking RD-3318 - two guests can't eat beef or chilli.",
    "Booking RD-3318: client wants rendang and sambal goreng taken out.",
    "All done - I've added an extra tray of beef rendang and more sambal goreng to RD-3318, so nobody goes hungry.",
    "All done - the beef rendang and the sambal goreng are out of RD-3318; two vegetable curries take their place.",
    "“more sambal”",
  ],
  [
    "jelly mould hire",
    "can you take the rabbit mould and the castle mould off my hire? ref JM-207",
    "Hire JM-207: customer wants the rabbit and castle moulds removed.",
    "Done - JM-207 now has an extra rabbit mould and another castle mould for the full week, collection Monday.",
    "Done - I've taken the rabbit mould and the castle mould off JM-207, collection Monday.",
    "“extra rabbit”",
  ],
];

const run = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "orders"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("coordinatedObject: two things taken off by one verb", () => {
  for (const [domain, ask, summary, more, takenOff, way] of CASES) {
    it(`${domain}: more of them put on instead: antonym drift`, async () => {
      const s = await run(ask, summary, more);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
      expect(s.intentReason).toContain("take away or lower");
      expect(s.intentReason).toContain(way);
    });
    it(`${domain}: without the rule the way is not read`, async () => {
      tuneDrift({}, ["coordinatedObject"]);
      expect((await run(ask, summary, more)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, both taken off as asked: no drift`, async () => {
      expect((await run(ask, summary, takenOff)).intentDrift).toBe(false);
    });
  }
});
