// OTLP/HTTP trace ingest (POST /v1/traces): decode, validate each span, stage it, and map every
// trace whose root span has arrived (see otlp-map.ts for the mapping).
import { findJsonProblem } from "../http/json-guard";
import type { IngestEventInput } from "../ingest/schemas";
import type { Redactor } from "../privacy/redact";
import { isTimeInRange, TIME_RANGE_MESSAGE } from "../time-range";
import type { OtlpSpan } from "./otlp-decode";
import { otlpTraceEvents, SOURCE, spanKind, conversationOf } from "./otlp-map";
import { deriveEvents, stageSpans } from "./staging";

export interface OtlpStageResult {
  traceIds: string[];
  rejected: Array<{ spanId: string; reason: string }>;
}

function problem(s: OtlpSpan): string | null {
  if (!/^[0-9a-f]{32}$/.test(s.traceId) || /^0+$/.test(s.traceId)) return "traceId must be 16 bytes (32 hex characters), not all zero";
  if (!/^[0-9a-f]{16}$/.test(s.spanId) || /^0+$/.test(s.spanId)) return "spanId must be 8 bytes (16 hex characters), not all zero";
  if (s.parentSpanId && !/^[0-9a-f]{16}$/.test(s.parentSpanId)) return "parentSpanId must be 8 bytes (16 hex characters)";
  if (s.startMs === null || Number.isNaN(s.startMs)) return "startTimeUnixNano is missing or not a number";
  if (!isTimeInRange(s.startMs)) return `startTimeUnixNano ${TIME_RANGE_MESSAGE}`;
  if (s.endMs !== null && (Number.isNaN(s.endMs) || s.endMs < s.startMs)) return "endTimeUnixNano is not a number or is before the start";
  if (s.endMs !== null && !isTimeInRange(s.endMs)) return `endTimeUnixNano ${TIME_RANGE_MESSAGE}`;
  const bad = findJsonProblem({ name: s.name, attributes: s.attributes, resource: s.resource });
  if (bad) return `${bad.path.join(".")} ${bad.message}`;
  return null;
}

export async function stageOtlpSpans(projectId: string, redactor: Redactor | null, spans: OtlpSpan[]): Promise<OtlpStageResult> {
  const rejected: OtlpStageResult["rejected"] = [];
  const ok: OtlpSpan[] = [];
  for (const s of spans) {
    const why = problem(s);
    if (why) rejected.push({ spanId: s.spanId, reason: why });
    else ok.push(s);
  }
  await stageSpans(
    projectId,
    SOURCE,
    ok.map((s) => ({
      traceId: s.traceId,
      spanId: s.spanId,
      parentId: s.parentSpanId,
      conversationId: conversationOf(s),
      kind: spanKind(s.attributes),
      startedAt: new Date(s.startMs!),
      endedAt: s.endMs === null ? null : new Date(s.endMs),
      // cast: a typed span (an interface, no index signature) stored as a jsonb object; it is plain JSON by construction.
      body: s as unknown as Record<string, unknown>,
    })),
    redactor,
  );
  return { traceIds: [...new Set(ok.map((s) => s.traceId))], rejected };
}

export function deriveOtlpEvents(projectId: string, traceIds: string[]): Promise<IngestEventInput[]> {
  // cast: staged bodies are the spans stageOtlpSpans stored above (decoded, then checked by problem()); the jsonb column is untyped.
  return deriveEvents(projectId, SOURCE, traceIds, (rows, opts) => otlpTraceEvents(rows.map((r) => r.body as unknown as OtlpSpan), opts));
}
