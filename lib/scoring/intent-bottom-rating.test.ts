// The signal34 rule `bottomRating` (intent-bottom-rating.ts): the final agent does another thing to
// the ask's own record (a second two-seater added instead of a swap, a class added instead of
// swapped, a tour rebooked instead of refunded), in words that keep most of the ask's terms, so the
// words read the ask as kept; the user rated the conversation 1 of 5 and nothing else explains it:
// drift. Near misses: the same conversations unrated, rated 2 (an angry customer's rating of a
// conversation that worked), abandoned without a rating (leaving is no verdict on the answer), rated
// 1 with a re-ask that explains the rating, rated 1 before the final answer (the conversation went
// on), and the rule switched off keep the words' verdict.
// Domains in no evaluation corpus: sand-yacht hire, bookbinding classes, kelp foraging tours.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn, withResolution, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const rated = (steps: Step[], csat?: number, status = "resolved") => withResolution(conversation(steps), status, csat, "specialist");
const score = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
/** the project's setting: its ratings are not the user's verdict on the conversation */
const noRatings = async (events: EventRecord[]) => (await analyzeConversation(events, { ...DEFAULT_SETTINGS, ratingEvidence: false })).scores;

// [domain, ask, summary to the final agent, the final agent's message, the user's reply, the final interpretation, the record's reference]
type Case = [string, string, string, string, string, string, string];
/** Another thing done to the ask's own record, in the ask's own words: the words read the ask as kept. */
const OTHER_THING_SAME_WORDS: Case[] = [
  [
    "sand-yacht hire",
    "Hi, please switch my sand-yacht hire SY-4410 from the two-seater to a single-seater for Saturday afternoon.",
    "SY-4410: customer wants to change the sand-yacht on Saturday afternoon's hire.",
    "Done: SY-4410 now has a second two-seater sand-yacht added for Saturday afternoon, so you've got two two-seaters.",
    "what",
    "Customer wants the sand-yacht hire SY-4410 for Saturday afternoon changed to two two-seaters.",
    "SY-4410",
  ],
  [
    "bookbinding classes",
    "Hello, can you swap my Thursday evening bookbinding class on BK-2207 for the Tuesday evening one?",
    "BK-2207: member wants to change her Thursday evening bookbinding class.",
    "All sorted: BK-2207 now has the Tuesday evening bookbinding class and the Thursday evening one, both weekly.",
    "hm",
    "Member wants the Tuesday evening bookbinding class added to BK-2207 alongside Thursday evening.",
    "BK-2207",
  ],
  [
    "kelp foraging tours",
    "Hi, I'd like a refund for the kelp foraging tour KF-3390 on 14 June, the tide times made it impossible for us.",
    "KF-3390: customer wants something done about the 14 June kelp foraging tour; tide times were a problem.",
    "I've rebooked your kelp foraging tour KF-3390 from 14 June to 28 June, when the tide times are much better for the tour.",
    "ok",
    "Customer wants the kelp foraging tour KF-3390 on 14 June moved because of tide times.",
    "KF-3390",
  ],
];

const steps = ([, ask, summary, last, reply, intent]: Case): Step[] => handedOn(ask, summary, last, reply, intent);
/** The same, but the final agent first asks again for the reference the user gave: a re-ask, a failure of its own. */
const withReask = (c: Case): Step[] => {
  const s = steps(c);
  return [...s.slice(0, 3), { agent: "Before I start, could you give me your booking reference?" }, { user: c[6] }, ...s.slice(3)];
};

describe("another thing done in the ask's own words, rated 1, nothing else explaining it: drift", () => {
  afterEach(() => tuneDrift());
  it.each(OTHER_THING_SAME_WORDS)("%s: not rated, the words read the ask as kept (the case the rule is for)", async (...c) => {
    expect((await score(rated(steps(c)))).intentDrift).toBe(false);
  });
  it.each(OTHER_THING_SAME_WORDS)("%s: rated 1: drift", async (...c) => {
    const s = await score(rated(steps(c), 1));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("bottomRating");
  });
  it.each(OTHER_THING_SAME_WORDS)("%s: abandoned and rated 1: drift", async (...c) => {
    expect((await score(rated(steps(c), 1, "abandoned"))).intentPath).toBe("bottomRating");
  });
  it.each(OTHER_THING_SAME_WORDS)("near miss, %s: abandoned without a rating (leaving is no verdict on the answer): the words' verdict stands", async (...c) => {
    expect((await score(rated(steps(c), undefined, "abandoned"))).intentDrift).toBe(false);
  });
  it.each(OTHER_THING_SAME_WORDS)("%s: escalated and rated 1: drift", async (...c) => {
    expect((await score(rated(steps(c), 1, "escalated"))).intentDrift).toBe(true);
  });
  it.each(OTHER_THING_SAME_WORDS)("near miss, %s: rated 2 (what an angry customer gives a conversation that worked): the words' verdict stands", async (...c) => {
    expect((await score(rated(steps(c), 2))).intentDrift).toBe(false);
  });
  it.each(OTHER_THING_SAME_WORDS)("near miss, %s: rated 1 with a re-ask of the reference, which explains the rating: the words' verdict stands", async (...c) => {
    const s = await score(rated(withReask(c), 1));
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentDrift).toBe(false);
  });
  it.each(OTHER_THING_SAME_WORDS)("near miss, %s: rated 1 before the final answer (the conversation went on after the rating): the words' verdict stands", async (...c) => {
    const events = rated(steps(c).slice(0, 3), 1);
    const later = conversation(steps(c).slice(3)).map((e, i) => ({ ...e, id: `later${i}`, timestamp: new Date(Date.UTC(2026, 10, 24, 11, 0, i)).toISOString() }) as EventRecord);
    expect((await score([...events, ...later])).intentDrift).toBe(false);
  });
  it.each(OTHER_THING_SAME_WORDS)("near miss, %s: rated 1 in a project whose ratings are no evidence (ratingEvidence off): the words' verdict stands", async (...c) => {
    const s = await noRatings(rated(steps(c), 1));
    expect(s.intentDrift).toBe(false);
    expect(s.intentPath).not.toBe("bottomRating");
  });
  it("bottomRating off: the conversations rated 1 keep the words' verdict", async () => {
    tuneDrift({}, ["bottomRating"]);
    for (const c of OTHER_THING_SAME_WORDS) expect((await score(rated(steps(c), 1))).intentDrift).toBe(false);
  });
});
