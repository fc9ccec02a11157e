// Rule `escalatedEnd` (docs/evaluation.md, miss33): a conversation the agents escalated with nothing
// else to explain it is drift, whatever share of the ask's words the final interpretation keeps.
//
// SPEC §2.1's resolution says how a conversation ended: resolved, escalated or abandoned. An agent
// escalates when it cannot serve the user, and a conversation with no dropout, re-ask, stale use,
// ping-pong, role confusion or deep chain that still ends escalated is one where the agents' reading
// of the ask did not serve it: the final agent upgraded what was asked down, sold a package for a
// document request, took a student's withdrawal as a retention case. Words read many of these as kept
// (they share the record, the plan, the course: 56–75 % of the ask), which is why intent-low-rating.ts,
// which reads a low rating or the user leaving only where the words are weak, leaves them. On the 36
// development corpora (35 authors) no clean conversation ends escalated (0 of 1,092); 58 drifted ones
// and 39 with another failure do. A user who asked to be escalated ("put me through to a manager")
// got what they asked for: no drift. A user who left (abandoned) is not read here: leaving after the
// ask was done is no sign the ask was missed (intent-low-rating.test.ts), and a rating is one user's mood.
import type { TimedEvent } from "./timeline";

/** The user asked for the escalation: a person above the agent, or the word itself (a closed class of English ways to ask). */
const ASKED_TO_ESCALATE = /\b(?:escalat\w*|manager|supervisor|someone (?:senior|in charge)|(?:a |an? )?(?:real|actual|human) (?:person|being|agent)|(?:speak|talk) to a (?:person|human))\b/i;

/** Why the escalation says the ask was not met, or null: the last resolution is "escalated", the user did not ask for it, and no other failure explains it. */
export function escalatedUnexplained(timeline: TimedEvent[], original: string, otherFailure: boolean): string | null {
  if (otherFailure) return null;
  const end = timeline.findLast((t) => t.event.type === "resolution")?.event;
  if (end?.type !== "resolution" || end.status !== "escalated" || ASKED_TO_ESCALATE.test(original)) return null;
  return "the conversation ended escalated and no other failure explains it";
}
