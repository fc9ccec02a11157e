import { describe, expect, it } from "vitest";
import { crossCorrelate, describeLeadLag, MIN_PAIRS, resample, stepHoursFor } from "./lead-lag";

// A noisy random-ish driver x and y = −x shifted by `lag` buckets plus noise.
function pair(lag: number, n = 40, noise = 0.2) {
  let s = 42;
  const rnd = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) - 0.5;
  const x = Array.from({ length: n + lag }, () => rnd());
  const y = x.map((_, t) => (t - lag >= 0 ? -x[t - lag] + noise * rnd() : null));
  return { x: x.slice(0, n), y: y.slice(0, n) };
}

describe("crossCorrelate", () => {
  it("finds a known lag of 8 buckets (x leads) with a strong negative r", () => {
    const { x, y } = pair(8);
    const ll = crossCorrelate(x, y, 12)!;
    expect(ll.lag).toBe(8);
    expect(ll.r).toBeLessThan(-0.9);
    expect(ll.pairs).toBeGreaterThanOrEqual(MIN_PAIRS);
  });

  it("finds a negative lag when y leads", () => {
    const { x, y } = pair(3);
    const ll = crossCorrelate(y, x, 6)!;
    expect(ll.lag).toBe(-3);
  });

  it("near miss: fewer than MIN_PAIRS overlapping buckets gives no answer", () => {
    const x = [1, 2, 3, 4, 5, 6, 7, null, null, null];
    const y = [2, 1, 4, 3, 6, 5, 8, 1, 2, 3];
    expect(crossCorrelate(x, y, 0)).toBeNull();
  });
});

describe("describeLeadLag", () => {
  it("says who moves first, by how much, r, range and conversations", () => {
    expect(describeLeadLag({ lag: 8, r: -0.712, pairs: 20 }, { stepHours: 6, rangeMs: 30 * 86_400_000, conversations: 4210 })).toBe(
      "H2R rises ~2 days before CSAT falls, r = −0.71 over 30 days, 4,210 conversations",
    );
    expect(describeLeadLag({ lag: 0, r: 0.1, pairs: 20 }, { stepHours: 1, rangeMs: 86_400_000, conversations: 50 })).toMatch(/together.*r = 0.10 \(weak\)/);
  });
});

describe("resample / stepHoursFor", () => {
  it("merges hourly points sample-weighted and keeps gaps", () => {
    const pts = [
      { bucket: "a", value: 1, samples: 1 },
      { bucket: "b", value: 4, samples: 3 },
      { bucket: "c", value: null, samples: 0 },
      { bucket: "d", value: null, samples: 0 },
    ];
    expect(resample(pts, 2)).toEqual([
      { bucket: "a", value: 13 / 4, samples: 4 },
      { bucket: "c", value: null, samples: 0 },
    ]);
  });
  it("about 28 buckets per range", () => {
    expect(stepHoursFor(86_400_000)).toBe(1);
    expect(stepHoursFor(7 * 86_400_000)).toBe(6);
    expect(stepHoursFor(30 * 86_400_000)).toBe(24);
  });
});
