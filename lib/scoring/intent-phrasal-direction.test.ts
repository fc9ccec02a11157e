// Which way a phrasal verb of moving takes a date (judge-offline.ts phrasalDirection, rule
// `phrasalDirection`): "push/move/shift/set it back" is later, "bring/move/pull it forward" earlier, so
// an interpretation that moves the same thing the other way is drift (blind-v1 shed building: "I need
// it pushed back a few weeks" → "move the install earlier"). Near misses: the same way said otherwise
// ("two weeks later", "the earlier spring session") and "bring/put it back" (return it), which takes
// no date anywhere. Domains in no evaluation corpus: dental check-ups, music exams, boiler servicing.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "One moment." }, { handoff: ["front", "bookings"] }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, opposite interpretation, same-way interpretation]
const CASES: Array<[string, string, string, string]> = [
  ["dental check-ups", "Could you push my appointment back by a fortnight? I'm away that week.", "Patient wants the dental appointment brought forward to this Friday", "Patient wants the dental appointment moved two weeks later"],
  ["music exams", "Please bring my piano exam forward to the spring session.", "Candidate wants the piano exam postponed to the autumn session", "Candidate wants the piano exam moved to the earlier spring session"],
  ["boiler servicing", "Can you move the boiler service back to after Christmas?", "Customer wants the boiler service brought forward to next week", "Customer wants the boiler service delayed until after Christmas"],
];

afterEach(() => tuneDrift());

describe("a phrasal verb of moving says which way the date goes", () => {
  it.each(CASES)("%s: the other way is drift", async (_d, ask, opposite) => {
    const s = await judged(ask, opposite);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("direction");
  });
  it.each(CASES)("near miss, %s: the same way said otherwise is no drift", async (_d, ask, _o, same) => {
    expect((await judged(ask, same)).intentDrift).toBe(false);
  });
  it("near miss: 'bring it back' returns a thing and moves no date", async () => {
    expect((await judged("Can you bring the hire van back to the depot on Monday?", "Customer wants the hire van returned to the depot earlier, on Monday")).intentDrift).toBe(false);
  });
  it("phrasalDirection off: the opposites are not read as directions", async () => {
    tuneDrift({}, ["phrasalDirection"]);
    for (const [, ask, opposite] of CASES) expect((await judged(ask, opposite)).intentPath).not.toBe("direction");
  });
});
