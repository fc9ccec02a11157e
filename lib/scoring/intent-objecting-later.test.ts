// The user's disbelief at the final agent's proposal is no change of mind (intent.ts followsLaterRequest,
// rule `objectingLater`): "wait what", "what?!", "extend what?" answer an agent that proposed the
// opposite of the ask; their few words echo the agent's, so the judge read them as a later ask the
// interpretation follows and withdrew the drift verdict (blind-v1 carwash auto-renew and roller-disco
// unfreeze, blind-i2 recording-studio harmonies), or a question about what the agent just proposed
// ("I... that's this week?", blind-v1 shed building). Near miss: a change of mind that opens with "wait"
// and says what the user now wants ("Wait - the vet's just rung, keep her booked in") is the ask
// the interpretation follows. Domains in no evaluation corpus: allotment society, bell-ringing
// tower, pottery kiln hire, sailing school.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, proposal: string, reply: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Sorry to hear that, passing you over now." }, { handoff: ["triage", "desk"] }, { agent: proposal }, { user: reply }, { agent: done }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, the final agent's proposal (the opposite), the user's disbelief, what the agent then did]
const DISBELIEF: Array<[string, string, string, string, string]> = [
  ["allotment society", "Please cancel my allotment tenancy for plot 14, I'm moving away in March.", "I see your tenancy for plot 14 lapses in March, so I'll renew it for another year for you.", "wait what", "All done, your tenancy for plot 14 is renewed for another year."],
  ["bell-ringing tower", "Can you take me off the Sunday ringing rota please? My knee is bad.", "Lovely, I'll add you to the Sunday ringing rota for the next quarter.", "what?! no", "Done, you're added to the Sunday ringing rota for the next quarter."],
  ["pottery kiln hire", "Please stop my monthly kiln booking, the studio is closing.", "I'll extend your monthly kiln booking through the summer so you keep your slot.", "extend what? I said the opposite", "Your monthly kiln booking is extended through the summer."],
  ["sailing school", "Please push my dinghy course back by a month, I've hurt my wrist.", "Good news, I can bring your dinghy course forward to this Saturday.", "I... that's this weekend?", "Booked: your dinghy course is brought forward to this Saturday."],
];
// [domain, ask, proposal, the user's own change of mind opening with "wait", what the agent then did]
const CHANGED: Array<[string, string, string, string, string]> = [
  ["allotment society", "Please cancel my allotment tenancy for plot 14, I'm moving away in March.", "I can cancel plot 14 from March, shall I go ahead?", "Wait - the move has fallen through, so please renew my tenancy for plot 14 for another year.", "All done, your tenancy for plot 14 is renewed for another year."],
  ["bell-ringing tower", "Can you take me off the Sunday ringing rota please? My knee is bad.", "I can take you off from next week, shall I?", "Wait, the physio has signed my knee off! Please add me to the Sunday ringing rota again.", "Done, you're added to the Sunday ringing rota for the next quarter."],
  ["pottery kiln hire", "Please stop my monthly kiln booking, the studio is closing.", "I can stop it from next month, shall I?", "wait - the studio has found a buyer! Please extend my monthly kiln booking through the summer.", "Your monthly kiln booking is extended through the summer."],
];

afterEach(() => tuneDrift());

describe("disbelief at the final agent's proposal is no later ask", () => {
  it.each(DISBELIEF)("%s: the opposite done after 'what?' is drift", async (_d, ask, proposal, reply, done) => {
    expect((await judged(ask, proposal, reply, done)).intentDrift).toBe(true);
  });
  it("objectingLater off: the disbelief is read as a later ask the interpretation follows", async () => {
    tuneDrift({}, ["objectingLater"]);
    let drift = 0;
    for (const [, ask, proposal, reply, done] of DISBELIEF) if ((await judged(ask, proposal, reply, done)).intentDrift) drift++;
    expect(drift).toBeLessThan(DISBELIEF.length);
  });
  it.each(CHANGED)("near miss, %s: a change of mind opening with 'wait' is followed: no drift", async (_d, ask, proposal, reply, done) => {
    expect((await judged(ask, proposal, reply, done)).intentDrift).toBe(false);
  });
});
