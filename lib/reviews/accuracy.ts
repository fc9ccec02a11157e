// How well the scorers agree with a project's reviews (GET /api/v1/reviews, /settings "Scorer accuracy
// on your reviews"): per flag precision, recall and false alarms on clean conversations, counted by
// lib/scoring/agreement.ts exactly as `npm run eval` counts a labelled corpus, against each reviewed
// conversation's CURRENT flags (a rescore shows at once whether it helped).
//
// The read: the newest MAX_READ reviewed conversations, grouped in SQL by what a verdict and a count
// read — the flags, whether each score agreement.ts VERDICT_SCORES names is there (not the scores
// object with its intent reasons), the handoffs rows where a dropout may be an abstention, and the
// labels of a review that parses (storedReviewIsValid = parseReview's test) — so a few hundred groups
// cross to Node instead of 20,000 rows. The verdict and the counting stay in Node (flagVerdict,
// countAgreement with each group's count), so there is one definition of each; SQL only leaves out
// what they never read. tests/api/review-accuracy.test.ts checks the grouped read against the
// per-row one; scripts/bench-reviews.ts measures it at 20,001 reviewed conversations (README "Reviews").
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { countAgreement, flagVerdict, VERDICT_SCORES, type FlagResult, type VerdictScores } from "../scoring/agreement";
import { REVIEW_FLAGS, type ReviewFlag } from "./filters";
import { labelsOf, storedReviewIsValid } from "./review";

export interface ReviewAccuracy {
  reviewed: number;
  /** reviewed conversations whose every label is false */
  clean: number;
  /** reviewed conversations where at least one label differs from the current flag */
  disagree: number;
  /** per flag: labelled = reviewed "yes"; missed = labelled but not flagged (a miss or an abstention, as recall counts it) */
  flags: Array<Omit<FlagResult, "misses" | "coverage"> & { flag: ReviewFlag; labelled: number; missed: number }>;
  /** true when more reviews exist than were read (the newest MAX_READ) */
  capped: boolean;
  /** the reviewed conversations' last activity, oldest and newest (the list's time range for the links); null when none */
  span: { from: string; to: string } | null;
}

export const MAX_READ = 20_000;

/** One reviewed conversation as a verdict reads it. */
export interface ReviewedConversation {
  id: string;
  flags: string[];
  scores: VerdictScores | null;
  /** its handoffs rows, executed or not (only read for a dropout whose rate is unscored) */
  handoffs: number;
  labels: Record<ReviewFlag, boolean>;
}

interface Group {
  flags: string[];
  /** per VERDICT_SCORES key, in order: is the score there (not null, not absent) */
  scored: boolean[];
  handoffs: number;
  /** the review's stored labels; null when the review does not parse (no review, as parseReview reads it) */
  labels: Record<string, unknown> | null;
  /** the row past `limit`: not counted, it only says there are more */
  extra: boolean;
  n: number;
  from: Date;
  to: Date;
}

/** The scorers' agreement with the project's reviews (the newest `limit` reviewed conversations). */
export async function reviewAccuracy(projectId: string, limit = MAX_READ): Promise<ReviewAccuracy> {
  const scored = Prisma.join(VERDICT_SCORES.map((k) => Prisma.sql`(c.scores ->> ${k}::text) IS NOT NULL`));
  // handoffs are counted only where the dropout rate is unscored: elsewhere flagVerdict never reads them
  const dropoutRate: (typeof VERDICT_SCORES)[number] = "dropoutRate";
  // the newest limit + 1 reviewed rows, each reduced to what is grouped
  const groups = await db().$queryRaw<Group[]>`
    SELECT flags, scored, handoffs, labels, extra, count(*)::int AS n, min(last_at) AS "from", max(last_at) AS "to"
      FROM (SELECT c.flags, ARRAY[${scored}] AS scored,
                   CASE WHEN c.scores ->> ${dropoutRate}::text IS NULL
                        THEN (SELECT count(*) FROM handoffs h WHERE h.project_id = c.project_id AND h.conversation_id = c.id) ELSE 0 END::int AS handoffs,
                   CASE WHEN ${storedReviewIsValid(Prisma.sql`c.review`)} THEN c.review -> 'labels' END AS labels,
                   c.last_at, row_number() OVER (ORDER BY c.last_at DESC, c.id DESC) > ${limit} AS extra
              FROM conversations c
             WHERE c.project_id = ${projectId} AND c.review IS NOT NULL
             ORDER BY c.last_at DESC, c.id DESC
             LIMIT ${limit + 1}) AS newest
     GROUP BY 1, 2, 3, 4, 5`;
  const read = groups.filter((g) => !g.extra);
  const reviewed = read.flatMap((g, i) =>
    g.labels ? [{ id: `group ${i + 1}`, flags: g.flags, scores: verdictScores(g.scored), handoffs: g.handoffs, labels: labelsOf(g.labels), count: g.n }] : [],
  );
  const span = read.length
    ? { from: new Date(Math.min(...read.map((g) => g.from.getTime()))).toISOString(), to: new Date(Math.max(...read.map((g) => g.to.getTime()))).toISOString() }
    : null;
  return { ...accuracyOf(reviewed, read.length < groups.length), span };
}

/** The scores as a verdict reads them: a score that is there stands as `true` (flagVerdict only asks whether it is null). */
const verdictScores = (scored: boolean[]): VerdictScores => Object.fromEntries(VERDICT_SCORES.map((k, i) => [k, scored[i] ? true : null]));

/** Pure part of reviewAccuracy (unit-tested); a row with `count` stands for that many identical conversations. */
export function accuracyOf(reviewed: Array<ReviewedConversation & { count?: number }>, capped = false): Omit<ReviewAccuracy, "span"> {
  const rows = reviewed.map((c) => ({ ...c, n: c.count ?? 1, clean: REVIEW_FLAGS.every((f) => !c.labels[f]) }));
  const sum = (keep: (c: (typeof rows)[number]) => boolean) => rows.reduce((s, c) => s + (keep(c) ? c.n : 0), 0);
  const flags = REVIEW_FLAGS.map((flag) => {
    const { misses: _m, coverage: _c, ...r } = countAgreement(
      flag,
      rows.map((c) => ({ name: c.id, truth: c.labels[flag], got: flagVerdict(flag, c), clean: c.clean, count: c.n })),
    );
    const labelled = sum((c) => c.labels[flag]);
    return { ...r, flag, labelled, missed: labelled - r.tp };
  });
  const disagree = sum((c) => REVIEW_FLAGS.some((f) => c.labels[f] !== c.flags.includes(f)));
  return { reviewed: sum(() => true), clean: sum((c) => c.clean), disagree, flags, capped };
}
