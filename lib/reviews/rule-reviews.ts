// How often the project's own reviews found one intent-drift rule right: among the reviewed
// conversations whose CURRENT verdict is a drift flag of the offline judge decided by that rule
// (scores.intentPath), how many the reviewer labelled drift. It sits beside the rule's held-out
// record (lib/scoring/drift-record.ts) on the drill-down: one says how the rule did on text nobody
// tuned it on, the other how it does on this project's traffic. Read as lib/reviews/accuracy.ts reads
// reviews — current flags, a stored review that parses (storedReviewIsValid), a label other than
// `true` is "no" — counted in SQL over the reviewed rows' partial index.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import type { RuleRecord } from "../scoring/drift-record";
import { OFFLINE_JUDGE } from "../scoring/judge-name";
import { storedReviewIsValid } from "./review";

/** null when no reviewed conversation is flagged by this rule (nothing to show). */
export async function getRuleReviews({ projectId, path }: { projectId: string; path: string }): Promise<RuleRecord | null> {
  const [row] = await db().$queryRaw<Array<{ flagged: number; right: number }>>(Prisma.sql`
    SELECT count(*)::int AS flagged,
           count(*) FILTER (WHERE coalesce(c.review -> 'labels' ->> 'drift' = 'true', false))::int AS "right"
      FROM conversations c
     WHERE c.project_id = ${projectId} AND c.review IS NOT NULL AND ${storedReviewIsValid(Prisma.sql`c.review`)}
       AND 'drift' = ANY(c.flags) AND c.scores ->> 'intentJudge' = ${OFFLINE_JUDGE} AND c.scores ->> 'intentPath' = ${path}`);
  return row && row.flagged > 0 ? { flagged: row.flagged, right: row.right } : null;
}
