// The drift16 rule `factPart` (intent.ts factOnly): a clause that only gives a fact — a value and
// the nouns labelling it, no action of its own — is state the handoff must carry (SPEC §3.1, dropout),
// not a part of the ask that can be lost (§3.3). Failure cases (a false alarm before the rule) and near
// misses (a part that does something to a value stays a part) in domains in no evaluation corpus:
// kayak rental, sheet music shop, beehive inspection, skydiving, piano tuning. Switching the rule off must bring the false
// alarms back, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask (a request and a fact read as one of its requests: a "??" spread over a comma list, a
// conditional "in case … needs it"), the summary handed on (the request only), the final agent's reply]
const FACT_GIVEN: Array<[string, string, string, string]> = [
  ["kayak rental", "I hired two sea kayaks for Sunday, booking KY-5521, but only got one??", "Customer hired two sea kayaks for Sunday and got only one.", "Sorry about that, the second sea kayak is ready for you now at the slipway."],
  ["sheet music shop", "I ordered the Chopin nocturnes in the Henle edition, order SM-40917, but got the Peters edition??", "Customer ordered the Henle Chopin nocturnes and received the Peters edition.", "Sorry! The Henle edition of the nocturnes is on its way and a returns label for the Peters copy is in your inbox."],
  ["beehive inspection", "Can your inspector check my two hives for varroa next week? Apiary ref BH 7730, registered 12 Jan 2019 in case the council needs it.", "Varroa check on two hives next week.", "The inspector will check both hives for varroa on Tuesday next week."],
  // a number alone is no term (read in the text), and a condition on giving it names no thing asked for
  ["skydiving", "Can I book the tandem skydive for Saturday? My DOB is 02/11/1987 if you need it.", "Tandem skydive wanted on Saturday.", "You are booked on the Saturday tandem skydive, arrive by 9."],
  ["piano tuning", "Could you send a piano tuner next Tuesday? Serial number 55120-K if the tuner needs it.", "Piano tuner visit next Tuesday.", "A tuner will come to tune your piano next Tuesday morning."],
];

// the same asks with a part that acts on a value ("cancel …", "refund …", "renew …"), lost on the way
const PART_ON_A_VALUE: Array<[string, string, string, string]> = [
  ["kayak rental", "I hired two sea kayaks for Sunday, booking KY-5521, and please cancel booking KY-5530??", "Customer hired two sea kayaks for Sunday.", "Your two sea kayaks are ready for Sunday at the slipway."],
  ["sheet music shop", "Could you order the Chopin nocturnes in the Henle edition for me? And please refund order SM-40917, it arrived torn.", "Order the Henle edition of the Chopin nocturnes.", "The Henle Chopin nocturnes are ordered and will be in on Thursday."],
  ["beehive inspection", "Can your inspector check my two hives for varroa next week? Also renew registration BH 7730 for 2026 please.", "Varroa check on two hives next week.", "The inspector will check both hives for varroa on Tuesday next week."],
];

const run = (ask: string, summary: string, reply: string) => scores([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: reply }]);

describe("a fact given beside the ask is no part of it", () => {
  afterEach(() => tuneDrift());
  it.each(FACT_GIVEN)("%s: no partial loss", async (_d, ask, summary, reply) => {
    expect((await run(ask, summary, reply)).intentDrift).not.toBe(true);
  });
  it.each(PART_ON_A_VALUE)("near miss, %s: a part acting on a value is lost", async (_d, ask, summary, reply) => {
    const s = await run(ask, summary, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  // (with idLabels off too: a fact whose only words label its id — "Apiary ref BH 7730" — is traced as written by that rule;
  // and conditionalWish, which reads "… if you need it" as no request of its own)
  it("factPart off: the facts are lost parts again", async () => {
    tuneDrift({}, ["factPart", "idLabels", "conditionalWish"]);
    const flagged = [];
    for (const [, ask, summary, reply] of FACT_GIVEN) flagged.push((await run(ask, summary, reply)).intentDrift === true);
    expect(flagged.every(Boolean)).toBe(true);
  });
});
