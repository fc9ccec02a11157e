// The answer of a framework ingest endpoint: items that failed validation are listed by index with
// the failing path (the rest are stored), then what the derived native events did.
import { jsonReply, toResponse, type Reply } from "../http/reply";
import type { IngestError, IngestResult } from "../ingest/ingest-events";

/** `itemErrors` have the shape of the native API's per-event errors (index, id, issues). */
export function integrationReply(received: number, itemErrors: IngestError[], ingest: IngestResult): Reply {
  const body = {
    received,
    rejected: itemErrors.length,
    events: { accepted: ingest.accepted, duplicates: ingest.duplicates },
    errors: [...itemErrors, ...ingest.errors],
  };
  if (!body.errors.length) return jsonReply(body);
  if (itemErrors.length < received) return jsonReply(body, 207);
  const first = itemErrors[0]?.issues[0];
  return jsonReply({ error: `no item was valid (first: ${first?.path}: ${first?.message})`, code: "invalid_items", ...body }, 400);
}

export function integrationResponse(received: number, itemErrors: IngestError[], ingest: IngestResult): Response {
  return toResponse(integrationReply(received, itemErrors, ingest));
}
