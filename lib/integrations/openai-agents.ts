// OpenAI Agents SDK traces → native events (SPEC §2.2). Accepts exactly what the SDK's
// `OpenAITracingExporter` POSTs: `{data: [trace | span, ...]}`.
//
// What the SDK (0.20) sends, and how it is mapped:
// - A trace item when the trace starts (`group_id` = the conversation; without one, the trace id);
//   spans when they end, so children arrive before parents and a trace spans several requests.
//   Span nesting: custom `task` → `agent` → custom `turn` → generation / response / function /
//   handoff.
// - Everything is staged in integration_spans; an agent span is mapped once it has arrived (it
//   ends after all its descendants), so the events derived from it are final. Each request
//   re-derives the traces it touched; event ids come from span ids, so nothing is stored twice.
// - `generation` (Chat Completions model): the input's trailing user messages become user
//   messages (id from trace + text, so history resent in later turns is not duplicated); the
//   output's text becomes the agent's message; `transfer_to_<agent>` tool-call arguments become
//   the handoff's payload (and its `summary` when the arguments carry one).
// - `response` (Responses model): only a response id, no content — messages cannot be recovered,
//   so content-based scores are null ("no message content in trace"); structure still works.
// - `function`: a tool call; input/output are JSON strings, parsed when they are JSON.
// - `handoff`: from_agent → to_agent. "Multiple handoffs requested" (error.data.requested_agents)
//   is kept as metadata.requested_agents; who actually acted next is read by the scorer.
import { z } from "zod";
import { PayloadTooLargeError, ValidationError, zodIssues } from "../errors";
import { rejectedItem } from "../ingest/ingest-events";
import { findJsonProblem } from "../http/json-guard";
import type { IngestEventInput } from "../ingest/schemas";
import type { Redactor } from "../privacy/redact";
import { isTimeInRange, TIME_RANGE_MESSAGE } from "../time-range";
import { SOURCE, traceEvents } from "./openai-agents-map";
import { deriveEvents, stageSpans, type StagedSpan, type StageResult } from "./staging";

const TraceItem = z.object({
  object: z.literal("trace"),
  id: z.string().min(1).max(200),
  workflow_name: z.string().nullish(),
  group_id: z.string().max(256).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

/** ISO time the SDK stamps on a span, within the accepted range (lib/time-range.ts). */
const SpanTime = z
  .string()
  .refine((v) => isTimeInRange(Date.parse(v)), `must be an ISO-8601 time that ${TIME_RANGE_MESSAGE}`)
  .nullish();

const SpanItem = z.object({
  object: z.literal("trace.span"),
  id: z.string().min(1).max(200),
  trace_id: z.string().min(1).max(200),
  parent_id: z.string().max(200).nullish(),
  started_at: SpanTime,
  ended_at: SpanTime,
  span_data: z.looseObject({ type: z.string() }),
  error: z.looseObject({ message: z.string().optional(), data: z.unknown().optional() }).nullish(),
});

const Item = z.discriminatedUnion("object", [TraceItem, SpanItem]);
/** Items per request: the SDK's batch processor sends at most 1,000 (128 by default). */
export const MAX_OPENAI_ITEMS = 1000;
export const TracesBody = z.object({ data: z.array(z.unknown()) });

/** Validates and stages every item; invalid items are reported, valid ones kept. */
export async function stageOpenAIItems(projectId: string, redactor: Redactor | null, body: unknown): Promise<StageResult> {
  const parsed = TracesBody.safeParse(body);
  if (!parsed.success) throw new ValidationError('body must be {"data": [trace | span, ...]}', zodIssues(parsed.error.issues, ["body"]));
  if (parsed.data.data.length > MAX_OPENAI_ITEMS) {
    throw new PayloadTooLargeError(`at most ${MAX_OPENAI_ITEMS} items per request (got ${parsed.data.data.length}); send them in several requests`);
  }
  const errors: StageResult["errors"] = [];
  const rows: StagedSpan[] = [];
  parsed.data.data.forEach((raw, index) => {
    const bad = findJsonProblem(raw);
    if (bad) {
      errors.push(rejectedItem("data", index, raw, [bad]));
      return;
    }
    const r = Item.safeParse(raw);
    if (!r.success) {
      errors.push(rejectedItem("data", index, raw, r.error.issues));
      return;
    }
    const it = r.data;
    if (it.object === "trace") {
      rows.push({
        traceId: it.id,
        spanId: "",
        parentId: null,
        conversationId: it.group_id || it.id,
        kind: "trace",
        startedAt: null,
        endedAt: null,
        body: it as Record<string, unknown>,
      });
    } else {
      rows.push({
        traceId: it.trace_id,
        spanId: it.id,
        parentId: it.parent_id ?? null,
        conversationId: null,
        kind: it.span_data.type,
        startedAt: toDate(it.started_at),
        endedAt: toDate(it.ended_at),
        body: it as Record<string, unknown>,
      });
    }
  });
  await stageSpans(projectId, SOURCE, rows, redactor);
  return { traceIds: [...new Set(rows.map((r) => r.traceId))], errors, received: parsed.data.data.length };
}

function toDate(s: string | null | undefined): Date | null {
  return s ? new Date(s) : null;
}

/** Native events for every agent span of these traces that has fully arrived. */
export function deriveOpenAIEvents(projectId: string, traceIds: string[]): Promise<IngestEventInput[]> {
  return deriveEvents(projectId, SOURCE, traceIds, traceEvents);
}
