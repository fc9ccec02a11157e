// Pure helpers shared by the framework adapters (no I/O: also used by lib/client).

/** A span or run as staged in integration_spans. */
export interface StagedSpan {
  traceId: string;
  spanId: string;
  parentId: string | null;
  conversationId: string | null;
  kind: string;
  startedAt: Date | null;
  endedAt: Date | null;
  body: Record<string, unknown>;
}

/** Parses a JSON string when it is one (the SDK exports function input/output as strings). */
export function maybeJson(v: unknown): unknown {
  if (typeof v !== "string") return v;
  const t = v.trim();
  if (!(t.startsWith("{") || t.startsWith("["))) return v;
  try {
    return JSON.parse(t);
  } catch {
    return v;
  }
}

/** Text of a message's content: a string, or the text of its parts (`[{type: "text", text}]`). */
export function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((p) => (typeof p === "string" ? p : typeof (p as { text?: unknown })?.text === "string" ? (p as { text: string }).text : ""))
      .join("");
  }
  return "";
}

/** The user texts after the last message from anyone else: the new input of a turn. */
export function trailingUserTexts(messages: ReadonlyArray<{ role?: unknown; content: string }>): string[] {
  const out: string[] = [];
  for (let i = messages.length - 1; i >= 0 && messages[i].role === "user"; i--) if (messages[i].content) out.unshift(messages[i].content);
  return out;
}

export function asObject(v: unknown, key = "value"): Record<string, unknown> {
  return v && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : v === undefined || v === null ? {} : { [key]: v };
}

/**
 * Keeps timestamps strictly increasing in the given order (a shift of a few ms at most): span
 * times have millisecond resolution, several spans often share one, and the scorers read order
 * from time. Derived the same way every time, so re-deriving gives the same events.
 */
export function strictlyIncreasing<T extends { timestamp: string | number }>(events: T[]): T[] {
  let prev = -Infinity;
  for (const e of events) {
    let t = typeof e.timestamp === "number" ? e.timestamp : Date.parse(e.timestamp);
    if (t <= prev) t = prev + 1;
    // not a time JavaScript can write: left as it is for event validation to reject (toISOString would throw)
    if (!(Math.abs(t) <= 8.64e15)) continue;
    prev = t;
    e.timestamp = new Date(t).toISOString();
  }
  return events;
}
