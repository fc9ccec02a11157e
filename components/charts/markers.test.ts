import { describe, expect, it } from "vitest";
import { placeMarkers, releaseMarkers } from "./markers";
import { prepareTrend } from "./prepare";

const day = (d: string) => ({ bucket: `2026-11-${d}T00:00:00.000Z`, value: 0.1 });
const rows = prepareTrend([day("20"), day("21"), day("22")], { isCount: false, bucket: "day" });

describe("trend chart markers", () => {
  it("puts a release on the bucket that contains its first hour", () => {
    const placed = placeMarkers(releaseMarkers([{ release: "v2", at: "2026-11-21T13:00:00.000Z" }]), rows);
    expect(placed).toEqual([{ label: "11-21", name: "v2", kind: "release" }]);
  });

  it("leaves out releases outside the chart (before the first bucket, after the last one ends)", () => {
    const placed = placeMarkers(
      releaseMarkers([
        { release: "old", at: "2026-11-19T23:00:00.000Z" },
        { release: "future", at: "2026-11-23T00:00:00.000Z" },
        { release: "edge", at: "2026-11-22T23:00:00.000Z" },
      ]),
      rows,
    );
    expect(placed.map((p) => p.name)).toEqual(["edge"]);
  });

  it("joins two releases of one bucket on one line, and keeps change-points apart", () => {
    const placed = placeMarkers(
      [
        { at: "2026-11-20T01:00:00.000Z", name: "v1", kind: "release" },
        { at: "2026-11-20T05:00:00.000Z", name: "v1.1", kind: "release" },
        { at: "2026-11-20T06:00:00.000Z", name: "shift", kind: "change" },
      ],
      rows,
    );
    expect(placed).toEqual([
      { label: "11-20", name: "v1, v1.1", kind: "release" },
      { label: "11-20", name: "shift", kind: "change" },
    ]);
  });

  it("no rows, no markers", () => {
    expect(placeMarkers(releaseMarkers([{ release: "v1", at: "2026-11-20T01:00:00.000Z" }]), [])).toEqual([]);
  });
});
