// The topic17 rule `stillOpen` (intent.ts STILL_OPEN): the user grants what the final agent did and
// asks again for what is still open, with a contrastive "but" after the acknowledgement ("ok but the
// appointment?"). The question points back at the ask in words of its own, so the final
// interpretation must keep what it asks for. Failure cases and near misses are written here for the
// rule in domains no evaluation corpus covers (canal mooring, allotment society, harp rental); in
// each the final agent talks about something else of the same account, in words loose vectors keep
// near the ask, so that only the user's question says the ask is still open. Switching the rule off
// must make the failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the handoff's summary, the final agent's first reply, the user's question, the final agent's last reply]
type Case = [string, string, string, string, string, string];
const FAILS: Case[] = [
  ["canal mooring", "Hi, can I book a visitor mooring at Stoke Lock for the weekend of 14 June? Boat is Kingfisher, licence CM-20417.", "Visitor mooring at Stoke Lock, weekend of 14 June, boat Kingfisher (CM-20417).", "I see the licence for Kingfisher runs out at the end of June. I've started the renewal for you.", "ok but the mooring?", "Your licence renewal for Kingfisher is now done for another year, starting in June."],
  ["allotment society", "Can I get a half plot at the Riverside allotments this spring? I'm member 4471.", "Member 4471 wants a half plot at Riverside this spring.", "I see your membership fee for this year hasn't been paid yet.", "OK fine, but can I get the plot?", "I've taken the membership fee for this year, so member 4471 is fully paid up now."],
  ["harp rental", "Could you deliver the rental harp to the school hall on Friday? Rental HR-30882.", "HR-30882: deliver the rental harp to the school hall on Friday.", "Before that: the harp insurance on HR-30882 lapses this month.", "Okay... but can you still bring the harp to the hall?", "The insurance on HR-30882 is renewed for twelve months and the certificate is in your email."],
];

// the same conversations with the user's answer not turned against the reply ("and" asks for a
// second thing; no acknowledgement before "but"; no question), or with the final agent then doing
// what the question asks
const NEAR: Case[] = [
  ["canal mooring", FAILS[0][1], FAILS[0][2], FAILS[0][3], "ok and how much is the renewal?", FAILS[0][5]],
  ["allotment society", FAILS[1][1], FAILS[1][2], FAILS[1][3], "yes but I'll pay it at the meeting", "Noted, you can pay the fee at the next meeting; member 4471 is on the list."],
  ["harp rental", FAILS[2][1], FAILS[2][2], FAILS[2][3], "Okay... but can you still bring the harp to the hall?", "Yes, we will still bring the rental harp HR-30882 to the school hall on Friday morning."],
  ["canal mooring", FAILS[0][1], FAILS[0][2], "Your visitor mooring at Stoke Lock is booked for the weekend of 14 June.", "thanks, but is there water at the mooring?", "Yes, there's a water point at the Stoke Lock visitor mooring for your weekend."],
];

const steps = ([, ask, summary, first, question, last]: Case): Step[] => [
  { user: ask },
  { handoff: ["front", "desk"], summary },
  { agent: first },
  { user: question },
  { agent: last },
];

describe("the user asks again for what is still open: drift unless the interpretation keeps it", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("topic");
  });
  it.each(NEAR)("near miss, %s: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  // (with wentAlong off too: "OK fine, but …" is also a reluctant acceptance, which that rule reads;
  // and pressedAgain: "Okay... but can you still bring the harp …?" is also a closing "but" question
  // naming the ask, which drift30c's rule reads)
  it("stillOpen off: the question alone no longer flags", async () => {
    tuneDrift({}, ["stillOpen", "wentAlong", "pressedAgain"]);
    for (const c of FAILS) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});
