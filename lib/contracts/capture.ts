// Reads a recorded test run into native events, offline (the CLI and POST /api/v1/contracts/check).
// One file may hold, one JSON value per line (or one JSON array / {events} / {data} document):
//  - native events (SPEC §2.1), validated with the ingest schema;
//  - OpenAI Agents SDK exporter items — the `{data: [trace | span…]}` bodies OpenAITracingExporter
//    POSTs, or the items themselves — mapped with lib/integrations/openai-agents-map;
//  - LangSmith runs — run objects, `{post, patch}` batch bodies or `{op, run}` parts — merged by run
//    id (a patch completes its post) and mapped with lib/integrations/langsmith-map.
// Problems are returned as one line each ("line 3: …"), never thrown.
import { groupBy } from "../collections";
import { fromRow, IngestEvent, toRow, type EventRecord, type IngestEventInput } from "../ingest/schemas";
import { langsmithTraceEvents, type LsRun } from "../integrations/langsmith-map";
import { traceEvents } from "../integrations/openai-agents-map";
import type { StagedSpan } from "../integrations/json";

export interface ReadResult {
  events: EventRecord[];
  problems: string[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === "object" && !Array.isArray(v);

/** Parses the text of a capture file (JSONL or one JSON document). */
export function readCapture(text: string): ReadResult {
  const problems: string[] = [];
  const values: Array<{ where: string; value: unknown }> = [];
  const trimmed = text.trim();
  let whole: unknown = undefined;
  if (trimmed.startsWith("[") || trimmed.startsWith("{")) {
    try {
      whole = JSON.parse(trimmed);
    } catch {
      /* JSONL after all */
    }
  }
  if (whole !== undefined) return readCaptureValue(whole, "document");
  text.split(/\r?\n/).forEach((line, i) => {
      if (!line.trim()) return;
      try {
        values.push({ where: `line ${i + 1}`, value: JSON.parse(line) });
      } catch (err) {
        problems.push(`line ${i + 1}: not valid JSON (${(err as Error).message})`);
      }
    });
  return readCaptureValues(values, problems);
}

/** A capture already parsed (the API's request body). */
export const readCaptureValue = (value: unknown, where = "body"): ReadResult => readCaptureValues([{ where, value }], []);

function readCaptureValues(values: Array<{ where: string; value: unknown }>, problems: string[]): ReadResult {
  const native: Array<{ where: string; value: unknown }> = [];
  const oa: Obj[] = [];
  const runs = new Map<string, Obj>();
  const addRun = (r: Obj) => runs.set(String(r.id), { ...(runs.get(String(r.id)) ?? {}), ...r });
  const visit = (where: string, v: unknown) => {
    if (Array.isArray(v)) return v.forEach((x, i) => visit(`${where}[${i}]`, x));
    if (!isObj(v)) return problems.push(`${where}: not a JSON object`);
    if (Array.isArray(v.events)) return v.events.forEach((x, i) => visit(`${where}.events[${i}]`, x));
    if (Array.isArray(v.data)) return v.data.forEach((x, i) => visit(`${where}.data[${i}]`, x));
    if (Array.isArray(v.post) || Array.isArray(v.patch)) {
      for (const r of [...((v.post as unknown[]) ?? []), ...((v.patch as unknown[]) ?? [])]) if (isObj(r) && r.id) addRun(r);
      return;
    }
    if ((v.op === "post" || v.op === "patch") && isObj(v.run)) return void addRun(v.run);
    if (v.object === "trace" || v.object === "trace.span") return void oa.push(v);
    if (typeof v.run_type === "string" && v.id) return void addRun(v);
    native.push({ where, value: v });
  };
  for (const { where, value } of values) visit(where, value);

  const inputs: Array<{ where: string; value: unknown }> = [
    ...native,
    ...openAIEvents(oa).map((value) => ({ where: "openai-agents trace", value })),
    // cast: run objects recognised by run_type/id in a capture file (an offline CLI input, not a server boundary); IngestEvent validates every event they map to below.
    ...langsmithEvents([...runs.values()] as unknown as LsRun[]).map((value) => ({ where: "langsmith trace", value })),
  ];
  const events: EventRecord[] = [];
  for (const { where, value } of inputs) {
    const r = IngestEvent.safeParse(value);
    if (!r.success) {
      const i = r.error.issues[0];
      problems.push(`${where}: not a native event, OpenAI Agents item or LangSmith run (${i.path.join(".") || "event"}: ${i.message})`);
      continue;
    }
    const row = toRow(r.data);
    events.push(fromRow({ ...row, ts: row.ts }));
  }
  return { events, problems };
}

function openAIEvents(items: Obj[]): IngestEventInput[] {
  const rows: StagedSpan[] = items.map((it) =>
    it.object === "trace"
      ? { traceId: String(it.id), spanId: "", parentId: null, conversationId: String(it.group_id || it.id), kind: "trace", startedAt: null, endedAt: null, body: it }
      : {
          traceId: String(it.trace_id),
          spanId: String(it.id),
          parentId: it.parent_id ? String(it.parent_id) : null,
          conversationId: null,
          kind: String((it.span_data as Obj | undefined)?.type ?? ""),
          startedAt: null,
          endedAt: null,
          body: it,
        },
  );
  return [...groupBy(rows, (r) => r.traceId).values()].flatMap((trace) => traceEvents(trace));
}

function langsmithEvents(runs: LsRun[]): IngestEventInput[] {
  return [...groupBy(runs, (r) => String(r.trace_id ?? r.id)).values()].flatMap((runs) => langsmithTraceEvents(runs));
}
