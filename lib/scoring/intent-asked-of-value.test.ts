// A question about a record is a part of the ask, taken up by its value (intent-contact.ts factOnly and intent.ts
// askedOfValue, rule `askedOfValue`, sixtieth session). blind-cw1's dog owner asked "when will DC-3188 be sent out? Also
// could you add a spare brass tag with my phone number on it"; only the shipping question was handed on. The question
// was read as a fact given (a value and a participle, like "born 12 Feb"), so the ask had one part and the lost tag
// went unseen. Read as a question, it is a part, and an agent text naming its value ("Sharpening SK-0917 takes about a
// day") has taken it up whatever it calls the thing. Near misses: both parts handed on (which without the rule lost the
// question itself when downstream named the thing only by its value); the rule off. Domains in no corpus: a pemmican
// shop, a kedgeree breakfast delivery, an ice skate sharpener.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary without the second request, the reply, the summary with it, the reply doing both, the lost part]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  [
    "pemmican shop",
    "when will my pemmican PM-4410 be posted? also could you put a second pouch of the cranberry one in the parcel",
    "Customer asks when PM-4410 will be posted; packed for 12 March.",
    "PM-4410 is packed and goes out with Royal Mail on 12 March, so it should reach you two days later.",
    "Customer asks when PM-4410 will be posted and wants a second cranberry pouch added.",
    "PM-4410 goes out with Royal Mail on 12 March, and a second cranberry pouch is in the parcel.",
    "put a second pouch of the cranberry one in the parcel",
  ],
  [
    "kedgeree breakfast delivery",
    "where is my kedgeree order KG-2281? can you put extra lemon wedges in next time",
    "Customer chasing KG-2281, out for delivery.",
    "KG-2281 left the kitchen at 7:40 and the driver is about ten minutes from you.",
    "Customer chasing KG-2281, out for delivery; wants extra lemon wedges next time.",
    "KG-2281 left the kitchen at 7:40 and the driver is about ten minutes from you; extra lemon wedges are noted for next time.",
    "put extra lemon wedges in next time",
  ],
  [
    "ice skate sharpener",
    "how long will my skates SK-0917 take to sharpen? and could you also fit new laces, the red ones",
    "Customer asks how long sharpening SK-0917 takes.",
    "Sharpening SK-0917 takes about a day, so they'll be ready tomorrow afternoon.",
    "Customer asks how long sharpening SK-0917 takes and wants new red laces fitted.",
    "Sharpening SK-0917 takes about a day, and the red laces will be on when you collect tomorrow afternoon.",
    "fit new laces, the red ones",
  ],
];

const run = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "orders"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("askedOfValue: a question about a record is a part, taken up by its value", () => {
  for (const [domain, ask, oneSummary, oneReply, bothSummary, bothReply, lost] of CASES) {
    it(`${domain}: the second request never handed on: partial drift naming it`, async () => {
      const s = await run(ask, oneSummary, oneReply);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("partial");
      expect(s.intentReason).toBe(`part of the ask reached no agent: “${lost}”`);
    });
    it(`${domain}: without the rule the question is a fact given, and the ask one part`, async () => {
      tuneDrift({}, ["askedOfValue"]);
      expect((await run(ask, oneSummary, oneReply)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, both handed on: no drift`, async () => {
      expect((await run(ask, bothSummary, bothReply)).intentDrift).toBe(false);
    });
  }
  it("ice skate sharpener, without the rule: the question named downstream only by its value was a lost part", async () => {
    const [, ask, , , bothSummary, bothReply] = CASES[2];
    tuneDrift({}, ["askedOfValue"]);
    const s = await run(ask, bothSummary, bothReply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentReason).toContain("how long will my skates SK-0917 take to sharpen");
  });
});
