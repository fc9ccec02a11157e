// A newer call of the same tool that keeps every argument of the older call, each with its value,
// and adds more (the same question narrowed or given detail: availability for the same day, now with
// an add-on) refreshes the older result: SPEC §3.5 "with no newer call of the same tool"
// (freshness.ts asksAgain). A value only the older result held ("Ridge route was taken this
// morning") is then the newer answer's news, not a stale use. Near misses: a newer call that changes
// an argument (another day) asked about something else; another tool with the same arguments.
// Glacier guiding, organ building and pearl diving (domains in no corpus; texts written here).
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

/** a lookup at 0 s, a user turn hours later, a handoff, a second call (tool, args), and the receiver's message */
function rerun(tool: string, args: Record<string, unknown>, first: unknown, again: [string, Record<string, unknown>, unknown], says: string): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  return [
    { id: "e1", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: "What is free that day?" },
    { id: "e2", conversationId: "c", timestamp: at(5), type: "tool_call", agent: "a", tool, args, result: first },
    { id: "e3", conversationId: "c", timestamp: at(10), type: "message", role: "agent", agent: "a", content: "We have cover. Anything else to add?" },
    { id: "e4", conversationId: "c", timestamp: at(10_000), type: "message", role: "user", content: "Yes, add the extra, sorry for the delay." },
    { id: "e5", conversationId: "c", timestamp: at(10_010), type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" },
    { id: "e6", conversationId: "c", timestamp: at(10_020), type: "tool_call", agent: "b", tool: again[0], args: again[1], result: again[2] },
    { id: "e7", conversationId: "c", timestamp: at(10_040), type: "message", role: "agent", agent: "b", content: says },
  ] as EventRecord[];
}
const stale = async (e: EventRecord[]) => (await analyzeConversation(e, DEFAULT_SETTINGS)).handoffs.flatMap((h) => h.staleUses.map((u) => u.tool));

describe("a newer call of the same tool with every older argument and more", () => {
  it("glacier guiding: the same day's routes asked again with crampon hire refresh the first answer", async () => {
    const args = { date: "14 March 2026", party: 4 };
    const first = { routes: ["Ridge route", "Icefall loop"] };
    const again = { routes: ["Icefall loop"], crampons: "available" };
    const says = "I've re-checked: the Icefall loop is free on 14 March (the Ridge route was taken this morning), crampons included.";
    expect(await stale(rerun("route_availability", args, first, ["route_availability", { ...args, extras: ["crampons"] }, again], says))).toEqual([]);
    // near miss: the second call asked about another day, so the first day's answer was not refreshed
    expect(await stale(rerun("route_availability", args, first, ["route_availability", { date: "15 March 2026", party: 4, extras: ["crampons"] }, again], says))).toEqual(["route_availability"]);
  });
  it("organ building: a voicing slot asked again for the same stop with the pipe count refreshes it; another tool does not", async () => {
    const args = { stop: "Principal 8", workshop: "north" };
    const first = { slots: ["Tuesday 09:30", "Thursday 14:00"], fee: "£640" };
    const says = "Thursday 14:00 is still open for the Principal 8 voicing; Tuesday 09:30 has gone. The fee is £640.";
    expect(await stale(rerun("voicing_slots", args, first, ["voicing_slots", { workshop: "north", stop: "Principal 8", pipes: 61 }, { slots: ["Thursday 14:00"] }], says))).toEqual([]);
    expect(await stale(rerun("voicing_slots", args, first, ["tuning_slots", { ...args, pipes: 61 }, { slots: ["Thursday 14:00"] }], says))).toEqual(["voicing_slots"]);
  });
  it("pearl diving: a boat's seats asked again with the dive kit refresh them; the same call for another boat does not", async () => {
    const args = { boat: "Nautilus", date: "2 May 2026" };
    const first = { seats_left: 6, guide: "Amara Osei" };
    const says = "Amara Osei is guiding the Nautilus on 2 May and the kit is ready.";
    expect(await stale(rerun("boat_seats", args, first, ["boat_seats", { ...args, kit: "full" }, { seats_left: 4, kit: "ready" }], says))).toEqual([]);
    expect(await stale(rerun("boat_seats", args, first, ["boat_seats", { boat: "Calypso", date: "2 May 2026", kit: "full" }, { seats_left: 4, kit: "ready" }], says))).toEqual(["boat_seats"]);
  });
});
