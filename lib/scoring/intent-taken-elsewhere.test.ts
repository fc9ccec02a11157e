// Rule `takenElsewhere` (intent-last-word.ts): after the agents' last word the user says they will ring, call
// or email someone instead ("I will ring the office tomorrow") and no other scorer's finding explains it: drift,
// however much of the ask the words keep. Near misses: a conditional plan ("I'll call you if the date changes"), a
// thankful one ("Great, thanks, I'll ring when I'm near"), a plan following the agents' advice to get in touch, and the
// same words beside another failure (a re-ask, which
// explains the user's leaving); with the rule off the words decide (kept: no drift).
// Domains in no evaluation corpus: craft fair pitches, orchid society show entries, cathedral tower tours.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary, answer (not doing it), the user taking it elsewhere, a conditional plan, a thankful one, the agents' statement of the ask]
type Case = [string, string, string, string, string, string, string, string];
const CASES: Case[] = [
  ["craft fair pitches", "Please cancel my pitch at Sunday's craft fair, it's CF-221, my kiln broke.", "Pitch CF-221, Sunday craft fair, kiln broke.", "Your pitch CF-221 is all set for Sunday, see you at 8am for setup.", "I will ring the office tomorrow.", "I'll call you if the kiln gets fixed in time.", "Great, thanks, I'll ring when I'm near the hall.", "Cancel pitch CF-221 at the Sunday craft fair."],
  ["orchid society show entries", "Can you withdraw my two Phalaenopsis entries from the spring show? Member OS-5530.", "OS-5530, two Phalaenopsis entries, spring show.", "Both Phalaenopsis entries are confirmed in the spring show, benching opens at 7.", "Hmm. I'll email the show secretary.", "I'll email the show secretary once the schedule is out.", "Lovely, thank you, I'll email the secretary about the raffle.", "Withdraw two Phalaenopsis entries of OS-5530 from the spring show."],
  ["cathedral tower tours", "We need to move our tower tour from Saturday to Sunday, booking CT-7781, my knee is bad.", "CT-7781 tower tour, customer mentions a bad knee.", "Booking CT-7781 stays on Saturday at 11, there are 290 steps so take it slowly.", "I'm going to phone the cathedral then.", "I'm going to phone the cathedral if my knee gets worse.", "Perfect, thanks, I'm going to phone my sister to tell her.", "Move CT-7781 tower tour from Saturday to Sunday."],
];

const score = async (c: Case, reply: string) => (await analyzeConversation(conversation(handedOn(c[1], c[2], c[3], reply, c[7])), DEFAULT_SETTINGS)).scores;

describe("rule takenElsewhere: the user says they will ring or email someone instead", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: after the agents' last word the user takes it elsewhere: drift", async (...c) => {
    const s = await score(c, c[4]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("takenElsewhere");
  });
  it.each(CASES)("near miss, %s: a conditional or a thankful plan is no sign: no drift", async (...c) => {
    expect((await score(c, c[5])).intentDrift).toBe(false);
    expect((await score(c, c[6])).intentDrift).toBe(false);
  });
  it("near miss: another failure (a re-ask of the booking) explains the user's leaving: not this rule", async () => {
    const c = CASES[2];
    const events = conversation([{ user: c[1] }, { agent: "Thanks, passing you on now." }, { handoff: ["desk", "specialist"], summary: c[2], payload: { booking: "CT-7781" } }, { agent: "What's your booking reference?" }, { user: "CT-7781" }, { agent: c[3] }, { user: c[4] }, { intent: c[7] }]);
    const s = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("takenElsewhere");
  });
  it.each(CASES)("near miss, %s: the agents' last word told the user to get in touch: following advice, no drift", async (...c) => {
    const advised = [c[0], c[1], c[2], `${c[3]} Please email the office to confirm the details.`, c[4], c[5], c[6], c[7]] as Case;
    expect((await score(advised, c[4])).intentPath).not.toBe("takenElsewhere");
  });
  it("takenElsewhere off: the words decide, and they keep the ask", async () => {
    tuneDrift({}, ["takenElsewhere"]);
    for (const c of CASES) expect((await score(c, c[4])).intentDrift).toBe(false);
  });
});
