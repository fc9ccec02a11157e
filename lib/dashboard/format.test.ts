import { describe, expect, it } from "vitest";
import { formatValue } from "./format";

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
