// Contracts storage and read models (Prisma): pinned contracts with their version history, the
// per-edge inference and drift read from the incremental statistics the worker keeps in
// metric_rollups (./stats.ts, ./edge-stats.ts: a page sums an edge's hourly rows, it never reads
// the edge's handoffs), the edge list with contract status and break rate (rollups too), and break
// history (the edge's latest broken handoffs). Every query filters by projectId.
import type pg from "pg";
import { ContractBreakSchema } from "../conversations/read-model";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import type { ContractsByEdge } from "./apply";
import { edgeKey } from "../edges/href";
import { readEdgeStats, recentExamples } from "./edge-stats";
import { inferContract, latestRelease, mergeCounts, releaseDrift } from "./infer";
import { parseSettings } from "../projects/settings";
import { ContractSchema } from "./schema";

type Edge = { projectId: string; from: string; to: string };
const edgeWhere = ({ projectId, from, to }: Edge) => ({ projectId, fromAgent: from, toAgent: to });

/**
 * Parsed pinned schemas, by project and edge, with the version and time they were pinned at: every
 * change to a contract is a new version with a new updated_at (./pin.ts), so a batch re-parses
 * (zod) only the contracts that changed since the previous batch, not every contract every time.
 */
const parsed = new Map<string, { stamp: string; schema: ContractSchema | null }>();

/**
 * Every pinned contract of a project, by edge, read inside the scoring transaction (so raw SQL on
 * its client, not Prisma): a batch whose scored_at (= its transaction's start) is after a contract
 * change then always checked against the new contract, which is what rescore progress counts. The
 * schemas themselves are fetched only for contracts not already parsed under the same stamp. The
 * batch reads the stamps (contractStampsSql) with its other reads, in one round trip; contractsByEdge
 * turns them into schemas.
 */
export type ContractStamp = { fromAgent: string; toAgent: string; stamp: string };

/** The stamps of a project's pinned contracts, `project` being the SQL of its id (a parameter or a literal). */
export const contractStampsSql = (project: string) =>
  `SELECT from_agent AS "fromAgent", to_agent AS "toAgent", version || '@' || (extract(epoch FROM updated_at) * 1000)::bigint AS stamp
     FROM contracts WHERE project_id = ${project}`;

/** The schemas of the contracts whose stamps were read (contractStampsSql). */
export async function contractsByEdge(client: pg.PoolClient, projectId: string, rows: ContractStamp[]): Promise<ContractsByEdge> {
  const cacheKey = (from: string, to: string) => `${projectId}\u0000${edgeKey(from, to)}`;
  const stale = rows.filter((r) => parsed.get(cacheKey(r.fromAgent, r.toAgent))?.stamp !== r.stamp);
  if (stale.length) {
    const fresh = await client.query<{ fromAgent: string; toAgent: string; stamp: string; schema: unknown }>(
      `SELECT from_agent AS "fromAgent", to_agent AS "toAgent", version || '@' || (extract(epoch FROM updated_at) * 1000)::bigint AS stamp, schema
         FROM contracts WHERE project_id = $1 AND (from_agent, to_agent) IN (SELECT * FROM unnest($2::text[], $3::text[]))`,
      [projectId, stale.map((r) => r.fromAgent), stale.map((r) => r.toAgent)],
    );
    for (const r of fresh.rows) {
      const schema = ContractSchema.safeParse(r.schema);
      parsed.set(cacheKey(r.fromAgent, r.toAgent), { stamp: r.stamp, schema: schema.success ? schema.data : null });
    }
  }
  const out: ContractsByEdge = new Map();
  for (const r of rows) {
    const schema = parsed.get(cacheKey(r.fromAgent, r.toAgent))?.schema;
    if (schema) out.set(edgeKey(r.fromAgent, r.toAgent), schema);
  }
  return out;
}

export async function getPinnedContract(e: Edge) {
  const row = await db().contract.findUnique({ where: { projectId_fromAgent_toAgent: edgeWhere(e) } });
  if (!row) return null;
  return {
    from: row.fromAgent,
    to: row.toAgent,
    schema: ContractSchema.parse(row.schema),
    version: row.version,
    updatedBy: row.updatedBy,
    updatedAt: row.updatedAt.toISOString(),
    rescore: await rescoreProgress(e, row),
  };
}

