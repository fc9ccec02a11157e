// A drift rule's record in words a person grasps at a glance (the drill-down's intent panel): how often
// the rule's flags were right in the held-out tests (lib/scoring/drift-record.ts), a count instead of a
// share when there were too few flags to rate, and how the project's own reviews found it.
import { MIN_RATED_FLAGS, type RuleRecord } from "../scoring/drift-record";

const flags = (n: number) => `${n} flag${n === 1 ? "" : "s"}`;

/** null record = the rule raised no flag in the held-out tests. */
export function heldOutRecordText(r: RuleRecord | null, min = MIN_RATED_FLAGS): string {
  if (!r || r.flagged < min) return `too few held-out flags to rate (${r?.flagged ? flags(r.flagged) : "none"})`;
  return `right on ${r.right} of ${flags(r.flagged)} in held-out tests (${Math.round((100 * r.right) / r.flagged)} %)`;
}

export const reviewsRecordText = (r: RuleRecord): string => `your reviews: ${r.right} of ${r.flagged} right`;
