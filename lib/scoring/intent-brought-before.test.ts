// An ask to put a thing off past a time, answered by having it done before one (intent-rushed.ts broughtBefore, rule
// `broughtBefore`, sixty-second session). blind-dd1's farm shop asked "can you hold the shipment for order CB-60318 until
// after 2 January please? The farm shop is shut over the holidays", and shipping answered "express on Friday, so it
// arrives in good time before Christmas"; blind-de1's customer asked to "hold off delivering my humidor until after 12th
// April - we're moving house", and dispatch had it "safely with you before the removal men turn up". Two authors, the
// same opposite in time, told by English's temporal prepositions and read by no rule before. Near misses: the final
// agent holds it ("stays on our shelf … after you're back"); an interpretation with no time before; an ask that puts
// nothing off. Domains in no corpus: a colander potter, a calamari caterer, a gravy boat engraver.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { broughtBefore } from "./intent-rushed";
import { parseText } from "./nlp/parse";

// [domain, the ask, the summary, the final reply bringing it before, the final reply putting it off]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "colander potter",
    "Can you hold my order of two stoneware colanders (CO-5512) until after the 20th please? We're away and nobody's home to take it in.",
    "Customer is away; wants the colander order CO-5512 dealt with around the 20th.",
    "Good news - I've put it on the first van out, so it'll be with you on Thursday, well before your trip.",
    "No problem - it'll stay on our shelf and go out on the 21st, after you're back.",
  ],
  [
    "calamari caterer",
    "Could you make sure the calamari platters don't arrive until after 6pm? The hall is locked till then.",
    "Calamari platters for the hall this evening, the customer mentioned 6pm.",
    "All sorted - the driver's on the 4pm run so the platters are there ahead of your guests.",
    "All sorted - the driver is booked for 6:15, after the caretaker opens up.",
  ],
  [
    "gravy boat engraver",
    "Please send the engraved gravy boat not before 3 March, it's a surprise for my parents' anniversary on the 4th.",
    "Engraved gravy boat, an anniversary present; dates around 3-4 March.",
    "We've sped it through the engraving room and it ships today, so it lands before the weekend.",
    "Noted - it's booked to ship on 3 March and land on the 4th, not a day early.",
  ],
];

afterEach(() => tuneDrift());

describe("broughtBefore: put off past a time, done before one", () => {
  for (const [domain, ask, summary, before, after] of CASES) {
    it(`${domain}: the final agent has it done before: antonym drift`, async () => {
      const s = await scoresHandedOn(ask, summary, before);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
      expect(s.intentPath).toBe("broughtBefore");
    });
    it(`${domain}: without the rule it is read as kept`, async () => {
      tuneDrift({}, ["broughtBefore"]);
      expect((await scoresHandedOn(ask, summary, before)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the final agent puts it off as asked: no drift`, async () => {
      expect((await scoresHandedOn(ask, summary, after)).intentDrift).toBe(false);
    });
  }

  it("near miss: a reply that says it waits, or an ask that puts nothing off, is no opposite", () => {
    const ask = parseText("Can you hold the parcel until after the 2nd please?").clauses;
    expect(broughtBefore(ask, "We'll hold it and send it out after the 2nd.")).toBeNull();
    expect(broughtBefore(ask, "Held until the 3rd; we'll ring you before it goes.")).toBeNull();
    expect(broughtBefore(ask, "It goes out before the weekend.")).not.toBeNull();
    expect(broughtBefore(parseText("Can you deliver it before the 2nd please?").clauses, "It goes out before the weekend.")).toBeNull();
  });
});
