// Scores one conversation and stores the result: the conversations row, its handoffs rows, and the
// change in its metric_rollups contribution — all in one transaction, so a crash leaves either the
// old derived rows or the new ones. An advisory lock per conversation is taken before the events
// are read, so two jobs for the same conversation cannot interleave and write a stale analysis.
import type pg from "pg";
import { withTransaction } from "../db/transaction";
import { fromRow } from "../ingest/schemas";
import { parseSettings } from "../projects/settings";
import { contributionDelta, rollupContributions, type Contribution } from "./rollups";
import { judgeFor } from "./judge-llm";
import { analyzeConversation, type ConversationAnalysis, type IntentJudge } from "./run-scorers";

export async function scoreConversation({
  projectId,
  conversationId,
  judge,
}: {
  projectId: string;
  conversationId: string;
  judge?: IntentJudge;
}): Promise<ConversationAnalysis | null> {
  return withTransaction(async (client) => {
    await client.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [projectId, conversationId]);
    const { rows } = await client.query(
      `SELECT id, conversation_id AS "conversationId", ts, type, agent, turn, data, metadata
         FROM events WHERE project_id = $1 AND conversation_id = $2 ORDER BY ts, seq`,
      [projectId, conversationId],
    );
    if (!rows.length) return null;
    const settingsRow = await client.query(`SELECT settings FROM projects WHERE id = $1`, [projectId]);
    const settings = parseSettings(settingsRow.rows[0]?.settings);
    const analysis = await analyzeConversation(rows.map(fromRow), settings, { judge: judge ?? judgeFor(settings) });
    const contributions = rollupContributions(analysis);
    const prev = await client.query<{ contributions: Contribution[] }>(
      `SELECT contributions FROM conversations WHERE project_id = $1 AND id = $2`,
      [projectId, conversationId],
    );
    await writeConversation(client, projectId, conversationId, analysis, contributions);
    await writeHandoffs(client, projectId, conversationId, analysis);
    await applyRollupDelta(client, projectId, contributionDelta(prev.rows[0]?.contributions ?? [], contributions));
    return analysis;
  });
}

async function writeConversation(
  client: pg.PoolClient,
  projectId: string,
  id: string,
  a: ConversationAnalysis,
  contributions: Contribution[],
) {
  const c = a.conversation;
  await client.query(
    `INSERT INTO conversations (project_id, id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth,
                                user_turns, event_count, flags, preview, scores, score_reasons, scored_at, contributions)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15, now(), $16)
     ON CONFLICT (project_id, id) DO UPDATE SET status = EXCLUDED.status, first_at = EXCLUDED.first_at,
       last_at = EXCLUDED.last_at, agents = EXCLUDED.agents, agent_path = EXCLUDED.agent_path,
       handoff_count = EXCLUDED.handoff_count, max_depth = EXCLUDED.max_depth, user_turns = EXCLUDED.user_turns,
       event_count = EXCLUDED.event_count, flags = EXCLUDED.flags, preview = EXCLUDED.preview, scores = EXCLUDED.scores,
       score_reasons = EXCLUDED.score_reasons, scored_at = now(), contributions = EXCLUDED.contributions`,
    [
      projectId, id, c.status, c.firstAt, c.lastAt, c.agents, c.agentPath, c.handoffCount, c.maxDepth, c.userTurns,
      c.eventCount, c.flags, c.preview, JSON.stringify(a.scores), JSON.stringify(a.scoreReasons), JSON.stringify(contributions),
    ],
  );
}

async function writeHandoffs(client: pg.PoolClient, projectId: string, conversationId: string, a: ConversationAnalysis) {
  await client.query(`DELETE FROM handoffs WHERE project_id = $1 AND conversation_id = $2`, [projectId, conversationId]);
  if (!a.handoffs.length) return;
  const rows = a.handoffs.map((h) => ({
    idx: h.index, event_id: h.eventId, from_agent: h.from, to_agent: h.to, turn: h.turn, at: h.at, depth: h.depth,
    mode: h.mode, summary: h.summary, payload: h.payload, diff: h.diff, dropped: h.dropped, reasks: h.reasks,
    stale_uses: h.staleUses, requested: h.requested, ignored: h.ignored, dropout_score: h.dropoutScore,
    context_bytes: h.contextBytes, flags: h.flags,
  }));
  await client.query(
    `INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode, summary,
                           payload, diff, dropped, reasks, stale_uses, requested, ignored, dropout_score, context_bytes, flags)
     SELECT $1, $2, x.idx, x.event_id, x.from_agent, x.to_agent, x.turn, x.at, x.depth, x.mode, x.summary, x.payload,
            x.diff, x.dropped, x.reasks, x.stale_uses, x.requested, x.ignored, x.dropout_score, x.context_bytes, x.flags
       FROM jsonb_to_recordset($3::jsonb) AS x(idx int, event_id text, from_agent text, to_agent text, turn int,
            at timestamptz, depth int, mode text, summary text, payload jsonb, diff jsonb, dropped jsonb, reasks jsonb,
            stale_uses jsonb, requested jsonb, ignored jsonb, dropout_score float8, context_bytes int, flags text[])`,
    [projectId, conversationId, JSON.stringify(rows)],
  );
}

/** Adds deltas to metric_rollups in key order (concurrent jobs lock rows in the same order). */
export async function applyRollupDelta(client: pg.PoolClient, projectId: string, delta: Contribution[]) {
  if (!delta.length) return;
  await client.query(
    `INSERT INTO metric_rollups (project_id, metric, dim, bucket, dim_value, sum, count)
     SELECT $1, x.metric, x.dim, x.bucket, x.dim_value, x.sum, x.count
       FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::float8[], $7::float8[])
            AS x(metric, dim, bucket, dim_value, sum, count)
      ORDER BY x.metric, x.dim, x.bucket, x.dim_value
     ON CONFLICT (project_id, metric, dim, bucket, dim_value)
     DO UPDATE SET sum = metric_rollups.sum + EXCLUDED.sum, count = metric_rollups.count + EXCLUDED.count`,
    [
      projectId,
      delta.map((d) => d.metric),
      delta.map((d) => d.dim),
      delta.map((d) => d.bucket),
      delta.map((d) => d.dimValue),
      delta.map((d) => d.sum),
      delta.map((d) => d.count),
    ],
  );
}
