// A value a newer, fresh call was made with was refreshed (freshness.ts): the system took it again —
// a time picked from an old list and then booked, a dose looked up long ago and then ordered. Near
// misses: the newer call made with another value refreshes nothing, and the old result's other
// values (a price the booking was not made with) still go stale. Failure cases and near misses in a
// cinema box office, a hot-air balloon operator and a guitar repair shop (domains in no corpus).
// (A result's value the call itself was made with, its query echoed, is never stale: first tried in
// facts18, it lost held-out j1's stale use, found through "butter croissant" rather than its count;
// kept in facts19 with that count read where it stands, freshness-echo.test.ts.)
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

type Step = [number, string, unknown?, unknown?];
function timeline(steps: Step[]): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  return steps.map(([s, kind, a, b], i) => {
    const base = { id: `e${i + 1}`, conversationId: "c", timestamp: new Date(t0 + s * 1000).toISOString() };
    if (kind === "handoff") return { ...base, type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" } as EventRecord;
    if (kind.startsWith("tool:")) return { ...base, type: "tool_call", agent: "a", tool: kind.slice(5), args: a ?? {}, result: b } as EventRecord;
    const [role, ...rest] = kind.split(": ");
    return { ...base, type: "message", role: role as "user" | "agent", agent: role === "agent" ? "b" : undefined, content: rest.join(": ") } as EventRecord;
  });
}
const stale = async (steps: Step[]) => (await analyzeConversation(timeline(steps), DEFAULT_SETTINGS)).handoffs.flatMap((h) => h.staleUses.map((u) => u.tool));
/** a list looked up, a handoff, a pick, then a booking call made with `bookedWith` and the agent's message */
const picked = (list: [string, unknown, unknown], pick: string, book: [string, Record<string, unknown>], says: string): Step[] => [
  [0, "user: What have you got?"],
  [5, `tool:${list[0]}`, list[1], list[2]],
  [10, "handoff"],
  [60, `user: ${pick} please`],
  [290, `tool:${book[0]}`, book[1], { booking: "BK-88102" }],
  [300, `agent: ${says}`],
];

describe("a value a newer fresh call was made with is refreshed", () => {
  it("cinema: a showing picked from an old list and then booked is fresh; booked at another time it is not", async () => {
    const list: [string, unknown, unknown] = ["showtimes", { film: "Dune" }, { times: ["18:40", "21:10"] }];
    expect(await stale(picked(list, "21:10", ["book_seats", { film: "Dune", time: "21:10" }], "Booked: BK-88102, Dune at 21:10."))).toEqual([]);
    expect(await stale(picked(list, "21:10", ["book_seats", { film: "Dune", time: "18:40" }], "Booked: BK-88102, Dune at 21:10."))).toEqual(["showtimes"]);
  });
  it("balloon rides: a launch picked and booked is fresh; the old price restated with it is still stale", async () => {
    const list: [string, unknown, unknown] = ["flight_slots", { site: "Longleat" }, { launches: ["05:40", "06:15"], price: "£240" }];
    expect(await stale(picked(list, "06:15", ["book_flight", { launch: "06:15", seats: 2 }], "Booked BK-88102, launch 06:15."))).toEqual([]);
    expect(await stale(picked(list, "06:15", ["book_flight", { launch: "06:15", seats: 2 }], "Booked BK-88102, launch 06:15, £240 each."))).toEqual(["flight_slots"]);
  });
  it("guitar repair: a collection day picked and booked is fresh; stated without the booking call it is stale", async () => {
    const list: [string, unknown, unknown] = ["collection_days", { job: "GR-5521" }, { days: ["Thursday 4 Dec", "Saturday 6 Dec"] }];
    expect(await stale(picked(list, "Saturday", ["book_collection", { job: "GR-5521", day: "Saturday 6 Dec" }], "Done, Saturday 6 Dec it is."))).toEqual([]);
    expect(await stale(picked(list, "Saturday", ["note_job", { job: "GR-5521" }], "Done, Saturday 6 Dec it is."))).toEqual(["collection_days"]);
  });
});
