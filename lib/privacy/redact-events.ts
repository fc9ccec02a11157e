// Where redaction meets ingest: the project's redaction setting becomes a Redactor, and a validated
// native event gets its content fields redacted. lib/ingest/ingest-events.ts calls this for every
// event of every route (native, OTLP, OpenAI Agents, LangSmith all store through it), so there is
// one place where PII is removed before events are stored; the adapters' staging step uses the
// same redactor for the raw spans it holds until they can be mapped.
//
// Choices:
// - Redacted: message content, tool args and result, handoff summary / payload / stateBefore /
//   stateAfter, state snapshots, intent text and metadata. Not redacted: ids, conversation id,
//   agent names, tool names, roles, modes, statuses and times — the structure the scorers and the
//   idempotency key rely on.
// - Framework adapters stage raw spans/runs before mapping them (lib/integrations/staging.ts):
//   those bodies are redacted the same way when staged, keeping the ids the mapping needs.
// - The setting is read together with the API key (lib/auth/keys.ts authenticateKey joins
//   projects). Native ingest may reuse that lookup for BATON_KEY_CACHE_MS, but its INSERT stores
//   the events only if the setting is still the one they were redacted with (else it redacts them
//   again under the new one), so a change applies to events received after it is saved (never to
//   stored ones: redaction is not retroactive, the settings page says so).
// - Hash mode without BATON_REDACTION_KEY masks instead (the settings page refuses to save hash
//   mode without the key; an operator who removes the key later gets masking, never clear text).
import { env } from "../env";
import type { IngestEvent } from "../ingest/schemas";
import { parseSettings, type RedactionSettings } from "../projects/settings";
import { findPii, redactJson, redactText, token, type Redactor } from "./redact";

const TEXT_FIELDS = ["content", "summary", "intent"] as const;
const JSON_FIELDS = ["args", "result", "payload", "stateBefore", "stateAfter", "state", "metadata"] as const;

export function redactorOf(projectId: string, s: RedactionSettings, key = env().BATON_REDACTION_KEY ?? null): Redactor | null {
  if (s.mode === "off") return null;
  return { mode: key ? s.mode : "mask", key, projectId, fieldKeys: new Set(s.keys.map((k) => k.toLowerCase())) };
}

/** The redactor for a project's stored `settings.redaction` value (as read with the API key), or null when redaction is off. */
export function redactorFromSetting(projectId: string, raw: unknown): Redactor | null {
  if (!raw) return null;
  return redactorOf(projectId, parseSettings({ redaction: raw }).redaction);
}

/**
 * Keys of a staged span/run body (OpenAI Agents, OTLP, LangSmith) an adapter maps by — ids,
 * conversation and thread ids, agent and span names, start and end times — kept as sent, like a
 * native event's ids and timestamp.
 */
const STAGED_KEEP = new Set([
  "id", "object", "type", "trace_id", "parent_id", "group_id", "workflow_name", "from_agent", "to_agent", "name",
  "traceId", "spanId", "parentSpanId", "gen_ai.conversation.id", "session.id", "gen_ai.agent.name", "agent.name",
  "gen_ai.operation.name", "openinference.span.kind", "graph.node.id", "graph.node.parent_id",
  "parent_run_id", "thread_id", "run_type", "dotted_order", "session_id",
  // times the mapping orders and dates by (LangSmith start/end_time may be epoch-ms numbers)
  "start_time", "end_time", "started_at", "ended_at", "startTimeUnixNano", "endTimeUnixNano",
]);

/** A staged span/run body with its content redacted and its ids kept. */
export function redactStagedBody<B>(body: B, r: Redactor): B {
  return redactJson(body, r, STAGED_KEEP) as B;
}

/** The event with its content fields redacted (a new object; structure fields untouched). */
export function redactEvent<E extends IngestEvent>(e: E, r: Redactor): E {
  const out: Record<string, unknown> = { ...e };
  for (const f of TEXT_FIELDS) if (typeof out[f] === "string") out[f] = redactText(out[f] as string, r);
  for (const f of JSON_FIELDS) if (out[f] !== undefined) out[f] = redactJson(out[f], r);
  return out as E;
}

/**
 * The hash tokens an identifier was stored as by a project with redaction on (erasure by
 * identifier searches for them too): its PII token when the whole identifier is an email, phone,
 * card or IBAN, and its configured-key token. Empty without BATON_REDACTION_KEY.
 */
export function identifierTokens(projectId: string, identifier: string, key = env().BATON_REDACTION_KEY ?? null): string[] {
  if (!key) return [];
  const r: Redactor = { mode: "hash", key, projectId, fieldKeys: new Set() };
  const found = findPii(identifier);
  const whole = found.length === 1 && found[0].start === 0 && found[0].end === identifier.length ? [token(found[0].kind, identifier, r)] : [];
  return [...whole, token("key", identifier, r)];
}
