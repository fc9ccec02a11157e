// positionOf: the position of an event by id, from a map built once per timeline (scorers look
// facts' events up by id). Near misses: an id absent, an id repeated (the first wins, as a linear
// find did), a timeline re-sorted by time (positions are the sorted ones).
import { describe, expect, it } from "vitest";
import { conversation } from "./conversation.test-util";
import { buildTimeline, positionOf } from "./timeline";

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
