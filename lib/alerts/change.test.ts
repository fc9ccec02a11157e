import { describe, expect, it } from "vitest";
import { observeChange } from "./change";
import { evaluate } from "./evaluate";

const hourly = (values: Array<number | null>) => values.map((value) => ({ value, samples: value === null ? 0 : 10 }));
const wobble = (n: number, level: number) => Array.from({ length: n }, (_, i) => level + 0.05 * Math.sin(i * 1.9));

describe("observeChange (kind: change rules)", () => {
  const drop = hourly([...wobble(24, 4.3), ...wobble(12, 3.5)]); // CSAT falls by 0.8

  it("breaches on a shift in the rule's direction and records its size", () => {
    const o = observeChange(drop, { direction: "down", threshold: 0 });
    expect(o.breached).toBe(true);
    expect(o.value!).toBeCloseTo(-0.8, 1);
    expect(o.samples).toBe(360);
  });

  it("near miss: the same shift does not breach a rule watching the other direction", () => {
    expect(observeChange(drop, { direction: "up", threshold: 0 }).breached).toBe(false);
    expect(observeChange(drop, { direction: "any", threshold: 0 }).breached).toBe(true);
  });

  it("near miss: a shift smaller than the rule's threshold does not breach", () => {
    expect(observeChange(drop, { direction: "down", threshold: 1 })).toMatchObject({ breached: false, value: 0 });
  });

  it("a flat series does not breach; fewer than 8 buckets with data is nodata", () => {
    expect(observeChange(hourly(wobble(36, 4.2)), { direction: "any", threshold: 0 })).toMatchObject({ breached: false, value: 0 });
    expect(observeChange(hourly([4, null, 4, 3, null, 3, 3]), { direction: "any", threshold: 0 }).value).toBeNull();
  });

  it("drives the state machine: firing on a breach whatever the comparator says", () => {
    const rule = { comparator: "gt" as const, threshold: 0, minSamples: 1, pendingEvaluations: 1 };
    const o = observeChange(drop, { direction: "down", threshold: 0 });
    const { transition } = evaluate({ state: "ok", pendingCount: 0, lastValue: 0, samples: 1, since: "", seq: 0 }, o, rule, new Date());
    expect(transition).toBe("firing");
  });
});
