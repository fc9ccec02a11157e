// windowValue: the one computation behind tiles, alerts and trend points — rates, counts, the
// depth p95 — with the empty window (gap for a rate, zero for a count) as the near miss.
import { describe, expect, it } from "vitest";
import { windowValue } from "./window-value";

const row = (dim_value: string, sum: number, count: number) => ({ dim_value, sum, count });

describe("windowValue", () => {
  it("a rate is Σsum/Σcount over all dim values, each group its own ratio", () => {
    const v = windowValue("dropout_rate", [row("triage→billing", 3, 13), row("billing→refunds", 1, 7)]);
    expect(v.value).toBeCloseTo(4 / 20, 12);
    expect(v.samples).toBe(20);
    expect(v.groups).toEqual([
      { group: "triage→billing", value: 3 / 13, samples: 13 },
      { group: "billing→refunds", value: 1 / 7, samples: 7 },
    ]);
  });

  it("a count metric is Σcount, never a ratio", () => {
    expect(windowValue("conversations", [row("", 0, 40), row("", 0, 2)]).value).toBe(42);
  });

  it("depth_p95 is the histogram's 95th percentile (rows are depths), without groups", () => {
    const hist = [row("1", 0, 90), row("2", 0, 5), row("7", 0, 5)];
    expect(windowValue("depth_p95", hist)).toEqual({ value: 2, samples: 100, groups: [] });
    // near miss: one more conversation at depth 7 moves the 95th into the tail
    expect(windowValue("depth_p95", [row("1", 0, 90), row("2", 0, 4), row("7", 0, 6)]).value).toBe(7);
  });

  it("near miss: an empty window is a gap for a rate, zero for a count, null for the p95", () => {
    expect(windowValue("dropout_rate", [])).toEqual({ value: null, samples: 0, groups: [] });
    expect(windowValue("dropout_rate", [row("", 0, 0)]).value).toBeNull();
    expect(windowValue("conversations", []).value).toBe(0);
    expect(windowValue("depth_p95", []).value).toBeNull();
  });
});
