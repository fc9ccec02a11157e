import { describe, expect, it } from "vitest";
import { layoutTimeline } from "./fan-out";

const ev = (id: string, type: string, extra: Record<string, unknown> = {}) => ({ id, type, ...extra });
const h = (index: number, eventId: string, from: string, to: string, mode: string, pair: number | null, fanOut: { group: number; width: number } | null = null) =>
  ({ index, eventId, from, to, mode, pair, fanOut });

describe("layoutTimeline", () => {
  const events = [
    ev("u", "message", { role: "user" }),
    ev("d1", "handoff", { from: "lead", to: "a" }),
    ev("d2", "handoff", { from: "lead", to: "b" }),
    ev("a1", "tool_call", { agent: "a" }),
    ev("l1", "message", { agent: "lead" }),
    ev("b1", "message", { agent: "b" }),
    ev("r2", "handoff", { from: "b", to: "lead" }),
    ev("r1", "handoff", { from: "a", to: "lead" }),
    ev("ans", "message", { agent: "lead" }),
  ];
  const fan = { group: 0, width: 2 };
  const handoffs = [h(0, "d1", "lead", "a", "delegate", 3, fan), h(1, "d2", "lead", "b", "delegate", 2, fan), h(2, "r2", "b", "lead", "return", 1), h(3, "r1", "a", "lead", "return", 0)];

  it("puts each worker's delegation, own events and return in its lane, joined before the lead goes on", () => {
    const items = layoutTimeline(events, handoffs);
    expect(items.map((i) => (i.kind === "event" ? i.event.id : `fan:${i.lead}`))).toEqual(["u", "fan:lead", "l1", "ans"]);
    const fanOut = items[1];
    if (fanOut.kind !== "fanOut") throw new Error("expected a fan-out");
    expect(fanOut.lanes.map((l) => [l.worker, l.delegation.eventId, l.events.map((e) => e.id), l.ret?.eventId])).toEqual([
      ["a", "d1", ["a1"], "r1"],
      ["b", "d2", ["b1"], "r2"],
    ]);
  });

  it("near miss: delegations without a fan-out group stay in the main flow; a worker that never returned keeps an open lane", () => {
    const sequential = handoffs.map((x) => ({ ...x, fanOut: null }));
    expect(layoutTimeline(events, sequential).every((i) => i.kind === "event")).toBe(true);
    const open = [h(0, "d1", "lead", "a", "delegate", null, fan), h(1, "d2", "lead", "b", "delegate", null, fan)];
    const items = layoutTimeline(events.slice(0, 6), open);
    const f = items.find((i) => i.kind === "fanOut");
    if (!f || f.kind !== "fanOut") throw new Error("expected a fan-out");
    expect(f.lanes.map((l) => [l.worker, l.ret, l.events.map((e) => e.id)])).toEqual([["a", null, ["a1"]], ["b", null, ["b1"]]]);
  });
});
