// The drift23 rule `disbelief` (intent.ts disbelieved): the user answers the final agent in disbelief
// ("wait what", "??", "what?!") and nothing settles it: what the agent did is not what was asked,
// though its words keep the ask's things (blind-x1 tuk-tuk hire stretched instead of shortened, dawn
// wind alerts switched on instead of off; the same replies follow the final agent in blind-i2, v1, h1
// and t1 drifts). Near misses: a question that only starts with "what" ("what time do I collect it?"),
// disbelief the agent then put right and the user accepted plainly (settledAfter), and a change of
// mind in the same breath ("no wait, …"). Domains in no evaluation corpus: blacksmith's forge
// courses, letterpress printing, harpsichord hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the final agent's action, its repeat]
type Case = [string, string, string, string];
const CASES: Case[] = [
  ["blacksmith forge", "Please shorten my forge course booking FC-2291 from three days to one, I can only get Saturday off.", "Great news, I've stretched your forge course FC-2291 to the full five-day package so you can make a gate!", "Your forge course FC-2291 now runs all five days; the updated invoice will follow."],
  ["letterpress printing", "Can you stop the weekly proof emails for print job LP-4410? I've approved the final proof.", "All set! You'll now get a proof email for LP-4410 every morning, so you never miss a change.", "Your daily proof emails for LP-4410 are active."],
  ["harpsichord hire", "I need to end the hire of the double-manual harpsichord, contract HH-7730, after the June concert.", "Good news: contract HH-7730 on the double-manual harpsichord now carries on for another season after June.", "The harpsichord stays with you under HH-7730 through next season."],
];
const DISBELIEF = ["wait what", "??", "what?! no"];
// a question that only opens with "what": no disbelief
const QUESTION = ["what time do I need to be there on Saturday?", "what address do the emails go to?", "what day does the van come?"];
// a change of mind in the same breath: the ask changes (CHANGES_MIND)
const CHANGED = ["no wait, actually make it the full five days then", "wait, actually keep them coming daily then", "hold on, actually yes, keep it for next season"];

const steps = ([, ask, action, repeat]: Case, answer: string | null): Step[] => [
  { user: ask },
  { handoff: ["triage", "bookings"], summary: ask },
  { agent: action },
  ...(answer === null ? [] : [{ user: answer }]),
  { agent: repeat },
];

describe("the user answered the final agent in disbelief: drift", () => {
  afterEach(() => tuneDrift());
  it.each(CASES.map((c, i) => [c[0], c, DISBELIEF[i]] as const))("%s: disbelief and nothing settles it: drift", async (_d, c, answer) => {
    expect((await score(steps(c, answer))).intentDrift).toBe(true);
  });
  it.each(CASES.map((c, i) => [c[0], c, QUESTION[i]] as const))("near miss, %s: a question opening with what: not disbelief", async (_d, c, answer) => {
    const s = await score(steps(c, answer));
    expect(s.intentPath).not.toBe("disbelief");
  });
  it.each(CASES.map((c, i) => [c[0], c, CHANGED[i]] as const))("near miss, %s: a change of mind in the same breath: no drift", async (_d, c, answer) => {
    expect((await score(steps(c, answer))).intentDrift).not.toBe(true);
  });
  it.each(CASES)("near miss, %s: disbelief the agent put right, accepted plainly: not disbelief", async (...c) => {
    const s = await score([
      { user: c[1] },
      { handoff: ["triage", "bookings"], summary: c[1] },
      { agent: c[2] },
      { user: "wait what" },
      { agent: "Sorry, I misread that. I've done exactly what you asked instead." },
      { user: "perfect, thanks" },
      { agent: "You're welcome." },
    ]);
    expect(s.intentPath).not.toBe("disbelief");
  });
  it.each(CASES.map((c, i) => [c[0], c, DISBELIEF[i]] as const))("disbelief off, %s: no longer read as drift", async (_d, c, answer) => {
    tuneDrift({}, ["disbelief"]);
    const s = await score(steps(c, answer));
    expect(s.intentDrift, `${s.intentPath}: ${s.intentReason}`).not.toBe(true);
  });
});
