// The user moved one way, and the final agent moves them the other (intent-polarity.ts selfOpposite, rule `selfWay`,
// sixtieth session). blind-cv1's lefse class customer asked "Please take me off the waiting list", and the waitlist agent
// answered "I've bumped you up to second in the queue". The thing each side names differs (a list, a queue), so no way
// on a common thing was read; the thing moved is the user, "me" in the ask and "you" in the reply. Near misses: moved as
// asked; the rule off. Domains in no corpus: a natto fermenting class, a jaggery wholesaler, a rosehip picking day.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, the ask, the summary, the reply that moves the user the other way, the reply that does as asked, the way read]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "natto fermenting class",
    "Please take me off the waiting list for the natto fermenting class, I've found one nearer home. Member NT-3317.",
    "Member NT-3317 wants to leave the natto class waiting list.",
    "Good news - I've moved you up to first on the list for the natto class, so you'll get the next seat that comes free.",
    "Done - I've taken you off the list for the natto class; nothing more will come from us about it.",
    "taken off or down (“take off”); the final interpretation moves them the other way (“moved up”)",
  ],
  [
    "jaggery wholesaler",
    "Can you take us off the jaggery mailing list? Account JG-808, we've stopped baking with it.",
    "Account JG-808 wants off the jaggery mailing list.",
    "All sorted - I've put you on our weekly price alerts as well, so you won't miss a delivery.",
    "All sorted - I've taken you off every jaggery list we have, so nothing more will arrive.",
    "taken off or down (“take off”); the final interpretation moves them the other way (“put on”)",
  ],
  [
    "rosehip picking day",
    "Can you put me on the list for the rosehip picking day on 4 October? Two of us, phone 07700 900 412.",
    "Customer wants two places on the rosehip picking day, 4 October, phone 07700 900 412.",
    "I've taken you off the rosehip picking day on 4 October and the deposit will come back to your card.",
    "I've put you on the rosehip picking day on 4 October, two places, and we'll text 07700 900 412 the week before.",
    "put on or up (“put on”); the final interpretation moves them the other way (“taken off”)",
  ],
];

const run = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["triage", "bookings"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

afterEach(() => tuneDrift());

describe("selfWay: the user moved the other way", () => {
  for (const [domain, ask, summary, other, asked, way] of CASES) {
    it(`${domain}: moved the other way: antonym drift`, async () => {
      const s = await run(ask, summary, other);
      expect(s.intentDrift).toBe(true);
      expect(s.intentDriftKind).toBe("antonym");
      expect(s.intentReason).toBe(`the user asked to be ${way}`);
    });
    it(`${domain}: without the rule no way on a common thing is read`, async () => {
      tuneDrift({}, ["selfWay"]);
      expect((await run(ask, summary, other)).intentDrift).toBe(false);
    });
    it(`${domain}: near miss, moved as asked: no drift`, async () => {
      expect((await run(ask, summary, asked)).intentDrift).toBe(false);
    });
  }
});
