// An opposite read only against an earlier statement of the ask (intent.ts throughEarlier, path
// "earlier>antonym"/"earlier>direction"/"earlier>polarity") is drift only when the user asked again
// for what they first asked (RULE.bridgeOpposite; issue 12, drift21f), the corroboration another thing
// done through the same bridge already needs (RULE.askedAgain). The restatement is one agent's reading
// of the ask, and the user may have turned the ask round since ("the latest ask is the ask"); on
// held-out text this path was wrong in all of its verdicts (0 drifts, 2 clean false alarms) and never
// decided a development conversation. Near misses (no second request: the judge abstains, saying
// why) and failure cases (the user asks again and the final agent states the opposite: drift) in
// domains in no development corpus (canal moorings, beekeeping, craft fairs); switching the rule off
// must make the near misses drift again.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { analyzeConversation } from "./run-scorers";

function events(ask: string, summary: string, again: string | null, intent: string): EventRecord[] {
  const base = (i: number) => ({ id: `e${i}`, conversationId: "c", timestamp: new Date(Date.UTC(2026, 11, 3, 9, 0, i)).toISOString() });
  return [
    { ...base(0), type: "message", role: "user", content: ask },
    { ...base(1), type: "message", role: "agent", agent: "intake", content: "Thanks, passing you to our accounts desk." },
    { ...base(2), type: "handoff", agent: "intake", from: "intake", to: "desk", mode: "transfer", summary, payload: {} },
    { ...base(3), type: "message", role: "agent", agent: "desk", content: "Hello, noted." },
    ...(again ? [{ ...base(4), type: "message", role: "user", content: again }] : []),
    { ...base(5), type: "intent", agent: "desk", intent },
  ] as EventRecord[];
}
const analysis = async (...a: Parameters<typeof events>) => analyzeConversation(events(...a), DEFAULT_SETTINGS);
const scores = async (...a: Parameters<typeof events>) => (await analysis(...a)).scores;

afterEach(() => tuneDrift());

// [domain, ask, summary handed on (the ask restated), the user asking again, the final intent stating the opposite in other words]
const CASES: Array<[string, string, string, string, string]> = [
  ["canal moorings", "Hi, I would like to give up my mooring on the canal, we have sold the narrowboat.", "Boater wants to cancel the canal mooring.", "Sorry, can I still give up the mooring?", "renew the berth agreement for bay 7"],
  ["beekeeping", "Hello, I would like to give up my hive insurance, the bees swarmed off in June.", "Beekeeper wants to cancel the hive insurance.", "Can I just give up the hive insurance please?", "renew the colony cover for apiary 3"],
  ["craft fairs", "I would like to give up my stall at the Sunday craft fair, too much on.", "Trader wants to cancel the craft fair pitch.", "So can I give up the stall or not?", "renew the trading licence for pitch 22"],
];

describe("an opposite read against an earlier statement of the ask needs the user to ask again", () => {
  it.each(CASES)("near miss, %s: the opposite of the restatement, no second request: the judge abstains, saying why", async (_d, ask, summary, _again, intent) => {
    const a = await analysis(ask, summary, null, intent);
    expect(a.scores.intentDrift).toBeNull();
    expect(a.scores.intentPath).toBeNull();
    expect(a.scoreReasons.intentDrift).toMatch(/earlier statement of the ask.*never asked again/);
  });
  it.each(CASES)("%s: the user asks again and the final agent states the opposite: drift", async (_d, ask, summary, again, intent) => {
    const s = await scores(ask, summary, again, intent);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("earlier>antonym");
  });
  it.each(CASES)("%s, rule off: the near miss is drift again (earlier>antonym)", async (_d, ask, summary, _again, intent) => {
    tuneDrift({}, ["bridgeOpposite"]);
    const s = await scores(ask, summary, null, intent);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("earlier>antonym");
  });
});
