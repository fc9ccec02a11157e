// A thing asked to end, said to go on for more time (intent-ended-act.ts runsOn, rule `runsOn`, fifty-ninth session).
// blind-cq1's bee hotel customer asked to stop the yearly refill of nesting tubes; the subscriptions agent found the plan
// about to lapse and answered "I've sorted that out – it now runs for another year". The renewal is said in no
// renewing word, only as more of a unit of time. Near misses: the ending done, with what is already paid for lasting
// "another month"; the rule off. Domains in no corpus: a gumdrop sweet club, a moustache wax subscription, a sombrero
// hire.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the reply that has it run on, the reply that ends it, the more time named]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "gumdrop sweet club",
    "Hi, please cancel my gumdrop club box, account GD-4410. We've got too many sweets in the house.",
    "Account GD-4410: member wants the monthly gumdrop box stopped.",
    "All done - your gumdrop club now goes on for another six months at the same price, first box on the 1st.",
    "All done - your gumdrop club is cancelled; the box already paid for still arrives, and nothing more will be taken.",
    "another six months",
  ],
  [
    "moustache wax subscription",
    "Could you stop my moustache wax subscription please? Sub MW-2093.",
    "Subscription MW-2093: customer asks us to stop it.",
    "Good news: your moustache wax plan now runs for another year, and the next tin is already on its way.",
    "Done: MW-2093 is stopped, and the tin on its way will last you another month or so.",
    "another year",
  ],
  [
    "sombrero hire",
    "We'd like to end the sombrero hire early, booking SB-771 - the party's been called off.",
    "Booking SB-771: customer wants the sombrero hire ended early.",
    "That's sorted: the sombreros stay with you for two more weeks at no extra charge.",
    "That's sorted: the hire ends today and a courier collects the sombreros on Friday.",
    "two more weeks",
  ],
];

const run = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "accounts"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("runsOn: a thing asked to end, said to go on for more time", () => {
  for (const [domain, ask, summary, runsOn, ended, more] of CASES) {
    it(`${domain}: it goes on instead: antonym drift`, async () => {
      const s = await run(ask, summary, runsOn);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
      expect(s.intentReason).toContain(`go on for ${more}`);
    });
    it(`${domain}: without the rule the more time is read as no way`, async () => {
      tuneDrift({}, ["runsOn"]);
      expect((await run(ask, summary, runsOn)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, ended as asked: no drift`, async () => {
      expect((await run(ask, summary, ended)).intentDrift).toBe(false);
    });
  }
});
