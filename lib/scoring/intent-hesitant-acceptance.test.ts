// Rule `hesitantAcceptance` (intent-last-word.ts): the user meets the agents' last word with a bare acknowledgement
// and a mark of hesitation ("hmm ok", "ok whatever works", "um, right…") and no other scorer's finding explains it:
// drift, however much of the ask the words keep. Near misses: the same with thanks ("fine, thanks i guess": an
// appraisal of the outcome), a plain "ok", a bare "hm" (no acknowledgement), a hesitation with words of the user's own ("hmm, can it be the 9th
// instead?"), and the same reply beside another failure (a re-ask); with the rule off the words decide (kept).
// Domains in no evaluation corpus: harpsichord hire, rooftop beehive sponsorship, escape-room corporate bookings.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary, answer, the agents' statement of the ask, the user's hesitant acknowledgement]
type Case = [string, string, string, string, string, string];
const CASES: Case[] = [
  ["harpsichord hire", "Can you collect the harpsichord on the 3rd rather than the 10th? It's hire HH-2281.", "HH-2281 harpsichord collection.", "The harpsichord on HH-2281 will be collected on the 10th as booked, our van will call ahead.", "Collect HH-2281's harpsichord on the 3rd.", "hmm ok"],
  ["rooftop beehive sponsorship", "Can you stop my beehive sponsorship at the end of this month? Sponsor RB-7740, we've moved abroad.", "RB-7740 beehive sponsor, moved abroad.", "Your sponsorship RB-7740 carries on as usual, the next honey jar ships to your new address.", "Stop RB-7740's beehive sponsorship at month end.", "ok whatever works"],
  ["escape-room corporate bookings", "We need to drop from three rooms to two for our team day, booking ER-5120, a few people are off sick.", "ER-5120 corporate team day, some staff off sick.", "ER-5120 stays at three rooms for the team day, start times 10:00, 10:15 and 10:30.", "Reduce ER-5120 from three rooms to two.", "um, right..."],
];

const score = async (c: Case, reply: string) => (await analyzeConversation(conversation(handedOn(c[1], c[2], c[3], reply, c[4])), DEFAULT_SETTINGS)).scores;

describe("rule hesitantAcceptance: the user only acknowledges the agents' last word, hesitantly", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: a hesitant bare acknowledgement: drift", async (...c) => {
    const s = await score(c, c[5]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("hesitantAcceptance");
  });
  it.each(CASES)("near miss, %s: with thanks, a plain ok, or words of one's own: not this rule", async (...c) => {
    for (const reply of ["fine, thanks i guess", "ok", "hm", "hmm, can it be the 9th instead?", "ok great"]) {
      expect((await score(c, reply)).intentPath).not.toBe("hesitantAcceptance");
    }
  });
  it("near miss: another failure (a re-ask of the booking) explains the reply: not this rule", async () => {
    const c = CASES[2];
    const events = conversation([{ user: c[1] }, { agent: "Thanks, passing you on now." }, { handoff: ["desk", "specialist"], summary: c[2], payload: { booking: "ER-5120" } }, { agent: "What's your booking reference?" }, { user: "ER-5120" }, { agent: c[3] }, { user: c[5] }, { intent: c[4] }]);
    const s = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("hesitantAcceptance");
  });
  it("hesitantAcceptance off: the words decide, and they keep the ask", async () => {
    tuneDrift({}, ["hesitantAcceptance"]);
    for (const c of CASES) expect((await score(c, c[5])).intentDrift).toBe(false);
  });
});
