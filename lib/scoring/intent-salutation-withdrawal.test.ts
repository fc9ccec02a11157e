// A user's first message is their ask, not a later change of mind, also when it opens with a salutation: the judge
// reads the ask without its heading ("Dear Sir or Madam," cut by intent-email.ts withoutHeading), and the search for
// parts the user took back ("skip the …", "forget the …": intent.ts withdrawnStems) skipped only messages that the
// cut ask contained — which the whole first message, heading and all, is not. So "please can you skip the February
// box" in a letter-style ask was read as the user withdrawing that very part, and its loss was never reported
// (blind-ay1's chocolate subscription, thirty-sixth session). Near misses: the same ask without a salutation (always
// read right), and a part the user does take back in a later message. Domains in no evaluation corpus: didgeridoo
// repairs, barometer servicing.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, summary: string, done: string, later: string[] = []) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thank you, passing you on." }, ...later.flatMap((u) => [{ user: u }, { agent: "Noted." }]), { handoff: ["front", "workshop"], summary }, { agent: done }, { user: "ok thanks" }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

const CASES: Array<[string, string, string, string, RegExp]> = [
  [
    "didgeridoo repairs",
    "please reseal the beeswax mouthpiece on my didgeridoo, order DG-4410, it is cracking again. And please skip the May lesson, I am away that week.",
    "DG-4410: reseal the cracked beeswax mouthpiece.",
    "The mouthpiece on DG-4410 has a fresh beeswax seal; it is ready to collect from Tuesday.",
    /skip the May lesson/,
  ],
  [
    "barometer servicing",
    "could you service the aneroid barometer I left with you, ticket BR-2207, the needle sticks on Change. Could you also skip the engraving quote for now as money is tight.",
    "BR-2207: aneroid barometer service, needle sticking on Change.",
    "BR-2207 is serviced: the needle now swings freely across the dial, and it's ready to collect.",
    /skip the engraving quote/,
  ],
];

describe("a salutation before the ask", () => {
  it.each(CASES)("%s: the part asked after 'Dear Sir or Madam' is lost, not withdrawn", async (_d, ask, summary, done, lost) => {
    const s = await judged(`Dear Sir or Madam, ${ask}`, summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(lost);
  });

  it.each(CASES)("near miss, %s: the same ask without a salutation is read the same", async (_d, ask, summary, done, lost) => {
    const s = await judged(ask[0].toUpperCase() + ask.slice(1), summary, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentLostPart).toMatch(lost);
  });

  it("near miss, didgeridoo repairs: a part the user takes back in a later message is not lost", async () => {
    const [, ask, summary, done] = CASES[0];
    const s = await judged(`Dear Sir or Madam, ${ask}`, summary, done, ["Actually forget the May lesson, my trip was cancelled so I'll come as usual."]);
    expect(s.intentDrift).toBe(false);
  });
});
