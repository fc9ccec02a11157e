// Rule `guarantees` (fifty-first session, nlp/lexicon.ts confirmsAgainstEnd): guaranteeing a thing, finalising it or
// firming it up makes it sure to happen, as confirming it does — the opposite of ending it. Near misses: the ask's own
// ending done beside another thing guaranteed or finalised, and an ask to firm a thing up answered by its firming.
// Domains in no evaluation corpus: stone circle guided walks, tuba repair, storm-shelter installation.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { confirmsAgainstEnd } from "./nlp/lexicon";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to bookings." }, { handoff: ["triage", "bookings"] }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, an ask that ends a thing, the final answer that makes the thing sure to happen]
const MADE_SURE: Array<[string, string, string]> = [
  ["stone circle walks", "Please cancel our solstice dawn walk on SC-2231, my husband has broken his ankle.", "Good news: your solstice dawn walk on SC-2231 is now guaranteed, whatever the weather."],
  ["tuba repair", "Can you stop the valve rebuild on ticket TB-5540? I've decided to sell the tuba as it is.", "I've finalised the valve rebuild on TB-5540, it goes on the bench tomorrow."],
  ["storm-shelter installation", "We want to withdraw from the spring install slot, order SS-9017, the builders are late.", "Your spring install slot on SS-9017 has been firmed up for 14 April."],
];

// [domain, ask, final answer that does the ask]
const NEAR: Array<[string, string, string]> = [
  ["stone circle walks", "Please cancel our solstice dawn walk on SC-2231, my husband has broken his ankle.", "Your solstice dawn walk on SC-2231 is cancelled and refunded; your gift voucher is guaranteed for a year."],
  ["tuba repair", "Could you firm up the date for the valve rebuild on ticket TB-5540?", "The valve rebuild on TB-5540 is firmed up for Tuesday the 9th."],
  ["storm-shelter installation", "Please cancel the spring install slot on order SS-9017, the builders are late.", "The spring install slot on SS-9017 is cancelled, and your deposit refund is finalised today."],
];

afterEach(() => tuneDrift());

describe("guarantees: a thing guaranteed, finalised or firmed up against an ask to end it", () => {
  it.each(MADE_SURE)("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it.each(NEAR)("%s: the ask done: no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });

  it("the relation: against ending actions only, and only with the rule", () => {
    expect(confirmsAgainstEnd("guarantee", "cancel")).toBe(true);
    expect(confirmsAgainstEnd("withdraw", "firm_up", true)).toBe(true);
    expect(confirmsAgainstEnd("finalize", "renew")).toBe(false);
    expect(confirmsAgainstEnd("lock_in", "cancel", true)).toBe(false);
    tuneDrift({}, ["guarantees"]);
    expect(confirmsAgainstEnd("guarantee", "cancel", true)).toBe(false);
    expect(confirmsAgainstEnd("confirm", "cancel")).toBe(true);
  });

  it("guarantees off: the thing made sure is no antonym of the ask", async () => {
    tuneDrift({}, ["guarantees"]);
    for (const [, ask, done] of MADE_SURE) expect((await judged(ask, done)).intentPath).not.toBe("antonym");
  });
});
