import { describe, expect, it } from "vitest";
import { meanDiff, normalCdf, proportionDiff, rateDiff, wilson } from "./stats";

describe("release comparison statistics", () => {
  it("Wilson interval matches the published example (Newcombe 1998: 81/263)", () => {
    const [lo, hi] = wilson(81, 263);
    expect(lo).toBeCloseTo(0.2553, 3);
    expect(hi).toBeCloseTo(0.3662, 3);
  });

  it("Newcombe's hybrid interval matches the published example (56/70 vs 48/80 → 0.0524 … 0.3339)", () => {
    // Newcombe 1998, Table II example (a): 56/70 − 48/80 = 0.2; method 10 gives 0.0524 to 0.3339.
    const d = proportionDiff(48, 80, 56, 70);
    expect(d.diff).toBeCloseTo(0.2, 6);
    expect(d.lo).toBeCloseTo(0.0524, 3);
    expect(d.hi).toBeCloseTo(0.3339, 3);
    expect(d.significant).toBe(true);
  });

  it("does not call noise significant, and claims nothing under the minimum sample", () => {
    const same = proportionDiff(50, 500, 52, 500);
    expect(same.significant).toBe(false);
    expect(same.lo! < 0 && same.hi! > 0).toBe(true);
    const tiny = proportionDiff(0, 5, 5, 5);
    expect(tiny).toMatchObject({ diff: 1, lo: null, p: null, significant: false });
  });

  it("normal CDF and the z-test p-value", () => {
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1.96)).toBeCloseTo(0.025, 3);
    // two-proportion z: 0.25 vs 0.15, n = 400 each: pooled 0.2, se = √(0.2·0.8·2/400), z = 3.536, p ≈ 0.00041
    expect(proportionDiff(60, 400, 100, 400).p).toBeCloseTo(0.000407, 5);
  });

  it("Welch interval for means from Σx, Σx² and n", () => {
    // A: 20 × 4 and 20 × 2 (mean 3, sd 1.013); B: 40 × 3 (mean 3, sd 0): no difference
    const A = { n: 40, sum: 120, sumSq: 20 * 16 + 20 * 4 };
    const B = { n: 40, sum: 120, sumSq: 40 * 9 };
    const d = meanDiff(A, B);
    expect(d.diff).toBe(0);
    expect(d.hi! - d.lo!).toBeCloseTo(2 * 1.96 * Math.sqrt(40 / 39 / 40), 4);
    expect(d.significant).toBe(false);
    const worse = meanDiff(A, { n: 40, sum: 80, sumSq: 40 * 4 });
    expect(worse.diff).toBe(-1);
    expect(worse.significant).toBe(true);
  });

  it("rate of counts per handoff (re-asks can exceed one per handoff)", () => {
    const d = rateDiff(10, 100, 40, 100);
    expect(d.diff).toBeCloseTo(0.3, 6);
    expect(d.lo).toBeCloseTo(0.3 - 1.96 * Math.sqrt(10 / 1e4 + 40 / 1e4), 3);
    expect(d.significant).toBe(true);
    expect(rateDiff(10, 100, 12, 100).significant).toBe(false);
  });
});
