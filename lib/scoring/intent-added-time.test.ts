// Adding a count of a unit of time is an extension, as "two more nights" already was (judge-offline.ts
// extension, rule `addedTime`): "shorten the stay by 2 days" against "add two nights to the stay" is
// drift (blind-q1 cattery). Near misses: adding time when more time was asked for; adding a thing
// whose name holds a unit of time ("add a note for the night warden"), which has no count. Domains in
// no evaluation corpus: glacier guiding, organ building, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "One moment." }, { handoff: ["front", "bookings"] }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, interpretation adding time, interpretation the same way]
const CASES: Array<[string, string, string, string]> = [
  ["glacier guiding", "The forecast has turned, please shorten my hut stay by two nights.", "Climber wants to add two nights to the hut stay", "Climber wants the hut stay cut short by two nights"],
  ["organ building", "We only need the practice organ until Easter now, can you shorten the hire by a month?", "Church wants to add another month to the practice organ hire", "Church wants the practice organ hire ended a month early, at Easter"],
  ["pearl diving", "Can we shorten the liveaboard trip by 3 days? My leave got cut.", "Guest wants to add 3 days to the liveaboard trip", "Guest wants the liveaboard trip shortened by three days"],
];

afterEach(() => tuneDrift());

describe("adding a count of a unit of time is an extension", () => {
  it.each(CASES)("%s: time added to what was to be shortened is drift", async (_d, ask, added) => {
    const s = await judged(ask, added);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("direction");
  });
  it.each(CASES)("near miss, %s: the stay shortened is no drift", async (_d, ask, _a, same) => {
    expect((await judged(ask, same)).intentDrift).toBe(false);
  });
  it("near miss: time added when more time was asked for is no drift", async () => {
    expect((await judged("Could we extend the liveaboard trip by two days?", "Guest wants to add two days to the liveaboard trip")).intentDrift).toBe(false);
  });
  it("near miss: adding a thing named by a unit of time, with no count, is no extension", async () => {
    const s = await judged("The forecast has turned, please shorten my hut stay.", "Climber wants to add night warden notes to the hut stay");
    expect(s.intentPath).not.toBe("direction");
  });
  it("addedTime off: 'add two nights' is read as no direction", async () => {
    tuneDrift({}, ["addedTime"]);
    for (const [, ask, added] of CASES) expect((await judged(ask, added)).intentPath).not.toBe("direction");
  });
});
