// A value given again after an agent's question for it is no correction of the ask (intent.ts valueOnly,
// rule `valueAgain`), from blind-z2's `z-parishhall-deposit-receipt-email`: asked "what email address should it
// go to?", the user answers "I said already - treasurer@…". It protests at being asked (re-ask's evidence); it
// says nothing of what the agent made of the ask. Near misses: a correction that names a thing or an action
// beside the value ("I said the Sunday crossing - ref GW-2291", "I said cancel it, booking 4471") still is one.
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, question: string, answer: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Passing you to the right desk." }, { handoff: ["front", "desk"] }, { agent: question }, { user: answer }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, the agent's question for a value given, the user's answer, the final agent doing the ask]
const AGAIN: Array<[string, string, string, string, string]> = [
  ["glacier guiding", "Please send the safety briefing for my glacier walk GW-2291 to ana.ruiz@example.org.", "Which email address should the briefing go to?", "I said already - ana.ruiz@example.org", "The safety briefing for GW-2291 has been sent to ana.ruiz@example.org."],
  ["organ building", "Could you email the tuning invoice for St Anne's organ, job OB-7714, to the treasurer at funds@stannes.org.uk?", "What's the job number, please?", "I said, OB-7714!", "The tuning invoice for job OB-7714 has gone to funds@stannes.org.uk."],
  ["pearl diving", "Can you text the boat departure time for dive trip PD-5530 to 07700 900 318?", "What number should we text?", "i said 07700 900 318", "The departure time for dive trip PD-5530 has been texted to 07700 900 318."],
];
// [domain, ask, question, a correction naming a thing or an action beside a value, a final agent who did another thing]
const STILL_CORRECTS: Array<[string, string, string, string, string]> = [
  ["glacier guiding", "Please move my glacier walk GW-2291 to the Sunday crossing.", "Which walk is this about?", "I said the Sunday crossing - ref GW-2291", "Your glacier walk GW-2291 has been cancelled and refunded."],
  ["organ building", "Please cancel the organ tuning visit, booking 4471.", "Shall I book the next tuning visit for you?", "I said cancel it, booking 4471", "I've booked the next organ tuning visit for 4471 on 3 March."],
];

afterEach(() => tuneDrift());

describe("a value given again is no correction of the ask", () => {
  it.each(AGAIN)("%s: no drift", async (_d, ask, question, answer, done) => {
    expect((await judged(ask, question, answer, done)).intentDrift).toBe(false);
  });
  it("valueAgain off: the same answers read as corrections (drift)", async () => {
    tuneDrift({}, ["valueAgain"]);
    let drift = 0;
    for (const [, ask, question, answer, done] of AGAIN) if ((await judged(ask, question, answer, done)).intentDrift) drift++;
    expect(drift).toBeGreaterThan(0);
  });
  it.each(STILL_CORRECTS)("near miss, %s: a correction naming a thing or an action beside the value: drift", async (_d, ask, question, answer, done) => {
    expect((await judged(ask, question, answer, done)).intentDrift).toBe(true);
  });
});
