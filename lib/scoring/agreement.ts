// How often a flag agrees with labels: precision, recall, the false-positive rate on clean
// conversations (every label false). `npm run eval` counts a corpus's labels this way (lib/scoring/eval.ts)
// and the /settings accuracy panel a project's reviewed conversations (lib/reviews/review.ts), so the
// two figures mean the same. Pure and free of the scorers, so the web app can import it.

export const EVAL_FLAGS = ["dropout", "reask", "stale", "drift", "role_confusion", "deep", "ping_pong"] as const;
export type EvalFlag = (typeof EVAL_FLAGS)[number];

export interface FlagResult {
  flag: EvalFlag;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** conversations the scorer abstained on (null score); not in tp/fp/fn/tn */
  abstained: number;
  precision: number;
  recall: number;
  /** flagged clean conversations / clean conversations */
  fpRateClean: number;
  /** scored / eligible */
  coverage: number;
  misses: string[];
}

/**
 * The only scores a verdict reads (null or absent = unscored). A reader of stored conversations may
 * fetch just these (lib/reviews/accuracy.ts reads them as jsonb paths instead of the whole scores).
 */
export const VERDICT_SCORES = ["intentDrift", "reaskCount", "dropoutRate"] as const;
export type VerdictScores = { [K in (typeof VERDICT_SCORES)[number]]?: unknown };

/**
 * The scorer's verdict on one flag, null when it abstained: drift and re-ask without a score, and
 * dropout when handoffs were requested but none took effect (nothing crossed, so nothing could be
 * dropped). `handoffs` counts the chain's handoffs, executed or not (the handoffs rows). One
 * definition for `npm run eval` (an analysis) and the reviews (a stored conversation), so an
 * abstention is never a "no" on one side and left out on the other.
 */
export function flagVerdict(flag: EvalFlag, c: { flags: readonly string[]; scores: VerdictScores | null; handoffs: number }): boolean | null {
  const on = c.flags.includes(flag);
  const unscored = (v: unknown) => v === null || v === undefined;
  if (flag === "drift") return unscored(c.scores?.intentDrift) ? null : on;
  if (flag === "reask") return unscored(c.scores?.reaskCount) ? null : on;
  if (flag === "dropout") return unscored(c.scores?.dropoutRate) && c.handoffs > 0 ? null : on;
  return on;
}

/** One conversation as one flag's judge saw it: the label, the scorer's verdict (null = abstained), whether all labels are false. */
export interface Judged {
  name: string;
  truth: boolean;
  got: boolean | null;
  clean: boolean;
  /** how many identical conversations this row stands for (default 1): a reader that groups identical verdict inputs in SQL counts each group once */
  count?: number;
}

/**
 * Precision, recall and the false-positive rate on clean conversations of one flag, from labelled
 * verdicts: `npm run eval` on a corpus and the accuracy of the scorers on a project's reviewed
 * conversations (lib/reviews) count the same way. An abstention on a labelled conversation is a miss
 * for recall (the user sees no flag). Coverage is the caller's (it needs the analysis).
 */
export function countAgreement(flag: EvalFlag, rows: Judged[], abstainReason: (name: string) => string = () => "abstained"): FlagResult {
  const r: FlagResult = { flag, tp: 0, fp: 0, fn: 0, tn: 0, abstained: 0, precision: 1, recall: 1, fpRateClean: 0, coverage: 1, misses: [] };
  let cleanFlagged = 0;
  let labelled = 0;
  let clean = 0;
  for (const row of rows) {
    const n = row.count ?? 1;
    if (row.truth) labelled += n;
    if (row.clean) clean += n;
    if (row.got === null) {
      r.abstained += n;
      r.misses.push(`ABSTAIN ${row.name}${row.truth ? " (labelled)" : ""}: ${abstainReason(row.name)}`);
      continue;
    }
    if (row.got && row.clean) cleanFlagged += n;
    if (row.truth && row.got) r.tp += n;
    else if (!row.truth && row.got) ((r.fp += n), r.misses.push(`FP ${row.name}`));
    else if (row.truth && !row.got) ((r.fn += n), r.misses.push(`FN ${row.name}`));
    else r.tn += n;
  }
  r.precision = r.tp + r.fp ? r.tp / (r.tp + r.fp) : 1;
  r.recall = labelled ? r.tp / labelled : 1;
  r.fpRateClean = clean ? cleanFlagged / clean : 0;
  return r;
}

