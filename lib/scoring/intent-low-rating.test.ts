// The drift27b rule `lowRating` (intent-low-rating.ts): the final agent works on another matter
// while keeping the ask's record (a weather refund asked, a season pass sold; a tuning asked, a
// restoration quote given), words read it as a weak paraphrase, and the user rated the conversation
// 1 or 2, or left it (abandoned), with no other failure to explain it: drift. Near misses: the same
// conversation rated 4 or not rated; a low rating a re-ask explains; a low rating or a user who left
// on a conversation whose final agent does the ask in the ask's words. Domains in no evaluation corpus: glacier guiding, organ building,
// pearl diving.
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

// [domain, ask, summary to the final agent, the final agent's message, the final interpretation]
type Case = [string, string, string, string, string];
const ANOTHER_MATTER: Case[] = [
  [
    "glacier guiding",
    "Hi, our glacier walk GW-4471 on Tuesday was called off for fog after twenty minutes. Could you refund the two of us for the lost walk?",
    "GW-4471, Tuesday glacier walk, two people, stopped for fog.",
    "Thanks for walking with us! With the season pass you two could join any walk until October, and Tuesday's fee counts towards it. I've set up the season pass on GW-4471.",
    "Guests on GW-4471 want a season pass for this year's glacier walks.",
  ],
  [
    "organ building",
    "The swell pedal on our church organ sticks halfway since the winter. Can your builder come and free it before Easter? Parish account OR-2210.",
    "Parish OR-2210: swell pedal sticking on the church organ, wants a visit before Easter.",
    "The organ on OR-2210 is due its twenty-year restoration, so I've drawn up a restoration quote for the whole instrument and sent it to the parish office.",
    "Parish OR-2210 wants a full restoration quote for their church organ.",
  ],
  [
    "pearl diving",
    "Please move my pearl dive PD-9034 from Friday to Sunday, the boat had engine trouble on Friday's slot last time and I'd rather not risk it.",
    "PD-9034: diver booked on Friday's reef slot; the boat had engine trouble last time.",
    "Our advanced freediving course would get you deeper on the same reef, and your PD-9034 deposit covers the first day. I've enrolled you on it.",
    "Diver on PD-9034 wants to enrol in the advanced freediving course.",
  ],
];

const steps = ([, ask, summary, last, intent]: Case, answer = "ok"): Step[] => handedOn(ask, summary, last, answer, intent);

// the final agent does the ask in the ask's own words (the user is unhappy about something else)
const DONE: Case[] = [
  ["glacier guiding", ANOTHER_MATTER[0][1], ANOTHER_MATTER[0][2], "Your two places on the Tuesday glacier walk GW-4471 are refunded for the lost walk, back on your card in five days.", "Guests on GW-4471 want a refund for the two places on Tuesday's glacier walk, called off for fog."],
  ["organ building", ANOTHER_MATTER[1][1], ANOTHER_MATTER[1][2], "Our builder will come to free the sticking swell pedal on the church organ on 2 April, before Easter, on account OR-2210.", "Parish OR-2210 wants the builder to come and free the sticking swell pedal on their church organ before Easter."],
  ["pearl diving", ANOTHER_MATTER[2][1], ANOTHER_MATTER[2][2], "Your pearl dive PD-9034 is moved from Friday to Sunday, same time.", "Diver wants pearl dive PD-9034 moved from Friday to Sunday."],
];

describe("another matter, rated low with nothing else to explain it: drift", () => {
  afterEach(() => tuneDrift());
  it.each(ANOTHER_MATTER)("%s: rated 2, the words keep the record only: drift", async (...c) => {
    const s = await score(rated(steps(c), 2));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lowRating");
  });
  // (rule `abandoned` reads these too when the interpretation names none of the ask's things; with it off, this rule still does)
  it.each(ANOTHER_MATTER)("%s: not rated, the user left (abandoned): drift", async (...c) => {
    tuneDrift({}, ["abandoned"]);
    const s = await score(rated(steps(c, "maybe, I'll think about it"), undefined, "abandoned"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lowRating");
  });
  it.each(DONE)("near miss, %s: the user left but the final agent did the ask: no drift", async (...c) => {
    expect((await score(rated(steps(c, "right"), undefined, "abandoned"))).intentDrift).toBe(false);
  });
  it.each(ANOTHER_MATTER)("near miss, %s: rated 4: no verdict from the rating", async (...c) => {
    const s = await score(rated(steps(c), 4));
    expect(s.intentPath).not.toBe("lowRating");
  });
  it.each(ANOTHER_MATTER)("near miss, %s: not rated: no verdict from the rating", async (...c) => {
    expect((await score(rated(steps(c)))).intentPath).not.toBe("lowRating");
  });
  it.each(ANOTHER_MATTER)("near miss, %s: rated 1 but the final agent asks again for the reference given: the re-ask explains it", async (...c) => {
    const ref = c[1].match(/[A-Z]{2}-\d{4}/)![0];
    const s = await score(rated([...steps(c).slice(0, 3), { agent: "Before I start, what's your booking reference?" }, { user: `I told you, ${ref}` }, ...steps(c).slice(3)], 1));
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("lowRating");
  });
  it.each(DONE)("near miss, %s: rated 2 but the final agent does the ask: no drift", async (...c) => {
    expect((await score(rated(steps(c, "fine. took long enough"), 2))).intentDrift).toBe(false);
  });
  it.each(ANOTHER_MATTER)("near miss, %s: rated 2 in a project whose ratings are no evidence (ratingEvidence off): no verdict from the rating", async (...c) => {
    expect((await noRatings(rated(steps(c), 2))).intentPath).not.toBe("lowRating");
  });
  it.each(ANOTHER_MATTER)("%s: ratings off, the user left (abandoned): leaving is still read, drift", async (...c) => {
    tuneDrift({}, ["abandoned"]);
    const s = await noRatings(rated(steps(c, "maybe, I'll think about it"), undefined, "abandoned"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lowRating");
  });
  it("lowRating off: the conversations rated low are no longer read as drift by it", async () => {
    tuneDrift({}, ["lowRating"]);
    for (const c of ANOTHER_MATTER) expect((await score(rated(steps(c), 2))).intentPath).not.toBe("lowRating");
  });
});
