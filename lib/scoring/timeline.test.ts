// positionOf: the position of an event by id, from a map built once per timeline (scorers look
// facts' events up by id). Near misses: an id absent, an id repeated (the first wins, as a linear
// find did), a timeline re-sorted by time (positions are the sorted ones).
import { describe, expect, it } from "vitest";
import { conversation } from "./conversation.test-util";
import { buildTimeline, isoOf, positionOf, timeOf } from "./timeline";

describe("positionOf", () => {
  it("finds each event's position, -1 for an unknown id, the first of a repeated id", () => {
    const events = conversation([{ user: "hi" }, { agent: "a", says: "hello" }, { user: "bye" }]);
    const late = { ...events[0], id: "late", timestamp: "2026-12-04T11:00:00.000Z" };
    const timeline = buildTimeline([late, ...events, { ...events[1], id: "e1", timestamp: "2026-12-04T12:00:00.000Z" }]);
    expect(timeline.map((t) => positionOf(timeline, t.event.id))).toEqual([0, 1, 2, 3, 1]);
    expect(positionOf(timeline, "late")).toBe(3);
    expect(positionOf(timeline, "nope")).toBe(-1);
  });
});

// timeOf and isoOf: an event's time read by hand from a canonical timestamp, and its ISO text taken
// as written. Each must be what Date.parse and toISOString give; near misses are the texts that are
// not their own ISO form (an offset, "24:00", a 31st, a leap second, years 0–99, no milliseconds).
describe("timeOf and isoOf", () => {
  const texts = [
    "2026-11-30T09:00:03.123Z", "1970-01-01T00:00:00.000Z", "1969-12-31T23:59:59.999Z", "9999-12-28T23:59:59.999Z",
    "0100-03-01T00:00:00.000Z", "0050-01-01T00:00:00.000Z", "0000-01-01T00:00:00.000Z",
    "2026-11-30T09:00:03Z", "2026-11-30T09:00:03.123+05:30", "2026-11-30T24:00:00.000Z", "2026-02-31T10:00:00.000Z",
    "2026-06-30T23:59:60.000Z", "2026-11-30T09:00:03.1234Z",
  ];
  it("gives Date.parse's time for every form, canonical or not", () => {
    for (const ts of texts) expect(timeOf(ts), ts).toEqual(Date.parse(ts));
    for (let i = 0; i < 5_000; i++) {
      const ts = new Date(Math.floor((i * 7_919_123_457) % 4e12) - 1e12).toISOString();
      expect(timeOf(ts), ts).toBe(Date.parse(ts));
    }
  });
  it("gives toISOString's text for every form that names an instant", () => {
    for (const ts of texts) {
      const at = Date.parse(ts);
      if (Number.isNaN(at)) continue;
      expect(isoOf({ at, event: { timestamp: ts } }), ts).toBe(new Date(at).toISOString());
    }
  });
});
