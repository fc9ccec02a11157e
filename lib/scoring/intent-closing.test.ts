// The rule `closing` (intent.ts CLOSING): after the final agent's "anything else?", the user declines
// further help — "no, I don't need anything else, thanks". It starts like an objection ("no …") and
// refuses something, so the objection reading compared the refusal with the interpretation and called
// a well-served conversation drift (found by the pushback18 session). Failure cases in three domains
// no corpus covers (dry-cleaning delivery, restaurant booking, parking permit); near misses: the same
// conversations where the user's "no" carries a complaint about the ask, which must still be read.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { isClosing } from "./intent";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, summary, the final agent's reply, the user's answer]
type Case = [string, string, string, string, string];
const CLOSINGS: Case[] = [
  ["dry-cleaning delivery", "Please deliver my dry cleaning, ticket DC-44120, to 12 Park Road instead of the shop.", "Deliver ticket DC-44120 to 12 Park Road.", "Done: ticket DC-44120 will be delivered to 12 Park Road on Thursday. Anything else?", "no, I don't need anything else, thanks"],
  ["restaurant booking", "Can you book me a table for four on Friday at 7pm?", "Table for four, Friday 7pm.", "Booked: a table for four this Friday at 19:00. Is there anything else I can help with?", "No, that's all, thank you!"],
  ["parking permit", "I want to renew my residents' parking permit for another year.", "Renew residents' permit, one year.", "Your residents' permit is renewed until 30 November 2027. Anything else today?", "No thanks, I don't want anything else. Bye"],
];
// the user's "no" complains about what was done, in words of the ask
const OBJECTIONS: Case[] = [
  [CLOSINGS[0][0], CLOSINGS[0][1], CLOSINGS[0][2], "Done: ticket DC-44120 will be ready for collection at the shop on Thursday. Anything else?", "No, nothing else, but I asked for it to be delivered to 12 Park Road, not collected"],
  [CLOSINGS[1][0], CLOSINGS[1][1], CLOSINGS[1][2], "I've added you to the waiting list for Saturday lunch. Anything else?", "no, I wanted a table on Friday evening, not a waiting list"],
  [CLOSINGS[2][0], CLOSINGS[2][1], CLOSINGS[2][2], "Your visitor permit for this weekend is issued. Anything else today?", "No, that's not what I asked: I want the residents' permit renewed"],
];

const steps = ([, ask, summary, reply, answer]: Case): Step[] => [{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: reply }, { user: answer }];

describe("declining further help is no objection", () => {
  afterEach(() => tuneDrift());
  it.each(CLOSINGS)("%s: a closing after a served ask is no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).toBe(false);
  });
  // (the rule must not touch them: the verdict is the one the judge gives with the rule off — the
  // offline judge catches the third, and misses the first two by its word reading, not by this rule)
  it.each(OBJECTIONS)("near miss, %s: a 'no' that complains about the ask is read as before", async (...c) => {
    const on = (await score(steps(c))).intentDrift;
    tuneDrift({}, ["closing"]);
    expect(on).toBe((await score(steps(c))).intentDrift);
  });
  it("near miss, parking permit: the objection is still drift", async () => {
    expect((await score(steps(OBJECTIONS[2]))).intentDrift).toBe(true);
  });
  it("closing off: the first closing is read as an objection again", async () => {
    tuneDrift({}, ["closing"]);
    expect((await score(steps(CLOSINGS[0]))).intentDrift).toBe(true);
  });
  it("isClosing reads the closing alone, not a closing with more in it", () => {
    for (const t of ["nope, nothing else", "No that's all, thank you!", "we don't need anything more, cheers", "all good thanks", "no, not right now"]) expect(isClosing(t)).toBe(true);
    for (const t of ["no, nothing else, but the refund still isn't there", "No, I don't need a new card, I need the old one unblocked", "thanks", "not now, I want it delivered today"]) expect(isClosing(t)).toBe(false);
  });
});
