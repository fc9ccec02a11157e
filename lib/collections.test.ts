import { describe, expect, it } from "vitest";
import { groupBy } from "./collections";

describe("groupBy", () => {
  it("keeps first-seen key order and input order within a group", () => {
    const g = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => (n % 2 ? "odd" : "even"));
    expect([...g.entries()]).toEqual([
      ["odd", [3, 1, 1, 5, 9]],
      ["even", [4, 2, 6]],
    ]);
    expect(groupBy([], (n: number) => n).size).toBe(0);
  });
});
