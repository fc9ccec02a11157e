// A conversation that begins after its real beginning: its first user message is not the user's
// first. Framework adapters mark a user message whose model input held earlier turns with
// `metadata.historyBefore` (the number of earlier user/assistant/tool items the model was given).
// When the conversation's *first* user message carries it, the original request was sent in a run
// Baton filed under another conversation (typically an OpenAI Agents SDK app without `groupId`:
// every run is a trace, every trace a conversation of its own), so intent preservation has nothing
// to compare with and is not scored — rather than comparing a "Yes please." with the final answer
// and calling it drift. The drill-down's banner reads the same predicate.
import type { EventRecord } from "../ingest/schemas";
import { isUserMessage, type TimedEvent } from "./timeline";

export const MISSING_START_REASON =
  "the conversation's first user message is not in it: it continues a conversation sent under another id (OpenAI Agents SDK: pass the same groupId to every run)";

/** Earlier items the model was given before this user message, per its adapter (0 when unknown). */
export function historyBefore(e: EventRecord): number {
  const v = e.metadata?.historyBefore;
  return typeof v === "number" && Number.isFinite(v) && v > 0 ? v : 0;
}

/** True when the conversation's first user message was preceded by history it does not contain. */
export function startsMidConversation(timeline: TimedEvent[]): boolean {
  const first = timeline.find((t) => isUserMessage(t.event) && t.event.content.trim());
  return !!first && historyBefore(first.event) > 0;
}
