// "take me *out of* the crew": the particle's object is a pronoun, and the thing the user is taken out of stands after
// "of". The polarity reader took the thing from between the verb and its particle or right after the particle, so it
// read no thing and the judge could set nothing against "keep her place in the festival crew" (rule `outOf`: after a
// particle that takes away, "off" or "out", the noun phrase after "of" is the thing too). Near misses: the thing taken
// out of, taken out of again downstream, is no drift; the rule off reads no way on it. Domains in no corpus: a
// tug-of-war team, a petanque tournament, a quoits night.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { tuneDrift } from "../drift-tuning";
import { conversation } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the team." }, { handoff: ["front", "events"] }, { agent: "All sorted for you." }, { intent }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, the opposite done, the ask done]
const CASES: Array<[string, string, string, string]> = [
  ["tug-of-war team", "Please take me out of the tug-of-war team for the village show, I've hurt my back.", "Keep the tug-of-war team unchanged for the village show", "Take the customer off the tug-of-war team for the village show"],
  ["petanque tournament", "Please take my son out of the petanque tournament on Saturday, he has a cold.", "Keep the petanque tournament entry for Saturday as it is", "Withdraw the son from the petanque tournament on Saturday"],
  ["quoits night", "Please take my band out of the quoits night line-up at the social club.", "Keep the quoits night line-up at the social club as planned", "Take the band off the quoits night line-up at the social club"],
];

afterEach(() => tuneDrift());

describe("outOf: what a thing is taken out of is the thing too", () => {
  for (const [domain, ask, opposite, done] of CASES) {
    it(`${domain}: keeping what the user asked to be taken out of is drift`, async () => {
      const s = await judged(ask, opposite);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("polarity");
    });
    it(`${domain}: without the rule no way is read on it`, async () => {
      tuneDrift({}, ["outOf"]);
      expect((await judged(ask, opposite)).intentPath).not.toBe("polarity");
    });
    it(`${domain}: near miss, taken out downstream too: no drift`, async () => {
      expect((await judged(ask, done)).intentDrift).toBe(false);
    });
  }
});
