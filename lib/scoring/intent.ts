// Intent preservation (SPEC §3.3): similarity between the user's original request (the first user
// message, plus the second when the first is only a greeting) and the final agent's
// interpretation (the last `intent` event, else the last agent's last message). Drift = below the
// project threshold. The judge is pluggable: offline by default, an LLM when configured.
import type { ScoringContext } from "./context";
import { notScored, scored, type Scored } from "./context";
import { extractIntent, offlineSimilarity } from "./judge-offline";
import { hasMessageContent, isAgentMessage, isUserMessage } from "./timeline";

export interface IntentJudge {
  similarity(original: string, interpretation: string): Promise<number>;
}

export const offlineJudge: IntentJudge = { similarity: async (a, b) => offlineSimilarity(a, b) };

const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening))\b[\s,.!]*(there)?[\s,.!]*$/i;

export function originalRequest(ctx: ScoringContext): string | null {
  const users = ctx.timeline.filter((t) => isUserMessage(t.event)).map((t) => (t.event as { content: string }).content);
  if (!users.length) return null;
  return GREETING.test(users[0]) && users[1] ? `${users[0]} ${users[1]}` : users[0];
}

export function finalInterpretation(ctx: ScoringContext): { text: string; fromIntentEvent: boolean } | null {
  for (let i = ctx.timeline.length - 1; i >= 0; i--) {
    const e = ctx.timeline[i].event;
    if (e.type === "intent") return { text: e.intent, fromIntentEvent: true };
  }
  for (let i = ctx.timeline.length - 1; i >= 0; i--) {
    const e = ctx.timeline[i].event;
    if (isAgentMessage(e) && e.content.trim()) return { text: e.content, fromIntentEvent: false };
  }
  return null;
}

export async function scoreIntent(ctx: ScoringContext, judge: IntentJudge): Promise<Scored<number>> {
  if (!hasMessageContent(ctx.timeline) && !ctx.timeline.some((t) => t.event.type === "intent")) {
    return notScored("no message content in trace");
  }
  const original = originalRequest(ctx);
  if (!original) return notScored("no user message to compare with");
  const interpretation = finalInterpretation(ctx);
  if (!interpretation) return notScored("no intent event or agent message to compare with");
  // Without an intent event the last agent message stands in; an answer such as "it is awaiting
  // pickup" names no object, and judging it against the request would be a guess.
  if (!interpretation.fromIntentEvent && judge === offlineJudge && !extractIntent(interpretation.text).object) {
    return notScored("no intent event, and the last agent message does not say what it is about");
  }
  return scored(Math.max(0, Math.min(1, await judge.similarity(original, interpretation.text))));
}
