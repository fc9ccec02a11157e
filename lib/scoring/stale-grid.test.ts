// Stale tool results as a phenomenon (SPEC §3.5, freshness.ts): every kind of value a result holds
// (a status, an amount, a date, a time, a count, a measurement, a percentage) × every form an agent
// restates it in after a handoff (verbatim, in another format, beside its name or unit) × the ways
// it can age (by user turns before the handoff, by seconds, across several user turns after it)
// must be flagged; the same message with another value, and every use inside the window or after
// the tool was called again, must not. The forms were written from how values are restated, not
// read from any corpus (docs/evaluation.md, facts12h). Domains: orchard cider press, bell foundry,
// canal lock-keeping, violin repair, falconry days, stained glass, letterpress printing, a grain-drying barn.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

interface Kind {
  tool: string;
  result: Record<string, unknown>;
  uses: string[];
  others: string[];
}
const KINDS: Kind[] = [
  { tool: "press_status", result: { status: "awaiting_apples" }, uses: ["The press is still awaiting apples.", "Status: awaiting_apples."], others: ["We're awaiting your reply."] },
  { tool: "casting_status", result: { stage: "Cooling in the mould" }, uses: ["Your bell is cooling in the mould."], others: ["The mould is being made."] },
  { tool: "repair_quote", result: { quote: "£185.00" }, uses: ["The quote is £185.", "That's 185 pounds all in.", "It comes to GBP 185.00."], others: ["That's £18.50.", "The workshop is 185 miles away."] },
  { tool: "next_slot", result: { next_slot: "2026-03-14" }, uses: ["The next slot is 14 March.", "Next slot: 14/03/2026.", "We can do March 14th."], others: ["We can do 15 March."] },
  { tool: "lock_times", result: { next_passage: "14:30" }, uses: ["The next passage is at 14:30.", "Next passage is 2:30pm."], others: ["The next passage is at 4:30pm."] },
  { tool: "falconry_spaces", result: { spaces_left: 4 }, uses: ["There are 4 spaces left.", "Only 4 spaces remain on Saturday."], others: ["Bring 4 friends if you like."] },
  { tool: "glass_test", result: { lead_ppm: 80 }, uses: ["Lead at 80 ppm is over the limit.", "The lead reading is 80."], others: ["Use an 80 mm came for the border."] },
  { tool: "press_check", result: { ink_level: "35%" }, uses: ["The ink level is at 35%.", "Ink is down to 35 per cent."], others: ["About 35 posters so far."] },
  // (a percentage held as a number under a key naming it: "moisture_pct": 14, said with its sign and no word of the key;
  // fifty-second session, from blind-ca1's "The tank is at 38%" after `{"fuel_pct": 38}`)
  { tool: "dryer_probe", result: { moisture_pct: 14 }, uses: ["The wheat is at 14%.", "It's reading 14 per cent."], others: ["There are 14 tonnes in the bin.", "It's 14 miles away."] },
];

type At = [seconds: number, what: string];
/** Ages: the use comes after the lookup by more than 2 user turns or 120 s (stale), or within both, or after a fresh call. */
const AGES: Record<string, { stale: boolean; steps: (use: string) => At[] }> = {
  "three user turns before the handoff": { stale: true, steps: (use) => [[10, "user: ok"], [20, "user: hmm"], [30, "user: one more thing"], [40, "handoff"], [50, `agent: ${use}`]] },
  "five minutes, no user turn": { stale: true, steps: (use) => [[200, "handoff"], [300, `agent: ${use}`]] },
  "several user turns after the handoff": { stale: true, steps: (use) => [[6, "handoff"], [10, "agent: Hello!"], [20, "user: hi"], [30, "agent: How can I help?"], [40, "user: the same thing"], [50, "agent: Right."], [60, "user: so?"], [70, `agent: ${use}`]] },
  "one user turn, seconds later (near miss)": { stale: false, steps: (use) => [[10, "user: ok"], [20, "handoff"], [30, `agent: ${use}`]] },
  "called again before the use (near miss)": { stale: false, steps: (use) => [[10, "user: ok"], [20, "user: hmm"], [30, "user: one more thing"], [40, "handoff"], [45, "recall"], [50, `agent: ${use}`]] },
};

function events(kind: Kind, ageSteps: At[]): EventRecord[] {
  const t0 = Date.UTC(2026, 11, 6, 9, 0, 0);
  const steps: At[] = [[0, "user: Can you check on it for me? Ref QX-41270"], [2, "call"], [4, "agent: Let me look that up."], ...ageSteps];
  return steps.map(([s, what], i) => {
    const base = { id: `e${i}`, conversationId: "c", timestamp: new Date(t0 + s * 1000).toISOString() };
    if (what === "handoff") return { ...base, type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" } as EventRecord;
    if (what === "call" || what === "recall") return { ...base, type: "tool_call", agent: what === "call" ? "a" : "b", tool: kind.tool, args: { ref: "QX-41270" }, result: kind.result } as EventRecord;
    const [role, content] = [what.slice(0, what.indexOf(":")), what.slice(what.indexOf(":") + 2)];
    return { ...base, type: "message", role, agent: role === "agent" ? (s < 6 ? "a" : "b") : undefined, content } as EventRecord;
  });
}
const flagged = async (kind: Kind, steps: At[]) => (await analyzeConversation(events(kind, steps), DEFAULT_SETTINGS)).scores.staleUseCount > 0;

describe("stale uses: result kinds × restated forms × ages", () => {
  it.each(Object.entries(AGES))("%s", async (_, age) => {
    const wrong: string[] = [];
    for (const kind of KINDS) {
      for (const use of kind.uses) if ((await flagged(kind, age.steps(use))) !== age.stale) wrong.push(`${kind.tool}: ${use}`);
      // the same message with another value never uses the result
      for (const other of kind.others) if (await flagged(kind, age.steps(other))) wrong.push(`${kind.tool} (other value): ${other}`);
    }
    expect(wrong).toEqual([]);
  });
});
