import { describe, expect, it } from "vitest";
import { metricMeta } from "./metrics";

describe("metricMeta", () => {
  it("describes a known metric", () => {
    expect(metricMeta("reask_rate")).toMatchObject({ label: "Re-ask rate", unit: "rate" });
  });
  it("near miss: an unknown id is shown as itself, not as the dropout rate", () => {
    expect(metricMeta("not_a_metric")).toMatchObject({ id: "not_a_metric", label: "not_a_metric" });
    expect(metricMeta("").label).toBe("unknown metric");
  });
});
