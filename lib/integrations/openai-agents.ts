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
import { ValidationError, zodIssues, type Issue } from "../errors";
import type { IngestEventInput } from "../ingest/schemas";
import { asObject, loadTraces, maybeJson, stageSpans, type StagedSpan } from "./staging";
import { hashId } from "./ids";

export const SOURCE = "openai-agents";

const TraceItem = z.object({
  object: z.literal("trace"),
  id: z.string().min(1).max(200),
  workflow_name: z.string().nullish(),
  group_id: z.string().max(256).nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
});

const SpanItem = z.object({
  object: z.literal("trace.span"),
  id: z.string().min(1).max(200),
  trace_id: z.string().min(1).max(200),
  parent_id: z.string().max(200).nullish(),
  started_at: z.string().nullish(),
  ended_at: z.string().nullish(),
  span_data: z.looseObject({ type: z.string() }),
  error: z.looseObject({ message: z.string().optional(), data: z.unknown().optional() }).nullish(),
});

const Item = z.discriminatedUnion("object", [TraceItem, SpanItem]);
export const TracesBody = z.object({ data: z.array(z.unknown()).max(10_000) });

type Span = z.output<typeof SpanItem>;

export interface StageResult {
  traceIds: string[];
  errors: Array<{ index: number; id: string | null; issues: Issue[] }>;
  received: number;
}

