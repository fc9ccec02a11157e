// Differences between two releases with their uncertainty, from rollup sums alone (pure). Every
// difference is B − A with a 95 % interval and a two-sided p-value:
//
// - proportions (dropout, intent drift, payload key presence): Newcombe's hybrid score interval
//   for a difference of proportions (Newcombe 1998, "Interval estimation for the difference between
//   independent proportions", method 10: built from the two Wilson score intervals), and the pooled
//   two-proportion z-test for the p-value;
// - rates of counts per handoff (re-asks per handoff, which can exceed 1): the normal approximation
//   for a difference of two Poisson rates, se = √(x₁/n₁² + x₂/n₂²);
// - means (handoffs-to-resolution, CSAT, summary length): Welch's unequal-variance interval with the
//   normal quantile (a z-interval: samples here are large; below MIN_SAMPLES nothing is claimed),
//   the variance taken from Σx and Σx² kept in the rollups.
// Below MIN_SAMPLES on either side the difference is reported with no interval and "too few".

export const MIN_SAMPLES = 10;
const Z95 = 1.959963984540054;

export interface Diff {
  kind: "proportion" | "rate" | "mean";
  a: number | null;
  b: number | null;
  nA: number;
  nB: number;
  diff: number | null;
  lo: number | null;
  hi: number | null;
  p: number | null;
  /** p < 0.05 */
  significant: boolean;
}

/** Wilson score interval of k successes in n trials. */
export function wilson(k: number, n: number, z = Z95): [number, number] {
  if (n <= 0) return [0, 1];
  const p = k / n;
  const d = 1 + (z * z) / n;
  const c = (p + (z * z) / (2 * n)) / d;
  const h = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return [Math.max(0, c - h), Math.min(1, c + h)];
}

/** Standard normal CDF (Abramowitz & Stegun 7.1.26 for erf, |error| < 1.5e-7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + (0.3275911 * Math.abs(x)) / Math.SQRT2);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-(x * x) / 2);
  return x >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

const twoSided = (z: number) => (Number.isFinite(z) ? 2 * (1 - normalCdf(Math.abs(z))) : null);

function result(kind: Diff["kind"], a: number | null, b: number | null, nA: number, nB: number, lo: number | null, hi: number | null, p: number | null): Diff {
  const diff = a !== null && b !== null ? b - a : null;
  return { kind, a, b, nA, nB, diff, lo, hi, p, significant: p !== null && p < 0.05 };
}

export function proportionDiff(kA: number, nA: number, kB: number, nB: number): Diff {
  const a = nA > 0 ? kA / nA : null;
  const b = nB > 0 ? kB / nB : null;
  if (a === null || b === null || nA < MIN_SAMPLES || nB < MIN_SAMPLES) return result("proportion", a, b, nA, nB, null, null, null);
  const [l1, u1] = wilson(kA, nA);
  const [l2, u2] = wilson(kB, nB);
  const d = b - a;
  const lo = d - Math.sqrt((b - l2) ** 2 + (u1 - a) ** 2);
  const hi = d + Math.sqrt((u2 - b) ** 2 + (a - l1) ** 2);
  const pool = (kA + kB) / (nA + nB);
  const se = Math.sqrt(pool * (1 - pool) * (1 / nA + 1 / nB));
  const p = se > 0 ? twoSided(d / se) : d === 0 ? 1 : 0;
  return result("proportion", a, b, nA, nB, lo, hi, p);
}

export function rateDiff(xA: number, nA: number, xB: number, nB: number): Diff {
  const a = nA > 0 ? xA / nA : null;
  const b = nB > 0 ? xB / nB : null;
  if (a === null || b === null || nA < MIN_SAMPLES || nB < MIN_SAMPLES) return result("rate", a, b, nA, nB, null, null, null);
  const d = b - a;
  const se = Math.sqrt(xA / nA ** 2 + xB / nB ** 2);
  if (se === 0) return result("rate", a, b, nA, nB, d, d, d === 0 ? 1 : 0);
  return result("rate", a, b, nA, nB, d - Z95 * se, d + Z95 * se, twoSided(d / se));
}

export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
}

export function meanDiff(A: Moments, B: Moments): Diff {
  const a = A.n > 0 ? A.sum / A.n : null;
  const b = B.n > 0 ? B.sum / B.n : null;
  if (a === null || b === null || A.n < MIN_SAMPLES || B.n < MIN_SAMPLES) return result("mean", a, b, A.n, B.n, null, null, null);
  const variance = (m: Moments, mean: number) => Math.max(0, (m.sumSq - m.n * mean * mean) / (m.n - 1));
  const se = Math.sqrt(variance(A, a) / A.n + variance(B, b) / B.n);
  const d = b - a;
  if (se === 0) return result("mean", a, b, A.n, B.n, d, d, d === 0 ? 1 : 0);
  return result("mean", a, b, A.n, B.n, d - Z95 * se, d + Z95 * se, twoSided(d / se));
}
