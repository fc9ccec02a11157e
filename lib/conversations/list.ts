// The conversation list (SPEC §2.3 GET /api/v1/conversations, and the /conversations page):
// newest first by last event, keyset-paginated, filtered by time, agent, flag, status and text.
import { z } from "zod";
import { pool } from "../db/pool";
import { DateRange, encodeCursor, Paging, Text } from "../http/params";
import { FLAGS } from "../scoring/run-scorers";
import { CONVERSATION_STATUSES } from "./status";

export const ConversationFilter = DateRange.extend({
  agent: Text(256).optional(),
  flag: z.enum(FLAGS).optional(),
  status: z.enum(CONVERSATION_STATUSES).optional(),
  q: Text(200).optional(),
  edge: Text(513).regex(/^.+→.+$/, "expected from→to").optional(),
}).extend(Paging.shape);
export type ConversationFilter = z.output<typeof ConversationFilter>;

export interface ConversationRow {
  id: string;
  status: string;
  firstAt: string;
  lastAt: string;
  agents: string[];
  agentPath: string[];
  handoffCount: number;
  maxDepth: number;
  userTurns: number;
  flags: string[];
  preview: string;
  scores: Record<string, unknown> | null;
}

export async function listConversations({ projectId, filter }: { projectId: string; filter: ConversationFilter }) {
  const where = ["project_id = $1"];
  const params: unknown[] = [projectId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (filter.from) where.push(`last_at >= ${p(filter.from)}`);
  if (filter.to) where.push(`last_at < ${p(filter.to)}`);
  if (filter.agent) where.push(`agents @> ARRAY[${p(filter.agent)}]::text[]`);
  if (filter.flag) where.push(`flags @> ARRAY[${p(filter.flag)}]::text[]`);
  if (filter.status) where.push(`status = ${p(filter.status)}`);
  if (filter.q) where.push(`(preview ILIKE ${p(`%${filter.q.replace(/[%_\\]/g, "\\$&")}%`)} OR id = ${p(filter.q)})`);
  if (filter.edge) {
    const [from, to] = filter.edge.split("→");
    where.push(`EXISTS (SELECT 1 FROM handoffs h WHERE h.project_id = conversations.project_id
                 AND h.conversation_id = conversations.id AND h.from_agent = ${p(from)} AND h.to_agent = ${p(to)})`);
  }
  if (filter.cursor) where.push(`(last_at, id) < (${p(filter.cursor.at)}, ${p(filter.cursor.id)})`);
  const { rows } = await pool().query(
    `SELECT id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, user_turns, flags, preview, scores
       FROM conversations WHERE ${where.join(" AND ")}
      ORDER BY last_at DESC, id DESC LIMIT ${p(filter.limit + 1)}`,
    params,
  );
  const page = rows.slice(0, filter.limit);
  const data: ConversationRow[] = page.map((r) => ({
    id: r.id,
    status: r.status,
    firstAt: r.first_at.toISOString(),
    lastAt: r.last_at.toISOString(),
    agents: r.agents,
    agentPath: r.agent_path,
    handoffCount: r.handoff_count,
    maxDepth: r.max_depth,
    userTurns: r.user_turns,
    flags: r.flags,
    preview: r.preview,
    scores: r.scores,
  }));
  const last = page[page.length - 1];
  return { data, nextCursor: rows.length > filter.limit && last ? encodeCursor({ at: last.last_at, id: last.id }) : null };
}
