// The user's contradiction with an adverb of emphasis after the copula (intent-objection-forms.ts, rule
// `emphaticObjection`, fifty-seventh session): "That is literally the opposite of what I said." (blind-cl1: a drone
// show customer letting a reserve night go, answered with the night locked in and its fee charged) was read as no
// objection, as "that's the opposite" and "that is not what" are; so are "that's really not what we asked for" and
// "this is just not what I meant". English puts such an adverb there in any trade. Near misses: an adverb of emphasis
// before praise ("that is really kind") or agreement ("that's exactly what I wanted"), and the rule off.
// Domains in no evaluation corpus: roller-skate hire, a wormery supplier, a clockwork tin-toy restorer.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { objectionForms } from "./intent-objection-forms";

const judged = async (ask: string, done: string, reply: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thank you, I'll pass you to my colleague." }, { handoff: ["triage", "desk"] }, { agent: done }, { user: reply }, { agent: "Noted, anything else?" }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

// [domain, the ask, what the final agent did (another thing), the user's emphatic contradiction]
const EMPHATIC: Array<[string, string, string, string]> = [
  [
    "roller-skate hire",
    "Can you swap our rink session RS-4410 from Saturday morning to Sunday afternoon? Two of the kids have a party on Saturday.",
    "I've added knee and elbow pads for all six skaters to RS-4410, £9 in total, ready at the hire desk.",
    "That is literally not what I asked for.",
  ],
  [
    "wormery supplier",
    "Please pause my monthly bedding refill, order WM-2217, while we're away for the summer.",
    "Good news: I've doubled WM-2217 to two bags of coir bedding a month from June.",
    "that's completely the opposite of what I said",
  ],
  [
    "clockwork tin-toy restorer",
    "Could you quote for a new mainspring in my tin robot, job TT-0931? It won't wind at all now.",
    "I've booked TT-0931 in for a full repaint of the robot's chest panel, £65, back in three weeks.",
    "This is just not what I meant.",
  ],
];

afterEach(() => tuneDrift());

describe("an adverb of emphasis between the copula and the contradiction", () => {
  it.each(EMPHATIC)("%s: the emphatic contradiction is drift evidence", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentReason).toMatch(/^the user (?:objected|corrected)/);
  });

  it.each(EMPHATIC)("the rule off, %s: the contradiction was not read as an objection", async (_d, ask, done, reply) => {
    tuneDrift({}, ["emphaticObjection"]);
    expect((await judged(ask, done, reply)).intentReason ?? "").not.toMatch(/^the user (?:objected|corrected)/);
  });

  it.each(EMPHATIC)("near miss, %s: an adverb of emphasis before praise is no objection", async (_d, ask, done) => {
    const s = await judged(ask, done, "that is really kind, thank you");
    expect(s.intentReason ?? "").not.toMatch(/^the user (?:objected|corrected)/);
  });

  it("reads the emphatic forms and leaves praise and agreement alone", () => {
    const on = objectionForms({ wide: true, emphatic: true, acked: true });
    const off = objectionForms({ wide: true, acked: true });
    for (const t of ["That is literally the opposite of what I said.", "that's really not what we asked for", "this is just not what I meant", "It was totally the opposite"]) {
      expect(on.misunderstood.test(t), t).toBe(true);
      expect(off.misunderstood.test(t), t).toBe(false);
    }
    expect(on.corrects.test("that's exactly the opposite")).toBe(true);
    for (const t of ["that is really kind", "that's exactly what I wanted", "this is simply perfect", "that's literally the best news"]) {
      expect(on.misunderstood.test(t), t).toBe(false);
      expect(on.corrects.test(t), t).toBe(false);
    }
  });
});
