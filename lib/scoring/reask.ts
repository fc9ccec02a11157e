// Re-ask (SPEC §3.2): after a handoff and before the next one, an agent message that asks the user
// for a slot whose value was known before the handoff. A question that already contains the known
// value is a confirmation ("Is it order 8812?"), not a re-ask; asking for a slot that was never
// given is a new question, not a re-ask.
import type { ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import { mentions } from "./facts";
import { askedSlots } from "./slots";
import { isAgentMessage } from "./timeline";

export interface Reask {
  eventId: string;
  field: string;
}

export function reasksAfter(ctx: ScoringContext, link: ChainLink, nextIndex: number, known: Map<string, unknown>): Reask[] {
  if (!link.effective) return [];
  const out: Reask[] = [];
  for (const t of ctx.timeline.slice(link.index + 1, nextIndex)) {
    const e = t.event;
    if (!isAgentMessage(e)) continue;
    const seen = new Set<string>();
    for (const { slot, sentence } of askedSlots(e.content)) {
      if (!known.has(slot.name) || seen.has(slot.name)) continue;
      const value = known.get(slot.name);
      if ((typeof value === "string" || typeof value === "number") && mentions(sentence, String(value))) continue;
      seen.add(slot.name);
      out.push({ eventId: e.id, field: slot.name });
    }
  }
  return out;
}
