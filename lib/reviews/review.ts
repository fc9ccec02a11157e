// A person's review of a conversation's flags (how well the scorers agree with a project's reviews
// is lib/reviews/accuracy.ts). Langfuse, LangSmith and Phoenix let a user annotate a trace; here the annotation is the
// evaluation's own label set — one yes/no per scored failure (SPEC §3: dropout, re-ask, stale, drift,
// role confusion, depth, ping-pong), the same labels a corpus file of `npm run eval` carries — so a
// project's reviewed conversations measure the scorers on its own traffic: precision, recall and the
// false-positive rate on clean conversations, counted as `npm run eval` counts them
// (lib/scoring/agreement.ts). The accuracy is read against the conversation's CURRENT flags, so a
// rescore (a new release of Baton, a project vocabulary) shows at once whether it helped.
//
// Choices (README "Reviews"): a review needs a scored conversation (it labels the verdicts it saw);
// it names all seven labels, never a subset (a half-labelled conversation would count as clean for
// the labels it left out); saving again replaces it (one review per conversation, the last word
// wins, with who and when); viewers read reviews but only members and admins write them. The
// review lives on the conversation's row, so erasure and retention remove it with the conversation.
import { z } from "zod";
import { isUserActor, shownActor } from "../auth/actor";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError, ForbiddenError, NotFoundError } from "../errors";
import { hasNoNul, NUL_MESSAGE } from "../http/params";
import { REVIEW_FLAGS, type ReviewFilter, type ReviewFlag } from "./filters";
import { lockReviewerTx, reviewerNames } from "./reviewer";

export { REVIEW_FILTERS, REVIEW_FLAGS, type ReviewFilter, type ReviewFlag } from "./filters";

export const ReviewInput = z
  .object({
    labels: z.object(Object.fromEntries(REVIEW_FLAGS.map((f) => [f, z.boolean()])) as Record<ReviewFlag, z.ZodBoolean>).strict(),
    // PostgreSQL's jsonb cannot hold \u0000: refused here rather than failing in SQL
    note: z.string().trim().max(500, "at most 500 characters").refine(hasNoNul, NUL_MESSAGE).optional(),
  })
  .strict();
export type ReviewInput = z.output<typeof ReviewInput>;

// A review as stored; a row that does not fit is no review (parseReview). storedReviewIsValid is the
// same test in SQL, for reads that group reviews without fetching them (lib/reviews/accuracy.ts);
// tests/api/review-accuracy.test.ts checks the two agree on malformed rows.
const StoredReview = z.object({
  labels: z.record(z.string(), z.boolean()),
  by: z.string(),
  at: z.string(),
  note: z.string().optional(),
  events: z.number().int().nonnegative().optional(),
});
export interface Review {
  labels: Record<ReviewFlag, boolean>;
  /** "user:<email>" or "key:<key id>"; read back, "former member" for a user no longer in the project (lib/reviews/reviewer.ts) */
  by: string;
  at: string;
  note?: string;
  /** the conversation's scored events when it was reviewed (absent on reviews saved before this was kept) */
  events?: number;
}

/** StoredReview.safeParse(review).success, in SQL over a jsonb column (`r`, e.g. Prisma.sql`c.review`). */
export const storedReviewIsValid = (r: Prisma.Sql) => Prisma.sql`(jsonb_typeof(${r} -> 'labels') = 'object'
  AND NOT (${r} -> 'labels') @? '$.* ? (@.type() != "boolean")'
  AND jsonb_typeof(${r} -> 'by') = 'string' AND jsonb_typeof(${r} -> 'at') = 'string'
  AND coalesce(jsonb_typeof(${r} -> 'note'), 'string') = 'string'
  AND (${r} -> 'events' IS NULL OR (jsonb_typeof(${r} -> 'events') = 'number'
       AND (${r} ->> 'events')::numeric BETWEEN 0 AND ${Number.MAX_SAFE_INTEGER} AND (${r} ->> 'events')::numeric % 1 = 0)))`;

/** The seven labels of a stored label object: anything but `true`, a label an older Baton did not store included, is "no". */
export const labelsOf = (stored: Record<string, unknown>): Record<ReviewFlag, boolean> =>
  Object.fromEntries(REVIEW_FLAGS.map((f) => [f, stored[f] === true])) as Record<ReviewFlag, boolean>;

/** A stored review as the read side shows it; a row from an older Baton without a label reads it as false. */
export function parseReview(v: unknown): Review | null {
  const r = StoredReview.safeParse(v);
  if (!r.success) return null;
  const labels = labelsOf(r.data.labels);
  return { labels, by: r.data.by, at: r.data.at, ...(r.data.note ? { note: r.data.note } : {}), ...(r.data.events !== undefined ? { events: r.data.events } : {}) };
}

