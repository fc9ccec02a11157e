import { describe, expect, it } from "vitest";
import { withinEventBudget } from "./export";

describe("withinEventBudget", () => {
  it("stops before the conversation that would pass the event budget, and says so", () => {
    const rows = [{ eventCount: 60 }, { eventCount: 30 }, { eventCount: 20 }, { eventCount: 1 }];
    expect(withinEventBudget(rows, 100)).toEqual({ rows: rows.slice(0, 2), truncated: true });
  });

  it("near miss: exactly the budget is not truncated, and one conversation over it still goes alone", () => {
    expect(withinEventBudget([{ eventCount: 60 }, { eventCount: 40 }], 100).truncated).toBe(false);
    expect(withinEventBudget([{ eventCount: 500 }, { eventCount: 1 }], 100)).toEqual({ rows: [{ eventCount: 500 }], truncated: true });
  });
});
