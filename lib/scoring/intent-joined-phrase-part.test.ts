// Rule `joinedPhrasePart` (intent.ts phraseOnly): a request set beside another with "and", asking in its own words,
// whose verb is the only word outside its prepositional phrases ("And can you pop us on the waiting list for the
// hayride?") is a part of the ask: its things are in the phrases. Without the rule it is no part, and its loss at
// the handoff goes unseen. Near misses: the part taken up downstream is reached; the same request not joined by
// "and" keeps the old reading (no part); with the rule off no drift is read.
// Domains in no evaluation corpus: a pumpkin patch, a steam rally, lantern parade workshops.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary to the final agent (the first request only), its answer, its statement of the ask,
//  a sentence of the answer taking the joined request up, a word of the joined request]
type Case = [string, string, string, string, string, string, string];
const CASES: Case[] = [
  ["pumpkin patch", "Please book four pick-your-own tickets for Saturday 26 October at 10am. And can you pop us on the waiting list for the hayride?", "Book four pick-your-own tickets for Saturday 26 October, 10am.", "Four pick-your-own tickets are booked for Saturday 26 October at 10am; wellies recommended.", "Book four pick-your-own tickets for 26 October at 10am.", " You're on the hayride list for 11am as well.", "hayride"],
  ["steam rally", "Could you reserve a trade pitch for my fudge stall at the August rally? And could you enter us in the Sunday parade of traction engines?", "Reserve a trade pitch for a fudge stall at the August rally.", "Pitch T14 by the main gate is yours for the August weekend; power hook-up included.", "Reserve a trade pitch for the fudge stall in August.", " Your engine is entered in Sunday's traction engine parade too.", "parade"],
  ["lantern parade workshops", "Please book my two kids into the lantern-making workshop on 12 November. And can you add us to the mailing list for next year's parade?", "Book two children into the lantern-making workshop, 12 November.", "Two places are booked on the 12 November lantern-making workshop, 4 to 6pm.", "Book two children on the 12 November lantern workshop.", " I've added your email to the parade mailing list as well.", "mailing list"],
];

const score = async (ask: string, [, , summary, answer, intent]: Case, extra = "") => (await analyzeConversation(conversation(handedOn(ask, summary, answer + extra, "thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("rule joinedPhrasePart: a joined request whose things are in its phrases is a part", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: the joined request left out of the handoff is the lost part", async (...c) => {
    const s = await score(c[1], c);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
    expect(s.intentLostPart).toContain(c[6]);
  });
  it.each(CASES)("near miss, %s: the joined request taken up downstream is reached", async (...c) => {
    expect((await score(c[1], c, c[5])).intentDrift).toBe(false);
  });
  it.each(CASES)("near miss, %s: not joined by \"and\", the request keeps the old reading", async (...c) => {
    const ask = c[1].replace(/ And c(an|ould) you /, " C$1 you ");
    expect(ask).not.toContain(" And ");
    expect((await score(ask, c)).intentDrift).toBe(false);
  });
  it("joinedPhrasePart off: no part, no drift", async () => {
    tuneDrift({}, ["joinedPhrasePart"]);
    for (const c of CASES) expect((await score(c[1], c)).intentDrift).toBe(false);
  });
});
