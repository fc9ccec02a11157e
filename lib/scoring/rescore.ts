// Which conversations a rescore covers, defined once for the whole-project rescore job (queued
// from /settings: lib/worker/jobs/rescore-project.ts) and `npm run rescore` (scripts/rescore.ts):
// every conversation with an event at or after `since`, read from events (the source of truth, so
// a conversation that was never scored is included), in id order so a run can resume after the
// last id it finished.
import { pool } from "../db/pool";

export interface RescorePosition {
  projectId: string;
  /** conversations with an event at or after this time (the epoch: all of them) */
  since: Date;
  /** the last conversation id already done ("" to start) */
  after: string;
}

/** The next `limit` conversation ids to rescore after `after`; empty when the rescore is done. */
export async function nextRescoreBatch(p: RescorePosition, limit: number): Promise<string[]> {
  // Raw SQL: DISTINCT over the (project_id, conversation_id, ts) index; Prisma's `distinct` would
  // fetch every event row and de-duplicate in JavaScript.
  const { rows } = await pool().query<{ conversation_id: string }>(
    `SELECT DISTINCT conversation_id FROM events WHERE project_id = $1 AND ts >= $2 AND conversation_id > $3
      ORDER BY conversation_id LIMIT $4`,
    [p.projectId, p.since, p.after, limit],
  );
  return rows.map((r) => r.conversation_id);
}

/** How many conversations a rescore from `since` covers, and how many of them come at or before `after`. */
export async function rescoreProgress(p: RescorePosition): Promise<{ total: number; done: number }> {
  const { rows } = await pool().query<{ total: number; done: number }>(
    `SELECT count(DISTINCT conversation_id)::int AS total,
            count(DISTINCT conversation_id) FILTER (WHERE conversation_id <= $3)::int AS done
       FROM events WHERE project_id = $1 AND ts >= $2`,
    [p.projectId, p.since, p.after],
  );
  return rows[0];
}