export async function listContractVersions(e: Edge) {
  const rows = await db().contractVersion.findMany({ where: edgeWhere(e), orderBy: { version: "desc" }, take: 100 });
  return rows.map((v) => ({ version: v.version, schema: v.schema, diff: v.diff, author: v.author, createdAt: v.createdAt.toISOString() }));
}

export async function listPinnedContracts({ projectId }: { projectId: string }) {
  const rows = await db().contract.findMany({ where: { projectId }, orderBy: [{ fromAgent: "asc" }, { toAgent: "asc" }] });
  return rows.map((r) => ({ from: r.fromAgent, to: r.toAgent, schema: ContractSchema.parse(r.schema), version: r.version }));
}

/** Conversations with a handoff on the edge since `since` (what a contract change rescores). */
export async function listEdgeConversationIds(e: Edge & { since: Date }): Promise<string[]> {
  const rows = await db().handoff.findMany({
    where: { ...edgeWhere(e), at: { gte: e.since } },
    select: { conversationId: true },
    distinct: ["conversationId"],
  });
  return rows.map((r) => r.conversationId);
}

async function rescoreProgress(e: Edge, row: { rescoreStartedAt: Date | null; rescoreSince: Date | null; rescoreTotal: number }) {
  if (!row.rescoreStartedAt || !row.rescoreSince) return null;
  const ids = await listEdgeConversationIds({ ...e, since: row.rescoreSince });
  const done = ids.length
    ? await db().conversation.count({ where: { projectId: e.projectId, id: { in: ids }, scoredAt: { gte: row.rescoreStartedAt } } })
    : 0;
  return { startedAt: row.rescoreStartedAt.toISOString(), total: row.rescoreTotal, done: Math.min(done, row.rescoreTotal) };
}

/** One edge's per-release counts over the last `days` (the incremental statistics, ./edge-stats.ts). */
async function edgeReleases(e: Edge & { days: number }) {
  const since = new Date(Date.now() - e.days * 86_400_000);
  const stats = (await readEdgeStats({ projectId: e.projectId, since, edge: e })).get(edgeKey(e.from, e.to));
  return { since, releases: stats?.releases ?? [] };
}

/** The inferred contract and release drift of one edge over the project's window. */
export async function inferEdge(e: Edge & { days: number; presence: number; examples?: boolean }) {
  const { since, releases } = await edgeReleases(e);
  const inferred = inferContract(mergeCounts(releases), { presence: e.presence });
  if (e.examples !== false && inferred.fields.length) {
    const examples = await recentExamples(e);
    for (const f of inferred.fields) if (f.source === "structured") f.example = examples.get(f.name) ?? null;
  }
  return {
    since: since.toISOString(),
    ...inferred,
    drift: releaseDrift(releases, { presence: e.presence }),
    latestRelease: latestRelease(releases),
  };
}

/**
 * Release drift of one edge over the contract window, for the edge page: the same list the contract
 * page shows and the contract_drift metric counts (./drift-job.ts), so the three never disagree.
 */
export async function getEdgeDrift(e: Edge) {
  const settings = await getContractSettings(e);
  const { since, releases } = await edgeReleases({ ...e, days: settings.days });
  return { since: since.toISOString(), days: settings.days, drift: releaseDrift(releases, { presence: settings.presence }), latestRelease: latestRelease(releases) };
}

/** The edge's most recent broken handoffs, with their conversations. */
export async function listEdgeBreaks(e: Edge & { limit?: number }) {
  const rows = await db().handoff.findMany({
    where: { ...edgeWhere(e), flags: { has: "contract_break" } },
    select: { conversationId: true, eventId: true, at: true, contractBreaks: true },
    orderBy: { at: "desc" },
    take: e.limit ?? 50,
  });
  return rows.map((r) => ({ conversationId: r.conversationId, eventId: r.eventId, at: r.at.toISOString(), breaks: ContractBreakSchema.array().parse(r.contractBreaks ?? []) }));
}

export type ContractStatus = "none" | "inferred" | "pinned";

