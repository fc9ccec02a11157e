// Erases one conversation inside a caller's Prisma transaction: its rollup contribution is
// subtracted from metric_rollups (so rollups stay exactly what they would be had it never been
// ingested), then its handoffs, conversation row, events, staged framework spans and pending
// scoring job are deleted. The scorer's per-conversation advisory lock is taken first, so a
// scoring run in flight either finishes before (and its contribution is the one subtracted) or
// starts after (and finds no events, so writes nothing).
import { Prisma } from "../db/generated/client";
import { contributionDelta, fromStored } from "../scoring/rollups";

export interface ErasedRows {
  events: number;
  handoffs: number;
  conversations: number;
  spans: number;
  jobs: number;
  /** review notes that named the identifier (erasure by identifier; each goes with its conversation's row) */
  notes: number;
}

/** The rows of one conversation's erasure (a note is counted only by an erasure by identifier). */
export type ConversationRows = Omit<ErasedRows, "notes">;

export const NO_ROWS: ErasedRows = { events: 0, handoffs: 0, conversations: 0, spans: 0, jobs: 0, notes: 0 };

export const addRows = (a: ErasedRows, b: ErasedRows): ErasedRows => ({
  events: a.events + b.events,
  handoffs: a.handoffs + b.handoffs,
  conversations: a.conversations + b.conversations,
  spans: a.spans + b.spans,
  jobs: a.jobs + b.jobs,
  notes: a.notes + b.notes,
});

type Tx = Prisma.TransactionClient;

/** Rows deleted, or null when the project has no such conversation (nothing was touched). */
export async function eraseConversationTx(tx: Tx, projectId: string, conversationId: string): Promise<ConversationRows | null> {
  // the same lock persist.ts takes before reading a conversation's events
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${projectId}), hashtext(${conversationId}))`;
  const where = { projectId, conversationId };
  const [conversation, hasEvent, hasSpan] = await Promise.all([
    tx.conversation.findUnique({ where: { projectId_id: { projectId, id: conversationId } }, select: { contributions: true } }),
    tx.event.findFirst({ where, select: { id: true } }),
    tx.integrationSpan.findFirst({ where, select: { spanId: true } }),
  ]);
  if (!conversation && !hasEvent && !hasSpan) return null;
  if (conversation) await subtractContribution(tx, projectId, conversation.contributions);
  const rows = await deleteConversationRowsTx(tx, projectId, [conversationId]);
  // A queued (unlocked) scoring job would only find no events, but it is deleted so nothing of the
  // conversation remains; graphile's own remove_job handles a job a worker has locked.
  const jobs = await tx.$queryRaw<Array<{ id: string | null }>>`
    SELECT (graphile_worker.remove_job(${`score:${projectId}:${conversationId}`})).id::text AS id`;
  return { ...rows, jobs: jobs.filter((j) => j.id !== null).length };
}

/**
 * Deletes the handoffs, conversation rows, events and staged spans of these conversations, set
 * based (one statement per table), without touching metric_rollups: erasure subtracts the
 * contribution first, retention (lib/retention) deliberately keeps it. With `before`, only events
 * older than it go (retention never deletes an event inside its window, even one that arrived
 * after the caller checked). The caller holds the conversations' advisory locks.
 */
export async function deleteConversationRowsTx(
  tx: Tx,
  projectId: string,
  conversationIds: string[],
  { before }: { before?: Date } = {},
): Promise<Omit<ConversationRows, "jobs">> {
  const handoffs = await tx.$executeRaw`
    DELETE FROM handoffs WHERE project_id = ${projectId} AND conversation_id = ANY(${conversationIds}::text[])`;
  const conversations = await tx.$executeRaw`
    DELETE FROM conversations WHERE project_id = ${projectId} AND id = ANY(${conversationIds}::text[])`;
  const events = await tx.$executeRaw`
    DELETE FROM events WHERE project_id = ${projectId} AND conversation_id = ANY(${conversationIds}::text[])
       ${before ? Prisma.sql`AND ts < ${before}` : Prisma.empty}`;
  const spans = await deleteStagedSpans(tx, projectId, conversationIds);
  return { events, handoffs, conversations, spans };
}

/**
 * metric_rollups −= the stored contribution, in key order (the scorer's lock order), as one
 * set-based statements: Prisma would need one update per key (~40 per conversation). Rows whose
 * count reaches 0 held only this conversation and are deleted, so no float residue is left behind.
 */
async function subtractContribution(tx: Tx, projectId: string, stored: string) {
  const delta = contributionDelta(fromStored(JSON.parse(stored)), []);
  if (!delta.length) return;
  const col = <K extends keyof (typeof delta)[number]>(k: K) => delta.map((d) => d[k]);
  const keys = Prisma.sql`unnest(${col("metric")}::text[], ${col("dim")}::text[], ${col("bucket")}::timestamptz[], ${col("dimValue")}::text[])`;
  // row locks in the order the scorer's upsert takes them (ORDER BY in the database's collation)
  await tx.$queryRaw`
    SELECT 1 FROM metric_rollups r, ${keys} AS x(metric, dim, bucket, dim_value)
     WHERE r.project_id = ${projectId} AND r.metric = x.metric AND r.dim = x.dim AND r.bucket = x.bucket AND r.dim_value = x.dim_value
     ORDER BY r.metric, r.dim, r.bucket, r.dim_value FOR UPDATE OF r`;
  await tx.$executeRaw`
    UPDATE metric_rollups r SET sum = r.sum + x.sum, count = r.count + x.count
      FROM unnest(${col("metric")}::text[], ${col("dim")}::text[], ${col("bucket")}::timestamptz[], ${col("dimValue")}::text[],
                  ${col("sum")}::float8[], ${col("count")}::float8[]) AS x(metric, dim, bucket, dim_value, sum, count)
     WHERE r.project_id = ${projectId} AND r.metric = x.metric AND r.dim = x.dim AND r.bucket = x.bucket AND r.dim_value = x.dim_value`;
  await tx.$executeRaw`
    DELETE FROM metric_rollups r USING ${keys} AS x(metric, dim, bucket, dim_value)
     WHERE r.project_id = ${projectId} AND r.metric = x.metric AND r.dim = x.dim AND r.bucket = x.bucket AND r.dim_value = x.dim_value
       AND r.count = 0`;
}

/**
 * The staged spans that produced the conversation: those tagged with it, and the untagged spans of
 * the same traces (parents/children staged before the conversation id was known). Raw SQL: a
 * set-based delete joined on the traces, which Prisma's deleteMany cannot express.
 */
async function deleteStagedSpans(tx: Tx, projectId: string, conversationIds: string[]): Promise<number> {
  return tx.$executeRaw`
    DELETE FROM integration_spans s
     USING (SELECT DISTINCT source, trace_id FROM integration_spans
             WHERE project_id = ${projectId} AND conversation_id = ANY(${conversationIds}::text[])) t
     WHERE s.project_id = ${projectId} AND s.source = t.source AND s.trace_id = t.trace_id
       AND (s.conversation_id = ANY(${conversationIds}::text[]) OR s.conversation_id IS NULL)`;
}
