// A project's reviewed conversations as an evaluation corpus (GET /api/v1/reviews/export): each
// conversation's events as the read API returns them, with the review's labels — the file format of
// `npm run eval` (lib/scoring/eval.ts), so `npm run eval -- --file export.json` scores them with the
// scorers of any checkout (a new Baton, a tuned rule) against the labels the team gave. The project's
// scoring settings travel along (thresholds, tracked fields, vocabulary) so the figures match the
// project's; its judge does not (the export is scored offline; an LLM endpoint is the project's own).
// One answer holds at most EXPORT_MAX_EVENTS events (the conversations' stored event counts decide
// before any event is read): 500 conversations of unbounded length would otherwise be built in the
// web process's memory at once. `truncated` says when the newest conversations filled it.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { listConversationEvents } from "../conversations/queries";
import { getProjectSettings } from "../projects/manage";
import { parseReview } from "./review";
import { reviewerNames } from "./reviewer";

export const EXPORT_MAX = 500;
export const EXPORT_MAX_EVENTS = 100_000;

/** The newest rows whose events fit the budget; the first always goes (one conversation is what the read API returns anyway). */
export function withinEventBudget<T extends { eventCount: number }>(rows: T[], budget = EXPORT_MAX_EVENTS): { rows: T[]; truncated: boolean } {
  let total = 0;
  for (const [i, r] of rows.entries()) {
    total += r.eventCount;
    if (total > budget && i > 0) return { rows: rows.slice(0, i), truncated: true };
  }
  return { rows, truncated: false };
}

export async function exportReviews(projectId: string, limit = 200) {
  const all = await db().conversation.findMany({
    where: { projectId, review: { not: Prisma.DbNull } },
    select: { id: true, review: true, eventCount: true },
    orderBy: [{ lastAt: "desc" }, { id: "desc" }],
    take: Math.min(limit, EXPORT_MAX),
  });
  const { rows, truncated } = withinEventBudget(all);
  const { judge: _judge, ...settings } = await getProjectSettings(projectId);
  const shown = await reviewerNames(projectId);
  const fixtures = [];
  // one conversation's events at a time: an export is a rare, operator-driven read
  for (const r of rows) {
    const review = parseReview(r.review);
    if (!review) continue;
    const events = await listConversationEvents({ projectId, conversationId: r.id });
    fixtures.push({ name: r.id, description: review.note ?? `reviewed by ${shown(review.by)} at ${review.at}`, labels: review.labels, events });
  }
  return { settings, fixtures, truncated };
}
