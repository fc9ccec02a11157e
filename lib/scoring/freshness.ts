// Tool-result freshness (SPEC §3.5). Every tool result has an age in turns and seconds. After a
// handoff, an agent message that states a value taken from a tool result that came from before
// that handoff, is older than N turns or T seconds, and has no newer call of the same tool, is a
// stale use. Identity values (order ids, emails…) never go stale and are not checked; statuses,
// amounts, dates and ETAs are.
import type { ToolCallRecord } from "../ingest/schemas";
import type { ScoringContext } from "./context";
import { leaves, mentions } from "./facts";
import { slotForKey, type Vocabulary } from "./slots";
import { isAgentMessage, isToolCall, type TimedEvent } from "./timeline";

export interface StaleUse {
  eventId: string;
  tool: string;
  ageTurns: number;
  ageSeconds: number;
}

const TRIVIAL = new Set(["true", "false", "null", "ok", "yes", "no", "none", "n/a"]);

function checkableValues(result: unknown, vocab: Vocabulary): string[] {
  return leaves(result)
    .filter((l) => !slotForKey(l.key, vocab)?.identity && typeof l.value !== "boolean")
    .map((l) => String(l.value).trim())
    .filter((v) => v.length >= 3 && !TRIVIAL.has(v.toLowerCase()) && !/^\d{1,2}$/.test(v));
}

/** Stale uses in agent messages between `from` and `to` (timeline positions) after a handoff at `handoffIndex`. */
export function staleUsesIn(ctx: ScoringContext, handoffIndex: number, from: number, to: number): StaleUse[] {
  const { freshnessTurns, freshnessSeconds } = ctx.settings;
  const calls = ctx.timeline.filter((t): t is TimedEvent & { event: ToolCallRecord } => isToolCall(t.event));
  const out: StaleUse[] = [];
  for (const t of ctx.timeline.slice(from, to)) {
    if (!isAgentMessage(t.event)) continue;
    const msg = t.event;
    for (const call of calls) {
      if (call.index >= handoffIndex) continue;
      const newer = calls.some((c) => c.event.tool === call.event.tool && c.index > call.index && c.index < t.index);
      if (newer) continue;
      const resultAt = call.event.resultAt ? Date.parse(call.event.resultAt) : call.at;
      const ageSeconds = Math.max(0, Math.round((t.at - resultAt) / 1000));
      const ageTurns = Math.max(0, t.turn - call.turn);
      if (ageTurns <= freshnessTurns && ageSeconds <= freshnessSeconds) continue;
      if (checkableValues(call.event.result, ctx.vocab).some((v) => mentions(msg.content, v))) {
        out.push({ eventId: msg.id, tool: call.event.tool, ageTurns, ageSeconds });
        break;
      }
    }
  }
  return out;
}
