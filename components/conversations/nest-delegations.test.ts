import { describe, expect, it } from "vitest";
import type { TimelineItem } from "@/lib/conversations/fan-out";
import { nestDelegations, type NestableHandoff, type NestedItem } from "./nest-delegations";

type E = { id: string };
const ev = (id: string): TimelineItem<E, NestableHandoff> => ({ kind: "event", event: { id } });

/** The tree as ids: a delegation is [its event id, ...its items]. */
const shape = (items: Array<NestedItem<E, NestableHandoff>>): unknown[] =>
  items.map((i) => (i.kind === "event" ? i.event.id : i.kind === "delegation" ? [i.event.id, ...shape(i.items)] : "fanOut"));

function run(handoffs: Record<string, NestableHandoff>, ids: string[]) {
  return nestDelegations(ids.map(ev), (e) => handoffs[e.id]);
}

describe("nestDelegations", () => {
  const h = (index: number, from: string, to: string, mode: string, pair: number | null = null): NestableHandoff => ({ index, from, to, mode, pair });

  it("nests a delegated stretch up to its return, and a chain of delegations deeper", () => {
    const handoffs = { d1: h(0, "support", "warehouse", "delegate", 3), d2: h(1, "warehouse", "carrier", "delegate", 2), r2: h(2, "carrier", "warehouse", "return", 1), r1: h(3, "warehouse", "support", "return", 0) };
    const tree = run(handoffs, ["u", "d1", "a", "d2", "b", "r2", "c", "r1", "z"]);
    expect(shape(tree)).toEqual(["u", ["d1", "a", ["d2", "b", "r2"], "c", "r1"], "z"]);
    const outer = tree[1];
    expect(outer.kind === "delegation" && outer.ret?.index).toBe(3);
  });

  it("near miss: transfers do not nest, whatever their order", () => {
    const handoffs = { t1: h(0, "triage", "support", "transfer"), t2: h(1, "support", "triage", "transfer") };
    expect(shape(run(handoffs, ["u", "t1", "a", "t2", "b"]))).toEqual(["u", "t1", "a", "t2", "b"]);
  });

  it("a delegation that never returned nests to the end; an unpaired return stays where it is", () => {
    const handoffs = { d1: h(0, "lead", "w", "delegate"), r9: h(1, "x", "lead", "return") };
    const tree = run(handoffs, ["r9", "d1", "a", "b"]);
    expect(shape(tree)).toEqual(["r9", ["d1", "a", "b"]]);
    expect(tree[1].kind === "delegation" && tree[1].ret).toBeNull();
  });

  it("a return that closes an outer delegation closes the deeper one that never returned", () => {
    const handoffs = { d1: h(0, "a", "b", "delegate", 2), d2: h(1, "b", "c", "delegate"), r1: h(2, "b", "a", "return", 0) };
    expect(shape(run(handoffs, ["d1", "d2", "x", "r1", "y"]))).toEqual([["d1", ["d2", "x"], "r1"], "y"]);
  });

  it("parallel delegations (a fan-out) keep their lanes and do not nest", () => {
    const lanes: TimelineItem<E, NestableHandoff> = { kind: "fanOut", group: 0, lead: "lead", lanes: [] };
    const handoffs = { f: { ...h(0, "lead", "w", "delegate", 1), fanOut: { group: 0, width: 2 } } };
    expect(shape(nestDelegations([ev("u"), lanes, ev("f"), ev("z")], (e) => (handoffs as Record<string, NestableHandoff>)[e.id]))).toEqual(["u", "fanOut", "f", "z"]);
  });
});
