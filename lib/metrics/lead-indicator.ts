// The overview's leading-indicator panel: handoffs-to-resolution and CSAT on one time axis, and the
// lag at which H2R best anticipates CSAT (lib/metrics/lead-lag.ts) over the selected range. Both
// series come from hourly metric_rollups, merged into buckets of `stepHoursFor(range)` hours so a
// range has ~28 of them (a 7-day range at daily resolution would have 7: too few to correlate).
import { getMetricSeriesMany, getMetricValue } from "./queries";
import { crossCorrelate, describeLeadLag, MIN_PAIRS, MIN_RATED, resample, stepHoursFor, type LeadLag } from "./lead-lag";

export interface LeadIndicator {
  stepHours: number;
  points: Array<{ bucket: string; h2r: number | null; csat: number | null; resolved: number; rated: number }>;
  result: LeadLag | null;
  /** rated conversations in the range (the CSAT sample) */
  conversations: number;
  sentence: string;
}

export async function getLeadIndicator({ projectId, from, to }: { projectId: string; from: Date; to: Date }): Promise<LeadIndicator> {
  const rangeMs = to.getTime() - from.getTime();
  const stepHours = stepHoursFor(rangeMs);
  // buckets aligned on whole steps, so the merge never straddles a day boundary oddly
  const alignedFrom = new Date(Math.floor(from.getTime() / (stepHours * 3_600_000)) * stepHours * 3_600_000);
  const [{ handoffs_to_resolution: h2r, csat_mean: csat }, rated] = await Promise.all([
    getMetricSeriesMany({ projectId, metrics: ["handoffs_to_resolution", "csat_mean"], from: alignedFrom, to, bucket: "hour" }),
    getMetricValue({ projectId, metric: "csat_mean", from, to }),
  ]);
  const x = resample(h2r.points, stepHours);
  const y = resample(csat.points, stepHours);
  const points = x.map((p, i) => ({ bucket: p.bucket, h2r: p.value, csat: y[i]?.value ?? null, resolved: p.samples, rated: y[i]?.samples ?? 0 }));
  const maxLag = Math.max(1, Math.floor(points.length / 3));
  const ll = rated.samples >= MIN_RATED ? crossCorrelate(points.map((p) => p.h2r), points.map((p) => p.csat), maxLag) : null;
  const sentence = ll
    ? describeLeadLag(ll, { stepHours, rangeMs, conversations: rated.samples })
    : `Not enough data: the lag needs at least ${MIN_PAIRS} ${stepHours}-hour buckets with both H2R and CSAT and ${MIN_RATED} rated conversations (this range has ${Math.round(rated.samples).toLocaleString("en-US")} rated).`;
  return { stepHours, points, result: ll, conversations: rated.samples, sentence };
}