/** Validates and stages every item; invalid items are reported, valid ones kept. */
export async function stageOpenAIItems(projectId: string, body: unknown): Promise<StageResult> {
  const parsed = TracesBody.safeParse(body);
  if (!parsed.success) throw new ValidationError('body must be {"data": [trace | span, ...]}', zodIssues(parsed.error.issues, ["body"]));
  const errors: StageResult["errors"] = [];
  const rows: StagedSpan[] = [];
  parsed.data.data.forEach((raw, index) => {
    const r = Item.safeParse(raw);
    if (!r.success) {
      const id = typeof (raw as { id?: unknown })?.id === "string" ? (raw as { id: string }).id : null;
      errors.push({ index, id, issues: zodIssues(r.error.issues, ["data", index]) });
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
  await stageSpans(projectId, SOURCE, rows);
  return { traceIds: [...new Set(rows.map((r) => r.traceId))], errors, received: parsed.data.data.length };
}

function toDate(s: string | null | undefined): Date | null {
  if (!s) return null;
  const d = new Date(s);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Native events for every agent span of these traces that has fully arrived. */
export async function deriveOpenAIEvents(projectId: string, traceIds: string[]): Promise<IngestEventInput[]> {
  const staged = await loadTraces(projectId, SOURCE, traceIds);
  const byTrace = new Map<string, StagedSpan[]>();
  for (const s of staged) byTrace.set(s.traceId, [...(byTrace.get(s.traceId) ?? []), s]);
  const out: IngestEventInput[] = [];
  for (const spans of byTrace.values()) out.push(...traceEvents(spans));
  return out;
}

/** Exported for unit tests: the mapping of one trace's staged rows. */
export function traceEvents(rows: StagedSpan[]): IngestEventInput[] {
  const trace = rows.find((r) => r.kind === "trace");
  if (!trace?.conversationId) return []; // the trace item has not arrived yet: wait for it
  const conversationId = trace.conversationId;
  const spans = rows.filter((r) => r.spanId).map((r) => r.body as unknown as Span);
  const children = new Map<string, Span[]>();
  for (const s of spans) if (s.parent_id) children.set(s.parent_id, [...(children.get(s.parent_id) ?? []), s]);
  const events: IngestEventInput[] = [];
  for (const agentSpan of spans.filter((s) => s.span_data.type === "agent")) {
    const agent = String(agentSpan.span_data.name ?? "agent");
    const below = descendants(agentSpan.id, children).sort(byStart);
    const transfers = new Map<string, Record<string, unknown>>();
    for (const s of below) {
      const d = s.span_data as Record<string, unknown>;
      const at = s.started_at ?? agentSpan.started_at ?? new Date().toISOString();
      const base = { conversationId, agent, timestamp: at, metadata: { source: SOURCE, traceId: s.trace_id, spanId: s.id } };
      if (d.type === "generation") {
        for (const [i, text] of trailingUserMessages(d.input).entries()) {
          events.push({
            type: "message",
            role: "user",
            content: text,
            id: `oa:${hashId(s.trace_id, "user", String(i), text)}`,
            conversationId,
            timestamp: new Date(Date.parse(at) - 1).toISOString(),
            metadata: { source: SOURCE, traceId: s.trace_id },
          });
        }
        const { texts, calls } = generationOutput(d.output);
        texts.forEach((text, i) => events.push({ ...base, id: `oa:${s.id}:msg:${i}`, type: "message", role: "agent", content: text }));
        for (const c of calls) if (c.name.startsWith("transfer_to_")) transfers.set(c.name.slice("transfer_to_".length), c.args);
      } else if (d.type === "function") {
        events.push({
          ...base,
          id: `oa:${s.id}`,
          type: "tool_call",
          tool: String(d.name ?? "tool"),
          args: asObject(maybeJson(d.input), "input"),
          result: maybeJson(d.output) ?? null,
          ...(s.ended_at ? { resultAt: s.ended_at } : {}),
        });
      } else if (d.type === "handoff" && d.to_agent) {
        const to = String(d.to_agent);
        const payload = transfers.get(toolName(to));
        const requested = requestedAgents(s.error);
        events.push({
          ...base,
          id: `oa:${s.id}`,
          type: "handoff",
          agent: String(d.from_agent ?? agent),
          from: String(d.from_agent ?? agent),
          to,
          ...(payload ? { payload } : {}),
          ...(typeof payload?.summary === "string" && payload.summary ? { summary: payload.summary } : {}),
          metadata: { ...base.metadata, ...(requested ? { requested_agents: requested, error: s.error?.message } : {}) },
        });
      }
    }
  }
  return events;
}

function descendants(id: string, children: Map<string, Span[]>): Span[] {
  const out: Span[] = [];
  const stack = [...(children.get(id) ?? [])];
  while (stack.length) {
    const s = stack.pop()!;
    out.push(s);
    // a nested agent span (agent-as-tool) is mapped on its own
    if (s.span_data.type !== "agent") stack.push(...(children.get(s.id) ?? []));
  }
  return out;
}

const byStart = (a: Span, b: Span) => (a.started_at ?? "").localeCompare(b.started_at ?? "") || a.id.localeCompare(b.id);

/** The SDK names a handoff tool `transfer_to_<agent name, snake_cased>`. */
export function toolName(agent: string): string {
  return agent.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toLowerCase();
}

function requestedAgents(error: Span["error"]): string[] | null {
  const v = (error?.data as { requested_agents?: unknown } | undefined)?.requested_agents;
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : null;
}

function textOf(content: unknown): string {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content
      .map((p) => (typeof p === "string" ? p : typeof (p as { text?: unknown })?.text === "string" ? (p as { text: string }).text : ""))
      .join("");
  }
  return "";
}

/** User messages after the last non-user item: the new input of this turn (chat or Responses items). */
function trailingUserMessages(input: unknown): string[] {
  if (!Array.isArray(input)) return typeof input === "string" && input ? [input] : [];
  const out: string[] = [];
  for (let i = input.length - 1; i >= 0; i--) {
    const m = input[i] as { role?: string; content?: unknown };
    if (m?.role === "system" || m?.role === "developer") break;
    if (m?.role !== "user") break;
    const t = textOf(m.content);
    if (t) out.unshift(t);
  }
  return out;
}

/** Text and tool calls from a generation's output: `chat.completion` objects or Responses items. */
function generationOutput(output: unknown): { texts: string[]; calls: Array<{ name: string; args: Record<string, unknown> }> } {
  const texts: string[] = [];
  const calls: Array<{ name: string; args: Record<string, unknown> }> = [];
  for (const o of Array.isArray(output) ? output : []) {
    const item = o as Record<string, unknown>;
    const choices = Array.isArray(item.choices) ? item.choices : null;
    const messages = choices ? choices.map((c) => (c as { message?: unknown }).message) : [item];
    for (const m of messages) {
      const msg = (m ?? {}) as Record<string, unknown>;
      if (msg.type === "function_call" && typeof msg.name === "string") {
        calls.push({ name: msg.name, args: asObject(maybeJson(msg.arguments), "arguments") });
        continue;
      }
      if (msg.role === "assistant" || msg.type === "message") {
        const t = textOf(msg.content);
        if (t.trim()) texts.push(t);
      }
      for (const tc of Array.isArray(msg.tool_calls) ? msg.tool_calls : []) {
        const fn = (tc as { function?: { name?: unknown; arguments?: unknown } }).function;
        if (typeof fn?.name === "string") calls.push({ name: fn.name, args: asObject(maybeJson(fn.arguments), "arguments") });
      }
    }
  }
  return { texts, calls };
}
