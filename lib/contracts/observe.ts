// What one executed handoff actually carried, in the form contracts are inferred from and checked
// against: the top-level fields of payload and stateAfter (payload wins on a clash) with their
// JSON type, whether the receiving agent used each value (its later messages or tool arguments
// mention it), the facts that crossed only in the summary's prose, the summary length and the
// release (here the handoff's metadata.release; the worker replaces it with the release the
// conversation ran on at that handoff, lib/releases/extract.ts, so drift follows releaseKey and the
// framework adapters' versions too). Pure; the worker computes it once per handoff while scoring
// (stored in handoffs.shape) and the CLI computes it offline from a capture file.
import type { EventRecord, HandoffRecord } from "../ingest/schemas";
import { buildChain, type ChainLink } from "../scoring/chain";
import { extractFacts, leaves, type Fact } from "../scoring/facts";
import { buildTimeline, type TimedEvent } from "../scoring/timeline";
import { slotForKey } from "../scoring/slots";
import { jsonTypeOf, type JsonType } from "./schema";

export interface ObservedField {
  type: JsonType;
  /** the receiving agent mentioned the value afterwards */
  used: boolean;
  /** the value, truncated; identity slots (ids, emails, phones) are redacted */
  example: unknown;
}

export interface HandoffShape {
  release: string | null;
  fields: Record<string, ObservedField>;
  /** facts (slot names) known before the handoff that appear in the summary's text */
  prose: string[];
  summaryLength: number;
}

export interface ObservedHandoff {
  eventId: string;
  conversationId: string;
  from: string;
  to: string;
  at: string;
  shape: HandoffShape;
}

const MAX_FIELDS_OBSERVED = 500;
const MIN_MENTION_CHARS = 2;
/** longer values (prose, message bodies) are not looked for verbatim downstream */
const MAX_MENTION_CHARS = 200;

/** Every executed handoff of one conversation, observed from its raw events (the CLI's path). */
export function observeEvents(events: EventRecord[], tracked: string[] = []): ObservedHandoff[] {
  const timeline = buildTimeline(events);
  const chain = buildChain(timeline);
  const facts = extractFacts(timeline, tracked);
  return chain.filter((l) => l.effective).map((l) => ({
    eventId: l.event.id,
    conversationId: l.event.conversationId,
    from: l.event.from,
    to: l.event.to,
    at: new Date(l.at).toISOString(),
    shape: observeHandoff(timeline, facts, l),
  }));
}

/** One handoff's shape, given the conversation's timeline and facts (the worker's path). */
export function observeHandoff(timeline: TimedEvent[], facts: Fact[], link: ChainLink): HandoffShape {
  const e = link.event;
  const carried = carriedFields(e);
  const entries = Object.entries(carried).slice(0, MAX_FIELDS_OBSERVED);
  const downstream = entries.length ? prepared(downstreamText(timeline, link.index, e.to)) : null;
  // (fromEntries defines each key as the object's own: a payload key "__proto__" stays a field, where
  // `fields[name] = …` would set the object's prototype)
  const fields: Record<string, ObservedField> = Object.fromEntries(
    entries.map(([name, value]) => [name, { type: jsonTypeOf(value), used: isUsed(value, downstream!), example: example(name, value) }]),
  );
  const summary = e.summary ?? "";
  const said = summary ? prepared(summary) : null;
  const prose = said ? factsBefore(timeline, facts, link.index).filter((f) => mentionedIn(said, f.value)).map((f) => f.field) : [];
  const release = e.metadata?.release;
  return {
    release: typeof release === "string" || typeof release === "number" ? String(release) : null,
    fields,
    prose: [...new Set(prose)].sort(),
    summaryLength: summary.length,
  };
}

/** The top-level fields a handoff carries: stateAfter's keys, then payload's (payload wins). */
export function carriedFields(e: Pick<HandoffRecord, "payload" | "stateAfter">): Record<string, unknown> {
  return { ...(e.stateAfter ?? {}), ...(e.payload ?? {}) };
}

/** Timeline position of each event id, computed once per conversation (a handoff needs the facts before it). */
const positions = new WeakMap<TimedEvent[], Map<string, number>>();

/** The latest fact per field seen before timeline position `before` (knownFacts, without a per-handoff id set). */
function factsBefore(timeline: TimedEvent[], facts: Fact[], before: number): Fact[] {
  let pos = positions.get(timeline);
  if (!pos) positions.set(timeline, (pos = new Map(timeline.map((t) => [t.event.id, t.index]))));
  const known = new Map<string, Fact>();
  for (const f of facts) if ((pos.get(f.eventId) ?? Infinity) < before) known.set(f.field, f);
  return [...known.values()];
}

function downstreamText(timeline: TimedEvent[], after: number, agent: string): string {
  const parts: string[] = [];
  for (let i = after + 1; i < timeline.length; i++) {
    const ev = timeline[i].event;
    if (ev.agent !== agent) continue;
    if (ev.type === "message") parts.push(ev.content);
    else if (ev.type === "tool_call") parts.push(JSON.stringify(ev.args));
  }
  return parts.join("\n");
}

/** A text lower-cased once (facts.ts `mentions` would redo it for every value looked up). */
const prepared = (text: string) => ({ text, lower: text.toLowerCase(), digits: null as string | null });
type Prepared = ReturnType<typeof prepared>;

function isUsed(value: unknown, t: Prepared): boolean {
  if (!t.text) return false;
  for (const leaf of leaves(value)) {
    if (typeof leaf.value === "boolean") continue;
    const v = String(leaf.value);
    if (v.length >= MIN_MENTION_CHARS && v.length <= MAX_MENTION_CHARS && mentionedIn(t, v)) return true;
  }
  return false;
}

/** facts.ts `mentions` (case-insensitive, or the same digit run for ids and phones) on a prepared text. */
function mentionedIn(t: Prepared, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return false;
  if (t.lower.includes(v)) return true;
  const digits = v.replace(/\D/g, "");
  if (digits.length < 7 || digits.length !== v.replace(/[\s().+-]/g, "").length) return false;
  t.digits ??= t.text.replace(/\D/g, "");
  return t.digits.includes(digits);
}

function example(name: string, value: unknown): unknown {
  if (slotForKey(name)?.identity) return "[redacted]";
  if (typeof value === "string") return value.length > 80 ? `${value.slice(0, 77)}…` : value;
  if (value !== null && typeof value === "object") {
    const s = JSON.stringify(value);
    return s.length > 80 ? `${s.slice(0, 77)}…` : value;
  }
  return value;
}
