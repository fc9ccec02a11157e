// A value that is one ordinary word is the result's only where its sentence names what it is about
// (freshness.ts `tied`): from blind-ad1's clean `ad-woolmill-keswick-trade-account` ("I'll pass you on"
// 131 s after a credit check returned `result: "pass"`) and `ad-zipline-school-trip-fanout` ("drivers
// get a free hot drink" 263 s after a quote with `staff: "free"`). Near misses: the same word beside a
// word of its key or of the tool's name, or with another value of the result, is a stale use; a day
// name is a date. Glacier guiding, organ building, pearl diving (domains no corpus has).
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { staleTools } from "./freshness.test-util";

function lookupThenSay(tool: string, result: unknown, says: string): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  return [
    { id: "e1", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: "Can you check for me?" },
    { id: "e2", conversationId: "c", timestamp: at(5), type: "tool_call", agent: "a", tool, args: { ref: "GL-40921" }, result },
    { id: "e3", conversationId: "c", timestamp: at(10), type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" },
    { id: "e4", conversationId: "c", timestamp: at(200), type: "message", role: "user", content: "and what else?" },
    { id: "e5", conversationId: "c", timestamp: at(300), type: "message", role: "agent", agent: "b", content: says },
  ] as EventRecord[];
}

describe("a one-word value said about something else is no stale use", () => {
  it.each([
    ["pearl diving", "run_medical_check", { result: "pass", valid_until: "2027-03-01" }, "Boat transfers are another team, I'll pass you on.", "Your medical check came back as a pass."],
    ["glacier guiding", "quote_group", { guides: "free", per_climber: "£85.00" }, "There is a free hot drink at the hut.", "Your two guides go free."],
    ["organ building", "workshop_status", { loft_access: "open", tuner: "on site" }, "Feel free to open a new request any time.", "Loft access is open, so we can start."],
  ])("%s: the word in another sense is not the result's; beside its key or tool it is", async (_d, tool, result, other, said) => {
    expect(await staleTools(lookupThenSay(tool, result, other))).toEqual([]);
    expect(await staleTools(lookupThenSay(tool, result, said))).toEqual([tool]);
  });

  it("another value of the same result in the sentence ties the word to it", async () => {
    const events = lookupThenSay("run_medical_check", { result: "pass", valid_until: "2027-03-01" }, "It was a pass, valid until 2027-03-01.");
    expect(await staleTools(events)).toEqual(["run_medical_check"]);
  });

  it("a day name is a date, read without a tie", async () => {
    expect(await staleTools(lookupThenSay("crevasse_slots", { day: "Friday", start: "06:30" }, "See you Friday then!"))).toEqual(["crevasse_slots"]);
  });
});
