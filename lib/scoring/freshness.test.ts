import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeFixture } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

describe("tool-result freshness", () => {
  it("flags a shipment status from several turns ago restated after a handoff", async () => {
    const a = await analyzeFixture("stale-status");
    const uses = a.handoffs.flatMap((h) => h.staleUses);
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatchObject({ tool: "track_shipment" });
    expect(uses[0].ageTurns).toBeGreaterThan(2);
  });

  it("flags a value older than the seconds threshold even within the same turn", async () => {
    const a = await analyzeFixture("stale-balance");
    expect(a.scores.staleUseCount).toBe(1);
    expect(a.handoffs[0].staleUses[0].ageSeconds).toBeGreaterThan(120);
  });

  it("near miss: the tool was called again before the answer", async () => {
    expect((await analyzeFixture("near-refetch-status")).scores.staleUseCount).toBe(0);
  });

  it("near miss: an old lookup whose id is mentioned (ids never go stale)", async () => {
    expect((await analyzeFixture("near-stale-id")).scores.staleUseCount).toBe(0);
  });
});

/** user/agent/tool/handoff events at given seconds; `turn` stamps a wrong emitter turn on every event. */
function timeline(steps: Array<[number, string, unknown?, unknown?]>, turn?: number): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  return steps.map(([s, kind, a, b], i) => {
    const base = { id: `e${i + 1}`, conversationId: "c", timestamp: new Date(t0 + s * 1000).toISOString(), ...(turn !== undefined ? { turn } : {}) };
    if (kind === "handoff") return { ...base, type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" } as EventRecord;
    if (kind.startsWith("tool:")) return { ...base, type: "tool_call", agent: "a", tool: kind.slice(5), args: a ?? {}, result: b } as EventRecord;
    const [role, ...rest] = kind.split(": ");
    return { ...base, type: "message", role: role as "user" | "agent", agent: role === "agent" ? "b" : undefined, content: rest.join(": ") } as EventRecord;
  });
}
const stale = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).handoffs.flatMap((h) => h.staleUses);

describe("freshness by user turns and what changed", () => {
  const hotel = (extra: Array<[number, string, unknown?, unknown?]> = [], turn?: number) =>
    timeline([
      [0, "user: Is a late checkout possible? Booking HB-2231"],
      [2, "tool:room_status", { booking: "HB-2231" }, { checkout: "11:00", late_fee: "€25.00" }],
      [4, "handoff"],
      [10, "user: ok"],
      [20, "user: and breakfast?"],
      [30, "user: one more thing"],
      ...extra,
      [40, "agent: A late checkout costs €25.00."],
    ], turn);

  it("hotel: three user turns after the lookup is stale, also when every event carries the same emitter turn", async () => {
    expect(await stale(hotel())).toEqual([expect.objectContaining({ tool: "room_status", ageTurns: 3 })]);
    expect(await stale(hotel([], 0))).toEqual([expect.objectContaining({ ageTurns: 3 })]);
  });
  it("near miss (hotel): a newer call with the same arguments refreshes; one for another booking does not", async () => {
    expect(await stale(hotel([[35, "tool:room_status", { booking: "HB-2231" }, { checkout: "11:00", late_fee: "€25.00" }]]))).toEqual([]);
    expect(await stale(hotel([[35, "tool:room_status", { booking: "HB-9999" }, { checkout: "10:00", late_fee: "€40.00" }]]))).toHaveLength(1);
  });
  it("telecom: a value restated by a newer fresh result of another tool is not stale; near miss: within two turns it is fresh", async () => {
    const tel = (extra: Array<[number, string, unknown?, unknown?]>) =>
      timeline([
        [0, "user: What's my data allowance left? Account 5519987402"],
        [2, "tool:usage", { account: "5519987402" }, { remaining: "3.2 GB" }],
        [4, "handoff"],
        [10, "user: ok"],
        [20, "user: and roaming?"],
        [30, "user: hello?"],
        ...extra,
        [40, "agent: You have 3.2 GB left."],
      ]);
    expect(await stale(tel([[35, "tool:account_summary", { account: "5519987402" }, { data_left: "3.2 GB" }]]))).toEqual([]);
    expect(await stale(tel([]))).toHaveLength(1);
    const quick = timeline([
      [0, "user: Where is parcel JD0002?"],
      [2, "tool:track", { id: "JD0002" }, { state: "at depot" }],
      [4, "handoff"],
      [10, "user: ok"],
      [20, "agent: It is at depot."],
    ]);
    expect(await stale(quick)).toEqual([]);
  });
});

describe("short amounts: a one- or two-digit number counts only when stated as money", () => {
  // a result read at 0 s, a handoff, one user turn, and the agent's message at 240 s (over 120 s)
  const late = (tool: string, result: unknown, said: string) =>
    timeline([
      [0, "user: how much is it?"],
      [2, `tool:${tool}`, {}, result],
      [4, "handoff"],
      [200, "user: ok go on"],
      [240, `agent: ${said}`],
    ]);
  it("bakery, ski school, florist: an old two-digit price restated with a currency sign or code is stale", async () => {
    expect(await stale(late("cake_price", { price: 38, serves: 8 }, "Lovely, that's £38 for the sponge."))).toHaveLength(1);
    expect(await stale(late("lesson_fee", { fee: 45 }, "The group lesson is 45 EUR per morning."))).toHaveLength(1);
    expect(await stale(late("delivery_quote", { fee: 9 }, "Delivery adds $9.00 to the bouquet."))).toHaveLength(1);
  });
  it("near misses: the same small numbers as counts, inside a bigger amount, or read fresh", async () => {
    expect(await stale(late("cake_price", { price: 38, serves: 8 }, "It serves 8, and we can do 38 cupcakes too."))).toEqual([]);
    expect(await stale(late("lesson_fee", { fee: 45 }, "The season pass is €450 or €45.50 a week."))).toEqual([]);
    expect(await stale(late("delivery_quote", { fee: 9 }, "We deliver 9 to 5, 9 days a week."))).toEqual([]);
    const fresh = timeline([
      [0, "user: how much is the cake?"],
      [2, "tool:cake_price", {}, { price: 38 }],
      [4, "handoff"],
      [30, "agent: That's £38."],
    ]);
    expect(await stale(fresh)).toEqual([]);
  });
});
