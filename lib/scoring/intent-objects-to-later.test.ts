// An objection may name the user's later ask, not the first message's (intent.ts objection(), rule `objectsToLater`,
// fifty-seventh session): "Hello, booking SHP-0607-01 for the 7 June hire. What's left to pay?" answered, then "Could
// we finish at midnight rather than 2am?" handed on and answered "I've extended your night … until 3am", then "No,
// EARLIER. midnight." (blind-cm1's shisha lounge). The objection's words were looked for in the first message only, so
// it was passed over as about something else; the latest ask is the ask (SPEC §3.3), and its words count too. Near
// misses: the later ask done as asked, an objection naming neither ask ("no, that's everything"), and the rule off.
// Domains in no corpus: a tangram puzzle maker, a spirograph art class, a worm farm kit seller.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, first question, its answer, the later ask, the opposite done, the objection, the later ask done]
const CASES: Array<[string, string, string, string, string, string, string]> = [
  [
    "tangram puzzle maker",
    "Hi, order TG-4471 for our school. Has it been dispatched yet?",
    "Not yet, it's being packed today.",
    "Could you reduce it to 20 sets rather than 30? We've lost a class.",
    "Done! I've raised TG-4471 to 40 sets so every class has spares, £120 more.",
    "no, reduce it. 20 sets.",
    "Done! TG-4471 is now 20 sets, and I've refunded the difference.",
  ],
  [
    "spirograph art class",
    "Booking SP-2208 for the Saturday class, what time does it start?",
    "It starts at 10am.",
    "Can we make the session shorter, 90 minutes instead of two hours? My son loses focus.",
    "All set: I've lengthened SP-2208 to a three-hour masterclass with a lunch break.",
    "No, shorten it. ninety minutes.",
    "All set: SP-2208 is now a 90-minute session, finishing at 11:30.",
  ],
  [
    "worm farm kit seller",
    "Order WF-9130, what's the balance on it?",
    "You've paid in full, nothing left to pay.",
    "Could you send the kit later, on the 20th not the 12th? We're away.",
    "Good news, I've brought WF-9130 forward so it arrives on the 9th.",
    "No, LATER. the 20th.",
    "Good news, WF-9130 now arrives on the 20th instead.",
  ],
];

const judged = async (first: string, answer: string, later: string, done: string, reply: string) =>
  (
    await analyzeConversation(
      conversation([{ user: first }, { agent: answer, by: "front" }, { user: "ok thanks" }, { user: later }, { handoff: ["front", "desk"], summary: later }, { agent: done }, { user: reply }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

afterEach(() => tuneDrift());

describe("objectsToLater: the objection names the latest ask", () => {
  it.each(CASES)("%s: the objection to the opposite of the later ask is drift", async (_d, first, answer, later, done, objection) => {
    const s = await judged(first, answer, later, done, objection);
    expect(s.intentDrift).toBe(true);
    expect(s.intentReason).toMatch(/^the user objected/);
  });
  it.each(CASES)("the rule off, %s: the objection is passed over", async (_d, first, answer, later, done, objection) => {
    tuneDrift({}, ["objectsToLater"]);
    expect((await judged(first, answer, later, done, objection)).intentReason ?? "").not.toMatch(/^the user objected/);
  });
  it.each(CASES)("near miss, %s: the later ask done as asked, then \"no, that's everything\": no drift", async (_d, first, answer, later, _done, _o, kept) => {
    expect((await judged(first, answer, later, kept, "no, that's everything, thanks")).intentDrift).not.toBe(true);
  });
});
