// The topic17 rule `wentAlong` (intent-went-along.ts): the final agent proposes another thing than
// the ask, the user accepts it reluctantly ("I suppose so", "uh sure i guess", "ok whatever"), and
// the final interpretation names none of the things the user asked about: topic drift. Failure
// cases and near misses are written here for the rule in domains no evaluation corpus covers
// (chimney sweep, ceramics studio, kennel club, sailing school); in each failure the interpretation shares the
// account, the dates and the names with the ask, so that words alone keep it near the ask. Near
// misses: the reluctant acceptance of the ask's own remedy (it names the ask's thing), of the
// action asked for under another name ("my money back" → "reimburse"), and a plain acceptance.
// Switching the rule off must make the failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the handoff's summary, the final agent's proposal, the user's acceptance, the final agent's last message]
type Case = [string, string, string, string, string, string];
const FAILS: Case[] = [
  ["chimney sweep", "Hi, can you sweep our chimney before the 12th of October? Account CS-4410, 3 Mill Cottages.", "CS-4410, 3 Mill Cottages: chimney sweep before 12 October.", "I can see the bird guard on your account is four years old. I can fit a new cowl instead, £95.", "uh sure i guess", "Done: a new cowl is booked for 3 Mill Cottages on the 10th of October, £95 on account CS-4410."],
  ["ceramics studio", "Can you glaze-fire my two mugs this week? Member 2207, they're on the shelf.", "Member 2207: two mugs on the shelf to glaze-fire this week.", "Your membership renews next week. Shall I move you onto the annual plan now?", "I suppose so yes", "Your annual plan is active for member 2207 from next week, £240 taken from your card."],
  ["kennel club", "Please enter my spaniel Bramble in the novice class at the spring show. Membership KC-88120.", "KC-88120: enter Bramble (spaniel) in novice class, spring show.", "Before that: your club newsletter subscription lapsed. I can restart it for £12 a year.", "ok whatever, go on", "The newsletter subscription is restarted on KC-88120 and the spring issue will be posted to you."],
  // a filled pause opening the assent; the ask's thing named only in a circumstance of the interpretation ("before your certificate deadline")
  ["sailing school", "Could you send me the certificate for my Day Skipper course? Student SS-3301.", "SS-3301: wants the Day Skipper certificate sent.", "I see your night hours aren't logged yet. I can book you a night sail on 4 May for £80, shall I?", "er, go on then", "Booked: a night sail on 4 May for SS-3301, £80 taken, well before your certificate deadline."],
];

const NEAR: Case[] = [
  // the reluctant acceptance of the ask's own remedy: the interpretation names the chimney
  ["chimney sweep", FAILS[0][1], FAILS[0][2], "We're full until the 14th. I can sweep the chimney on the 11th of October if you move your day off.", "I suppose so", "Booked: your chimney sweep at 3 Mill Cottages on the 11th of October, account CS-4410."],
  // the action asked for under another name: "my money back" → "reimburse"
  ["ceramics studio", "The kiln cracked both my mugs, member 2207. I want my money back.", "Member 2207: two mugs cracked in the kiln, wants a refund.", "I can reimburse the firing fee and the clay. Is that alright?", "fine, i guess", "I've reimbursed the £18 firing fee and the clay to member 2207's card."],
  // a plain acceptance, no reluctance: the rule says nothing (the other rules judge it)
  ["kennel club", FAILS[2][1], FAILS[2][2], "Bramble can go in the novice class; shall I add the spring show's puppy walk too?", "yes please", "Bramble is entered in the novice class at the spring show, with the puppy walk, on KC-88120."],
  // a filled pause before a refusal is no acceptance, and the certificate is then sent
  ["sailing school", FAILS[3][1], FAILS[3][2], FAILS[3][3], "um, no thanks, just the certificate", "Your Day Skipper certificate for SS-3301 is attached to your email now."],
];

const steps = ([, ask, summary, proposal, acceptance, last]: Case): Step[] => [
  { user: ask },
  { handoff: ["front", "desk"], summary },
  { agent: proposal },
  { user: acceptance },
  { agent: last },
];

describe("the user went along with another thing: drift", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("topic");
  });
  it.each(NEAR)("near miss, %s: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("wentAlong off: the reluctant acceptance alone no longer flags", async () => {
    // (steered, drift23, reads these too — the final agent proposed the thing, the user said a hedged yes, the
    // interpretation does not do what was asked —: both off)
    tuneDrift({}, ["wentAlong", "steered"]);
    for (const c of FAILS) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});
