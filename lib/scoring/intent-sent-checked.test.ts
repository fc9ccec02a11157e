// "Did my email come through?" answered "Yes, got them" is settled (rule `sentChecked`, intent.ts lostPart): a polar
// question in the past or perfect about a thing of the user's own ("my", "our") asks whether it got to the business,
// and an answer word downstream answers it whatever words follow. It was read as a part of the ask that reached no
// agent (blind-cd1's pyrography pen, blind-ce1's bee photo: false alarms on clean conversations). Near misses: the
// question with no answer downstream is still a part that can be lost, and a question about something else ("did the
// courier leave a card?") is untouched. Domains in no corpus: a water dowser, a risograph print studio, a matchbox-label
// dealer.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, reply: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you on." }, { handoff: ["front", "desk"] }, { agent: reply }, { user: "great, thanks" }, { intent }]), DEFAULT_SETTINGS)).scores;

// [domain, ask (a sent check and a request), a reply answering both, a reply ignoring the check, the interpretation]
const CASES: Array<[string, string, string, string, string]> = [
  [
    "water dowser",
    "Hi, I sent a map of the paddock on Monday. Did my email come through? Could you book a dowsing visit for the bore site next week?",
    "Yes, got it - the map is clear. I've booked the dowsing visit for Tuesday 10am at the paddock.",
    "I've booked the dowsing visit for Tuesday 10am at the paddock.",
    "Customer wants a dowsing visit booked for the bore site next week",
  ],
  [
    "risograph print studio",
    "Did my artwork files arrive? Please print 200 two-colour zines on the risograph in teal and pink.",
    "Yes, they're all here. The 200 zines in teal and pink will be ready Friday.",
    "The 200 zines in teal and pink will be ready Friday.",
    "Customer wants 200 two-colour risograph zines printed in teal and pink",
  ],
  [
    "matchbox-label dealer",
    "Did my bank transfer arrive? Please post the 1950s Czech matchbox labels to my new flat in Leeds.",
    "Yes, thank you. The Czech matchbox labels go out to your new flat today.",
    "The Czech matchbox labels go out to your new flat today.",
    "Customer wants the 1950s Czech matchbox labels posted to the new flat",
  ],
];

afterEach(() => tuneDrift());

describe("sentChecked: a question whether the user's own thing got through, answered, is settled", () => {
  for (const [domain, ask, answered, ignored, intent] of CASES) {
    it(`${domain}: answered with "yes", the check is no part lost`, async () => {
      expect((await judged(ask, answered, intent)).intentDrift).toBe(false);
    });
    it(`${domain}: without the rule the check was a part that reached no agent (the false alarm it mends)`, async () => {
      tuneDrift({}, ["sentChecked"]);
      const s = await judged(ask, answered, intent);
      expect(s.intentDrift).toBe(true);
      expect(s.intentPath).toBe("lostPart");
    });
    it(`${domain}: near miss, with no answer downstream the check is still a part that can be lost`, async () => {
      expect((await judged(ask, ignored, intent)).intentPath).toBe("lostPart");
    });
  }
});
