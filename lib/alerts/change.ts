// What a `kind: "change"` rule observes in its window (pure): the hourly series of its metric runs
// through the change-point detector (lib/metrics/change-points.ts); the rule breaches while a
// level shift in its direction, of at least its threshold (0 means any detected shift), lies in the
// window. The value recorded is the latest such shift (new level − old level), 0 when none.
// Fewer than MIN_BUCKETS hourly buckets with data, or fewer samples than the rule's minimum, is
// nodata: the detector needs a baseline before it can call anything a shift.
import { detectChangePoints } from "../metrics/change-points";

export const MIN_BUCKETS = 8;

export function observeChange(
  points: Array<{ value: number | null; samples: number }>,
  rule: { direction: "up" | "down" | "any"; threshold: number },
): { value: number | null; samples: number; breached: boolean } {
  const samples = points.reduce((n, p) => n + p.samples, 0);
  const values = points.map((p) => p.value);
  if (values.filter((v) => v !== null).length < MIN_BUCKETS) return { value: null, samples, breached: false };
  const shifts = detectChangePoints(values, { minShift: Math.max(0, rule.threshold) }).filter(
    (c) => rule.direction === "any" || c.direction === rule.direction,
  );
  const last = shifts[shifts.length - 1];
  return { value: last ? last.after - last.before : 0, samples, breached: !!last };
}
