// Contracts storage and read models (Prisma): pinned contracts with their version history, the
// per-edge inference and drift read from handoffs.shape (written by the worker as it scores, read
// through the (project, from, to, at) index — one edge's recent rows, never a full scan), the edge
// list with contract status and break rate, and break history. Every query filters by projectId.
import type pg from "pg";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { NotFoundError } from "../errors";
import type { ContractsByEdge } from "./apply";
import { edgeKey } from "./check-events";
import type { ContractBreak } from "./check";
import { inferContract, latestRelease, releaseDrift } from "./infer";
import type { HandoffShape } from "./observe";
import { parseSettings } from "../projects/settings";
import { ContractSchema } from "./schema";

/** handoffs read per edge for inference (the most recent in the window) */
const INFER_LIMIT = 5000;

type Edge = { projectId: string; from: string; to: string };
const edgeWhere = ({ projectId, from, to }: Edge) => ({ projectId, fromAgent: from, toAgent: to });

/**
 * Every pinned contract of a project, by edge, read inside the scoring transaction (so raw SQL on
 * its client, not Prisma): a batch whose scored_at (= its transaction's start) is after a contract
 * change then always checked against the new contract, which is what rescore progress counts.
 */
export async function getContractsByEdge(client: pg.PoolClient, { projectId }: { projectId: string }): Promise<ContractsByEdge> {
  const { rows } = await client.query<{ fromAgent: string; toAgent: string; schema: unknown }>(
    `SELECT from_agent AS "fromAgent", to_agent AS "toAgent", schema FROM contracts WHERE project_id = $1`,
    [projectId],
  );
  const out: ContractsByEdge = new Map();
  for (const r of rows) {
    const parsed = ContractSchema.safeParse(r.schema);
    if (parsed.success) out.set(edgeKey(r.fromAgent, r.toAgent), parsed.data);
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

/** Shapes of the edge's executed handoffs since `since`, oldest first. */
async function edgeShapes(e: Edge & { since: Date }) {
  const rows = await db().handoff.findMany({
    where: { ...edgeWhere(e), at: { gte: e.since }, shape: { not: Prisma.DbNull } },
    select: { shape: true, at: true },
    orderBy: { at: "desc" },
    take: INFER_LIMIT,
  });
  return rows.reverse().map((r) => ({ at: r.at, shape: r.shape as unknown as HandoffShape }));
}

/** The inferred contract and release drift of one edge over the project's window. */
export async function inferEdge(e: Edge & { days: number; presence: number }) {
  const since = new Date(Date.now() - e.days * 86_400_000);
  const shapes = await edgeShapes({ ...e, since });
  return {
    since: since.toISOString(),
    ...inferContract(shapes.map((s) => s.shape), { presence: e.presence }),
    drift: releaseDrift(shapes, { presence: e.presence }),
    latestRelease: latestRelease(shapes),
  };
}

/** The edge's most recent broken handoffs, with their conversations. */
export async function listEdgeBreaks(e: Edge & { limit?: number }) {
  const rows = await db().handoff.findMany({
    where: { ...edgeWhere(e), flags: { has: "contract_break" } },
    select: { conversationId: true, eventId: true, at: true, contractBreaks: true },
    orderBy: { at: "desc" },
    take: e.limit ?? 50,
  });
  return rows.map((r) => ({ conversationId: r.conversationId, eventId: r.eventId, at: r.at.toISOString(), breaks: (r.contractBreaks ?? []) as unknown as ContractBreak[] }));
}

export type ContractStatus = "none" | "inferred" | "pinned";

/** Every edge seen in the window or pinned, with contract status, break rate and last break. */
export async function listContractEdges({ projectId, days }: { projectId: string; days: number }) {
  const since = new Date(Date.now() - days * 86_400_000);
  const [seen, checked, broken, pinned] = await Promise.all([
    db().handoff.groupBy({ by: ["fromAgent", "toAgent"], where: { projectId, at: { gte: since }, shape: { not: Prisma.DbNull } }, _count: { _all: true }, _max: { at: true } }),
    db().handoff.groupBy({ by: ["fromAgent", "toAgent"], where: { projectId, at: { gte: since }, contractBreaks: { not: Prisma.DbNull } }, _count: { _all: true } }),
    db().handoff.groupBy({ by: ["fromAgent", "toAgent"], where: { projectId, at: { gte: since }, flags: { has: "contract_break" } }, _count: { _all: true }, _max: { at: true } }),
    db().contract.findMany({ where: { projectId }, select: { fromAgent: true, toAgent: true, version: true, updatedAt: true } }),
  ]);
  const key = (r: { fromAgent: string; toAgent: string }) => edgeKey(r.fromAgent, r.toAgent);
  const checkedBy = new Map(checked.map((r) => [key(r), r._count._all]));
  const brokenBy = new Map(broken.map((r) => [key(r), r]));
  const pinnedBy = new Map(pinned.map((r) => [key(r), r]));
  const edges = new Map<string, { from: string; to: string; handoffs: number; lastAt: string | null }>();
  for (const r of seen) edges.set(key(r), { from: r.fromAgent, to: r.toAgent, handoffs: r._count._all, lastAt: r._max.at?.toISOString() ?? null });
  for (const r of pinned) if (!edges.has(key(r))) edges.set(key(r), { from: r.fromAgent, to: r.toAgent, handoffs: 0, lastAt: null });
  return [...edges.entries()]
    .map(([k, e]) => {
      const c = checkedBy.get(k) ?? 0;
      const b = brokenBy.get(k);
      const status: ContractStatus = pinnedBy.has(k) ? "pinned" : e.handoffs > 0 ? "inferred" : "none";
      return { ...e, status, version: pinnedBy.get(k)?.version ?? null, checked: c, broken: b?._count._all ?? 0, breakRate: c ? (b?._count._all ?? 0) / c : null, lastBreakAt: b?._max.at?.toISOString() ?? null };
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
