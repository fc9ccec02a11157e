// The topic17 rule `abandoned` (intent.ts leftWithout): the user left — the conversation's resolution
// is "abandoned" (SPEC §2.1) — and the final interpretation is about none of the things the user asked
// about (intent-went-along.ts aboutOtherThing): topic drift. Failure cases and near misses are written
// here for the rule in domains no evaluation corpus covers (organ tuning, canoe hire, bakery orders);
// in each the interpretation shares the account, the dates and loose vectors with the ask, so that
// words alone keep it near the ask. Near misses: the same conversation resolved, and an abandoned one
// whose interpretation names the ask's thing. Switching the rule off must make the failures fail.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, the handoff's summary, the final agent's first reply, the user's answer, the final agent's last message]
type Case = [string, string, string, string, string, string];
const FAILS: Case[] = [
  ["organ tuning", "Can you move the organ tuning at St Anne's from Tuesday to the week after? Parish account PA-3310.", "PA-3310: move the organ tuning at St Anne's from Tuesday to the following week.", "I see the blower motor on your account was flagged at the last visit.", "ok", "A new blower motor for St Anne's is £1,240 fitted; I've emailed the quote to the parish account PA-3310."],
  ["canoe hire", "Could we keep the two canoes on hire CH-7720 one more day, until Sunday?", "CH-7720: extend the two-canoe hire by a day, to Sunday.", "Was anything damaged on the river?", "No, nothing. Why?", "Then your £50 deposit on CH-7720 comes back to your card within 5 days of the return."],
  ["bakery orders", "Please change the wording on my birthday cake to 'Happy 40th Sam'. Order BK-5521 for Saturday.", "BK-5521 (Saturday): cake wording to read 'Happy 40th Sam'.", "I can see your loyalty stamps are nearly full.", "right", "You have 9 stamps on order BK-5521's account; your next coffee is free at the counter."],
];

const NEAR: Case[] = [
  // the interpretation does the ask: it names the tuning
  ["organ tuning", FAILS[0][1], FAILS[0][2], "Let me check the tuner's diary.", "ok", "The organ tuning at St Anne's is moved to Tuesday the week after, parish account PA-3310."],
  ["canoe hire", FAILS[1][1], FAILS[1][2], "Let me check the fleet.", "ok thanks", "Both canoes on CH-7720 are yours until Sunday now, one more day at £30."],
  ["bakery orders", FAILS[2][1], FAILS[2][2], "Let me check with the decorator.", "right", "The cake for order BK-5521 will read 'Happy 40th Sam' on Saturday."],
];

function events([, ask, summary, first, answer, last]: Case, status: "abandoned" | "resolved"): EventRecord[] {
  const steps = conversation([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: first }, { user: answer }, { agent: last }]);
  const end = { id: "end", conversationId: "c", timestamp: new Date(Date.UTC(2026, 10, 24, 10, 1)).toISOString(), type: "resolution", agent: "desk", status } as EventRecord;
  return [...steps, end];
}
const score = async (e: EventRecord[]) => (await analyzeConversation(e, DEFAULT_SETTINGS)).scores;

describe("the user left without what they asked for: drift", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s, abandoned: drift", async (...c) => {
    const s = await score(events(c, "abandoned"));
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("topic");
  });
  it.each(FAILS)("near miss, %s, resolved: no drift", async (...c) => {
    expect((await score(events(c, "resolved"))).intentDrift).not.toBe(true);
  });
  it.each(NEAR)("near miss, %s, abandoned but the ask done: no drift", async (...c) => {
    expect((await score(events(c, "abandoned"))).intentDrift).not.toBe(true);
  });
  // (drift27b's lowRating reads the same ending when the words are weak: both are switched off)
  it("abandoned off: leaving alone no longer flags", async () => {
    tuneDrift({}, ["abandoned", "lowRating"]);
    for (const c of FAILS) expect((await score(events(c, "abandoned"))).intentDrift).not.toBe(true);
  });
});
