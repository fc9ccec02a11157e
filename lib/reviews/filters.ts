// The labels a review gives (the scored failures of SPEC §3, as a corpus file of `npm run eval` labels
// them) and the conversations list's review filters. Pure, so forms and the list's parser can import it.
import { EVAL_FLAGS, type EvalFlag } from "../scoring/agreement";

export const REVIEW_FLAGS = EVAL_FLAGS;
export type ReviewFlag = EvalFlag;

/** `review=` on the conversations list: reviewed at all, any label differing from its flag, or one flag's false alarms (`wrong:drift`) / misses (`missed:drift`). */
export const REVIEW_FILTERS = ["any", "disagree", ...REVIEW_FLAGS.flatMap((f) => [`wrong:${f}`, `missed:${f}`] as const)] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];
