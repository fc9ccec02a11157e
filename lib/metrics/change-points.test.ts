import { describe, expect, it } from "vitest";
import { detectChangePoints, robustSigma } from "./change-points";

// Seeded normal noise (mulberry32 + Box–Muller) so every run sees the same series.
function rng(seed: number) {
  let a = seed >>> 0;
  const u = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(u() || 1e-12)) * Math.cos(2 * Math.PI * u());
}
const noise = (seed: number, n: number, level = 0, sd = 1) => {
  const g = rng(seed);
  return Array.from({ length: n }, () => level + sd * g());
};

describe("detectChangePoints (self-starting CUSUM)", () => {
  it("finds a 2σ upward shift at bucket 60 of 120 within 8 buckets, in ≥ 95 % of 200 series", () => {
    let hits = 0;
    for (let seed = 1; seed <= 200; seed++) {
      const s = [...noise(seed, 60, 0), ...noise(seed + 10_000, 60, 2)];
      const cp = detectChangePoints(s).find((c) => c.index >= 50);
      if (cp && cp.direction === "up" && cp.detectedAt - 60 <= 8 && cp.detectedAt >= 60) hits++;
    }
    expect(hits).toBeGreaterThanOrEqual(190);
  });

  it("dates the shift near where it happened and reports the levels", () => {
    const s = [...noise(7, 40, 4.2, 0.1), ...noise(8, 40, 3.6, 0.1)]; // a CSAT-like drop
    const cps = detectChangePoints(s);
    expect(cps).toHaveLength(1);
    expect(cps[0].direction).toBe("down");
    expect(Math.abs(cps[0].index - 40)).toBeLessThanOrEqual(2);
    expect(cps[0].before).toBeCloseTo(4.2, 1);
    expect(cps[0].after).toBeCloseTo(3.6, 1);
  });

  it("no shift: a false alarm in at most 10 % of 200 pure-noise series of 100 buckets", () => {
    let alarms = 0;
    for (let seed = 1; seed <= 200; seed++) if (detectChangePoints(noise(seed, 100)).length) alarms++;
    expect(alarms / 200).toBeLessThanOrEqual(0.1);
  });

  it("near miss: a 0.3σ shift is not reported once minShift asks for 1 unit", () => {
    const s = [...noise(3, 50, 0), ...noise(4, 50, 0.3)];
    expect(detectChangePoints(s, { minShift: 1 })).toEqual([]);
  });

  it("finds two shifts (up then back down) and skips gaps", () => {
    const s: Array<number | null> = [...noise(5, 30, 0, 0.2), ...noise(6, 30, 3, 0.2), ...noise(9, 30, 0, 0.2)];
    s[10] = null;
    s[45] = null;
    const cps = detectChangePoints(s);
    expect(cps.map((c) => c.direction)).toEqual(["up", "down"]);
    expect(Math.abs(cps[0].index - 30)).toBeLessThanOrEqual(2);
    expect(Math.abs(cps[1].index - 60)).toBeLessThanOrEqual(2);
  });

  it("a constant series or one too short has no change-point", () => {
    expect(detectChangePoints(Array(50).fill(1))).toEqual([]);
    expect(detectChangePoints([1, 5])).toEqual([]);
    expect(robustSigma([1, 1])).toBe(0);
  });

  it("a clean step (zero noise) is found where it is", () => {
    const cps = detectChangePoints([...Array(10).fill(0), ...Array(10).fill(1)]);
    expect(cps).toHaveLength(1);
    expect(cps[0].index).toBe(10);
  });
});
