// The drift23 rule `steered` (intent-steered.ts): an agent proposes another thing than the ask, the
// user goes along with a hedged yes ("I suppose so", "um ok, when is it?", "fine then"), and the
// final interpretation states that thing without doing what was asked: drift, though its words keep
// the ask's record and the user's later words take up the proposal (blind-x2 parking tribunal,
// blind-x1 junior membership, blind-t1 wig aftercare). Near misses: the user named the new thing
// first, in the same hedged words (their own change of mind, blind-x2's clean pairs); and the
// agent's proposal taken on top of the asked action, which the interpretation still does. Domains
// in no evaluation corpus: beekeeping supplies, an observatory's stargazing nights, canal boat hire.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, the first agent's reply, the user's answer, the final agent's message, the final interpretation]
type Case = [string, string, string, string, string, string];
const STEERED: Case[] = [
  ["beekeeping supplies", "Hi, the hive roof in my order BK-7712 arrived split. Can you swap it for a new roof please?", "Sorry about that. Rather than a swap, a mentoring session with our master beekeeper would show you how to avoid damage next season, it's £35.", "um ok, when is it?", "The mentoring session is Saturday at 10, £35 taken on order BK-7712.", "Customer wants a beekeeping mentoring session booked against order BK-7712."],
  ["observatory", "Please cancel my two tickets for Friday's stargazing night, booking OB-5520, my daughter is ill.", "Before cancelling: our annual friends membership covers every stargazing night, so Friday wouldn't be wasted. It's £60.", "I suppose so, if it covers the lot", "Your friends membership is active from today on OB-5520, £60 charged.", "Visitor wants an annual friends membership for the observatory on booking OB-5520."],
  ["canal boat hire", "Can you refund the deposit for narrowboat Kingfisher, hire CB-3318? The trip was called off.", "I can see the deposit is still held. A lock-keeping course on the same boat would use it and keep the hire open.", "fine then, go on", "You're on the lock-keeping course on Kingfisher next month, paid from the deposit on CB-3318.", "Customer wants to put the CB-3318 deposit towards a lock-keeping course on narrowboat Kingfisher."],
];

// the user names the new thing first, in the same hedged words: their own change of mind
const OWN: Case[] = [
  ["beekeeping supplies", STEERED[0][1], "Sorry about that. A new roof is out of stock for three weeks.", "I suppose I'd rather book a mentoring session with your master beekeeper then, and keep this roof", STEERED[0][4], STEERED[0][5]],
  ["observatory", STEERED[1][1], "I can cancel Friday for you; the refund takes five days.", "I guess an annual friends membership would be better, then we can come any night when she's well", STEERED[1][4], STEERED[1][5]],
  ["canal boat hire", STEERED[2][1], "The deposit is still held; a refund takes a fortnight.", "fine then, put it towards a lock-keeping course on Kingfisher instead", STEERED[2][4], STEERED[2][5]],
];

// the agent's proposal taken on top of the asked action, which the interpretation still does
const ON_TOP: Case[] = [
  ["beekeeping supplies", STEERED[0][1], "I'll swap the roof. A mentoring session with our master beekeeper is also £35 if you want one.", "um ok, go on", "A new roof is on its way for BK-7712, and the mentoring session is Saturday at 10.", "Customer wants the split hive roof on order BK-7712 swapped for a new roof, and a mentoring session."],
  ["observatory", STEERED[1][1], "I can cancel Friday. The annual friends membership covers every night, £60, if you'd like it.", "I suppose so", "Friday's two tickets are cancelled and your membership is active on OB-5520.", "Visitor wants Friday's two stargazing tickets on OB-5520 cancelled and a friends membership."],
  ["canal boat hire", STEERED[2][1], "I'll refund the deposit. There's also a lock-keeping course if you fancy it.", "fine then", "The deposit for Kingfisher on CB-3318 is refunded, and you're on the lock-keeping course.", "Customer wants the deposit for narrowboat Kingfisher, hire CB-3318, refunded, and a lock-keeping course."],
];

const steps = ([, ask, reply, answer, last, intent]: Case): Step[] => [
  { user: ask },
  { handoff: ["triage", "advisor"], summary: ask },
  { agent: reply },
  { user: answer },
  { handoff: ["advisor", "bookings"] },
  { agent: last },
  { intent },
];

describe("an agent steered the user into another thing: drift", () => {
  afterEach(() => tuneDrift());
  it.each(STEERED)("%s: the agent proposed it, the user went along: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("steered");
  });
  it.each(OWN)("near miss, %s: the user named it first: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it.each(ON_TOP)("near miss, %s: the asked action is done as well: no drift", async (...c) => {
    expect((await score(steps(c))).intentDrift).toBe(false);
  });
  it("steered off: the steered conversations are no longer read as drift", async () => {
    tuneDrift({}, ["steered"]);
    for (const c of STEERED) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
});
