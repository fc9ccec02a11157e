import { describe, expect, it } from "vitest";
import { METRIC_IDS } from "../metrics/ids";
import { METRICS, metricMeta } from "./metrics";

describe("metricMeta", () => {
  it("describes a known metric", () => {
    expect(metricMeta("reask_rate")).toMatchObject({ label: "Re-ask rate", unit: "rate" });
  });
  it("near miss: an unknown id is shown as itself, not as the dropout rate", () => {
    expect(metricMeta("not_a_metric")).toMatchObject({ id: "not_a_metric", label: "not_a_metric" });
    expect(metricMeta("").label).toBe("unknown metric");
  });
});

describe("METRICS", () => {
  it("describes every metric id exactly once (lib/metrics/ids.ts is the list)", () => {
    const ids = METRICS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...METRIC_IDS].sort());
  });
});
