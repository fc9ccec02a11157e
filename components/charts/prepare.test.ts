import { describe, expect, it } from "vitest";
import { change, niceTicks, prepareChangeMarkers, prepareDepthHistogram, prepareLeadIndicator, prepareTrend } from "./prepare";

describe("prepareTrend", () => {
  const pts = [
    { bucket: "2026-11-24T10:00:00.000Z", value: 0.2 },
    { bucket: "2026-11-24T11:00:00.000Z", value: null },
  ];
  it("keeps gaps for rates", () => {
    expect(prepareTrend(pts, { isCount: false, bucket: "hour" }).map((r) => r.value)).toEqual([0.2, null]);
  });
  it("fills zeros for counts", () => {
    expect(prepareTrend(pts, { isCount: true, bucket: "hour" }).map((r) => r.value)).toEqual([0.2, 0]);
  });
  it("labels hours and days", () => {
    expect(prepareTrend(pts, { isCount: true, bucket: "hour" })[0].label).toBe("11-24 10h");
    expect(prepareTrend(pts, { isCount: true, bucket: "day" })[0].label).toBe("11-24");
  });
  it("labels in the chosen time zone and carries the bucket's end and samples", () => {
    const r = prepareTrend([{ bucket: "2026-11-24T23:00:00.000Z", value: 0.5, samples: 4 }], { isCount: false, bucket: "hour", tz: "Asia/Tokyo" })[0];
    expect(r.label).toBe("11-25 08h");
    expect(r.end - r.t).toBe(3_600_000);
    expect(r.samples).toBe(4);
  });
});

describe("niceTicks", () => {
  it("rounds the axis to 1/2/2.5/5 steps", () => {
    expect(niceTicks(0.37)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(0.13)).toEqual([0, 0.05, 0.1, 0.15]);
    expect(niceTicks(7)).toEqual([0, 2.5, 5, 7.5]);
    expect(niceTicks(1234)).toEqual([0, 500, 1000, 1500]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("ends a rate's axis at 100 % when the rounded top would pass it, and keeps it when it does not", () => {
    expect(niceTicks(1, 4, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0.8, 4, 1)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(0.7, 4, 1)).toEqual([0, 0.25, 0.5, 0.75]);
    expect(niceTicks(0.37, 4, 1)).toEqual([0, 0.2, 0.4, 0.6]);
    expect(niceTicks(1)).toEqual([0, 0.5, 1, 1.5]);
  });
});

describe("prepareDepthHistogram", () => {
  it("fills missing depths with zero and marks warn/critical bars", () => {
    const rows = prepareDepthHistogram([{ depth: 2, conversations: 5 }, { depth: 10, conversations: 1 }], 5, 8);
    expect(rows).toHaveLength(11);
    expect(rows[1]).toEqual({ depth: 1, conversations: 0, level: "ok" });
    expect(rows[6].level).toBe("warn");
    expect(rows[10]).toEqual({ depth: 10, conversations: 1, level: "critical" });
  });
});

describe("change", () => {
  it("is relative to the previous window and null without a baseline", () => {
    expect(change(0.12, 0.1)).toBeCloseTo(0.2);
    expect(change(0.1, null)).toBeNull();
    expect(change(1, 0)).toBeNull();
  });
});

describe("prepareChangeMarkers / prepareLeadIndicator", () => {
  const rows = prepareTrend(
    ["2026-11-20T00:00:00Z", "2026-11-21T00:00:00Z", "2026-11-22T00:00:00Z"].map((bucket, i) => ({ bucket, value: [0.1, 0.1, 0.3][i] })),
    { isCount: false, bucket: "day" },
  );
  it("puts a marker at the bucket where the new level starts, with a readable title", () => {
    const m = prepareChangeMarkers(rows, [{ index: 2, direction: "up", before: 0.1, after: 0.3 }], (v) => `${v * 100}%`);
    expect(m).toEqual([
      { label: "11-22", t: Date.parse("2026-11-22T00:00:00Z"), end: Date.parse("2026-11-23T00:00:00Z"), direction: "up", title: "level up 10% → 30% from 11-22" },
    ]);
  });
  it("near miss: a change-point outside the rows is not drawn", () => {
    expect(prepareChangeMarkers(rows, [{ index: 9, direction: "down", before: 1, after: 0 }], String)).toEqual([]);
  });
  it("labels merged buckets by day or by hour and keeps gaps", () => {
    const pts = [{ bucket: "2026-11-20T06:00:00Z", h2r: 1.5, csat: null }];
    expect(prepareLeadIndicator(pts, 6)).toEqual([{ label: "11-20 06h", h2r: 1.5, csat: null }]);
    expect(prepareLeadIndicator(pts, 24)[0].label).toBe("11-20");
  });
});
