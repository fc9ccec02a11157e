// "do you" and a verb in its base form open a question asked of the agent, typed without its "?" as often as with it
// (rule `doYou`, nlp/parse.ts): "… can they feed the birds as well? and do you do a birthday cake in the cafe" (blind-ch1's
// ostrich farm) was no request, so the cake question, never handed on, was no part that could be lost. Near misses: both
// handed on and answered, the rule off, and the forms left as they were (denied, "do they", a clause with its "?").
// Domains in no corpus: a potholing club, a knifemaking course, a gin school.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";
import { parseText } from "./nlp/parse";

// [domain, ask ending in a "do you" question without "?", summary of the first request only, reply to it, summary of both, reply to both]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "potholing club",
    "Can you book me and my son on the novice trip down Long Churn cave this Sunday. and do you hire out helmets with lamps",
    "Novice Long Churn cave trip this Sunday for the customer and son.",
    "You're both booked on Sunday's novice Long Churn trip, meet at the hut at 9.",
    "Novice Long Churn cave trip this Sunday for two; they need helmets with lamps on hire.",
    "You're both booked on Sunday's novice Long Churn trip, and two lamp helmets are reserved for you at the hut.",
  ],
  [
    "knifemaking course",
    "I'd like a place on the two-day chef's knife course in October, please. do you sell the sharpening stones afterwards",
    "One place on the two-day chef's knife course, October.",
    "You're booked on the two-day chef's knife course starting 11 October.",
    "One place on the October chef's knife course; customer wants to buy sharpening stones.",
    "You're booked on the chef's knife course starting 11 October, and our whetstone set can be bought on the day for £45.",
  ],
  [
    "gin school",
    "Could you book the gin distilling experience for my husband's birthday on 3 May. also do you offer gift wrapping for the bottle",
    "Gin distilling experience, 3 May, a birthday present for the customer's husband.",
    "The distilling experience is booked for 3 May at 2pm; happy birthday to him!",
    "Gin distilling experience on 3 May as a birthday present; wrap his bottle as a gift.",
    "The distilling experience is booked for 3 May at 2pm, and his bottle will be gift-wrapped for him to take home.",
  ],
];

afterEach(() => tuneDrift());

describe("doYou: a \"do you\" question without its question mark is a request", () => {
  for (const [domain, ask, firstOnly, replyFirst, both, replyBoth] of CASES) {
    it(`${domain}: the question never handed on is a part lost`, async () => {
      const s = await scoresHandedOn(ask, firstOnly, replyFirst);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
      expect(s.intentLostPart).toMatch(/^(?:and |also )?do you/);
    });
    it(`${domain}: without the rule the question is no request, and nothing is found lost`, async () => {
      tuneDrift({}, ["doYou"]);
      expect((await scoresHandedOn(ask, firstOnly, replyFirst)).intentPath).not.toBe("lostPart");
    });
    it(`${domain}: near miss, both handed on and answered: no drift`, async () => {
      expect((await scoresHandedOn(ask, both, replyBoth)).intentDrift).toBe(false);
    });
  }

  it("leaves a denied one, another person's, and one with its question mark as they were", () => {
    const request = (text: string) => parseText(text).clauses.map((c) => c.request);
    expect(request("do you lot not talk to each other")).toEqual([false]);
    expect(request("do they ever answer the phone")).toEqual([false]);
    expect(request("do you do birthday cakes")).toEqual([true]);
    tuneDrift({}, ["doYou"]);
    expect(request("do you do birthday cakes")).toEqual([false]);
    expect(request("do you do birthday cakes?")).toEqual([true]);
  });
});
