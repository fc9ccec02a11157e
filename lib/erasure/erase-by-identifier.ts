// POST /api/v1/erasure: erases every conversation of a project whose events mention an identifier
// (an email, a customer id …). The request is recorded first (its matches in `pending`), then each
// conversation is erased in its own transaction that also takes it off `pending` and adds its row
// counts, so a process killed mid-way (kill -9) leaves an exact resume point: sending the same
// request again finishes it. Once done, the same request matches nothing and returns matched: 0.
//
// How matches are found: one scan of the project's events (the primary key's project_id prefix
// bounds it to one tenant), testing data::text and metadata::text — message content, tool
// arguments and results, handoff payloads, metadata — against a case-insensitive whole-token
// regular expression. No index serves it (a trigram index would tax every ingest for a rare
// request), so it costs one pass over the project's event bytes: about a second per few hundred
// thousand events.
//
// Review notes are searched too (lib/reviews: a reviewer may write "customer ann@x.com said …"), and a
// conversation whose note names the identifier is erased whole, as one whose events do — not just the
// note blanked. A GDPR operator erases everything held about the person: the note ties that
// conversation to them (often where redaction stored the events as tokens the note now undoes), and
// blanking only the note would keep a conversation now known to be theirs. The scan reads the
// reviewed rows only (the partial index on review), and the audit row counts the matched notes
// (`rows.notes`), checked again inside each conversation's transaction so a resumed request counts
// each note once.
import crypto from "node:crypto";
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { ConflictError } from "../errors";
import { ERASURE_TX } from "./delete-conversation";
import { addRows, eraseConversationTx, NO_ROWS, type ErasedRows } from "./erase-conversation";
import { hashIdentifier, identifierPattern, maskIdentifier, normalizeIdentifier } from "./identifier";
import { identifierTokens } from "../privacy/redact-events";

/** Refused without force: an identifier found in more than this share of a project's conversations. */
export const TOO_BROAD_SHARE = 0.1;

export interface ErasureResult {
  requestId: string;
  matched: number;
  erased: number;
  resumed: boolean;
  rows: ErasedRows;
}

export async function eraseByIdentifier({
  projectId,
  identifier: raw,
  force = false,
  actor,
}: {
  projectId: string;
  identifier: string;
  force?: boolean;
  actor: string;
}): Promise<ErasureResult> {
  const identifier = normalizeIdentifier(raw);
  const identifierHash = hashIdentifier(identifier);
  const running = await db().erasureRequest.findFirst({
    where: { projectId, identifierHash, status: "running", kind: "identifier" },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const requestId = running?.id ?? (await startRequest({ projectId, identifier, identifierHash, force, actor }));
  for (;;) {
    const req = await db().erasureRequest.findUniqueOrThrow({ where: { projectId_id: { projectId, id: requestId } }, select: { pending: true } });
    const [next] = req.pending;
    if (next === undefined) break;
    await eraseOne(projectId, requestId, next, matchPattern(projectId, identifier));
  }
  const done = await db().erasureRequest.update({
    where: { projectId_id: { projectId, id: requestId } },
    data: { status: "done", finishedAt: new Date() },
  });
  return { requestId, matched: done.matched, erased: done.erased, resumed: !!running, rows: { ...NO_ROWS, ...(done.rows as object) } };
}

/** With PII redaction on, the identifier was stored as its token (lib/privacy): match those too. */
const matchPattern = (projectId: string, identifier: string) => [identifierPattern(identifier), ...identifierTokens(projectId, identifier)].join("|");

/** A conversation row's review note names the identifier (as events are matched: whole token, any case). */
const noteMatches = (pattern: string) => Prisma.sql`coalesce(review ->> 'note', '') ~* ${pattern}`;

/** Finds the matches, refuses a too-broad identifier unless forced, and records the request. */
async function startRequest(a: { projectId: string; identifier: string; identifierHash: string; force: boolean; actor: string }) {
  const pattern = matchPattern(a.projectId, a.identifier);
  const [scan] = await db().$queryRaw<Array<{ total: number; matched: string[] | null }>>`
    SELECT count(*)::int AS total, array_agg(conversation_id ORDER BY conversation_id) FILTER (WHERE hit) AS matched
      FROM (SELECT conversation_id, bool_or(data::text ~* ${pattern} OR coalesce(metadata::text, '') ~* ${pattern}) AS hit
              FROM events WHERE project_id = ${a.projectId} GROUP BY conversation_id) c`;
  const noted = await db().$queryRaw<Array<{ id: string }>>`
    SELECT id FROM conversations WHERE project_id = ${a.projectId} AND review IS NOT NULL AND ${noteMatches(pattern)}`;
  const matched = [...new Set([...(scan?.matched ?? []), ...noted.map((n) => n.id)])].sort();
  const total = scan?.total ?? 0;
  // one conversation is never "too broad" (a small project's only match would otherwise be refused)
  if (!a.force && matched.length > 1 && matched.length > TOO_BROAD_SHARE * total) {
    throw new ConflictError(
      `identifier "${maskIdentifier(a.identifier)}" matches ${matched.length} of ${total} conversations ` +
        `(${Math.round((100 * matched.length) / total)} %, over ${TOO_BROAD_SHARE * 100} %): refusing as too broad. ` +
        `Use a more specific identifier, or send "force": true to erase them all.`,
    );
  }
  const id = `era_${crypto.randomBytes(8).toString("hex")}`;
  await db().erasureRequest.create({
    data: {
      projectId: a.projectId,
      id,
      kind: "identifier",
      identifierHash: a.identifierHash,
      identifierMasked: maskIdentifier(a.identifier),
      actor: a.actor,
      forced: a.force,
      matched: matched.length,
      pending: matched,
      rows: { ...NO_ROWS },
    },
  });
  return id;
}

/** Erases one pending conversation and records the progress in the same transaction. */
async function eraseOne(projectId: string, requestId: string, conversationId: string, pattern: string) {
  await db().$transaction(async (tx) => {
    // serialises two resumers of the same request; the loser finds the id already off `pending`
    const [req] = await tx.$queryRaw<Array<{ pending: string[]; rows: Partial<ErasedRows>; erased: number }>>`
      SELECT pending, rows, erased FROM erasure_requests WHERE project_id = ${projectId} AND id = ${requestId} FOR UPDATE`;
    if (!req?.pending.includes(conversationId)) return;
    const [note] = await tx.$queryRaw<Array<{ hit: boolean }>>`
      SELECT ${noteMatches(pattern)} AS hit FROM conversations WHERE project_id = ${projectId} AND id = ${conversationId}`;
    const erased = await eraseConversationTx(tx, projectId, conversationId);
    const rows = erased && { ...erased, notes: note?.hit ? 1 : 0 };
    await tx.erasureRequest.update({
      where: { projectId_id: { projectId, id: requestId } },
      data: {
        pending: req.pending.filter((c) => c !== conversationId),
        erased: req.erased + (rows ? 1 : 0),
        rows: { ...addRows({ ...NO_ROWS, ...req.rows }, rows ?? NO_ROWS) },
      },
    });
  }, ERASURE_TX);
}
