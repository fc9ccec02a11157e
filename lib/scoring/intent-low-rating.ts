// Drift the user's own rating corroborates (issue 12, drift27b): the final agent works on another
// matter than the ask — a membership confirmed instead of a mispunch corrected, a payment plan set
// up instead of a script fixed, a junior course sold instead of a policy question answered — while
// keeping the ask's record and circumstances (the member, the account, the child, the day). Words
// read such an interpretation as a weak paraphrase (it keeps a quarter to a half of the ask's
// specific terms) or cannot tell (topic23: no reading of the words alone separates these from the
// many clean answers that name the remedy in other words). The conversation itself says which it
// is: the user rated it (SPEC §2.1, `resolution.csat`, 1–5). On the development corpora a clean
// conversation rated 1 or 2 is rare (3 of 830 the judge does not flag), and a low rating mostly has
// a cause Baton already measures (a dropped value, a re-ask, a stale answer, ping-pong, a deep or
// confused chain: 95 of 98 other-labelled ones). A low rating that nothing else explains, on an
// interpretation whose words keep less than half of the ask, is read as the ask not being met:
// drift. A conversation the user left (`resolution.status` "abandoned") says the same as a low rating
// and is read the same way. Nothing here reads a word of any trade; the thresholds are the bottom two
// of the SPEC's five-point scale and half of the ask.
import type { TimedEvent } from "./timeline";
import type { IntentAssessment } from "./judge-offline";

/** the highest rating that says the user was not served (the bottom two of SPEC §2.1's 1–5) */
export const LOW_RATING = 2;
/** a preserved verdict keeping less than this share of the ask's specific terms is a weak one */
export const WEAK_SHARE = 0.5;

/**
 * How the conversation ended badly for the user, in words for a reason: a low rating (≤ LOW_RATING;
 * read only when `ratings`, the project's ratingEvidence setting) or the user leaving; else null.
 */
export function badEnding(timeline: TimedEvent[], ratings = true): string | null {
  const end = timeline.findLast((t) => t.event.type === "resolution")?.event as { csat?: number | null; status?: string } | undefined;
  if (ratings && typeof end?.csat === "number" && end.csat <= LOW_RATING) return `the user rated the conversation ${end.csat} of 5`;
  return end?.status === "abandoned" ? "the user left without a resolution (abandoned)" : null;
}

/**
 * Why a bad ending turns the judge's reading into drift, or null: the user rated the conversation
 * low or left it, no other failure explains it (`otherFailure`, from the other scorers), and the words were no
 * evidence of the ask being kept — the judge abstained, or read it as preserved on less than half of
 * the ask.
 */
export function ratedLowUnexplained(timeline: TimedEvent[], verdict: IntentAssessment, otherFailure: boolean, ratings = true): string | null {
  if (otherFailure) return null;
  const ending = badEnding(timeline, ratings);
  if (ending === null) return null;
  const weak = verdict.score === null || (verdict.path === "preserved" && verdict.shared !== undefined && verdict.shared < WEAK_SHARE);
  if (!weak) return null;
  const words = verdict.score === null ? "the words alone could not tell" : `the final interpretation keeps ${Math.round((verdict.shared ?? 0) * 100)}% of the ask`;
  return `${ending} and no other failure explains it; ${words}`;
}
