// Does handoffs-to-resolution anticipate CSAT, and by how much? Cross-correlation of two bucketed
// series: for each lag L (in buckets, −max..max) the Pearson r of (x[t], y[t+L]) over the buckets
// where both have a value; the lag with the largest |r| wins (ties go to the smaller |L|). L > 0
// means x moves first. Pure, no I/O; the overview reads both series from rollups
// (lib/metrics/lead-indicator.ts) and shows the sentence built here.
//
// Below MIN_PAIRS buckets with both values, or MIN_RATED rated conversations, the answer is "not
// enough data": a correlation over fewer points is mostly noise (with 8 pairs, |r| must exceed
// ~0.71 to be significant at 5 %, which is why the sentence also says how weak a small r is).

export const MIN_PAIRS = 8;
export const MIN_RATED = 30;

export interface LeadLag {
  /** buckets by which x leads y (negative: y leads) */
  lag: number;
  r: number;
  pairs: number;
}

export function crossCorrelate(x: Array<number | null>, y: Array<number | null>, maxLag: number): LeadLag | null {
  let best: LeadLag | null = null;
  const lags = [0];
  for (let l = 1; l <= maxLag; l++) lags.push(l, -l);
  for (const lag of lags) {
    const xs: number[] = [];
    const ys: number[] = [];
    for (let t = 0; t < x.length; t++) {
      const a = x[t];
      const b = y[t + lag];
      if (a === null || a === undefined || b === null || b === undefined) continue;
      xs.push(a);
      ys.push(b);
    }
    if (xs.length < MIN_PAIRS) continue;
    const r = pearson(xs, ys);
    if (r === null) continue;
    if (!best || Math.abs(r) > Math.abs(best.r) + 1e-9) best = { lag, r, pairs: xs.length };
  }
  return best;
}

export function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : null;
}

/** Hourly {value, samples} points merged `factor` at a time (sample-weighted means). */
export function resample<P extends { bucket: string; value: number | null; samples: number }>(points: P[], factor: number) {
  const out: Array<{ bucket: string; value: number | null; samples: number }> = [];
  for (let i = 0; i < points.length; i += factor) {
    const chunk = points.slice(i, i + factor);
    const samples = chunk.reduce((n, p) => n + (p.value === null ? 0 : p.samples), 0);
    const sum = chunk.reduce((n, p) => n + (p.value === null ? 0 : p.value * p.samples), 0);
    out.push({ bucket: chunk[0].bucket, value: samples > 0 ? sum / samples : null, samples });
  }
  return out;
}

/** Bucket size (hours) giving about 28 buckets over a range: enough pairs, not too noisy. */
export function stepHoursFor(rangeMs: number): number {
  const want = rangeMs / 3_600_000 / 28;
  return [1, 2, 3, 4, 6, 12, 24].find((h) => h >= want) ?? 24;
}

export function formatLag(hours: number): string {
  const a = Math.abs(hours);
  if (a < 24) return `~${a} hour${a === 1 ? "" : "s"}`;
  const days = Math.round((a / 24) * 2) / 2;
  return `~${days} day${days === 1 ? "" : "s"}`;
}

const fmtR = (r: number) => `r = ${r < 0 ? "−" : ""}${Math.abs(r).toFixed(2)}`;
const fmtDays = (ms: number) => {
  const d = ms / 86_400_000;
  return d >= 1 ? `${+d.toFixed(1)} day${d === 1 ? "" : "s"}` : `${Math.round(ms / 3_600_000)} hours`;
};

/** The plain sentence the panel shows, e.g. "H2R rises ~2 days before CSAT falls, r = −0.71 over 30 days, 4,210 conversations". */
export function describeLeadLag(ll: LeadLag, o: { stepHours: number; rangeMs: number; conversations: number }): string {
  const hours = ll.lag * o.stepHours;
  const csatMove = ll.r < 0 ? "falls" : "rises";
  const head =
    ll.lag === 0
      ? `H2R and CSAT move together (${ll.r < 0 ? "opposite ways" : "the same way"}, no lead at ${o.stepHours}-hour resolution)`
      : ll.lag > 0
        ? `H2R rises ${formatLag(hours)} before CSAT ${csatMove}`
        : `CSAT ${csatMove} ${formatLag(hours)} before H2R rises`;
  const strength = Math.abs(ll.r) < 0.3 ? " (weak)" : "";
  return `${head}, ${fmtR(ll.r)}${strength} over ${fmtDays(o.rangeMs)}, ${Math.round(o.conversations).toLocaleString("en-US")} conversations`;
}