/**
 * Every edge seen in the window or pinned, with contract status, break rate and last break — from
 * rollups (contract statistics and contract_break_rate per edge), so the list costs the same at
 * any traffic. Times are hours (the rollup bucket): `lastAt` and `lastBreakAt` are the hour of the
 * latest handoff / break; the edge page lists the exact breaks.
 */
export async function listContractEdges({ projectId, days }: { projectId: string; days: number }) {
  const since = new Date(Date.now() - days * 86_400_000);
  const [seen, breaks, pinned] = await Promise.all([
    readEdgeStats({ projectId, since }),
    // raw SQL: max(bucket) FILTER is not expressible in Prisma's groupBy; served by the rollups PK
    db().$queryRaw<Array<{ edge: string; checked: number; broken: number; lastBreak: Date | null }>>(Prisma.sql`
      SELECT dim_value AS edge, sum(count)::float8 AS checked, sum(sum)::float8 AS broken, max(bucket) FILTER (WHERE sum > 0) AS "lastBreak"
        FROM metric_rollups
       WHERE project_id = ${projectId} AND metric = 'contract_break_rate' AND dim = 'edge' AND bucket >= ${since}
       GROUP BY dim_value`),
    db().contract.findMany({ where: { projectId }, select: { fromAgent: true, toAgent: true, version: true, updatedAt: true } }),
  ]);
  const breaksBy = new Map(breaks.map((r) => [r.edge, r]));
  const pinnedBy = new Map(pinned.map((r) => [edgeKey(r.fromAgent, r.toAgent), r]));
  const edges = new Map<string, { from: string; to: string; handoffs: number; lastAt: string | null }>();
  for (const [k, e] of seen) {
    const handoffs = e.releases.reduce((n, r) => n + r.handoffs, 0);
    if (handoffs > 0) edges.set(k, { from: e.from, to: e.to, handoffs, lastAt: e.lastAt.toISOString() });
  }
  for (const r of pinned) {
    const k = edgeKey(r.fromAgent, r.toAgent);
    if (!edges.has(k)) edges.set(k, { from: r.fromAgent, to: r.toAgent, handoffs: 0, lastAt: null });
  }
  return [...edges.entries()]
    .map(([k, e]) => {
      const b = breaksBy.get(k);
      const checked = Math.round(b?.checked ?? 0);
      const broken = Math.round(b?.broken ?? 0);
      const status: ContractStatus = pinnedBy.has(k) ? "pinned" : e.handoffs > 0 ? "inferred" : "none";
      return { ...e, status, version: pinnedBy.get(k)?.version ?? null, checked, broken, breakRate: checked ? broken / checked : null, lastBreakAt: broken ? (b?.lastBreak?.toISOString() ?? null) : null };
    })
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

export async function getPinnedContractOrThrow(e: Edge) {
  const c = await getPinnedContract(e);
  if (!c) throw new NotFoundError(`no contract pinned for ${e.from} → ${e.to}`);
  return c;
}

/** The project's contract settings (window in days, expected-field presence). */
export async function getContractSettings({ projectId }: { projectId: string }) {
  const project = await db().project.findUnique({ where: { id: projectId }, select: { settings: true } });
  const s = parseSettings(project?.settings);
  return { days: s.contractWindowDays, presence: s.contractPresence };
}

export async function listContractEdgesForProject({ projectId, days }: { projectId: string; days?: number }) {
  const settings = await getContractSettings({ projectId });
  const window = days ?? settings.days;
  return { days: window, data: await listContractEdges({ projectId, days: window }) };
}

/** Everything about one edge's contract: pinned (with rescore progress), inferred, drift, history, breaks. */
export async function getEdgeContract(e: Edge) {
  const settings = await getContractSettings(e);
  const [pinned, inferred, versions, breaks] = await Promise.all([
    getPinnedContract(e),
    inferEdge({ ...e, ...settings }),
    listContractVersions(e),
    listEdgeBreaks(e),
  ]);
  const status: ContractStatus = pinned ? "pinned" : inferred.handoffs ? "inferred" : "none";
  return { from: e.from, to: e.to, status, settings, pinned, inferred, versions, breaks };
}
