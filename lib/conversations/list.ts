// The conversation list (SPEC §2.3 GET /api/v1/conversations, and the /conversations triage table):
// filtered (list-filter.ts), sorted by one indexed column with the id as tie-breaker, keyset-paged
// both ways (sorts.ts), with a capped count of the matches. Reads conversations only, never events.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { toNumber } from "../db/rows";
import { RELEASE_SQL } from "./facets";
import { reviewCondition } from "../reviews/review";
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

/** WHERE conditions for every filter but the cursor, each value a bound parameter. Times cross as
 *  ISO strings with their offset: Prisma's pg adapter sends a Date without it (lib/metrics/queries.ts). */
function filterSql(projectId: string, f: ConversationFilter): Prisma.Sql[] {
  const where = [Prisma.sql`project_id = ${projectId}`];
  if (f.from) where.push(Prisma.sql`last_at >= ${f.from.toISOString()}::timestamptz`);
  if (f.to) where.push(Prisma.sql`last_at < ${f.to.toISOString()}::timestamptz`);
  if (f.agent?.length) where.push(Prisma.sql`agents && ${f.agent}::text[]`);
  if (f.flag?.length) where.push(Prisma.sql`flags && ${f.flag}::text[]`);
  if (f.status?.length) where.push(Prisma.sql`status = ANY(${f.status}::text[])`);
  if (f.release?.length) where.push(Prisma.sql`${Prisma.raw(RELEASE_SQL)} = ANY(${f.release}::text[])`);
  for (const kv of f.meta ?? []) {
    const i = kv.indexOf("=");
    where.push(Prisma.sql`metadata @> jsonb_build_object(${kv.slice(0, i)}::text, ${kv.slice(i + 1)}::text)`);
  }
  if (f.depth !== undefined) where.push(Prisma.sql`max_depth = ${f.depth}::int`);
  if (f.review) where.push(reviewCondition(f.review));
  if (f.csatMin !== undefined) where.push(Prisma.sql`csat >= ${f.csatMin}::int`);
  if (f.csatMax !== undefined) where.push(Prisma.sql`csat <= ${f.csatMax}::int`);
  if (f.sort === "csat") where.push(Prisma.sql`csat IS NOT NULL`);
  if (f.q) where.push(Prisma.sql`(preview ILIKE ${`%${f.q.replace(/[%_\\]/g, "\\$&")}%`} OR id = ${f.q})`);
  if (f.edge?.length) {
    const pairs = f.edge.map((e: string) => e.split("→"));
    where.push(Prisma.sql`EXISTS (SELECT 1 FROM handoffs h JOIN unnest(${pairs.map((x) => x[0])}::text[], ${pairs.map((x) => x[1])}::text[]) AS e(f, t)
                 ON h.from_agent = e.f AND h.to_agent = e.t
                 WHERE h.project_id = conversations.project_id AND h.conversation_id = conversations.id)`);
  }
  return where;
}

/** A page row as PostgreSQL sends it through Prisma: times as epoch ms, int8 as bigint (lib/db/rows.ts). */
interface PageRow {
  id: string;
  status: string;
  first_ms: number;
  last_ms: number;
  agents: string[];
  agent_path: string[];
  handoff_count: number;
  max_depth: number;
  user_turns: number;
  flags: string[];
  preview: string;
  scores: Record<string, unknown> | null;
  csat: number | null;
  release: string | null;
  sort_value: number | bigint;
  duration_ms: bigint;
}

export async function listConversations({ projectId, filter: f }: { projectId: string; filter: ConversationFilter }) {
  const filters = filterSql(projectId, f);
  const col = Prisma.raw(SORTS[f.sort].sql);
  const back = f.cursor?.back ?? false;
  // Walking back (Newer) reads the sort the other way from the boundary, then restores the order.
  const descending = (f.dir === "desc") !== back;
  const where = f.cursor
    ? [...filters, Prisma.sql`(${col}, id) ${Prisma.raw(descending ? "<" : ">")} (${cursorValueSql(f.sort, f.cursor.value)}, ${f.cursor.id})`]
    : filters;
  const order = Prisma.raw(descending ? "DESC" : "ASC");
  // $queryRaw through the one client: the model API cannot say the keyset's row comparison, the
  // duration sort or the edge EXISTS. Page + count, CPU µs p50/p95 (bench-prisma --runs 400, 3 k
  // conversations, load 13, 2026-11-29): first page pool 1835/3549 → Prisma 2584/9293; filtered and
  // sorted by handoffs 1735/5546 → 2536/8534 (Prisma's per-row mapping of 51 rows); wall within noise.
  const [rows, total] = await Promise.all([
    db().$queryRaw<PageRow[]>`
      SELECT id, status, (extract(epoch FROM first_at) * 1000)::float8 AS first_ms, (extract(epoch FROM last_at) * 1000)::float8 AS last_ms,
             agents, agent_path, handoff_count, max_depth, user_turns, flags, preview, scores, csat, release,
             ${sortValueSelectSql(f.sort)} AS sort_value, round(extract(epoch FROM last_at - first_at) * 1000)::bigint AS duration_ms
        FROM conversations WHERE ${Prisma.join(where, " AND ")}
       ORDER BY ${col} ${order}, id ${order} LIMIT ${f.limit + 1}::int`,
    countConversations(filters),
  ]);
  const more = rows.length > f.limit;
  const page = rows.slice(0, f.limit);
  if (back) page.reverse();
  const data: ConversationRow[] = page.map((r) => ({
    id: r.id,
    status: r.status,
    firstAt: new Date(r.first_ms).toISOString(),
    lastAt: new Date(r.last_ms).toISOString(),
    durationMs: toNumber(r.duration_ms),
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
  const edge = (row: PageRow | undefined, toBack: boolean) =>
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

async function countConversations(where: Prisma.Sql[]): Promise<{ count: number; capped: boolean }> {
  const rows = await db().$queryRaw<Array<{ n: number }>>`
    SELECT count(*)::int AS n FROM (SELECT 1 FROM conversations WHERE ${Prisma.join(where, " AND ")} LIMIT ${COUNT_CAP + 1}::int) x`;
  const n = rows[0]?.n ?? 0;
  return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}
