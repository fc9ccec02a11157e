// The user's bottom verdict against a reading of the words (issue 12, signal34; rule `bottomRating`).
// intent-low-rating.ts reads a rating of 1–2 or a conversation the user left as drift only where the
// words were weak evidence (the judge abstained or kept under half of the ask): a 2 is also what an
// angry customer gives a conversation that fixed their problem (a double charge refunded, a chain of
// five transfers that got there: 3 clean conversations on the development corpora, none flagged).
// The very bottom is different. A user who rated the conversation 1 of 5 (SPEC §2.1,
// `resolution.csat`), when no other failure Baton measures explains it (no dropped value, re-ask,
// stale answer, ping-pong, deep or confused chain), says the ask was not met, whatever share of the
// ask's words the final agent repeated: an opposite act keeps every noun of the ask ("switch my line
// back on" → "I've confirmed the suspension on 07700 900233", "go down to the paperback membership"
// → Hardback Plus on HB-200567), another thing done keeps the record and the circumstances ("add my
// grandson to booking CT-48210" → the insurance on CT-48210). On the development corpora (36
// authors, 1,146 clean conversations) no clean conversation is rated 1.
// Leaving (status "abandoned") is not read so here: a user who goes quiet after an answer that did
// the ask has not said it failed (intent-abandoned.test.ts, intent-low-rating.test.ts near misses),
// and in live traffic "abandoned" is often a session that timed out after the answer.
// It is the mirror of intent-top-rating.ts: the user's own verdict at either end of the scale
// outweighs the reading of the words. Nothing here reads a word of any trade; the threshold is the
// bottom of the SPEC's five-point scale.
import { finalVerdict } from "./intent-top-rating";
import type { TimedEvent } from "./timeline";

/** the rating that says the user was not served at all (the bottom of SPEC §2.1's 1–5) */
export const BOTTOM_RATING = 1;

/**
 * The user's bottom verdict, in words for a reason: the last resolution is rated 1 of 5 (whatever
 * its status), and no agent spoke or stated the ask after it (a rating given before the final answer
 * is not a verdict on it); else null.
 */
export function ratedBottom(timeline: TimedEvent[]): string | null {
  if (finalVerdict(timeline)?.csat !== BOTTOM_RATING) return null;
  return `the user rated the conversation ${BOTTOM_RATING} of 5`;
}

/**
 * Why the user's bottom verdict makes the conversation drift although the words read the ask as
 * kept, or null: rated 1 (`ratedBottom`) and no other failure explains it.
 */
export function ratedBottomUnexplained(timeline: TimedEvent[], otherFailure: boolean): string | null {
  if (otherFailure) return null;
  const bottom = ratedBottom(timeline);
  return bottom ? `${bottom} and no other failure explains it, though the final interpretation repeats the ask's words` : null;
}
