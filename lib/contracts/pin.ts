// Domain verbs that change contracts: pin/replace one edge's contract (a new version with its
// author and field diff, then a rescore of the edge's window with progress), remove it, and
// import a whole project file. Writes go through one Prisma transaction per edge.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { pool } from "../db/pool";
import { enqueueScoring } from "../ingest/ingest-events";
import { parseSettings } from "../projects/settings";
import { diffContracts } from "./diff";
import { getPinnedContract, listEdgeConversationIds, listPinnedContracts } from "./queries";
import { ContractSchema, type ContractsFile } from "./schema";

type Edge = { projectId: string; from: string; to: string };

export async function putContract(e: Edge & { schema: ContractSchema; author: string }) {
  const where = { projectId: e.projectId, fromAgent: e.from, toAgent: e.to };
  const changed = await db().$transaction(async (tx) => {
    const current = await tx.contract.findUnique({ where: { projectId_fromAgent_toAgent: where } });
    const before = current ? ContractSchema.parse(current.schema) : null;
    const diff = diffContracts(before, e.schema);
    if (current && !diff.length) return false;
    const last = await tx.contractVersion.findFirst({ where, orderBy: { version: "desc" }, select: { version: true } });
    const version = (last?.version ?? 0) + 1;
    // casts: ContractSchema and the diff are plain JSON interfaces without the index signature Prisma.InputJsonValue requires.
    const schema = e.schema as unknown as Prisma.InputJsonValue;
    await tx.contractVersion.create({ data: { ...where, version, schema, diff: diff as unknown as Prisma.InputJsonValue, author: e.author } });
    await tx.contract.upsert({
      where: { projectId_fromAgent_toAgent: where },
      create: { ...where, schema, version, updatedBy: e.author },
      update: { schema, version, updatedBy: e.author, updatedAt: new Date() },
    });
    return true;
  });
  if (changed) await rescoreEdge(e);
  return { changed, contract: (await getPinnedContract(e))! };
}

export async function deleteContract(e: Edge & { author: string }) {
  const where = { projectId: e.projectId, fromAgent: e.from, toAgent: e.to };
  const removed = await db().$transaction(async (tx) => {
    const current = await tx.contract.findUnique({ where: { projectId_fromAgent_toAgent: where } });
    if (!current) return false;
    const diff = diffContracts(ContractSchema.parse(current.schema), null);
    // cast: the diff is a plain JSON interface without the index signature Prisma.InputJsonValue requires.
    await tx.contractVersion.create({ data: { ...where, version: current.version + 1, schema: Prisma.DbNull, diff: diff as unknown as Prisma.InputJsonValue, author: e.author } });
    await tx.contract.delete({ where: { projectId_fromAgent_toAgent: where } });
    return true;
  });
  if (removed) await rescoreEdge(e);
  return removed;
}

/** Re-checks the edge's window: every conversation with a handoff on it is scored again. */
async function rescoreEdge(e: Edge) {
  const project = await db().project.findUnique({ where: { id: e.projectId }, select: { settings: true } });
  const since = new Date(Date.now() - parseSettings(project?.settings).contractWindowDays * 86_400_000);
  const ids = await listEdgeConversationIds({ ...e, since });
  const startedAt = new Date();
  await db().contract.updateMany({
    where: { projectId: e.projectId, fromAgent: e.from, toAgent: e.to },
    data: { rescoreStartedAt: startedAt, rescoreSince: since, rescoreTotal: ids.length },
  });
  // the queue mark is ingest's own statement (enqueueScoring takes a pg client, to share ingest's
  // transaction); a write, so it stays on the pool rather than being written a second time for Prisma
  // (hot write path, lib/ingest/ingest-events.ts: 3,080 vs 218 events/s through Prisma)
  if (ids.length) await enqueueScoring(pool(), e.projectId, ids, 0);
}

export async function exportContracts({ projectId }: { projectId: string }): Promise<ContractsFile> {
  return { version: 1, contracts: (await listPinnedContracts({ projectId })).map(({ from, to, schema }) => ({ from, to, schema })) };
}

/** Pins every contract of the file (unchanged ones keep their version); edges not in the file are kept. */
export async function importContracts({ projectId, file, author }: { projectId: string; file: ContractsFile; author: string }) {
  let changed = 0;
  for (const c of file.contracts) {
    const r = await putContract({ projectId, from: c.from, to: c.to, schema: c.schema, author });
    if (r.changed) changed++;
  }
  return { contracts: file.contracts.length, changed };
}
