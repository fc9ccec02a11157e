import { describe, expect, it } from "vitest";
import { crossCorrelate, resample } from "../../lib/metrics/lead-lag";
import { analyzeConversation } from "../../lib/scoring/run-scorers";
import { parseSettings } from "../../lib/projects/settings";
import { releaseRegressionConversation, RELEASE_AFTER } from "./release-regression";

// The demo story scored by the real scorers: H2R steps up at the release, CSAT ~2 days later, and
// the lag estimator on 6-hour buckets finds that lag (8 buckets ± 1) with a negative r.
describe("demo release regression", () => {
  it("tells a story the leading-indicator panel can measure", async () => {
    const now = Date.UTC(2026, 10, 28, 12);
    let seed = 7;
    const r = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const hours = 7 * 24;
    const h2r = Array.from({ length: hours }, () => ({ sum: 0, n: 0 }));
    const csat = Array.from({ length: hours }, () => ({ sum: 0, n: 0 }));
    const start = now - hours * 3_600_000;
    let dropouts = 0;
    for (let i = 0; i < 400; i++) {
      const events = releaseRegressionConversation(i, 400, now, r);
      expect(events.every((e) => e.metadata?.release)).toBe(true);
      const stored = events.map((e, k) => ({ ...e, timestamp: new Date(e.timestamp).toISOString(), seq: k })) as never;
      const a = await analyzeConversation(stored, parseSettings({}));
      const h = Math.floor((Date.parse(a.conversation.firstAt) - start) / 3_600_000);
      if (h < 0 || h >= hours) continue;
      if (events[0].metadata?.release === RELEASE_AFTER && a.handoffs.some((x) => x.from === "triage" && x.dropped.length)) dropouts++;
      h2r[h].sum += a.scores.handoffsToResolution ?? 0;
      h2r[h].n += 1;
      csat[h].sum += a.conversation.csat ?? 0;
      csat[h].n += 1;
    }
    expect(dropouts).toBeGreaterThan(100);
    const pts = (xs: Array<{ sum: number; n: number }>) =>
      xs.map((x, i) => ({ bucket: String(i), value: x.n ? x.sum / x.n : null, samples: x.n }));
    const x = resample(pts(h2r), 6).map((p) => p.value);
    const y = resample(pts(csat), 6).map((p) => p.value);
    const ll = crossCorrelate(x, y, 9)!;
    expect(Math.abs(ll.lag - 8)).toBeLessThanOrEqual(1);
    expect(ll.r).toBeLessThan(-0.5);
  }, 60_000);
});
