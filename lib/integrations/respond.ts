// The answer of a framework ingest endpoint: items that failed validation are listed by index with
// the failing path (the rest are stored), then what the derived native events did.
import type { IngestError, IngestResult } from "../ingest/ingest-events";

/** `itemErrors` have the shape of the native API's per-event errors (index, id, issues). */
export function integrationResponse(received: number, itemErrors: IngestError[], ingest: IngestResult): Response {
  const body = {
    received,
    rejected: itemErrors.length,
    events: { accepted: ingest.accepted, duplicates: ingest.duplicates },
    errors: [...itemErrors, ...ingest.errors],
  };
  if (!body.errors.length) return Response.json(body);
  if (itemErrors.length < received) return Response.json(body, { status: 207 });
  const first = itemErrors[0]?.issues[0];
  return Response.json({ error: `no item was valid (first: ${first?.path}: ${first?.message})`, code: "invalid_items", ...body }, { status: 400 });
}
