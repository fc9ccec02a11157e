// The user's top rating against a reading of the words (issue 12, fp33; rule `topRating`). A drift
// verdict that says the final agent does the opposite of the ask, goes the other way, widens or
// narrows it, refuses it, or works on another thing is a claim about what the final agent *told the
// user it does* — the very answer the user read before rating the conversation. When the user then
// rates it 5 of 5 and the conversation is resolved (SPEC §2.1, `resolution.status`, `csat`), the
// user read that answer and found the ask met, so the words' reading (an opposite verb about another
// thing: "buy a voucher" → "sell her a voucher"; a kept exception: "cancel … except if he hasn't been
// rehomed" → "your sponsorship carries on"; a question read as a wish: "is that going to stop him?")
// is the likelier mistake: the verdict is withdrawn, read as not drifted.
// A part left out is different: an omission is what a user overlooks (the lost part is simply not in
// the answer), and blind authors rate such conversations 5 too, so partial loss keeps its verdict
// whatever the rating when the grammar says it was a part: a request set beside another by "and"
// ("extend the charter *and add a skipper*") or marked as one more by "also", "too" or "as well" ("Could
// you *also* arrange a vegetarian lunch?"). A part read from a sentence of its own among the
// background of a long message ("Beth nesaf", "get some ads on the station for the two weeks before it", "think we need more, she's drinking
// loads more milk") is the weakest reading a scorer makes of an ask; against the user's top rating of
// the answer it is withdrawn, and the conversation is judged on the rest of the evidence (rule
// `topRatingPart`, intent.ts standsAlone; twenty-eighth session: on the held-out gate, aggregate counts
// only, false alarms on clean 46 -> 23 of 1,387 and not one drift found less; on the development
// corpora 23 -> 18, recall identical). A rating below 5 changes nothing: on the development corpora a 4
// is given to drifted conversations as often as to clean ones. Nothing here reads a word of any trade; the threshold is
// the top of the SPEC's five-point scale, the mirror of intent-low-rating.ts's bottom two.
import type { IntentResult } from "./intent";
import { OFFLINE_JUDGE } from "./judge-name";
import { isAgentMessage, type TimedEvent } from "./timeline";

/** the rating that says the user found the ask met (the top of SPEC §2.1's 1–5) */
export const TOP_RATING = 5;

/**
 * The conversation's last resolution (its status and rating), when no agent spoke or stated the ask
 * after it; else null: a rating given before the final answer is no verdict on it. Read by this rule
 * and by intent-bottom-rating.ts.
 */
export function finalVerdict(timeline: TimedEvent[]): { csat?: number | null; status?: string } | null {
  const at = timeline.findLastIndex((t) => t.event.type === "resolution");
  if (at < 0) return null;
  if (timeline.slice(at + 1).some(({ event: e }) => isAgentMessage(e) || e.type === "intent")) return null;
  return timeline[at].event as { csat?: number | null; status?: string };
}

/**
 * The user's top rating on a resolved conversation, in words for a reason; else null. The last
 * resolution event decides, and only when no agent spoke or stated the ask after it: a rating given
 * before the final answer is not a verdict on it.
 */
export function ratedTop(timeline: TimedEvent[]): string | null {
  const end = finalVerdict(timeline);
  if (end?.status !== "resolved" || end.csat !== TOP_RATING) return null;
  return `the user rated the resolved conversation ${TOP_RATING} of ${TOP_RATING}`;
}

/**
 * The result as it stands, or, for a drift verdict other than partial loss on a conversation the user
 * rated 5 of 5 and that was resolved, a verdict of no drift (at the threshold) saying why.
 */
export function withTopRating(timeline: TimedEvent[], result: IntentResult, threshold: number): IntentResult {
  if (result.value === null || result.value >= threshold || isPartial(result)) return result;
  const top = ratedTop(timeline);
  if (!top) return result;
  return {
    value: threshold, judge: result.judge ?? OFFLINE_JUDGE, confidence: 0.55, driftKind: null, lostPart: null, path: "topRating",
    reason: `${top}, having read the final answer; the words' reading is withdrawn (${result.reason.slice(0, 160)})`,
  };
}

/** A part of the ask left out: the one kind of drift a satisfied user overlooks. */
const isPartial = (r: IntentResult) => r.driftKind === "partial" || r.path === "lostPart" || r.path === "unaddressedPart";
