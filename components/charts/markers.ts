// Vertical markers on trend charts (pure, unit-tested): a release's first hour, and — when the
// change-point detector is available — a detected level shift. Each marker is placed on the chart
// row whose bucket contains its time (the x axis is categorical), and markers outside the rows are
// left out. Several markers in one bucket share one line with their names joined.
import type { ChartRow } from "./prepare";

export interface Marker {
  /** ISO time of the event */
  at: string;
  name: string;
  kind: "release" | "change";
}

export interface PlacedMarker {
  label: string;
  name: string;
  kind: Marker["kind"];
  /** where clicking the marker goes (a change-point: the conversations of its bucket) */
  href?: string;
}

export function placeMarkers(markers: Marker[], rows: ChartRow[]): PlacedMarker[] {
  if (!rows.length) return [];
  const step = rows.length > 1 ? rows[1].t - rows[0].t : 3_600_000;
  const placed = new Map<string, PlacedMarker>();
  for (const m of markers) {
    const t = Date.parse(m.at);
    if (Number.isNaN(t) || t < rows[0].t || t >= rows[rows.length - 1].t + step) continue;
    let row = rows[0];
    for (const r of rows) if (r.t <= t) row = r;
    const key = `${m.kind}|${row.label}`;
    const prev = placed.get(key);
    placed.set(key, prev ? { ...prev, name: `${prev.name}, ${m.name}` } : { label: row.label, name: m.name, kind: m.kind });
  }
  return [...placed.values()];
}

/** Release markers in the shape the charts take. */
export const releaseMarkers = (list: Array<{ release: string; at: string }>): Marker[] =>
  list.map((r) => ({ at: r.at, name: r.release, kind: "release" }));
