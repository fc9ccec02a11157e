// The conversation list (SPEC §2.3 GET /api/v1/conversations, and the /conversations triage table):
// filtered (list-filter.ts), sorted by one indexed column with the id as tie-breaker, keyset-paged
// both ways (sorts.ts), with a capped count of the matches. Reads conversations only, never events.
import { pool } from "../db/pool";
import { RELEASE_SQL } from "./facets";
import type { ConversationFilter } from "./list-filter";
import { cursorValueSql, encodeListCursor, sortValueOf, sortValueSelectSql, SORTS } from "./sorts";

export { ConversationFilter } from "./list-filter";

/** Past this many matches the count says "10,000+": counting a million rows costs more than the page. */
export const COUNT_CAP = 10_000;

export interface ConversationRow {
  id: string;
  status: string;
  firstAt: string;
  lastAt: string;
  durationMs: number;
  agents: string[];
  agentPath: string[];
  handoffCount: number;
  maxDepth: number;
  userTurns: number;
  flags: string[];
  preview: string;
  csat: number | null;
  release: string | null;
  scores: Record<string, unknown> | null;
}

/** WHERE clauses (and their parameters) for every filter but the cursor. */
function filterSql(projectId: string, f: ConversationFilter) {
  const where = ["project_id = $1"];
  const params: unknown[] = [projectId];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (f.from) where.push(`last_at >= ${p(f.from)}`);
  if (f.to) where.push(`last_at < ${p(f.to)}`);
  if (f.agent?.length) where.push(`agents && ${p(f.agent)}::text[]`);
  if (f.flag?.length) where.push(`flags && ${p(f.flag)}::text[]`);
  if (f.status?.length) where.push(`status = ANY(${p(f.status)}::text[])`);
  if (f.release?.length) where.push(`${RELEASE_SQL} = ANY(${p(f.release)}::text[])`);
  for (const kv of f.meta ?? []) {
    const i = kv.indexOf("=");
    where.push(`metadata @> jsonb_build_object(${p(kv.slice(0, i))}::text, ${p(kv.slice(i + 1))}::text)`);
  }
  if (f.depth !== undefined) where.push(`max_depth = ${p(f.depth)}`);
  if (f.csatMin !== undefined) where.push(`csat >= ${p(f.csatMin)}`);
  if (f.csatMax !== undefined) where.push(`csat <= ${p(f.csatMax)}`);
  if (f.sort === "csat") where.push(`csat IS NOT NULL`);
  if (f.q) where.push(`(preview ILIKE ${p(`%${f.q.replace(/[%_\\]/g, "\\$&")}%`)} OR id = ${p(f.q)})`);
  if (f.edge?.length) {
    const pairs = f.edge.map((e: string) => e.split("→"));
    where.push(`EXISTS (SELECT 1 FROM handoffs h JOIN unnest(${p(pairs.map((x) => x[0]))}::text[], ${p(pairs.map((x) => x[1]))}::text[]) AS e(f, t)
                 ON h.from_agent = e.f AND h.to_agent = e.t
                 WHERE h.project_id = conversations.project_id AND h.conversation_id = conversations.id)`);
  }
  return { where, params, p };
}

export async function listConversations({ projectId, filter: f }: { projectId: string; filter: ConversationFilter }) {
  const { where, params, p } = filterSql(projectId, f);
  const countWhere = [...where];
  const countParams = [...params];
  const col = SORTS[f.sort].sql;
  const back = f.cursor?.back ?? false;
  // Walking back (Newer) reads the sort the other way from the boundary, then restores the order.
  const descending = (f.dir === "desc") !== back;
  if (f.cursor) where.push(`(${col}, id) ${descending ? "<" : ">"} (${cursorValueSql(f.sort, p(f.cursor.value))}, ${p(f.cursor.id)})`);
  const order = descending ? "DESC" : "ASC";
  const [{ rows }, total] = await Promise.all([
    pool().query(
      `SELECT id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, user_turns, flags, preview, scores,
              csat, metadata, release, ${sortValueSelectSql(f.sort)} AS sort_value,
              round(extract(epoch FROM last_at - first_at) * 1000)::bigint AS duration_ms
         FROM conversations WHERE ${where.join(" AND ")}
        ORDER BY ${col} ${order}, id ${order} LIMIT ${p(f.limit + 1)}`,
      params,
    ),
    countConversations(countWhere, countParams),
  ]);
  const more = rows.length > f.limit;
  const page = rows.slice(0, f.limit);
  if (back) page.reverse();
  const data: ConversationRow[] = page.map((r) => ({
    id: r.id,
    status: r.status,
    firstAt: r.first_at.toISOString(),
    lastAt: r.last_at.toISOString(),
    durationMs: Number(r.duration_ms),
    agents: r.agents,
    agentPath: r.agent_path,
    handoffCount: r.handoff_count,
    maxDepth: r.max_depth,
    userTurns: r.user_turns,
    flags: r.flags,
    preview: r.preview,
    csat: r.csat,
    release: r.release ?? null,
    scores: r.scores,
  }));
  const edge = (row: (typeof page)[number] | undefined, toBack: boolean) =>
    row ? encodeListCursor({ sort: f.sort, dir: f.dir, value: sortValueOf(f.sort, row.sort_value), id: row.id, back: toBack }) : null;
  // Forward: more rows after this page when one extra came back; rows before it whenever we came by cursor.
  const hasOlder = back ? true : more;
  const hasNewer = back ? more : !!f.cursor;
  return {
    data,
    nextCursor: hasOlder ? edge(page[page.length - 1], false) : null,
    prevCursor: hasNewer ? edge(page[0], true) : null,
    total: total.count,
    totalCapped: total.capped,
  };
}

async function countConversations(where: string[], params: unknown[]): Promise<{ count: number; capped: boolean }> {
  const { rows } = await pool().query<{ n: number }>(
    `SELECT count(*)::int AS n FROM (SELECT 1 FROM conversations WHERE ${where.join(" AND ")} LIMIT ${COUNT_CAP + 1}) x`,
    params,
  );
  const n = rows[0]?.n ?? 0;
  return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}
