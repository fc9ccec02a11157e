// The read model for one conversation (SPEC §2.3 GET /api/v1/conversations/{id}): the
// conversation row the worker maintains, its events in order, its handoffs and scores.
import { pool } from "../db/pool";
import { NotFoundError } from "../errors";
import { fromRow, type EventRecord } from "../ingest/schemas";

export async function listConversationEvents({
  projectId,
  conversationId,
}: {
  projectId: string;
  conversationId: string;
}): Promise<EventRecord[]> {
  const { rows } = await pool().query(
    `SELECT id, conversation_id AS "conversationId", ts, type, agent, turn, data, metadata
       FROM events WHERE project_id = $1 AND conversation_id = $2 ORDER BY ts, seq`,
    [projectId, conversationId],
  );
  return rows.map(fromRow);
}

export async function getConversationOrThrow({ projectId, id }: { projectId: string; id: string }) {
  const events = await listConversationEvents({ projectId, conversationId: id });
  if (!events.length) throw new NotFoundError(`conversation ${id} not found`);
  const { rows } = await pool().query(
    `SELECT id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, user_turns, flags, scores,
            score_reasons, scored_at, csat, release
       FROM conversations WHERE project_id = $1 AND id = $2`,
    [projectId, id],
  );
  const c = rows[0];
  const handoffs = c ? await listHandoffs({ projectId, conversationId: id }) : [];
  return {
    conversation: c
      ? {
          id,
          status: c.status,
          firstAt: c.first_at.toISOString(),
          lastAt: c.last_at.toISOString(),
          agents: c.agents,
          agentPath: c.agent_path as string[],
          handoffCount: c.handoff_count,
          maxDepth: c.max_depth,
          userTurns: c.user_turns,
          flags: c.flags,
          /** written by the worker: the last rating (lib/scoring/structure.ts) and the release (lib/releases/extract.ts) */
          csat: c.csat as number | null,
          release: c.release as string | null,
        }
      : summarizeUnscored(id, events),
    events,
    handoffs,
    scores: c?.scores ?? null,
    scoredAt: c?.scored_at ? c.scored_at.toISOString() : null,
    scoreReasons: c?.score_reasons ?? {},
  };
}

/** Before the worker has scored a conversation, the basics come straight from its events. */
function summarizeUnscored(id: string, events: EventRecord[]) {
  const agents = [...new Set(events.map((e) => e.agent).filter((a): a is string => !!a))];
  return {
    id,
    status: "open",
    firstAt: events[0].timestamp,
    lastAt: events[events.length - 1].timestamp,
    agents,
    agentPath: agents,
    handoffCount: events.filter((e) => e.type === "handoff").length,
    maxDepth: null,
    userTurns: events.filter((e) => e.type === "message" && e.role === "user").length,
    flags: [],
    csat: null,
    release: null,
  };
}

export async function listHandoffs({ projectId, conversationId }: { projectId: string; conversationId: string }) {
  const { rows } = await pool().query(
    `SELECT idx, from_agent, to_agent, turn, at, depth, mode, summary, payload, diff, dropped, reasks,
            stale_uses, requested, ignored, dropout_score, context_bytes, flags, event_id, contract_breaks,
            fan_out_group, fan_out_width, pair_idx, orchestration
       FROM handoffs WHERE project_id = $1 AND conversation_id = $2 ORDER BY idx`,
    [projectId, conversationId],
  );
  return rows.map((h) => ({
    index: h.idx,
    eventId: h.event_id,
    from: h.from_agent,
    to: h.to_agent,
    turn: h.turn,
    at: h.at.toISOString(),
    depth: h.depth,
    mode: h.mode,
    summary: h.summary,
    payload: h.payload,
    diff: h.diff,
    dropped: h.dropped,
    reasks: h.reasks,
    staleUses: h.stale_uses,
    requested: h.requested,
    ignored: h.ignored,
    dropoutScore: h.dropout_score,
    contextBytes: h.context_bytes,
    flags: h.flags,
    contractBreaks: h.contract_breaks,
    fanOut: h.fan_out_group === null ? null : { group: h.fan_out_group, width: h.fan_out_width },
    pair: h.pair_idx,
    orchestration: h.orchestration,
  }));
}
