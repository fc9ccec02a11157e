// Two readings of the thirty-second session, from blind-w2 (a stairlift visit to be cancelled, answered
// "make sure Thursday's service still goes ahead") and blind-ap3 (a one-off collection cancelled):
// - rule `goesAhead` (nlp/lexicon.ts confirmsAgainstEnd): a thing said to *go ahead* or *proceed* is
//   made sure to happen, as one confirmed is — the opposite of ending it. Near misses: the ask's own
//   action stated beside another thing that goes ahead ("the one-off is cancelled; your regular
//   collection goes ahead"), and an ask that is itself to go ahead.
// - rule `compoundOff` (nlp/parse.ts): the "off" of a hyphenated compound ("one-off", "drop-off",
//   "cut-off") is a word of its own, no particle that makes the verb before it a removal.
// Domains in no evaluation corpus: drum lessons, skate park sessions, bookkeeping services.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { confirmsAgainstEnd } from "./nlp/lexicon";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to bookings." }, { handoff: ["triage", "bookings"] }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, an ask that ends a thing, the final answer that makes it go ahead]
const GOES_AHEAD: Array<[string, string, string]> = [
  ["drum lessons", "Please cancel Saturday's group drum workshop on DR-4471, my son has come down with flu.", "I've made sure Saturday's group drum workshop on DR-4471 goes ahead as planned; doors open at 9:40."],
  ["skate park sessions", "Can you stop Leo's monthly skate club membership, account SK-2209? We're moving away.", "Leo's monthly skate club membership on SK-2209 will proceed as normal, next session on the 3rd."],
  ["bookkeeping services", "I need to cancel my Tuesday 5pm review call, client BK-30871, I have my VAT inspection then.", "Good news, your Tuesday 5pm review call on BK-30871 is still going ahead with Sam."],
];

// [domain, ask, final answer that does the ask (and says another thing goes ahead, or goes ahead with the ask itself)]
const NEAR: Array<[string, string, string]> = [
  ["drum lessons", "Please cancel Saturday's group drum workshop on DR-4471, my son has come down with flu.", "Saturday's group drum workshop on DR-4471 is cancelled and refunded. Your gift voucher for the evening masterclass goes ahead as usual."],
  ["skate park sessions", "Please go ahead with Leo's ramp session on Thursday, account SK-2209.", "Leo's ramp session on SK-2209 will proceed on Thursday at 10."],
  ["bookkeeping services", "I'd like to cancel the extra one-off payroll review, client BK-30871. The regular monthly ones are enough.", "The one-off payroll review on BK-30871 is cancelled; your regular monthly reviews go ahead as usual."],
];

afterEach(() => tuneDrift());

describe("goesAhead: a thing said to go ahead against an ask to end it", () => {
  it.each(GOES_AHEAD)("%s: drift", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });

  it.each(NEAR)("%s: the ask done (beside another thing that goes ahead, or going ahead itself): no drift", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });

  it("the relation: go ahead and proceed against ending actions only, and only with the rule", () => {
    expect(confirmsAgainstEnd("go_ahead", "cancel", true)).toBe(true);
    expect(confirmsAgainstEnd("stop", "proceed", true)).toBe(true);
    expect(confirmsAgainstEnd("go_ahead", "renew", true)).toBe(false);
    expect(confirmsAgainstEnd("go_ahead", "cancel", false)).toBe(false);
    expect(confirmsAgainstEnd("confirm", "cancel", false)).toBe(true);
  });

  it("goesAhead off: the going ahead is no antonym of the ask", async () => {
    tuneDrift({}, ["goesAhead"]);
    for (const [, ask, done] of GOES_AHEAD) expect((await judged(ask, done)).intentPath).not.toBe("antonym");
  });
});

describe("compoundOff: the off of a hyphenated compound is no particle", () => {
  const removal = (text: string) => parseText(text).terms.some((t) => t.lemma === "remove");
  it("no removal read from one-off, drop-off or cut-off", () => {
    expect(removal("I'd like to cancel the extra one-off payroll review")).toBe(false);
    expect(removal("Can I book a drop-off slot for Leo's board on Friday?")).toBe(false);
    expect(removal("Please move the cut-off date for the drum vouchers")).toBe(false);
  });
  it("a verb with its particle off still removes", () => {
    expect(removal("please take Leo off the waiting list")).toBe(true);
    expect(removal("switch the lesson reminders off")).toBe(true);
  });
  it("compoundOff off: the compound's off is read as the verb's particle", () => {
    tuneDrift({}, ["compoundOff"]);
    expect(removal("Can I book a drop-off slot for Leo's board on Friday?")).toBe(true);
  });
});
