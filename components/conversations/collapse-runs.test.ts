import { describe, expect, it } from "vitest";
import { collapseRuns } from "./collapse-runs";

const tool = (id: string, t = "lookup") => ({ id, type: "tool_call", agent: "a", tool: t });

describe("collapseRuns", () => {
  it("folds four or more similar events after the first", () => {
    const s = collapseRuns([tool("1"), tool("2"), tool("3"), tool("4"), { id: "h", type: "handoff" }], () => false);
    expect(s.map((x) => x.kind)).toEqual(["run", "one"]);
    expect(s[0]).toMatchObject({ first: { id: "1" }, label: "3 more calls of lookup" });
  });

  it("near miss: three similar events, a different tool, or a marked event break the run", () => {
    expect(collapseRuns([tool("1"), tool("2"), tool("3")], () => false).every((x) => x.kind === "one")).toBe(true);
    expect(collapseRuns([tool("1"), tool("2"), tool("3", "other"), tool("4"), tool("5")], () => false).every((x) => x.kind === "one")).toBe(true);
    expect(collapseRuns([tool("1"), tool("2"), tool("3"), tool("4")], (e) => e.id === "3").every((x) => x.kind === "one")).toBe(true);
  });
});
