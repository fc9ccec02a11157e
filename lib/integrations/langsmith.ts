// LangSmith-compatible ingest: what `langsmith` clients (LangGraph, LangChain) send when
// LANGSMITH_ENDPOINT points here. Run parts are validated, staged (a patch merged into its post),
// and every trace whose root run has ended is mapped (langsmith-map.ts).
import { z } from "zod";
import { db } from "../db/client";
import { PayloadTooLargeError, ValidationError } from "../errors";
import { rejectedItem } from "../ingest/ingest-events";
import { decodeUtf8, parseJson, parseJsonText } from "../http/body";
import { findJsonProblem } from "../http/json-guard";
import type { IngestEventInput } from "../ingest/schemas";
import type { Redactor } from "../privacy/redact";
import { isTimeInRange, TIME_RANGE_MESSAGE } from "../time-range";
import { invalidUtf8Parts } from "./multipart";
import { langsmithTraceEvents, SOURCE, toMs, type LsRun } from "./langsmith-map";
import { deriveEvents, stageSpans, type StageResult } from "./staging";

/** ISO or epoch ms (LangSmith sends both), within the accepted range (lib/time-range.ts). */
const RunTime = z.union([z.string(), z.number()]).refine((v) => isTimeInRange(toMs(v)), `must be an ISO-8601 time or epoch milliseconds that ${TIME_RANGE_MESSAGE}`);

/** Runs per request (post and patch parts together): langsmith clients batch 100 by default (`size_limit`). */
export const MAX_RUNS_PER_REQUEST = 1000;

export const Run = z.looseObject({
  id: z.string().min(1).max(128),
  trace_id: z.string().min(1).max(128).optional(),
  parent_run_id: z.string().max(128).nullish(),
  name: z.string().max(1000).optional(),
  run_type: z.string().max(64).optional(),
  start_time: RunTime.optional(),
  end_time: RunTime.nullish(),
  dotted_order: z.string().max(10_000).optional(),
});

const PART = /^(post|patch)\.([^.]+)(?:\.(.+))?$/;

export interface RunPart {
  op: "post" | "patch";
  run: Record<string, unknown>;
}

/** `post.<id>` / `patch.<id>` JSON parts plus their `.<field>` parts, merged per run. */
export async function parseMultipart(body: Buffer, contentType: string): Promise<RunPart[]> {
  // the form parser decodes text parts as UTF-8 with U+FFFD for bad bytes; check the bytes first
  if (decodeUtf8(body) === null) {
    const bad = invalidUtf8Parts(body, contentType).filter((n) => PART.test(n));
    if (bad.length) throw new ValidationError(`part "${bad[0]}" is not valid UTF-8`, bad.map((path) => ({ path, message: "not valid UTF-8" })));
  }
  let form: FormData;
  try {
    // a view, not a copy, of the body
    form = await new Response(new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.length), { headers: { "content-type": contentType } }).formData();
  } catch (err) {
    throw new ValidationError(`body is not valid multipart/form-data: ${(err as Error).message}`);
  }
  const runs = new Map<string, RunPart>();
  for (const [name, value] of form.entries()) {
    const m = PART.exec(name);
    if (!m) continue; // feedback and attachments are not used
    const [, op, id, field] = m;
    let json: unknown;
    try {
      // depth is checked here, strings run by run (stageRuns) so one bad run does not sink the rest
      json = typeof value === "string" ? parseJsonText(value, { strings: false }) : parseJson(new Uint8Array(await value.arrayBuffer()), { strings: false });
    } catch (err) {
      const why = err instanceof ValidationError ? (err.issues[0]?.message ?? err.message.replace(/^body /, "")) : "not valid JSON";
      throw new ValidationError(`part "${name}": ${why}`, [{ path: name, message: why }]);
    }
    if (!field && (!json || typeof json !== "object" || Array.isArray(json))) {
      throw new ValidationError(`part "${name}" must be a JSON object`, [{ path: name, message: "expected an object" }]);
    }
    const key = `${op}.${id}`;
    const part = runs.get(key) ?? { op: op as RunPart["op"], run: { id } };
    if (field) part.run[field] = json;
    else Object.assign(part.run, json as object);
    runs.set(key, part);
  }
  return [...runs.values()];
}

