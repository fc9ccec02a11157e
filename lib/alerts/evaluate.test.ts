import { describe, expect, it } from "vitest";
import { evaluate, INITIAL, type Comparator } from "./evaluate";
import type { GroupState } from "./schemas";

const rule: { comparator: Comparator; threshold: number; minSamples: number; pendingEvaluations: number } = { comparator: "gt", threshold: 0.1, minSamples: 50, pendingEvaluations: 2 };
const now = new Date("2026-11-24T10:00:00Z");

function run(obs: Array<{ value: number | null; samples: number }>, r = rule) {
  let s: GroupState = INITIAL;
  const out: Array<string | null> = [];
  for (const o of obs) {
    const { next, transition } = evaluate(s, o, r, now);
    s = next;
    out.push(transition);
  }
  return { state: s, transitions: out };
}

describe("alert state machine", () => {
  it("fires only after the breach lasts `pendingEvaluations` evaluations, then resolves", () => {
    const r = run([{ value: 0.2, samples: 60 }, { value: 0.3, samples: 60 }, { value: 0.3, samples: 60 }, { value: 0.05, samples: 60 }]);
    expect(r.transitions).toEqual([null, "firing", null, "resolved"]);
    expect(r.state.state).toBe("ok");
    expect(r.state.seq).toBe(2);
  });

  it("does not flap on a single noisy evaluation", () => {
    const r = run([{ value: 0.2, samples: 60 }, { value: 0.05, samples: 60 }, { value: 0.2, samples: 60 }, { value: 0.05, samples: 60 }]);
    expect(r.transitions).toEqual([null, null, null, null]);
  });

  it("treats fewer samples than the minimum as no data, once", () => {
    const r = run([{ value: 0.9, samples: 10 }, { value: 0.9, samples: 20 }, { value: null, samples: 0 }]);
    expect(r.transitions).toEqual(["nodata", null, null]);
    expect(r.state.state).toBe("nodata");
  });

  it("a new rule with an empty window waits quietly, and reports no data only after having had some", () => {
    const first = evaluate(undefined, { value: null, samples: 0 }, rule, now);
    expect(first.transition).toBeNull();
    expect(first.next.state).toBe("nodata");
    const fired = evaluate(evaluate(first.next, { value: 0.5, samples: 60 }, rule, now).next, { value: 0.5, samples: 60 }, rule, now);
    expect(fired.transition).toBe("firing");
    expect(evaluate(fired.next, { value: null, samples: 0 }, rule, now).transition).toBe("nodata");
  });

  it("fires immediately with pendingEvaluations = 1 and supports lt comparators", () => {
    const low = { comparator: "lt" as const, threshold: 0.5, minSamples: 1, pendingEvaluations: 1 };
    expect(run([{ value: 0.4, samples: 3 }], low).transitions).toEqual(["firing"]);
    expect(run([{ value: 0.5, samples: 3 }], low).transitions).toEqual([null]);
  });
});
