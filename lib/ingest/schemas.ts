// The native event wire contract (SPEC §2.1): what POST /api/v1/events accepts, and the shape
// events have once stored and read back (EventRecord), which is what every scorer consumes.
import { z } from "zod";
import { isTimeInRange, TIME_RANGE_MESSAGE } from "../time-range";
import { ENDING_STATUSES } from "../conversations/status";

export const MAX_EVENTS_PER_REQUEST = 1000;
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** deeper JSON than this inside one event is rejected: jsonb and every reader stay safe */
export const MAX_JSON_DEPTH = 32;
export const MAX_STRING_CHARS = 1_000_000;

/** Depth of a JSON value, computed without recursion so a hostile body cannot blow the stack. */
export function jsonDepth(value: unknown, limit = MAX_JSON_DEPTH + 1): number {
  let max = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== "object") continue;
    if (d > max) max = d;
    if (max >= limit) return max;
    for (const child of Array.isArray(v) ? v : Object.values(v)) stack.push([child, d + 1]);
  }
  return max;
}

const depthOk = (v: unknown) => jsonDepth(v) <= MAX_JSON_DEPTH;
const depthMessage = `nested deeper than ${MAX_JSON_DEPTH} levels`;

/** Any JSON value, bounded in depth. */
export const JsonValue = z.unknown().refine(depthOk, depthMessage);
/** A JSON object (string keys), bounded in depth. */
export const JsonObject = z.record(z.string(), z.unknown()).refine(depthOk, depthMessage);

const Text = z.string().max(MAX_STRING_CHARS);
const AgentName = z.string().min(1).max(256);

/**
 * `Date` as this module first saw it. In the web process the ingest listener loads this module before
 * Next, which then replaces the global `Date` with a wrapper (node-environment-extensions/date.js:
 * the same objects, built through Reflect.construct, to notice clock reads in prerenders); `new
 * Date(v)` through it was ~3 % of the web process's CPU on 500-event batches. Same objects either way.
 */
const NativeDate = Date;

/**
 * ISO-8601 with offset, or epoch milliseconds, from 1970-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z
 * (lib/time-range.ts says why); normalised to a Date.
 */
export const Timestamp = z
  // number first: a union tries its options in order and an option that fails builds an issue, which
  // for epoch-ms timestamps (what the client and the bench send) was half of Timestamp's time; the
  // issues a bad value gets do not depend on the order (zod reports the one option that matched its type)
  .union([z.number().int(), z.iso.datetime({ offset: true })])
  .transform((v) => new NativeDate(v))
  .refine((d) => isTimeInRange(d.getTime()), TIME_RANGE_MESSAGE);

const Common = {
  id: z.string().min(1).max(128),
  conversationId: z.string().min(1).max(256),
  timestamp: Timestamp,
  agent: AgentName.optional(),
  turn: z.number().int().min(0).max(1_000_000).optional(),
  metadata: JsonObject.optional(),
};

export const MessageEvent = z.object({
  ...Common,
  type: z.literal("message"),
  role: z.enum(["user", "agent", "system"]),
  content: Text,
});

export const ToolCallEvent = z.object({
  ...Common,
  type: z.literal("tool_call"),
  tool: z.string().min(1).max(256),
  args: JsonObject.default({}),
  result: JsonValue.optional(),
  resultAt: Timestamp.optional(),
  callId: z.string().max(256).optional(),
});

export const HandoffEvent = z.object({
  ...Common,
  type: z.literal("handoff"),
  from: AgentName,
  to: AgentName,
  summary: Text.optional(),
  payload: JsonObject.optional(),
  stateBefore: JsonObject.optional(),
  stateAfter: JsonObject.optional(),
  mode: z.enum(["transfer", "delegate", "return"]).default("transfer"),
  callId: z.string().max(256).optional(),
});

