// After an abbreviation's full stop, a subject pronoun or a word that opens a request starts the next sentence (rule
// `abbrevClause`, nlp/parse.ts winkInput): "can you book my daughter Ellie on the intermediate lesson sat 9 Aug. also I
// need a refund for the lesson she missed" (blind-bs1's wakeboard park) was one clause to wink, so the refund was no
// part of its own and its loss went unseen. A name or a number after the abbreviation ("Aug. 9", "Mr. Smith") does not
// start one. Near misses: both parts handed on and done, the rule off, and the abbreviation before a name. Domains in
// no corpus: a flyball club, a vintage rally, a flower show.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

// [domain, ask whose second request follows an abbreviation, summary of the first only, reply to it, summary of both, reply to both]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "flyball club",
    "hi can you put our dog Pip in the novice flyball heats on 16 Aug. also we need a refund for the July heats that were rained off",
    "Enter Pip in the novice flyball heats on 16 August.",
    "Pip is entered in the novice heats on 16 August, start 10:30.",
    "Enter Pip in the novice flyball heats on 16 August; refund the rained-off July heats.",
    "Pip is entered in the novice heats on 16 August, and the July heats fee is refunded to your card.",
  ],
  [
    "vintage rally",
    "Please book a pitch for my 1962 Land Rover at the vintage rally on Sun 7 Sept. can you also send me two extra wristbands for my grandsons",
    "Pitch for a 1962 Land Rover at the vintage rally, Sunday 7 September.",
    "Your pitch is booked for the Land Rover on Sunday 7 September, row C.",
    "Pitch for a 1962 Land Rover, Sunday 7 September; two extra wristbands for the grandsons.",
    "Your pitch is booked for the Land Rover on Sunday 7 September, and two extra wristbands for your grandsons are in the post.",
  ],
  [
    "flower show",
    "can I enter my dahlias in the open class at the flower show on 30 Aug. I'd also like to book a table for the members' lunch",
    "Enter the customer's dahlias in the open class, 30 August.",
    "Your dahlias are entered in the open class for 30 August; staging from 7am.",
    "Enter the dahlias in the open class, 30 August; book a table at the members' lunch.",
    "Your dahlias are entered in the open class for 30 August, and a table for the members' lunch is booked.",
  ],
];

afterEach(() => tuneDrift());

describe("abbrevClause: a new sentence after an abbreviation's full stop", () => {
  for (const [domain, ask, firstOnly, replyFirst, both, replyBoth] of CASES) {
    it(`${domain}: the request after the abbreviation is a part, and its loss is drift`, async () => {
      const s = await scoresHandedOn(ask, firstOnly, replyFirst);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
    });
    it(`${domain}: without the rule the two requests are one clause, and nothing is found lost`, async () => {
      tuneDrift({}, ["abbrevClause"]);
      expect((await scoresHandedOn(ask, firstOnly, replyFirst)).intentPath).not.toBe("lostPart");
    });
    it(`${domain}: near miss, both handed on and done: no drift`, async () => {
      expect((await scoresHandedOn(ask, both, replyBoth)).intentDrift).toBe(false);
    });
  }

  it("starts no sentence before a name or a number", () => {
    expect(parseText("Please collect the trophy from Mr. Smith at the show").clauses).toHaveLength(1);
    expect(parseText("Can you deliver it on Sat 9 Aug. 2 pm would be best").clauses[0].text).toMatch(/Aug\. 2 pm/);
  });
});