export async function stageRuns(projectId: string, redactor: Redactor | null, parts: RunPart[]): Promise<StageResult> {
  if (parts.length > MAX_RUNS_PER_REQUEST) {
    throw new PayloadTooLargeError(`at most ${MAX_RUNS_PER_REQUEST} runs (post and patch parts) per request (got ${parts.length}); send them in several requests`);
  }
  const errors: StageResult["errors"] = [];
  const valid: Array<{ index: number; run: z.output<typeof Run> }> = [];
  parts.forEach((p, index) => {
    const bad = findJsonProblem(p.run);
    if (bad) {
      errors.push(rejectedItem("runs", index, p.run, [bad]));
      return;
    }
    const r = Run.safeParse(p.run);
    if (!r.success) errors.push(rejectedItem("runs", index, p.run, r.error.issues));
    else valid.push({ index, run: r.data });
  });
  // a patch without trace_id belongs to the trace its post was staged under
  const missing = valid.filter(({ run }) => !run.trace_id).map(({ run }) => run.id);
  if (missing.length) {
    const rows = await db().integrationSpan.findMany({ where: { projectId, source: SOURCE, spanId: { in: missing } }, select: { spanId: true, traceId: true } });
    const known = new Map(rows.map((r) => [r.spanId, r.traceId]));
    for (const { run } of valid) if (!run.trace_id) run.trace_id = known.get(run.id) ?? (run.parent_run_id ? undefined : run.id);
  }
  const staged = valid.filter(({ run }) => run.trace_id).map(({ run }) => run);
  for (const { index, run } of valid) {
    if (!run.trace_id) errors.push({ index, id: run.id, issues: [{ path: `runs.${index}.trace_id`, message: "unknown run: send its post (with trace_id) first" }] });
  }
  await stageSpans(
    projectId,
    SOURCE,
    staged.map((r) => {
      const start = toMs(r.start_time);
      const end = toMs(r.end_time);
      const thread = (r.extra as { metadata?: { thread_id?: unknown } } | undefined)?.metadata?.thread_id;
      return {
        traceId: r.trace_id!,
        spanId: r.id,
        parentId: r.parent_run_id ?? null,
        conversationId: typeof thread === "string" ? thread : null,
        kind: r.run_type ?? "",
        startedAt: start === null ? null : new Date(start),
        endedAt: end === null ? null : new Date(end),
        body: r as Record<string, unknown>,
      };
    }),
    redactor,
    { merge: true },
  );
  return { traceIds: [...new Set(staged.map((r) => r.trace_id!))], errors, received: parts.length };
}

export function deriveLangsmithEvents(projectId: string, traceIds: string[]): Promise<IngestEventInput[]> {
  // cast: staged bodies were validated as runs before staging (the jsonb column is untyped); re-parsing on each derive would repeat that work.
  return deriveEvents(projectId, SOURCE, traceIds, (rows, opts) => langsmithTraceEvents(rows.map((r) => r.body as unknown as LsRun), opts));
}

/** What `GET /info` answers: multipart ingest on, our size limit, no compression. */
export function serverInfo(maxBytes: number) {
  return {
    version: "0.10.0",
    license_expiration_time: null,
    batch_ingest_config: {
      use_multipart_endpoint: true,
      size_limit_bytes: maxBytes,
      size_limit: 100,
      scale_up_qsize_trigger: 1000,
      scale_up_nthreads_limit: 16,
      scale_down_nempty_trigger: 4,
    },
    instance_flags: { gzip_body_enabled: true, zstd_compression_enabled: false },
  };
}
