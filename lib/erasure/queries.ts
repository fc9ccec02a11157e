// Read side of the erasure audit log, for /settings.
import { db } from "../db/client";
import { NO_ROWS, type ErasedRows } from "./erase-conversation";

export interface ErasureLogEntry {
  id: string;
  kind: string;
  identifier: string;
  actor: string;
  status: string;
  matched: number;
  erased: number;
  rows: ErasedRows;
  createdAt: Date;
  finishedAt: Date | null;
}

export async function listErasures({ projectId, limit = 20 }: { projectId: string; limit?: number }): Promise<ErasureLogEntry[]> {
  const rows = await db().erasureRequest.findMany({ where: { projectId }, orderBy: { createdAt: "desc" }, take: limit });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    identifier: r.identifierMasked,
    actor: r.actor,
    status: r.status,
    matched: r.matched,
    erased: r.erased,
    rows: { ...NO_ROWS, ...(r.rows as Partial<ErasedRows>) },
    createdAt: r.createdAt,
    finishedAt: r.finishedAt,
  }));
}
