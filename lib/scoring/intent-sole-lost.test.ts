// A request set beside the rest by "and"/"also"/"as well" may be lost though no other part was traced, when it is the
// one request among the parts and the judge read the ask as kept (intent.ts lostPart, rule `soleLost`, fifty-seventh
// session): "During week 3 of the online copperplate course I was in HOSPITAL …, which I told your tutor … I want the
// £30 back for that session, and send me the recording of week 3" (blind-ac2). The refund, a want with no specific
// thing of its own, is no part, and the statements are circumstances, so the recording had no reached part beside
// it and was never read as lost, though the refund was done and the recording never reached anyone. Near misses:
// both handed on and answered, the request in a sentence of its own with no "and" (another reading of the ask, which
// the judge sees), and the rule off. Domains in no corpus: a brioche baking course, an astrology chart reader, a snuff
// tasting evening.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the circumstance, the refund, the added request, the refund's summary, its answer, a summary and answer of both]
const CASES: Array<[string, string, string, string, string, string, string, string]> = [
  [
    "brioche baking course",
    "During the Saturday brioche course I was in hospital with my back, which I told your tutor.",
    "I want the £45 back for that session,",
    "and send me the recipe sheets so I can catch up.",
    "Customer missed the Saturday brioche course while in hospital and wants the £45 refunded.",
    "I have refunded the £45 for the Saturday course, reference RF-2210; it should reach your card in a few days.",
    "Customer missed the Saturday brioche course while in hospital; refund the £45 and send the recipe sheets.",
    "I have refunded the £45 for the Saturday course, and the recipe sheets are in your inbox so you can catch up.",
  ],
  [
    "astrology chart reader",
    "During my birth chart reading on Monday the astrologer never logged on, which I told your assistant.",
    "I want the £60 back for that session,",
    "and email me the moon calendar from the offer as well.",
    "Customer wants the £60 refunded for Monday's birth chart reading, the astrologer did not log on.",
    "I have refunded the £60 for Monday's reading; you should see it within five days.",
    "Refund the £60 for Monday's birth chart reading (astrologer did not log on) and email the offer's moon calendar.",
    "I have refunded the £60 for Monday's reading, and the moon calendar from the offer is on its way to your inbox.",
  ],
  [
    "snuff tasting evening",
    "During the Friday snuff tasting I was stuck in traffic for the whole of it, which I told your manager.",
    "I want the £25 back for that session,",
    "and post me the sample tins so I can try them at home.",
    "Customer missed the Friday snuff tasting and wants the £25 refunded.",
    "I have refunded the £25 for the Friday tasting, reference RF-7781; it should reach your card in a few days.",
    "Customer missed the Friday snuff tasting: refund the £25 and post the sample tins.",
    "I have refunded the £25 for the Friday tasting, and the sample tins go in the post today.",
  ],
];

const scores = async (ask: string, summary: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "I'm so sorry, passing you to billing now." }, { handoff: ["triage", "billing"], summary }, { agent: done }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("soleLost: the one request, set beside the rest, reached no one", () => {
  for (const [domain, circumstance, refund, added, summary, done, both, doneBoth] of CASES) {
    const ask = `${circumstance} ${refund} ${added}`;
    it(`${domain}: the added request is a part lost`, async () => {
      const s = await scores(ask, summary, done);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
      expect(added).toContain(s.intentLostPart!.replace(/^and /, ""));
    });
    it(`${domain}: without the rule nothing is found lost`, async () => {
      tuneDrift({}, ["soleLost"]);
      expect((await scores(ask, summary, done)).intentDrift).not.toBe(true);
    });
    it(`${domain}: near miss, both handed on and answered: no drift`, async () => {
      expect((await scores(ask, both, doneBoth)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, the request in a sentence of its own, with no "and": not read so`, async () => {
      const alone = `${circumstance} ${refund.replace(/,$/, ".")} ${added.replace(/^and (\w)/, (_, c: string) => c.toUpperCase()).replace(/ as well\./, ".")}`;
      expect((await scores(alone, summary, done)).intentPath).not.toBe("lostPart");
    });
  }
});
