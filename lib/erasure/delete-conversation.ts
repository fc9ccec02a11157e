// DELETE /api/v1/conversations/{id}: erases one conversation and writes its audit row in the same
// transaction, so the log never claims an erasure that rolled back (or misses one that committed).
import crypto from "node:crypto";
import { db } from "../db/client";
import { NotFoundError } from "../errors";
import { eraseConversationTx, type ConversationRows } from "./erase-conversation";
import { hashIdentifier, maskIdentifier } from "./identifier";

export const ERASURE_TX = { maxWait: 10_000, timeout: 60_000 };

export async function deleteConversation({
  projectId,
  conversationId,
  actor,
}: {
  projectId: string;
  conversationId: string;
  actor: string;
}): Promise<{ conversationId: string; rows: ConversationRows }> {
  return db().$transaction(async (tx) => {
    const rows = await eraseConversationTx(tx, projectId, conversationId);
    // a second DELETE finds nothing: 404, and no audit row for a no-op
    if (!rows) throw new NotFoundError(`conversation ${conversationId} not found`);
    await tx.erasureRequest.create({
      data: {
        projectId,
        id: `era_${crypto.randomBytes(8).toString("hex")}`,
        kind: "conversation",
        identifierHash: hashIdentifier(conversationId),
        identifierMasked: maskIdentifier(conversationId),
        actor,
        status: "done",
        matched: 1,
        erased: 1,
        rows: { ...rows },
        finishedAt: new Date(),
      },
    });
    return { conversationId, rows };
  }, ERASURE_TX);
}
