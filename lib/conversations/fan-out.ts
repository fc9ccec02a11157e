// Lays a conversation's timeline out for the drill-down: events in order, except that each
// parallel fan-out (handoffs sharing a fanOut group, lib/scoring/chain.ts) becomes one block of
// lanes, one per worker — its delegation, what the worker did, and its return — which joins back
// at the lead. Pure, so the page and the tests see the same grouping.
//
// A lane holds the worker's own events between its delegation and its paired return (or the end
// of the conversation when it has not returned): what it said and called, the handoffs it made
// and received. Anything else in that stretch (the lead speaking, the user) stays in the main
// flow, after the block.

export interface LaneEvent {
  id: string;
  type: string;
  agent?: string;
  from?: unknown;
  to?: unknown;
}

export interface LaneHandoff {
  index: number;
  eventId: string;
  from: string;
  to: string;
  mode: string;
  fanOut?: { group: number; width: number } | null;
  pair?: number | null;
}

export interface Lane<E, H> {
  worker: string;
  delegation: H;
  /** the worker's return, null while it has not returned */
  ret: H | null;
  events: E[];
}

export type TimelineItem<E, H> =
  | { kind: "event"; event: E }
  | { kind: "fanOut"; group: number; lead: string; lanes: Array<Lane<E, H>> };

export function layoutTimeline<E extends LaneEvent, H extends LaneHandoff>(events: E[], handoffs: H[]): Array<TimelineItem<E, H>> {
  const byEvent = new Map(handoffs.map((h) => [h.eventId, h]));
  const position = new Map(events.map((e, i) => [e.id, i]));
  const taken = new Set<string>();
  const items: Array<TimelineItem<E, H>> = [];
  for (const e of events) {
    if (taken.has(e.id)) continue;
    const h = byEvent.get(e.id);
    if (!h?.fanOut) {
      items.push({ kind: "event", event: e });
      continue;
    }
    const group = h.fanOut.group;
    const members = handoffs.filter((x) => x.fanOut?.group === group && position.has(x.eventId));
    const memberIds = new Set(members.map((m) => m.eventId));
    const lanes = members.map((d) => {
      const ret = d.pair === null || d.pair === undefined ? null : (handoffs.find((x) => x.index === d.pair) ?? null);
      const start = position.get(d.eventId)!;
      const end = ret && position.has(ret.eventId) ? position.get(ret.eventId)! : events.length;
      const own = events.slice(start + 1, end).filter((x) => !memberIds.has(x.id) && !taken.has(x.id) && belongsTo(x, d.to));
      return { worker: d.to, delegation: d, ret, events: own };
    });
    for (const lane of lanes) {
      taken.add(lane.delegation.eventId);
      if (lane.ret) taken.add(lane.ret.eventId);
      for (const x of lane.events) taken.add(x.id);
    }
    items.push({ kind: "fanOut", group, lead: h.from, lanes });
  }
  return items;
}

/** The worker's own event: it acted, or a handoff reached it (a sub-worker returning). */
function belongsTo(e: LaneEvent, worker: string): boolean {
  if (e.type === "handoff") return e.from === worker || e.to === worker;
  return e.agent === worker;
}