export const StateEvent = z.object({ ...Common, type: z.literal("state"), state: JsonObject });
export const IntentEvent = z.object({ ...Common, type: z.literal("intent"), intent: Text });
export const ResolutionEvent = z.object({
  ...Common,
  type: z.literal("resolution"),
  status: z.enum(ENDING_STATUSES),
  csat: z.number().int().min(1).max(5).optional(),
});

export const IngestEvent = z.discriminatedUnion("type", [
  MessageEvent,
  ToolCallEvent,
  HandoffEvent,
  StateEvent,
  IntentEvent,
  ResolutionEvent,
]);
export type IngestEvent = z.output<typeof IngestEvent>;
export type IngestEventInput = z.input<typeof IngestEvent>;
export const EVENT_TYPES = ["message", "tool_call", "handoff", "state", "intent", "resolution"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** The request envelope. Each event is validated on its own so one bad event does not sink the batch. */
export const IngestBody = z.object({
  events: z.array(z.unknown()).max(MAX_EVENTS_PER_REQUEST),
});

/** Fields common to every stored event, as read back (timestamps as ISO strings). */
interface RecordBase {
  id: string;
  conversationId: string;
  timestamp: string;
  agent?: string;
  turn?: number;
  metadata?: Record<string, unknown>;
}
type Iso<T> = { [K in keyof T]: T[K] extends Date ? string : T[K] extends Date | undefined ? string | undefined : T[K] };
type RecordOf<E> = RecordBase & Iso<Omit<E, keyof typeof Common>>;

export type MessageRecord = RecordOf<z.output<typeof MessageEvent>>;
export type ToolCallRecord = RecordOf<z.output<typeof ToolCallEvent>>;
export type HandoffRecord = RecordOf<z.output<typeof HandoffEvent>>;
export type StateRecord = RecordOf<z.output<typeof StateEvent>>;
export type IntentRecord = RecordOf<z.output<typeof IntentEvent>>;
export type ResolutionRecord = RecordOf<z.output<typeof ResolutionEvent>>;

/** A stored native event as the read API returns it and the scorers consume it. */
export type EventRecord =
  | MessageRecord
  | ToolCallRecord
  | HandoffRecord
  | StateRecord
  | IntentRecord
  | ResolutionRecord;

/** The event fields stored in columns of their own; the rest of an event is its `data`. */
export const COMMON_KEYS = ["id", "conversationId", "timestamp", "type", "agent", "turn", "metadata"];
const COMMON = new Set(COMMON_KEYS);

/**
 * Splits a validated event into the columns of the events table. Ingest does the same split in SQL
 * (lib/ingest/ingest-events.ts insertGroup, on the JSON of the event; tests/api/ingest-rows.test.ts
 * holds the two equal): change both together.
 */
export function toRow(e: IngestEvent) {
  const data: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(e)) {
    if (COMMON.has(k) || v === undefined) continue;
    data[k] = v instanceof Date ? v.toISOString() : v;
  }
  // A handoff is emitted by its sender unless told otherwise.
  const agent = e.agent ?? (e.type === "handoff" ? e.from : null);
  return {
    id: e.id,
    conversationId: e.conversationId,
    ts: e.timestamp,
    type: e.type,
    agent,
    turn: e.turn ?? null,
    data,
    metadata: e.metadata ?? null,
  };
}

/** Rebuilds the native event from a stored row (inverse of toRow). */
export function fromRow(row: {
  id: string;
  conversationId: string;
  ts: Date;
  type: string;
  agent: string | null;
  turn: number | null;
  data: unknown;
  metadata: unknown;
}): EventRecord {
  const rec: Record<string, unknown> = {
    id: row.id,
    conversationId: row.conversationId,
    timestamp: row.ts.toISOString(),
    type: row.type,
    ...(row.data as Record<string, unknown>),
  };
  if (row.agent !== null) rec.agent = row.agent;
  if (row.turn !== null) rec.turn = row.turn;
  if (row.metadata !== null && row.metadata !== undefined) rec.metadata = row.metadata;
  // cast: rows were validated by IngestEvent before toRow stored them; re-parsing here would cost zod on every event the worker scores.
  return rec as unknown as EventRecord;
}
