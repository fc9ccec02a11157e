import { describe, expect, it } from "vitest";
import { Memo, memosPer } from "./memo";

describe("Memo", () => {
  it("returns what was set, falsy values included, for at least half its size of later entries", () => {
    const m = new Memo<string, number | null>(4);
    m.set("a", 0);
    m.set("b", null);
    expect(m.get("a")).toBe(0);
    expect(m.get("b")).toBeNull();
    m.set("c", 3);
    // a and b are now the older generation, c is in the newer one: all three kept
    expect([m.get("a"), m.get("b"), m.get("c")]).toEqual([0, null, 3]);
    m.set("d", 4);
    // the newer generation filled up (half the size): it becomes the older one, a and b go
    expect(m.get("a")).toBeUndefined();
    expect([m.get("c"), m.get("d")]).toEqual([3, 4]);
  });

  it("never holds more than its size (near miss: size 1 still keeps the last entry)", () => {
    const m = new Memo<number, number>(1);
    for (let i = 0; i < 10; i++) m.set(i, i);
    expect(m.get(9)).toBe(9);
    expect(m.get(7)).toBeUndefined();
  });
});

describe("memosPer", () => {
  it("gives one memo per owner and forgets the least recent owner beyond the limit", () => {
    const per = memosPer<object, string, number>(10, 2);
    const [a, b, c] = [{}, {}, {}];
    per(a).set("x", 1);
    per(b).set("x", 2);
    expect(per(a).get("x")).toBe(1);
    expect(per(b).get("x")).toBe(2);
    per(c).set("x", 3); // a was used before b: a is dropped
    expect(per(b).get("x")).toBe(2);
    expect(per(a).get("x")).toBeUndefined();
  });
});
