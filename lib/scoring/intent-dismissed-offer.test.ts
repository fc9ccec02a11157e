// The user waves the final agent's offer aside and says again what they need — "I don't care about the shine, I need it
// to TURN" — which reads as refusedOffer's "I don't want X, I want Y" does (intent-objection-forms.ts DISMISSED_OFFER,
// rule `dismissedOffer`, thirty-sixth session; blind-bd1's seized weathervane, offered a regild, was an abstention).
// Near misses: the final agent then does what the user insists on; the dismissal alone ("I don't care about the
// colour, thanks") restates nothing; the rule off leaves the failure cases unflagged. Domains in no evaluation corpus:
// kaleidoscope repairs, music box repairs, rocking horse restoration.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { restatedWant } from "./intent-objection-forms";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, summary handed on, the final agent's offer, its intent, the user's reply]
type Case = [string, string, string, string, string, string];
const FAILS: Case[] = [
  [
    "kaleidoscope repairs",
    "The mirrors inside my brass kaleidoscope have slipped, everything looks doubled and blurry. Repair ticket KS-4410. Can you realign them?",
    "KS-4410: brass kaleidoscope, mirrors slipped, image doubled.",
    "We can give the brass tube a full polish and lacquer so it looks as it did when new, £45. Shall I book it in?",
    "Customer wants the brass tube of the kaleidoscope polished and lacquered.",
    "I don't care about the brass, I need the mirrors fixed so I can see through it",
  ],
  [
    "music box repairs",
    "Our music box stopped playing halfway through the tune, the comb seems to catch on a pin. Job MB-2290. Could you repair the mechanism?",
    "MB-2290: music box stops mid-tune, comb catching on a pin; wants the mechanism repaired.",
    "That walnut case would look lovely refinished, and we can reline the inside in velvet for £60. Want me to go ahead?",
    "Customer wants the walnut case of the music box refinished and relined.",
    "We honestly don't care about the case. We just want the mechanism repaired so it plays the whole tune.",
  ],
  [
    "rocking horse restoration",
    "The rocking horse's safety stand has cracked at the bow, it wobbles badly when my grandson rides it. Restoration RH-1183. Please can you repair the stand?",
    "RH-1183: rocking horse, safety stand cracked at the bow, wobbles.",
    "We could repaint him in the original dapple grey and fit a new horsehair mane and tail, from £180. Shall I send a quote?",
    "Customer wants the rocking horse repainted dapple grey with a new mane and tail.",
    "i don't care about the paint, i need the stand made safe",
  ],
];

const steps = ([, ask, summary, offer, intent, reply]: Case): Step[] => [
  { user: ask },
  { agent: "Thanks, passing you to the workshop." },
  { handoff: ["front", "workshop"], summary },
  { agent: offer },
  { intent },
  { user: reply },
];

afterEach(() => tuneDrift());

describe("the user waves the offer aside and says again what they need", () => {
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/^objection>/);
  });

  it("the rule off: the kaleidoscope and music box are not flagged", async () => {
    tuneDrift({}, ["dismissedOffer"]);
    // (the rocking horse's repaint is far enough from a repaired stand for the judge alone: flagged either way)
    for (const c of FAILS.slice(0, 2)) expect((await score(steps(c))).intentDrift, c[0]).not.toBe(true);
  });

  it("near miss, kaleidoscope repairs: the final agent then realigns the mirrors", async () => {
    const c: Case = [...FAILS[0].slice(0, 4), "Customer wants the slipped mirrors in the kaleidoscope realigned so it can be seen through again.", FAILS[0][5]] as Case;
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });

  it("near miss, music box repairs: the dismissal alone restates nothing", async () => {
    expect(restatedWant("We don't care about the case, thanks.", true)).toBeNull();
    expect(restatedWant("We honestly don't care about the case. We just want the mechanism repaired so it plays the whole tune.", true)).toBe("We just want the mechanism repaired so it plays the whole tune.");
    expect(restatedWant("We honestly don't care about the case. We just want the mechanism repaired so it plays the whole tune.", false)).toBeNull();
  });
});
