// Request-level pieces shared by every ingest endpoint (native and framework adapters):
// the per-key throttle and the 200/207 answer.
import { KeyChangedError, RateLimitedError, UnauthorizedError, ValidationError, PayloadTooLargeError } from "../errors";
import { jsonReply, type Reply } from "../http/reply";
import { redactorFromSetting } from "../privacy/redact-events";
import type { Auth } from "../http/route";
import { count, takeToken } from "./rate-limit";
import { IngestBody, MAX_EVENTS_PER_REQUEST } from "./schemas";
import { ingestEvents, type IngestContext, type IngestResult } from "./ingest-events";

export function throttle(auth: Auth): void {
  if (!auth.key) return;
  const wait = takeToken(auth.key.keyId, auth.key.rateLimitPerSec);
  if (wait > 0) {
    count(auth.projectId, auth.key.keyId, { throttled: 1 });
    throw new RateLimitedError("rate limit exceeded for this key; retry after the Retry-After delay", wait);
  }
}

/**
 * The caller's project, key and PII redactor, built once per request from the key lookup (which
 * carries the project's redaction setting): staging and storing use the same one, no extra query.
 */
export function ingestContext(auth: Auth): IngestContext {
  if (!auth.key) throw new UnauthorizedError("ingest needs an API key (Authorization: Bearer <key>)");
  return { projectId: auth.projectId, keyId: auth.key.keyId, redactor: redactorFromSetting(auth.projectId, auth.key.redaction) };
}

/**
 * Stores native events under a key that may come from the lookup cache: the INSERT checks the key
 * and the redaction setting it was read with (IngestContext.keyCheck); when either changed, the key
 * is looked up afresh (401 when revoked) and the events are redacted and stored again under it.
 */
export async function ingestChecked(auth: Auth, events: unknown[], reauthenticate: () => Promise<Auth>): Promise<IngestResult> {
  try {
    return await ingestAs(checkedContext(auth), events);
  } catch (err) {
    if (!(err instanceof KeyChangedError)) throw err;
    return ingestAs(checkedContext(await reauthenticate()), events);
  }
}

function checkedContext(auth: Auth): IngestContext {
  // ingestContext's object is this request's own: completed in place, not spread into a copy
  const ctx = ingestContext(auth);
  ctx.keyCheck = { keyId: ctx.keyId!, redaction: auth.key!.redaction };
  return ctx;
}

/** Stores native events (as sent, or derived from a framework's format) under the caller's project and key. */
export function ingestAs(ctx: IngestContext, events: unknown[]): Promise<IngestResult> {
  return ingestEvents({ ctx, input: events });
}

/** `{events: [...]}` or a 400/413 saying what is wrong with the envelope. */
export function parseEnvelope(json: unknown): unknown[] {
  const events = (json as { events?: unknown })?.events;
  if (Array.isArray(events) && events.length > MAX_EVENTS_PER_REQUEST) {
    throw new PayloadTooLargeError(`at most ${MAX_EVENTS_PER_REQUEST} events per request (got ${events.length})`);
  }
  const res = IngestBody.safeParse(json);
  if (!res.success) {
    throw new ValidationError('body must be {"events": [...]}', [
      { path: "events", message: res.error.issues[0]?.message ?? "expected an array" },
    ]);
  }
  return res.data.events;
}

/**
 * 200 when every event was stored or was a duplicate; 207 with per-event errors when some were
 * rejected; 400 (same body, plus `error`) when every event was rejected and nothing was written.
 */
export function ingestReply(result: IngestResult): Reply {
  if (!result.errors.length) return jsonReply(result);
  if (result.accepted + result.duplicates > 0) return jsonReply(result, 207);
  const first = result.errors[0].issues[0];
  const error = `no event was valid (${result.errors.length} rejected; first: ${first?.path}: ${first?.message})`;
  return jsonReply({ error, code: "invalid_events", ...result }, 400);
}
