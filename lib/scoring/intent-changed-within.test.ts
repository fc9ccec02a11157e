// A change of mind inside the ask itself (intent.ts changesWithin, rule `changedWithin`), from blind-z1's clean
// `z-boardgamecafe-cancel-then-move` and `z-donkeys-bramble-cheaper-tier`: a voice-input customer says in one
// breath "i need to cancel our table … um actually could we just move it to next thursday instead". The words
// after the marker are the latest ask, as a later message would be; an interpretation that follows them is no
// drift. Near misses: "actually" modifying a verb ("a hat I'd actually wear", "it actually arrived cracked")
// announces nothing, an interpretation that follows only the first words still drifts, and a change that
// reverses nothing leaves a contradicting interpretation a drift.
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Let me pass you to the right desk." }, { handoff: ["front", "desk"], summary: "Customer request, see the first message." }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;

// [domain, one message that changes its own ask, an interpretation that follows the change]
const CHANGED: Array<[string, string, string]> = [
  ["glacier guiding", "hi i need to cancel my glacier walk on saturday um actually could we just move it to sunday morning instead", "reschedule the customer's glacier walk to Sunday morning"],
  ["organ building", "Please cancel our organ maintenance contract. No wait, I'd rather renew it for a year.", "renew the organ maintenance contract for another year"],
  ["pearl diving", "i want to stop my dive course membership money is tight actually you know what is there a cheaper plan i could switch to", "keep the customer's dive membership on a cheaper plan"],
];
// [domain, a message that adds to its ask after the marker, an interpretation contradicting both]
const FIRST_ONLY: Array<[string, string, string]> = [
  ["glacier guiding", "i need to upgrade my glacier walk to the full day um actually could we just add crampon hire", "downgrade the glacier walk to a half day"],
  ["organ building", "Please extend the organ restoration contract. Actually, can you send me the invoice too?", "shorten the organ restoration contract"],
];

afterEach(() => tuneDrift());

describe("a change of mind inside the ask is the ask the interpretation follows", () => {
  it.each(CHANGED)("%s: no drift", async (_d, ask, intent) => {
    const s = await judged(ask, intent);
    expect(s.intentDrift).toBe(false);
  });
  it("changedWithin off: the same conversations are drift", async () => {
    tuneDrift({}, ["changedWithin"]);
    for (const [, ask, intent] of CHANGED) expect((await judged(ask, intent)).intentDrift).toBe(true);
  });
  it.each(FIRST_ONLY)("near miss, %s: an interpretation contradicting what was asked, first or after the marker, drifts", async (_d, ask, intent) => {
    expect((await judged(ask, intent)).intentDrift).toBe(true);
  });
  it.each([
    ["glacier guiding", "Please cancel the glacier walk I booked, I'd actually rather stay at the lodge", "rebook the glacier walk for another day"],
    ["organ building", "The new pedalboard actually arrived cracked, please cancel the order", "renew the pedalboard order"],
    ["pearl diving", "I actually want to cancel my pearl diving trip", "reschedule the pearl diving trip"],
  ])("near miss, %s: 'actually' on a verb announces no change: drift", async (_d, ask, intent) => {
    expect((await judged(ask, intent)).intentDrift).toBe(true);
  });
});
