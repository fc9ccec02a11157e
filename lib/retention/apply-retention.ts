// Retention (issue 17 item 1): per project, conversations whose last event is older than
// `eventRetentionDays` are removed with their events, handoffs and staged spans, and hourly
// rollups older than `rollupRetentionDays` are removed. Run hourly by the worker (RETENTION_TASK).
//
// Choices (measured in docs/retention.md with scripts/bench-retention.ts at 10 M events):
// - Batched deletes, not time-partitioned tables: a unique key on a partitioned table must contain
//   the partition key, so (project_id, id) could no longer be the idempotency key on its own;
//   windows are per project while partitions are per time range; and conversations, handoffs and
//   the drill-down's by-conversation read do not fit time partitions.
// - A batch is up to BATCH conversations in one short transaction, walked through the
//   conversations (project_id, last_at, id) index: the scorer's per-conversation advisory locks are
//   taken (in the scorer's order), each conversation is re-checked under the lock (no event at or
//   after the cutoff), and the shared set-based delete of lib/erasure removes its rows. Only events
//   before the cutoff are deleted, so an event that arrives meanwhile is kept and rescored.
//   Each batch commits on its own: a kill -9 loses at most the batch in flight, and the next run
//   (hourly, or the job's retry) carries on from what is left. Dead rows are reused by the
//   inserts that follow after autovacuum; the table does not grow.
// - Removal never subtracts rollup contributions (only erasure does): the rollups already
//   aggregated stay exact, so trend panels and alerts beyond the event window still draw from them.
//   A conversation removed whole whose id then receives a new event starts afresh and contributes
//   again (its old contribution is in the rollups already).
import type { Task } from "graphile-worker";
import { db } from "../db/client";
import { parseSettings } from "../projects/settings";
import { deleteConversationRowsTx } from "../erasure/erase-conversation";

export const RETENTION_TASK = "apply_retention";
export const BATCH = 500;
const ROLLUP_BATCH = 5000;
const DAY_MS = 86_400_000;
const TX = { maxWait: 10_000, timeout: 120_000 };

export interface RetentionResult {
  projects: number;
  conversations: number;
  events: number;
  handoffs: number;
  rollups: number;
}

/** The oldest instant a project keeps: events at or after it are inside the window. */
export const cutoffOf = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);

export async function applyRetention({
  now = new Date(),
  projectIds,
  batch = BATCH,
}: { now?: Date; projectIds?: string[]; batch?: number } = {}): Promise<RetentionResult> {
  const projects = await db().project.findMany({ where: projectIds ? { id: { in: projectIds } } : {}, select: { id: true, settings: true } });
  const total: RetentionResult = { projects: projects.length, conversations: 0, events: 0, handoffs: 0, rollups: 0 };
  for (const p of projects) {
    const s = parseSettings(p.settings);
    const cutoff = cutoffOf(now, s.eventRetentionDays);
    let after: { lastAt: Date; id: string } | null = null;
    for (;;) {
      const done = await removeBatch(p.id, cutoff, after, batch);
      if (!done) break;
      after = done.next;
      total.conversations += done.conversations;
      total.events += done.events;
      total.handoffs += done.handoffs;
    }
    total.rollups += await removeRollups(p.id, cutoffOf(now, s.rollupRetentionDays));
  }
  return total;
}

interface Batch {
  conversations: number;
  events: number;
  handoffs: number;
  /** keyset position after this batch (skipped conversations are not looked at again this run) */
  next: { lastAt: Date; id: string };
}

async function removeBatch(projectId: string, cutoff: Date, after: { lastAt: Date; id: string } | null, size: number): Promise<Batch | null> {
  return db().$transaction(async (tx) => {
    const candidates = after
      ? await tx.$queryRaw<Array<{ id: string; last_at: Date }>>`
          SELECT id, last_at FROM conversations WHERE project_id = ${projectId} AND last_at < ${cutoff}
             AND (last_at, id) > (${after.lastAt}, ${after.id}) ORDER BY last_at, id LIMIT ${size}`
      : await tx.$queryRaw<Array<{ id: string; last_at: Date }>>`
          SELECT id, last_at FROM conversations WHERE project_id = ${projectId} AND last_at < ${cutoff}
           ORDER BY last_at, id LIMIT ${size}`;
    if (!candidates.length) return null;
    const ids = candidates.map((c) => c.id);
    // the lock persist.ts takes per conversation, in its order (sorted ids), so no deadlock
    await tx.$executeRaw`
      SELECT pg_advisory_xact_lock(hashtext(${projectId}), hashtext(c)) FROM unnest(${ids}::text[]) AS c ORDER BY c`;
    const expired = await tx.$queryRaw<Array<{ id: string }>>`
      SELECT c.id FROM conversations c
       WHERE c.project_id = ${projectId} AND c.id = ANY(${ids}::text[]) AND c.last_at < ${cutoff}
         AND NOT EXISTS (SELECT 1 FROM events e WHERE e.project_id = ${projectId} AND e.conversation_id = c.id AND e.ts >= ${cutoff})`;
    const last = candidates[candidates.length - 1];
    const next = { lastAt: last.last_at, id: last.id };
    if (!expired.length) return { conversations: 0, events: 0, handoffs: 0, next };
    const rows = await deleteConversationRowsTx(
      tx,
      projectId,
      expired.map((e) => e.id),
      { before: cutoff },
    );
    return { conversations: rows.conversations, events: rows.events, handoffs: rows.handoffs, next };
  }, TX);
}

/** Hourly rollups before the cutoff, ROLLUP_BATCH rows per statement. */
async function removeRollups(projectId: string, cutoff: Date): Promise<number> {
  let removed = 0;
  for (;;) {
    const n = await db().$executeRaw`
      DELETE FROM metric_rollups WHERE project_id = ${projectId} AND ctid = ANY(ARRAY(
        SELECT ctid FROM metric_rollups WHERE project_id = ${projectId} AND bucket < ${cutoff} LIMIT ${ROLLUP_BATCH}))`;
    removed += n;
    if (n < ROLLUP_BATCH) return removed;
  }
}

export const applyRetentionTask: Task = async (_payload, helpers) => {
  const r = await applyRetention();
  if (r.conversations || r.rollups) {
    helpers.logger.info(`retention: removed ${r.conversations} conversations (${r.events} events, ${r.handoffs} handoffs) and ${r.rollups} rollup rows`);
  }
};
