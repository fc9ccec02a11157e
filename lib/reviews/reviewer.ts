// Who a review names, and for how long. A review records its author as "user:<email>" or
// "key:<key id>" (never the key). An email is shown only while that user is a member of the project —
// the rule of the Users panel, where every member, viewers included, sees the other members and no one
// sees people who left — so a review by someone who left the project, or whose account was deleted,
// reads "former member" (as GitHub shows "ghost" and Grafana an annotation without its deleted
// author). The review itself stays, labels, time and note, so the accuracy figures and the trail of
// what was judged when do not change when people do. Removing a member also rewrites the project's
// reviews by them (removeMember, same transaction), so the email is not kept where nobody may read
// it; the read side's check covers reviews stored before that rule (migration
// 20261130120000_review_former_members does the same for them).
import { actorName, isUserActor, USER_PREFIX } from "../auth/actor";
import { db } from "../db/client";
import type { Prisma } from "../db/generated/client";

export const FORMER_MEMBER = "former member";

/** How the project's readers see a stored `by`: a user who is no longer a member is FORMER_MEMBER. One query for any number of reviews. */
export async function reviewerNames(projectId: string): Promise<(by: string) => string> {
  const members = await db().projectMember.findMany({ where: { projectId }, select: { user: { select: { email: true } } } });
  const shown = new Set(members.map((m) => actorName(m)));
  return (by) => (isUserActor(by) && !shown.has(by) ? FORMER_MEMBER : by);
}

/** Inside removeMember's transaction: the project's reviews by this user name a former member from now on. */
export async function forgetReviewerTx(tx: Prisma.TransactionClient, projectId: string, userId: string): Promise<number> {
  return tx.$executeRaw`
    UPDATE conversations SET review = jsonb_set(review, '{by}', to_jsonb(${FORMER_MEMBER}::text))
     WHERE project_id = ${projectId} AND review IS NOT NULL
       AND review ->> 'by' = (SELECT ${USER_PREFIX} || email FROM users WHERE id = ${userId})`;
}

/**
 * Inside saveReview's transaction: is `by` (a "user:<email>") a member of the project, share-locking
 * that member row until the review is written? removeMember locks the members FOR UPDATE before
 * forgetReviewerTx, so in either order no former member's email is left stored: a removal first makes
 * the save refuse; the save first, the removal waits and then rewrites it.
 */
export async function lockReviewerTx(tx: Prisma.TransactionClient, projectId: string, by: string): Promise<boolean> {
  const member = await tx.$queryRaw<Array<{ one: number }>>`
    SELECT 1 AS one FROM project_members m JOIN users u ON u.id = m.user_id
     WHERE m.project_id = ${projectId} AND ${USER_PREFIX} || u.email = ${by} FOR SHARE OF m`;
  return member.length > 0;
}
