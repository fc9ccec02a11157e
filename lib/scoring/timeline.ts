// Ordering and turn bookkeeping shared by every scorer. Events may arrive out of order: they are
// sorted by timestamp, ties kept in arrival order. A user message opens a new turn; an event's own
// `turn` wins when the emitter sent one (SPEC §2.1: "derived from order when absent").
import type { EventRecord, HandoffRecord, MessageRecord, ToolCallRecord } from "../ingest/schemas";

export interface TimedEvent {
  event: EventRecord;
  /** position in the sorted conversation */
  index: number;
  turn: number;
  at: number;
}

export function buildTimeline(events: EventRecord[]): TimedEvent[] {
  const sorted = events
    .map((event, i) => ({ event, i, at: timeOf(event.timestamp) }))
    .sort((a, b) => a.at - b.at || a.i - b.i);
  let userMessages = 0;
  return sorted.map(({ event, at }, index) => {
    if (isUserMessage(event)) userMessages++;
    const derived = Math.max(0, userMessages - 1);
    return { event, index, at, turn: event.turn ?? derived };
  });
}

/**
 * A timestamp in the form `toISOString` writes, naming a valid instant as written (day ≤ 28, hour ≤
 * 23): such a text is its own ISO form. "24:00", "…-31" of a short month or "…:60" are not (Date
 * moves or rejects them).
 */
export const CANONICAL_UTC = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d\.\d{3}Z$/;

/**
 * An event's time as `new Date(at).toISOString()` writes it (`at` = Date.parse of its timestamp, as
 * buildTimeline reads it). The worker's timestamps are already in that form, and a format costs ~1 µs,
 * so a canonical one is returned as it is (issue 12 throughput).
 */
export function isoOf(t: { at: number; event: { timestamp: string } }): string {
  return CANONICAL_UTC.test(t.event.timestamp) ? t.event.timestamp : new Date(t.at).toISOString();
}

const digits = (s: string, from: number, to: number) => {
  let n = 0;
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48;
  return n;
};
/**
 * Date.parse of an event's timestamp, read by hand when it is canonical (CANONICAL_UTC: the fields
 * name the instant as written, so Date.UTC of them is what Date.parse gives) — Date.parse costs
 * ~0.3 µs an event, a tenth of building a timeline (issue 12 throughput). timeline.test.ts checks it against
 * Date.parse.
 */
export function timeOf(ts: string): number {
  // (years 0–99: Date.UTC reads them as 1900–1999)
  if (!CANONICAL_UTC.test(ts) || ts.startsWith("00")) return Date.parse(ts);
  return Date.UTC(digits(ts, 0, 4), digits(ts, 5, 7) - 1, digits(ts, 8, 10), digits(ts, 11, 13), digits(ts, 14, 16), digits(ts, 17, 19), digits(ts, 20, 23));
}

/** Each timeline's positions by event id, built once per conversation (scorers look facts' events up by id). */
const positions = new WeakMap<TimedEvent[], Map<string, number>>();

/** The position of the event with this id in the timeline (the first, if ids repeat), or -1. */
export function positionOf(timeline: TimedEvent[], id: string): number {
  let byId = positions.get(timeline);
  if (!byId) {
    const m = new Map<string, number>();
    timeline.forEach((t, i) => {
      if (!m.has(t.event.id)) m.set(t.event.id, i);
    });
    positions.set(timeline, (byId = m));
  }
  return byId.get(id) ?? -1;
}

export const isUserMessage = (e: EventRecord): e is MessageRecord => e.type === "message" && e.role === "user";
export const isAgentMessage = (e: EventRecord): e is MessageRecord => e.type === "message" && e.role === "agent";
export const isHandoff = (e: EventRecord): e is HandoffRecord => e.type === "handoff";
export const isToolCall = (e: EventRecord): e is ToolCallRecord => e.type === "tool_call";
/** The text of a message on the timeline (callers have checked it is one). */
export const contentOf = (t: TimedEvent): string => (t.event as MessageRecord).content;

/** True when the conversation carries any message text at all (OpenAI Responses traces do not). */
export function hasMessageContent(timeline: TimedEvent[]): boolean {
  return timeline.some((t) => t.event.type === "message" && t.event.content.trim().length > 0);
}
