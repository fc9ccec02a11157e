// The one write path for telemetry: native events from /api/v1/events and every framework
// adapter land here. Each event is validated on its own; the valid ones are written in one
// transaction together with the scoring jobs for the conversations they touch, so an
// acknowledged event is always both stored and queued (SPEC §2.1, §8).
import { isDatabaseUnavailable, UnavailableError, zodIssues, type Issue } from "../errors";
import { withTransaction } from "../db/transaction";
import { env } from "../env";
import { IngestEvent, toRow } from "./schemas";
import { count } from "./rate-limit";

export interface IngestContext {
  projectId: string;
  keyId?: string;
}

export interface IngestError {
  index: number;
  id: string | null;
  issues: Issue[];
}

export interface IngestResult {
  accepted: number;
  duplicates: number;
  errors: IngestError[];
}

export const SCORE_TASK = "score_conversation";

export async function ingestEvents({ ctx, input }: { ctx: IngestContext; input: unknown[] }): Promise<IngestResult> {
  const errors: IngestError[] = [];
  const rows: ReturnType<typeof toRow>[] = [];
  const seen = new Set<string>();
  let inBatchDuplicates = 0;
  input.forEach((raw, index) => {
    const parsed = IngestEvent.safeParse(raw);
    if (!parsed.success) {
      const id = typeof (raw as { id?: unknown })?.id === "string" ? (raw as { id: string }).id : null;
      errors.push({ index, id, issues: zodIssues(parsed.error.issues, ["events", index]) });
      return;
    }
    if (seen.has(parsed.data.id)) {
      inBatchDuplicates++;
      return;
    }
    seen.add(parsed.data.id);
    rows.push(toRow(parsed.data));
  });

  const inserted = rows.length ? await insertEvents(ctx.projectId, rows) : 0;
  const result = { accepted: inserted, duplicates: rows.length - inserted + inBatchDuplicates, errors };
  if (ctx.keyId) {
    count(ctx.projectId, ctx.keyId, {
      accepted: result.accepted,
      duplicates: result.duplicates,
      rejected: errors.length,
    });
  }
  return result;
}

async function insertEvents(projectId: string, rows: ReturnType<typeof toRow>[]): Promise<number> {
  // Sorted so concurrent batches lock rows (and job keys) in the same order: no deadlocks.
  rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const batch = JSON.stringify(
    rows.map((r) => ({
      id: r.id,
      conversation_id: r.conversationId,
      ts: r.ts.toISOString(),
      type: r.type,
      agent: r.agent,
      turn: r.turn,
      data: r.data,
      metadata: r.metadata,
    })),
  );
  try {
    return await withTransaction(async (client) => {
      const res = await client.query<{ conversation_id: string }>(
        `INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata)
         SELECT $1, x.id, x.conversation_id, x.ts, x.type, x.agent, x.turn, x.data, x.metadata
           FROM json_to_recordset($2::json) AS x(id text, conversation_id text, ts timestamptz, type text,
                agent text, turn int, data jsonb, metadata jsonb)
         ON CONFLICT (project_id, id) DO NOTHING
         RETURNING conversation_id`,
        [projectId, batch],
      );
      const conversations = [...new Set(res.rows.map((r) => r.conversation_id))].sort();
      if (conversations.length) await enqueueScoring(client, projectId, conversations);
      return res.rowCount ?? 0;
    });
  } catch (err) {
    if (isDatabaseUnavailable(err)) throw new UnavailableError("storage unavailable, nothing was written; retry later");
    throw err;
  }
}

/**
 * One debounced job per conversation: the job key dedupes a burst into one scoring run, and
 * preserve_run_at keeps the first run_at so a conversation under constant traffic is still scored
 * every debounce interval rather than starved.
 */
export async function enqueueScoring(
  client: { query: (sql: string, params: unknown[]) => Promise<unknown> },
  projectId: string,
  conversationIds: string[],
  delayMs = env().BATON_SCORE_DEBOUNCE_MS,
): Promise<void> {
  await client.query(
    `SELECT count(*) FROM graphile_worker.add_jobs(
       (SELECT array_agg(ROW($4::text, json_build_object('projectId', $1::text, 'conversationId', c), NULL,
          now() + make_interval(secs => $3::double precision / 1000), 25, 'score:' || $1 || ':' || c, NULL, NULL
        )::graphile_worker.job_spec) FROM unnest($2::text[]) AS c),
       true)`,
    [projectId, conversationIds, delayMs, SCORE_TASK],
  );
}
