// Figure `joinedPartReached` (intent.ts partBar): a request set beside another — joined by "and" and
// asking in its own words, or marked "also"/"too" — reaches an agent only when two fifths of its own
// words are named downstream, not the quarter every other part needs: a short second task shares a
// word or two of its setting with the first ("… for the drying floor" while the crew goes in by the
// drying floor), which reaches a quarter of it by chance. Near misses: the second request taken up in
// the agent's own words is reached; the same words in a sentence of their own, neither joined nor
// marked, keep the quarter; a conversation the user resolved and rated 5 keeps the quarter (rule
// topRatingPart), one rated 4 does not; at a bar of a quarter each dropped request is read as reached.
// Domains in no evaluation corpus: grain store fumigation, stage curtain flameproofing, beach
// wheelchair loans.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn, withResolution } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary to the final agent, the final agent's answer, its statement of the ask,
//  the dropped request's word, the answer's sentence taking it up, the request as a sentence of its own]
type Case = [string, string, string, string, string, RegExp, string, [string, string]];
const CASES: Case[] = [
  [
    "grain store fumigation",
    "We farm at Holm Lane and the grain store has weevils again, same as last spring. Please fumigate the store before harvest starts on 20 July. And can you price up stainless mesh screens for the drying floor?",
    "Fumigate the grain store at Holm Lane before harvest on 20 July; weevils again, as last spring.",
    "Our crew will treat the store on 14 July, going in by the drying floor, and it will be safe to fill by the 17th.",
    "Fumigate the grain store before 20 July.",
    /screens/,
    " Stainless mesh for the floor vents comes to £640 fitted.",
    ["And can you price up", "Can you price up"],
  ],
  [
    "stage curtain flameproofing",
    "I look after the Corn Exchange theatre and our fire officer has flagged the main tabs. Could you flameproof the stage curtains before our panto opens on 5 December? And can you also quote masking for the wings?",
    "Flameproof the main stage curtains at the Corn Exchange before the panto opens, 5 December.",
    "We'll treat the tabs in situ on 28 November, working from the wings, and leave a certificate for your fire officer.",
    "Flameproof the stage curtains before 5 December.",
    /masking/,
    " Masking flats for both sides would be £1,150, quoted separately by email.",
    ["And can you also quote", "Can you quote"],
  ],
  [
    "beach wheelchair loans",
    "My dad uses a wheelchair and we are at Sandymouth for the bank holiday. Can we reserve one of your beach wheelchairs for Saturday morning? And could you save us a disabled parking space near the cafe too?",
    "Beach wheelchair loan for Saturday morning at Sandymouth, for the customer's dad.",
    "A balloon-tyred chair is reserved for Saturday at 9:30; collect it from the hut beside the cafe.",
    "Reserve a beach wheelchair for Saturday morning.",
    /parking/,
    " A blue-badge parking bay next to the hut is held in your name as well.",
    ["And could you save us a disabled parking space near the cafe too?", "Could you save us a disabled parking space near the cafe?"],
  ],
];

const score = async (ask: string, [, , summary, answer, intent]: Case, extra = "") => (await analyzeConversation(conversation(handedOn(ask, summary, answer + extra, "thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("figure joinedPartReached: a request joined to another needs two fifths of its words named", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: a joined request named only by its setting is the lost part", async (...c) => {
    const s = await score(c[1], c);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
    expect(s.intentLostPart).toMatch(c[5]);
  });
  it.each(CASES)("near miss, %s: the joined request taken up in the agent's own words is reached", async (...c) => {
    const s = await score(c[1], c, c[6]);
    expect(s.intentDrift).toBe(false);
  });
  it.each(CASES)("near miss, %s: the same request neither joined nor marked keeps the quarter", async (...c) => {
    const ask = c[1].replace(c[7][0], c[7][1]);
    expect(ask).not.toBe(c[1]);
    const s = await score(ask, c);
    expect(s.intentDrift).toBe(false);
  });
  it.each(CASES)("near miss, %s: resolved and rated 5, the joined request keeps the quarter; rated 4, it does not", async (...c) => {
    const [, ask, summary, answer, intent] = c;
    const rated = async (csat: number) => (await analyzeConversation(withResolution(conversation(handedOn(ask, summary, answer, "thanks", intent)), "resolved", csat, "specialist"), DEFAULT_SETTINGS)).scores;
    expect((await rated(5)).intentDrift).toBe(false);
    const four = await rated(4);
    expect(four.intentDrift).toBe(true);
    expect(four.intentLostPart).toMatch(c[5]);
    tuneDrift({}, ["topRatingPart"]);
    expect((await rated(5)).intentDrift).toBe(true);
  });
  it("at a bar of a quarter, each dropped joined request is read as reached", async () => {
    tuneDrift({ joinedPartReached: 0.25 });
    for (const c of CASES) expect((await score(c[1], c)).intentDrift).toBe(false);
  });
});