/**
 * `expectedAt`: the review the caller saw (its `at`; null = none). Given, the write happens only if
 * that is still the stored review, else a 409 naming who reviewed meanwhile (the form passes it, so
 * two people reviewing at once never silently replace each other); omitted, the last write wins (API).
 */
type Expected = { expectedAt?: string | null };

const unchanged = (expectedAt: string | null | undefined): Prisma.ConversationWhereInput =>
  expectedAt === undefined ? {} : expectedAt === null ? { review: { equals: Prisma.DbNull } } : { review: { path: ["at"], equals: expectedAt } };

export async function saveReview({ projectId, conversationId, input, by, expectedAt }: { projectId: string; conversationId: string; input: ReviewInput; by: string } & Expected): Promise<Review> {
  return db().$transaction(async (tx) => {
    // a user's review is written only while they are a member, and they stay one until it commits (reviewer.ts)
    if (isUserActor(by) && !(await lockReviewerTx(tx, projectId, by))) throw new ForbiddenError("you are no longer a member of this project");
    // the events the reviewed verdicts were computed from (the worker's event_count), so the page can say
    // when more arrived since: the review labelled an earlier version of the conversation
    const seen = await tx.conversation.findUnique({ where: { projectId_id: { projectId, id: conversationId } }, select: { eventCount: true } });
    const review: Review = { labels: input.labels, by, at: new Date().toISOString(), ...(input.note ? { note: input.note } : {}), ...(seen ? { events: seen.eventCount } : {}) };
    const n = await tx.conversation.updateMany({ where: { projectId, id: conversationId, ...unchanged(expectedAt) }, data: { review: review as unknown as Prisma.InputJsonValue } });
    if (n.count === 0) await missing(projectId, conversationId);
    return review;
  }, REVIEW_TX);
}

/** A busy pool (ingest at full speed) must not turn a review into a 500: wait for a connection as erasure does. */
const REVIEW_TX = { maxWait: 10_000, timeout: 15_000 };

export async function deleteReview({ projectId, conversationId, expectedAt }: { projectId: string; conversationId: string } & Expected): Promise<void> {
  const n = await db().conversation.updateMany({ where: { projectId, id: conversationId, ...unchanged(expectedAt) }, data: { review: Prisma.DbNull } });
  if (n.count === 0) await missing(projectId, conversationId);
}

/** Nothing written: the review changed meanwhile (409), the row is missing — unknown (404), or events not scored yet (409, try again after the worker). */
async function missing(projectId: string, conversationId: string): Promise<never> {
  const row = await db().conversation.findUnique({ where: { projectId_id: { projectId, id: conversationId } }, select: { review: true } });
  if (row) {
    const now = parseReview(row.review);
    const by = now && (await reviewerNames(projectId))(now.by);
    throw new ConflictError(now && by ? `reviewed meanwhile by ${shownActor(by)} at ${now.at}: reload to see it` : "the review was cleared meanwhile: reload to see it");
  }
  const event = await db().event.findFirst({ where: { projectId, conversationId }, select: { id: true } });
  if (event) throw new ConflictError(`conversation ${conversationId} is not scored yet: review it once its flags are there`);
  throw new NotFoundError(`conversation ${conversationId} not found`);
}

/**
 * The SQL condition of a review filter on the conversations table (a flag is one of REVIEW_FLAGS,
 * never user text). A label is read as parseReview reads it — anything but `true`, a missing label
 * included, is "no" — so each filter lists exactly the conversations reviewAccuracy counts.
 */
export function reviewCondition(f: ReviewFilter): Prisma.Sql {
  const yes = (flag: Prisma.Sql) => Prisma.sql`coalesce(review->'labels'->>${flag} = 'true', false)`;
  if (f === "any") return Prisma.sql`review IS NOT NULL`;
  if (f === "disagree")
    return Prisma.sql`review IS NOT NULL AND EXISTS (SELECT 1 FROM unnest(${[...REVIEW_FLAGS]}::text[]) AS l(flag) WHERE ${yes(Prisma.sql`l.flag`)} <> (l.flag = ANY(flags)))`;
  const [kind, flag] = f.split(":") as ["wrong" | "missed", ReviewFlag];
  const label = yes(Prisma.sql`${flag}::text`);
  return kind === "wrong"
    ? Prisma.sql`review IS NOT NULL AND ${flag} = ANY(flags) AND NOT ${label}`
    : Prisma.sql`review IS NOT NULL AND NOT (${flag} = ANY(flags)) AND ${label}`;
}
