// hourOf's short way (a canonical toISOString form read by its characters) must give what the Date
// path gives, and every other form must still go through Date (moved, or rejected, as before).
import { describe, expect, it } from "vitest";
import { contributionDelta, hourOf, merge, type Contribution } from "./rollups";

const viaDate = (iso: string) => {
  const d = new Date(iso);
  d.setUTCMinutes(0, 0, 0);
  return d.toISOString();
};

describe("hourOf", () => {
  it("gives the Date path's hour for canonical times across years, months, days and hours", () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 5000; i++) {
      const t = Date.UTC(1970 + rnd(130), rnd(12), 1 + rnd(31), rnd(24), rnd(60), rnd(60), rnd(1000));
      const iso = new Date(t).toISOString();
      expect(hourOf(iso)).toBe(viaDate(iso));
    }
  });

  it("sends other forms through Date, which moves them as before", () => {
    for (const iso of [
      "2026-11-30T24:00:00.000Z", // the next day's midnight
      "2026-02-29T10:15:00.000Z", // no such day in 2026: March 1st
      "2026-04-31T10:15:00.000Z",
      "2026-11-30T10:15:00Z", // no milliseconds
      "2026-11-30T10:15:00.000+02:00", // an offset
      "2026-11-30",
      "0000-01-01T05:30:00.000Z",
    ]) expect(hourOf(iso)).toBe(viaDate(iso));
  });

  it("still rejects what Date rejects", () => {
    for (const iso of ["2026-11-30T10:60:00.000Z", "2026-13-01T10:00:00.000Z", "not a time"]) expect(() => hourOf(iso)).toThrow(RangeError);
  });
});

describe("merge and contributionDelta copies", () => {
  const c = (metric: string, sum: number, count = 1): Contribution => ({ metric, bucket: "2026-11-30T10:00:00.000Z", dim: "", dimValue: "", sum, count });

  it("never change the entries they were given", () => {
    const list = [c("handoffs", 1), c("handoffs", 2), c("reask_rate", 0)];
    const merged = merge(list);
    expect(merged).toEqual([c("handoffs", 3, 2), c("reask_rate", 0)]);
    expect(list[0]).toEqual(c("handoffs", 1));
    const old = [c("handoffs", 3, 2), c("dropout_rate", 1)];
    expect(contributionDelta(old, merged)).toEqual([c("reask_rate", 0), c("dropout_rate", -1, -1)]);
    expect(old).toEqual([c("handoffs", 3, 2), c("dropout_rate", 1)]);
  });
});

describe("contributionDelta of a first scoring", () => {
  const c = (metric: string, dimValue: string, sum: number, count = 1): Contribution => ({ metric, bucket: "2026-11-30T10:00:00.000Z", dim: "agent", dimValue, sum, count });

  it("is the new list as the keyed path gives it: same order, zero entries dropped, copies", () => {
    const next = merge([c("handoffs", "billing", 1), c("reask_rate", "billing", 0, 0), c("dropout_rate", "billing", 0), c("handoffs", "refunds", 1)]);
    const viaKeys = contributionDelta([c("unrelated", "x", 0, 0)], next); // an old entry that is zero keeps the keyed path's result equal
    const first = contributionDelta([], next);
    expect(first).toEqual(viaKeys.filter((d) => d.metric !== "unrelated"));
    expect(first.map((d) => d.metric)).toEqual(["handoffs", "dropout_rate", "handoffs"]);
    first[0].sum = 99;
    expect(next[0].sum).toBe(1);
  });
});
