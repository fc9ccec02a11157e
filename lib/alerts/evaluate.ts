// The alert state machine per rule and group, pure: ok → pending (for `pendingEvaluations`
// evaluations, so one noisy bucket does not page anyone) → firing → resolved (back to ok), plus
// nodata when the window has fewer samples than the rule's minimum (recorded as a transition only
// once the rule has been evaluated before). Each call returns the next
// state and, when a recorded transition happened, which one.
import type { GroupState } from "./schemas";

export type Comparator = "gt" | "gte" | "lt" | "lte";
export type Transition = "firing" | "resolved" | "nodata";

export function breaches(value: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case "gt":
      return value > threshold;
    case "gte":
      return value >= threshold;
    case "lt":
      return value < threshold;
    case "lte":
      return value <= threshold;
  }
}

export const INITIAL: GroupState = { state: "ok", pendingCount: 0, lastValue: null, samples: 0, since: new Date(0).toISOString(), seq: 0 };

export function evaluate(
  prev: GroupState | undefined,
  /** `breached` set: a change rule already decided (lib/alerts/change.ts); else the comparator decides */
  obs: { value: number | null; samples: number; breached?: boolean },
  rule: { comparator: Comparator; threshold: number; minSamples: number; pendingEvaluations: number },
  now: Date,
): { next: GroupState; transition: Transition | null } {
  const p = prev ?? INITIAL;
  const base = { ...p, lastValue: obs.value, samples: obs.samples };
  const at = now.toISOString();
  if (obs.value === null || obs.samples < Math.max(1, rule.minSamples)) {
    if (p.state === "nodata") return { next: base, transition: null };
    // A rule that has never seen data starts in nodata quietly: notifying "no data" for a rule
    // created a second before its first events are scored would only be noise.
    if (!prev) return { next: { ...base, state: "nodata", pendingCount: 0, since: at }, transition: null };
    return { next: { ...base, state: "nodata", pendingCount: 0, since: at, seq: p.seq + 1 }, transition: "nodata" };
  }
  if (obs.breached ?? breaches(obs.value, rule.comparator, rule.threshold)) {
    if (p.state === "firing") return { next: base, transition: null };
    const count = p.state === "pending" ? p.pendingCount + 1 : 1;
    if (count >= rule.pendingEvaluations) {
      return { next: { ...base, state: "firing", pendingCount: 0, since: at, seq: p.seq + 1 }, transition: "firing" };
    }
    return { next: { ...base, state: "pending", pendingCount: count, since: p.state === "pending" ? p.since : at }, transition: null };
  }
  if (p.state === "firing") return { next: { ...base, state: "ok", pendingCount: 0, since: at, seq: p.seq + 1 }, transition: "resolved" };
  return { next: { ...base, state: "ok", pendingCount: 0, since: p.state === "ok" ? p.since : at }, transition: null };
}
