import { describe, expect, it } from "vitest";
import { metricMeta } from "./metrics";

describe("metricMeta", () => {
  it("describes a known metric", () => {
    expect(metricMeta("reask_rate")).toMatchObject({ label: "Re-ask rate", unit: "rate" });
  });
  it("near miss: an unknown id is shown as itself, not as the dropout rate", () => {
    expect(metricMeta("csat_mean")).toMatchObject({ id: "csat_mean", label: "csat_mean" });
    expect(metricMeta("").label).toBe("unknown metric");
  });
});
