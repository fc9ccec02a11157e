// The fp33 rule `topRating` (intent-top-rating.ts): the words read an opposite act or another way
// ("cancel it unless the trail has reopened" answered "it has, so I haven't cancelled"; a customer's
// "buy" answered by the agent's "sell" was one too, until rule converse: intent-converse.test.ts), while the final agent's answer meets the ask, and the user resolved the conversation
// rated 5 of 5: no drift. Near misses: the same conversations rated 4, not rated, rated 5 but
// escalated, or rated 5 before the final answer keep the words' verdict; a part left out (partial
// loss) keeps its verdict rated 5.
// Domains in no evaluation corpus: truffle hunting, sled-dog tours, stilt-walking lessons.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn, withResolution, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const rated = (steps: Step[], csat?: number, status = "resolved"): EventRecord[] => withResolution(conversation(steps), status, csat);
const score = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
/** the project's setting: its ratings are not the user's verdict on the conversation */
const noRatings = async (events: EventRecord[]) => (await analyzeConversation(events, { ...DEFAULT_SETTINGS, ratingEvidence: false })).scores;

// [domain, ask, summary to the final agent, the final agent's message, the user's reply, the final interpretation]
type Case = [string, string, string, string, string, string];
/** The ask met, in words the judge reads as the opposite act (a conditional cancellation answered by keeping, as its condition asked). */
const MET: Case[] = [
  [
    "truffle hunting",
    "Please cancel our truffle hunt TH-2290 on Sunday, unless the forecast has cleared by Friday - if it has, keep it.",
    "TH-2290: cancel Sunday's hunt unless the forecast clears by Friday; if it does, keep it.",
    "The forecast cleared this morning, so as you asked I haven't cancelled - TH-2290 stays booked for Sunday.",
    "lovely, thank you!",
    "Keep the customer's Sunday truffle hunt TH-2290 booked, as the forecast has cleared.",
  ],
  [
    "sled-dog tours",
    "Please cancel our sled-dog tour SD-3318 on Saturday, unless the lake trail has reopened by then - in that case keep it.",
    "SD-3318: cancel Saturday's tour unless the lake trail has reopened; if it has, keep it.",
    "Good news: the lake trail reopened this morning, so as you asked I haven't cancelled - your Saturday tour SD-3318 stays booked.",
    "oh great, thanks",
    "Keep the customer's Saturday sled-dog tour SD-3318 booked, as the lake trail has reopened.",
  ],
  [
    "stilt-walking lessons",
    "Please take my daughter off Tuesday's stilt class on SW-7720, unless the physio clears her ankle by Monday - if he does, leave her in.",
    "SW-7720: remove daughter from Tuesday's class unless the physio clears her ankle by Monday; if so, leave her in.",
    "The physio's note came in today clearing her ankle, so as you asked she stays in Tuesday's class on SW-7720.",
    "perfect, thanks so much",
    "Keep the daughter in Tuesday's stilt class on SW-7720, as the physio has cleared her.",
  ],
];

/** Two parts asked, the second reaching no agent: partial loss, which a satisfied user overlooks. */
const PART_LEFT_OUT: Case[] = [
  [
    "truffle hunting",
    "Please book two places on Sunday's truffle hunt. Could you also arrange a vegetarian lunch for my wife?",
    "Two places on Sunday's truffle hunt.",
    "Two places are booked on Sunday's truffle hunt, meeting at the oak wood car park at nine.",
    "great thanks",
    "Customer wants two places on Sunday's truffle hunt.",
  ],
  [
    "sled-dog tours",
    "Can you move our sled-dog tour to Friday morning? And please add a thermal suit hire for my son.",
    "Move the sled-dog tour to Friday morning.",
    "Your sled-dog tour is moved to Friday morning, same musher and team.",
    "thanks!",
    "Customer wants the sled-dog tour moved to Friday morning.",
  ],
  [
    "stilt-walking lessons",
    "Please enrol my son on the Thursday stilt-walking class, and could you also send me the safety waiver form?",
    "Enrol son on Thursday stilt-walking class.",
    "Your son is enrolled on the Thursday stilt-walking class from next week.",
    "thank you",
    "Parent wants her son enrolled on the Thursday stilt-walking class.",
  ],
];

const steps = ([, ask, summary, last, reply, intent]: Case): Step[] => handedOn(ask, summary, last, reply, intent);

describe("the ask met in words read as the opposite, resolved and rated 5 of 5: no drift", () => {
  afterEach(() => tuneDrift());
  it.each(MET)("%s: not rated, the words alone read drift (the case the rule is for)", async (...c) => {
    expect((await score(rated(steps(c)))).intentDrift).toBe(true);
  });
  it.each(MET)("%s: rated 5, resolved: no drift", async (...c) => {
    const s = await score(rated(steps(c), 5));
    expect(s.intentDrift).toBe(false);
    expect(s.intentPath).toBe("topRating");
  });
  it.each(MET)("near miss, %s: rated 4: the words' verdict stands", async (...c) => {
    expect((await score(rated(steps(c), 4))).intentDrift).toBe(true);
  });
  it.each(MET)("near miss, %s: rated 5 but escalated: the words' verdict stands", async (...c) => {
    expect((await score(rated(steps(c), 5, "escalated"))).intentDrift).toBe(true);
  });
  it.each(MET)("near miss, %s: rated 5 before the final answer (the conversation went on after the rating): the words' verdict stands", async (...c) => {
    const events = rated(steps(c).slice(0, 3), 5);
    const later = conversation(steps(c).slice(3)).map((e, i) => ({ ...e, id: `later${i}`, timestamp: new Date(Date.UTC(2026, 10, 24, 11, 0, i)).toISOString() }) as EventRecord);
    expect((await score([...events, ...later])).intentDrift).toBe(true);
  });
  it.each(PART_LEFT_OUT)("near miss, %s: a part left out, rated 5: still partial loss", async (...c) => {
    const s = await score(rated(steps(c), 5));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(MET)("near miss, %s: rated 5 in a project whose ratings are no evidence (ratingEvidence off): the words' verdict stands", async (...c) => {
    const s = await noRatings(rated(steps(c), 5));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).not.toBe("topRating");
  });
  it("topRating off: the conversations rated 5 keep the words' verdict", async () => {
    tuneDrift({}, ["topRating"]);
    for (const c of MET) expect((await score(rated(steps(c), 5))).intentDrift).toBe(true);
  });
});
