// A thing held until a time — "Can you hold it until 16 June?", with no "on" — is kept back until then, later, the way
// an extension goes (judge-offline.ts extension, rule `holdUntil`, fifty-eighth session). blind-cq1's flytrap order,
// held for a heatwave, was answered with the intent "Get the customer's plants to them sooner" and an express dispatch
// that afternoon; `keepUntil` read "keep … until" and "hold on to … until", never "hold it until". Near misses: the
// order held as asked, and the rule off. Domains in no corpus: a rock candy maker, a crystal radio kit seller, an
// onigiri lunch delivery.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the intent that brings it sooner, its reply, a reply that holds it as asked]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "rock candy maker",
    "Hi, we're away on holiday until the 20th. Can you hold my order RC-4417 until 22 August?",
    "Order RC-4417: customer away until the 20th, asks us to keep it back until 22 August.",
    "Get the customer's sweets to them sooner, before their late-August date.",
    "Good news: RC-4417 jumped the queue and goes out by express today, so you'll have it tomorrow.",
    "No problem: RC-4417 stays on our shelf and goes out on 22 August, so it's there when you're back.",
  ],
  [
    "crystal radio kit seller",
    "Please could you hold the kit for order CR-1180 till the 3rd of October? It's a birthday present and my son opens the post.",
    "Order CR-1180: a birthday present; customer asks us to keep it back until 3 October.",
    "Get the customer's kit to them sooner, well ahead of October.",
    "All sorted: CR-1180 is on today's van, so it'll be with you by Thursday.",
    "All sorted: CR-1180 is set aside and will be posted on 3 October, so the surprise is safe.",
  ],
  [
    "onigiri lunch delivery",
    "Our office is shut for a refit, so can you hold our lunch deliveries (account ON-7702) until 14 November?",
    "Account ON-7702: office closed for a refit; customer asks to pause deliveries until 14 November.",
    "Get the customer's lunch boxes to them sooner than planned.",
    "Done: I've brought ON-7702's next box forward to tomorrow morning.",
    "Done: ON-7702's deliveries are paused and start again on 14 November.",
  ],
];

const run = async (ask: string, summary: string, tail: Array<{ intent: string } | { agent: string }>) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "dispatch"], summary }, ...tail]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("holdUntil: held until a time is kept back until then", () => {
  for (const [domain, ask, summary, sooner, reply, held] of CASES) {
    it(`${domain}: brought sooner instead: antonym drift`, async () => {
      const s = await run(ask, summary, [{ intent: sooner }, { agent: reply }]);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
      expect(s.intentReason).toContain("until later");
    });
    it(`${domain}: without the rule the hold is no way and nothing is found`, async () => {
      tuneDrift({}, ["holdUntil"]);
      expect((await run(ask, summary, [{ intent: sooner }, { agent: reply }])).intentDrift).not.toBe(true);
    });
    it(`${domain}: near miss, held as asked: no drift`, async () => {
      expect((await run(ask, summary, [{ agent: held }])).intentDrift).toBe(false);
    });
  }
});
