import { describe, expect, it } from "vitest";
import { formatValue, shortenPath } from "./format";

describe("formatValue", () => {
  it("says one hop in the singular and every other count in the plural", () => {
    expect(formatValue(1, "depth")).toBe("1 hop");
    expect(formatValue(1.2, "depth")).toBe("1 hop");
    expect(formatValue(0, "depth")).toBe("0 hops");
    expect(formatValue(1.6, "depth")).toBe("2 hops");
  });
  it("keeps the em dash for a missing value", () => {
    expect(formatValue(null, "depth")).toBe("—");
  });
});

describe("shortenPath", () => {
  const path = ["triage", "billing", "refunds", "fraud", "billing", "supervisor"];
  it("keeps the first agent, names the gap and keeps the last ones when the path is longer than max", () => {
    expect(shortenPath(path, 4)).toEqual([{ agent: "triage" }, { hidden: ["billing", "refunds", "fraud"] }, { agent: "billing" }, { agent: "supervisor" }]);
  });
  it("returns a path of exactly max agents whole (near miss)", () => {
    expect(shortenPath(path.slice(0, 4), 4)).toEqual(path.slice(0, 4).map((agent) => ({ agent })));
  });
  it("never shortens below three steps", () => {
    expect(shortenPath(path, 2)).toHaveLength(path.length);
  });
});
