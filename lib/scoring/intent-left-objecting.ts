// Rule `leftObjecting` (docs/evaluation.md, miss33): the user pushed back at the final agent and then
// left, with nothing else to explain it — drift, whatever share of the ask the words keep.
//
// SPEC §2.1's resolution says the user left ("abandoned"). intent-low-rating.ts reads that as drift
// only where the words are weak (the final interpretation keeps under half of the ask), since a user
// may leave once the ask is done. Many drifts keep more than half of the ask's words — the final agent
// did another act to the ask's own record ("three grow lights" for "take the second one off", a
// payment link for "refund the extra postage", a course for "refund the deposit") — and there the
// user's last words say which it is: after the final agent spoke they asked back or denied ("Sorry, I
// do not understand, three?", "I didn't really want insurance information", "I never asked for it to
// be split") and then left. A user who acknowledged ("right, thanks") or declined more help ("no,
// nothing else": intent.ts isClosing) and left is not read here, nor is an answer to the agent's own
// question ("Was anything damaged?" "No, nothing."). On the 36 development corpora no clean
// conversation ends abandoned (0 of 1,092); the misses this reads are in four authors' text.
//
// Rule `escalatedObjecting` (twenty-fourth session, blind-an3): a conversation handed to a person
// ("escalated") after the user pushed back at the final agent says the same — the agents did not meet the ask
// and the user said so ("pls renew it for another 10" → "I've turned off automatic renewal" → "wait no I WANT to
// keep going" → escalated). An escalation without a pushback (a case the agents may not decide) is not read.
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import type { TimedEvent } from "./timeline";
import { contentOf, isAgentMessage, isUserMessage } from "./timeline";

/** A reply that pushes back: it asks (a question mark) or denies (a negation), the closed class of English ways to. */
const PUSHBACK = /\?|\b(?:no|not|never|nothing)\b|n['’]t\b/i;

/** Why the user's leaving says the ask was not met, or null (otherFailure: another scorer's finding explains it). */
export function leftObjecting(timeline: TimedEvent[], original: string, finalAgent: string | undefined, otherFailure: boolean, closing: (text: string) => boolean): string | null {
  if (otherFailure || !finalAgent) return null;
  const end = timeline.findLast((t) => t.event.type === "resolution")?.event;
  if (end?.type !== "resolution" || !(end.status === "abandoned" || (RULE.escalatedObjecting && end.status === "escalated"))) return null;
  const spoke = timeline.findIndex((t) => isAgentMessage(t.event) && t.event.agent === finalAgent);
  if (spoke < 0) return null;
  // (an answer to an agent's question — "Was anything damaged?" "No, nothing." — denies a fact, not what the agent did)
  let asked = false;
  let reply: string | undefined;
  for (const t of timeline.slice(spoke)) {
    if (isAgentMessage(t.event)) asked = contentOf(t).includes("?");
    else if (isUserMessage(t.event)) {
      const m = contentOf(t);
      if (!asked && !original.includes(m) && !closing(m) && PUSHBACK.test(m)) reply ??= m;
      asked = false;
    }
  }
  const how = end.status === "abandoned" ? "left (abandoned)" : "the conversation was escalated to a person";
  return reply ? `the user pushed back at the final agent (“${reply.slice(0, 80)}”) and ${how}, and no other failure explains it` : null;
}
