// OpenAI Agents SDK trace → native events: the pure mapping, shared by the ingest endpoint (over
// staged rows) and by the client's TracingProcessor (over spans in memory). No I/O here. See
// openai-agents.ts for what the SDK sends and how each span type maps.
import { groupBy } from "../collections";
import type { IngestEventInput } from "../ingest/schemas";
import { openAIRelease, releaseMeta, type MapOptions } from "../releases/sources";
import { hashId } from "./ids";
import { asObject, maybeJson, strictlyIncreasing, textOf, trailingUserTexts, type StagedSpan } from "./json";

export const SOURCE = "openai-agents";

/** A span as the SDK serialises it (`span.toJSON()`, what the exporter sends). */
export interface SdkSpan {
  object: "trace.span";
  id: string;
  trace_id: string;
  parent_id?: string | null;
  started_at?: string | null;
  ended_at?: string | null;
  span_data: { type: string } & Record<string, unknown>;
  error?: { message?: string; data?: unknown } | null;
}
type Span = SdkSpan;

/** The native events of one trace's rows (the trace row gives the conversation id). */
export function traceEvents(rows: StagedSpan[], opts: MapOptions = {}): IngestEventInput[] {
  const trace = rows.find((r) => r.kind === "trace");
  if (!trace?.conversationId) return []; // the trace item has not arrived yet: wait for it
  const conversationId = trace.conversationId;
  const release = releaseMeta(openAIRelease(trace.body.metadata, opts));
  const spans = rows.filter((r) => r.spanId).map((r) => r.body as unknown as Span);
  const children = groupBy(spans.filter((s) => s.parent_id), (s) => s.parent_id!);
  const events: IngestEventInput[] = [];
  for (const agentSpan of spans.filter((s) => s.span_data.type === "agent").sort(byStart)) {
    const agent = String(agentSpan.span_data.name ?? "agent");
    const below = descendants(agentSpan.id, children).sort(byStart);
    // transfer_to_<agent> arguments requested by this agent's generations: the handoffs' payloads
    const transfers = new Map<string, Record<string, unknown>>();
    for (const s of below) {
      if (s.span_data.type !== "generation") continue;
      for (const c of generationOutput(s.span_data.output).calls) {
        if (c.name.startsWith("transfer_to_")) transfers.set(c.name.slice("transfer_to_".length), c.args);
      }
    }
    for (const s of below) {
      const d = s.span_data as Record<string, unknown>;
      const at = s.started_at ?? agentSpan.started_at ?? new Date().toISOString();
      const base = { conversationId, agent, timestamp: at, metadata: { source: SOURCE, traceId: s.trace_id, spanId: s.id, ...release } };
      if (d.type === "generation") {
        for (const [i, text] of trailingUserMessages(d.input).entries()) {
          events.push({
            type: "message",
            role: "user",
            content: text,
            id: `oa:${hashId(s.trace_id, "user", String(i), text)}`,
            conversationId,
            timestamp: at,
            metadata: { source: SOURCE, traceId: s.trace_id, ...release },
          });
        }
        const { texts } = generationOutput(d.output);
        // the model's text exists when the generation ends
        const said = s.ended_at ?? at;
        texts.forEach((text, i) => events.push({ ...base, timestamp: said, id: `oa:${s.id}:msg:${i}`, type: "message", role: "agent", content: text }));
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
  return strictlyIncreasing(events);
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

// Ties (same millisecond) are broken by what must come first: the model's generation, then the
// tool or handoff it requested.
const RANK: Record<string, number> = { generation: 0, response: 0, function: 1, handoff: 2 };
const byStart = (a: Span, b: Span) =>
  (a.started_at ?? "").localeCompare(b.started_at ?? "") ||
  (RANK[a.span_data.type] ?? 1) - (RANK[b.span_data.type] ?? 1) ||
  a.id.localeCompare(b.id);

/** The SDK names a handoff tool `transfer_to_<agent name, snake_cased>`. */
export function toolName(agent: string): string {
  return agent.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toLowerCase();
}

function requestedAgents(error: Span["error"]): string[] | null {
  const v = (error?.data as { requested_agents?: unknown } | undefined)?.requested_agents;
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : null;
}

/** User messages after the last non-user item: the new input of this turn (chat or Responses items). */
function trailingUserMessages(input: unknown): string[] {
  if (!Array.isArray(input)) return typeof input === "string" && input ? [input] : [];
  return trailingUserTexts(input.map((m: { role?: unknown; content?: unknown } | null) => ({ role: m?.role, content: textOf(m?.content) })));
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
