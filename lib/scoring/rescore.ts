// Which conversations a rescore covers, defined once for the whole-project rescore job (queued
// from /settings: lib/worker/jobs/rescore-project.ts) and `npm run rescore` (scripts/rescore.ts):
// every conversation with an event at or after `since`, read from events (the source of truth, so
// a conversation that was never scored is included), in id order so a run can resume after the
// last id it finished. Both reads go through the one Prisma client (issue 13; CPU µs p50/p95 on
// the pool → Prisma, bench-prisma --runs 400, load 13: progress 519/2697 → 1050/1927, next batch of
// 500 ids 971/1614 → 1469/2610; wall within noise, the DISTINCT scan dominates).
import { db } from "../db/client";

export interface RescorePosition {
  projectId: string;
  /** conversations with an event at or after this time (the epoch: all of them) */
  since: Date;
  /** the last conversation id already done ("" to start) */
  after: string;
}

/** The next `limit` conversation ids to rescore after `after`; empty when the rescore is done. */
export async function nextRescoreBatch(p: RescorePosition, limit: number): Promise<string[]> {
  // $queryRaw: DISTINCT over the (project_id, conversation_id, ts) index; Prisma's `distinct` would
  // fetch every event row and de-duplicate in JavaScript. `since` goes as an ISO string (a Date loses
  // its offset in Prisma's pg adapter: lib/metrics/queries.ts).
  const rows = await db().$queryRaw<Array<{ conversation_id: string }>>`
    SELECT DISTINCT conversation_id FROM events WHERE project_id = ${p.projectId} AND ts >= ${p.since.toISOString()}::timestamptz
       AND conversation_id > ${p.after} ORDER BY conversation_id LIMIT ${limit}::int`;
  return rows.map((r) => r.conversation_id);
}

/** How many conversations a rescore from `since` covers, and how many of them come at or before `after`. */
export async function rescoreProgress(p: RescorePosition): Promise<{ total: number; done: number }> {
  // $queryRaw: the model API has no count(DISTINCT …) FILTER; ::int counts arrive as numbers.
  const rows = await db().$queryRaw<Array<{ total: number; done: number }>>`
    SELECT count(DISTINCT conversation_id)::int AS total,
           count(DISTINCT conversation_id) FILTER (WHERE conversation_id <= ${p.after})::int AS done
      FROM events WHERE project_id = ${p.projectId} AND ts >= ${p.since.toISOString()}::timestamptz`;
  return rows[0];
}
