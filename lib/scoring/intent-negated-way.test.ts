// A verb that ends or keeps its thing, negated in a request, goes the other way (rule `negatedWay`, nlp/polarity.ts):
// "make sure my membership does NOT renew" takes the membership away as "stop the membership" would, so "keep their
// membership running month to month" is the opposite (blind-ce1's salt room; blind-ak1's "we will not be renewing the
// living wall maintenance" answered by a rollover). The negated way is the user's wish and is read on the ask's side
// only: an agent's "we're not cancelling it" is said about a swap the user asked for, no way of its own. Near misses:
// the interpretation that lets the thing end, and the rule off. Domains in no corpus: an aquatic plant nursery, a pizza
// van, a seed-swap club.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the team." }, { handoff: ["front", "accounts"] }, { agent: "All sorted for you." }, { intent }]), DEFAULT_SETTINGS)).scores;

// [domain, ask with a negated verb, the opposite done, the ask done]
const CASES: Array<[string, string, string, string]> = [
  [
    "aquatic plant nursery",
    "Please make sure my pond plant subscription does NOT renew in April, we're filling the pond in. Ref AP-2291.",
    "Customer wants to keep the pond plant subscription AP-2291 going for another year",
    "Customer wants the pond plant subscription AP-2291 to end in April",
  ],
  [
    "pizza van",
    "Please make sure the pizza van contract PV-118 is not renewed for the summer fairs, the committee voted for a burger stall.",
    "Keep the pizza van contract PV-118 running through the summer fairs",
    "Cancel the pizza van contract PV-118 before the summer fairs",
  ],
  [
    "seed-swap club",
    "Can you make sure my seed swap club membership doesn't renew next month? Member SS-4410, I'm moving abroad.",
    "Member SS-4410 wants to keep the seed swap club membership active next month",
    "Member SS-4410 wants the seed swap club membership stopped before next month",
  ],
];

afterEach(() => tuneDrift());

describe("negatedWay: a negated verb of ending or keeping goes the other way", () => {
  for (const [domain, ask, opposite, done] of CASES) {
    it(`${domain}: keeping what the user said must not renew is drift`, async () => {
      const s = await judged(ask, opposite);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("polarity");
    });
    it(`${domain}: without the rule the negated verb says no way, and the drift is not read that way`, async () => {
      tuneDrift({}, ["negatedWay"]);
      expect((await judged(ask, opposite)).intentPath).not.toBe("polarity");
    });
    it(`${domain}: near miss, letting it end is what was asked: no drift`, async () => {
      expect((await judged(ask, done)).intentDrift).toBe(false);
    });
  }
});
