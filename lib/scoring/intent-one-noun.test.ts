// "can you also widen the *left one* across the ankle": the word before the pro-form "one" says which of the things
// named elsewhere (the boots), so the clause names no thing of its own and is a part of the ask by its verb (rule
// `proOne`). The lite model tags "left" and "right" there as nouns, not adjectives, and the part was not read at all:
// blind-z1's shoemaker "can you also stretch the right one across the little toe", dropped by the handoff, was judged
// preserved. Rule `oneNoun` reads a noun before "one(s)" as the adjective is read. Near misses: the part handed on and
// done, and the rule off. Domains in no corpus: a bootmaker, a glove maker, a bespoke tailor.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

// [domain, ask of two parts, the summary with the first only, the reply to the first only, the summary with both, the reply to both]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "bootmaker",
    "hi can you re-heel my riding boots please and can you also widen the left one across the ankle, it has been pinching",
    "Customer wants the riding boots re-heeled.",
    "New heels on the riding boots are £48 and take a week. Booked as BM-220.",
    "Customer wants the riding boots re-heeled and the left boot widened across the ankle.",
    "New heels on the riding boots are £48, and we'll stretch the left boot at the ankle while it's here. Booked as BM-220.",
  ],
  [
    "glove maker",
    "Could you repair the split seam on my driving gloves, and could you also shorten the right one at the wrist, it slips",
    "Customer's driving gloves have a split seam to repair.",
    "We'll restitch the seam on your driving gloves, £15, back to you on Friday.",
    "Driving gloves: repair the split seam, and shorten the right glove at the wrist.",
    "We'll restitch the seam and take the right glove in at the wrist so it stops slipping, £27 in all, back to you on Friday.",
  ],
  [
    "bespoke tailor",
    "Please let out the waistband on my grey suit trousers, and can you also shorten the right one at the hem, it drags on the floor",
    "Customer wants the waistband let out on the grey suit trousers.",
    "The waistband on your grey trousers will be let out by an inch, ready Thursday, £20.",
    "Grey suit trousers: let out the waistband, and take up the right leg at the hem.",
    "The waistband will be let out by an inch and the right leg shortened at the hem so it clears the floor, ready Thursday, £32.",
  ],
];

afterEach(() => tuneDrift());

describe("oneNoun: a noun before \"one\" says which thing, as an adjective does", () => {
  for (const [domain, ask, firstOnly, replyFirst, both, replyBoth] of CASES) {
    it(`${domain}: the part about "the … one" that no agent heard of is lost`, async () => {
      const s = await scoresHandedOn(ask, firstOnly, replyFirst);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
      expect(s.intentLostPart).toMatch(/ one /);
    });
    it(`${domain}: without the rule the part is not read, and nothing is found lost`, async () => {
      tuneDrift({}, ["oneNoun"]);
      expect((await scoresHandedOn(ask, firstOnly, replyFirst)).intentPath).not.toBe("lostPart");
    });
    it(`${domain}: near miss, both parts handed on and done: no drift`, async () => {
      expect((await scoresHandedOn(ask, both, replyBoth)).intentDrift).toBe(false);
    });
  }
});
