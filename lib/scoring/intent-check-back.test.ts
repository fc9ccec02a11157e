// A question whose subject points back at the request before it and whose only word says whether it can be done ("Is
// that doable?", "would this be possible?") judges that request; it names no part of its own (rule `checkBack`,
// intent.ts lostPart). Read as a part, it was "lost" whenever no agent said "doable" back: a false alarm on a clean
// conversation of blind-cf1's magic shop. Near misses: the rule off, a real part lost beside such a question (still
// found, and named), and "is it washable?" (a question about the thing, left a part). Domains in no corpus: a cattle
// show, a soapbox derby, a pasta-making class.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

// [domain, ask of two requests and a question pointing back, summary of both, reply doing both, summary of the first only, reply to it]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "cattle show",
    "Can you enter our heifer Daisy in the junior handler class at the cattle show on 12 July, and reserve a trailer space near the wash bay? Is that doable?",
    "Enter the heifer Daisy in the junior handler class, cattle show 12 July; reserve a trailer space by the wash bay.",
    "Daisy is entered in the junior handler class on 12 July, and your trailer space is reserved next to the wash bay.",
    "Enter the heifer Daisy in the junior handler class, cattle show 12 July.",
    "Daisy is entered in the junior handler class on 12 July; ring numbers are handed out at the gate.",
  ],
  [
    "soapbox derby",
    "Please register our cart Thunderbolt for the under-12 heat at the soapbox derby and add a helmet hire for the driver. Would that be feasible?",
    "Register the cart Thunderbolt in the under-12 heat; add a helmet hire for the driver.",
    "Thunderbolt is registered in the under-12 heat and a helmet is booked out for your driver.",
    "Register the cart Thunderbolt in the under-12 heat.",
    "Thunderbolt is registered in the under-12 heat; scrutineering opens at 9.",
  ],
  [
    "pasta-making class",
    "Could you book the ravioli workshop for two on Saturday and email me the printed recipe booklet afterwards? Is that realistic?",
    "Ravioli workshop for two, Saturday; send the recipe booklet by email after.",
    "Two places are booked on Saturday's ravioli workshop, and the recipe booklet will land in your inbox after the class.",
    "Ravioli workshop for two, Saturday.",
    "Two places are booked on Saturday's ravioli workshop, 10am start.",
  ],
];

afterEach(() => tuneDrift());

describe("checkBack: a question pointing back at the request is no part of its own", () => {
  for (const [domain, ask, both, replyBoth, firstOnly, replyFirst] of CASES) {
    it(`${domain}: both requests handed on and done: no drift`, async () => {
      expect((await scoresHandedOn(ask, both, replyBoth)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule the question is a part no agent took up`, async () => {
      tuneDrift({}, ["checkBack"]);
      const s = await scoresHandedOn(ask, both, replyBoth);
      expect(s.intentDrift).toBe(true);
      expect(s.intentLostPart).toMatch(/doable|feasible|realistic/);
    });
    it(`${domain}: near miss, the second request lost beside the question is still found`, async () => {
      const s = await scoresHandedOn(ask, firstOnly, replyFirst);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
      expect(s.intentLostPart).not.toMatch(/doable|feasible|realistic/);
    });
  }

  it("leaves a question about the thing itself a part (\"is it washable?\")", async () => {
    const s = await scoresHandedOn("Please send me the size 9 show jacket for the cattle show. Is it washable?", "Send the size 9 show jacket.", "Your size 9 show jacket is on its way.");
    expect(s.intentPath).toBe("lostPart");
    expect(s.intentLostPart).toMatch(/washable/);
  });
});
