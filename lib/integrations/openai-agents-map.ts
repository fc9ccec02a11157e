// OpenAI Agents SDK trace → native events: the pure mapping, shared by the ingest endpoint (over
// staged rows) and by the client's TracingProcessor (over spans in memory). No I/O here. See
// openai-agents.ts for what the SDK sends and how each span type maps; agents used as tools
// (`agent.asTool()`, the manager pattern) are delegations and returns (agentAsTool below).
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
  // cast: staged bodies were validated as spans by the adapter before staging (the jsonb column is untyped); re-parsing every span on each derive would repeat that work.
  const spans = rows.filter((r) => r.spanId).map((r) => r.body as unknown as Span);
  const byId = new Map(spans.map((s) => [s.id, s]));
  const children = groupBy(spans.filter((s) => s.parent_id), (s) => s.parent_id!);
  const events: IngestEventInput[] = [];
  for (const agentSpan of spans.filter((s) => s.span_data.type === "agent").sort(byStart)) {
    const agent = String(agentSpan.span_data.name ?? "agent");
    const below = descendants(agentSpan.id, children).sort(byStart);
    // an agent run as another agent's tool gets its input from that agent, not from the user;
    // until the spans above it have arrived, which it is cannot be told, so its user messages wait
    const runByUser = topLevel(agentSpan, byId);
    // tool calls requested by this agent's generations: transfer arguments are the handoffs'
    // payloads, and the call ids name the agent-as-tool calls
    const transfers = new Map<string, Record<string, unknown>>();
    const calls: ToolCall[] = [];
    for (const s of below) {
      if (s.span_data.type !== "generation") continue;
      for (const c of generationOutput(s.span_data.output).calls) {
        calls.push(c);
        if (c.name.startsWith("transfer_to_")) transfers.set(c.name.slice("transfer_to_".length), c.args);
      }
    }
    for (const s of below) {
      const d = s.span_data as Record<string, unknown>;
      const at = s.started_at ?? agentSpan.started_at ?? new Date().toISOString();
      const base = { conversationId, agent, timestamp: at, metadata: { source: SOURCE, traceId: s.trace_id, spanId: s.id, ...release } };
      if (d.type === "generation") {
        const input = userInput(d.input);
        if (runByUser) {
          for (const [i, text] of input.texts.entries()) {
            events.push({
              type: "message",
              role: "user",
              content: text,
              id: `oa:${hashId(s.trace_id, "user", String(i), text)}`,
              conversationId,
              timestamp: at,
              metadata: { source: SOURCE, traceId: s.trace_id, ...release, ...(input.historyBefore ? { historyBefore: input.historyBefore } : {}) },
            });
          }
        }
        const { texts } = generationOutput(d.output);
        // the model's text exists when the generation ends
        const said = s.ended_at ?? at;
        texts.forEach((text, i) => events.push({ ...base, timestamp: said, id: `oa:${s.id}:msg:${i}`, type: "message", role: "agent", content: text }));
      } else if (d.type === "function" && workerOf(s, children)) {
        events.push(...agentAsTool(s, workerOf(s, children)!, base, calls));
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
  // agents nested in other agents' tool calls interleave with them: order by time (stable, so
  // same-millisecond events keep the order they were derived in)
  const ms = (e: IngestEventInput) => Date.parse(String(e.timestamp));
  return strictlyIncreasing(events.map((e, i) => ({ e, i })).sort((a, b) => ms(a.e) - ms(b.e) || a.i - b.i).map((x) => x.e));
}

interface ToolCall {
  id: string | null;
  name: string;
  args: Record<string, unknown>;
  raw: unknown;
}

/**
 * An agent used as a tool (`agent.asTool()`): the tool's span holds a nested run of that agent
 * (function → custom task → agent). The call is a delegation to the agent at the call's start
 * (the tool input is what it was handed) and a return at the call's end (the tool output is what
 * came back); several such calls from one model response run in parallel, a fan-out. Both carry
 * the model's tool call id (else the span id), so each return pairs with its own delegation even
 * when the same agent is called several times at once.
 */
function agentAsTool(s: Span, worker: string, base: { conversationId: string; agent: string; timestamp: string; metadata: Record<string, unknown> }, calls: ToolCall[]): IngestEventInput[] {
  const d = s.span_data as Record<string, unknown>;
  const args = asObject(maybeJson(d.input), "input");
  const at = calls.findIndex((c) => c.name === d.name && (c.raw === d.input || JSON.stringify(c.args) === JSON.stringify(args)));
  const callId = (at >= 0 ? calls.splice(at, 1)[0].id : null) ?? s.id; // each model call names one tool run
  const task = typeof args.input === "string" ? args.input : null;
  const output = maybeJson(d.output);
  const returned = typeof output === "string" ? output : output === undefined || output === null ? null : JSON.stringify(output);
  const tool = String(d.name ?? worker);
  const out: IngestEventInput[] = [
    {
      ...base,
      id: `oa:${s.id}:delegate`,
      type: "handoff",
      from: base.agent,
      to: worker,
      mode: "delegate",
      payload: args,
      ...(task ? { summary: task } : {}),
      callId,
      metadata: { ...base.metadata, tool },
    },
  ];
  if (s.ended_at) {
    out.push({
      ...base,
      id: `oa:${s.id}:return`,
      timestamp: s.ended_at,
      type: "handoff",
      agent: worker,
      from: worker,
      to: base.agent,
      mode: "return",
      ...(output && typeof output === "object" && !Array.isArray(output) ? { payload: output as Record<string, unknown> } : {}),
      ...(returned ? { summary: returned } : {}),
      callId,
      metadata: { ...base.metadata, tool },
    });
  }
  return out;
}

/** The agent run inside a tool call's span (agent-as-tool), if any: the first agent span below it. */
function workerOf(fn: Span, children: Map<string, Span[]>): string | null {
  const stack = [...(children.get(fn.id) ?? [])];
  while (stack.length) {
    const s = stack.shift()!;
    if (s.span_data.type === "agent") return String(s.span_data.name ?? "agent");
    stack.push(...(children.get(s.id) ?? []));
  }
  return null;
}

/**
 * True once the spans from this agent span up to the trace's root have all arrived and none of
 * them is a tool call or another agent: the agent was run by the app on the user's input.
 */
function topLevel(agentSpan: Span, byId: Map<string, Span>): boolean {
  for (let id = agentSpan.parent_id; id; ) {
    const p = byId.get(id);
    if (!p || p.span_data.type === "agent" || p.span_data.type === "function") return false;
    id = p.parent_id;
  }
  return true;
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
const rank = (type: string) => (Object.hasOwn(RANK, type) ? RANK[type] : 1);
const byStart = (a: Span, b: Span) =>
  (a.started_at ?? "").localeCompare(b.started_at ?? "") ||
  rank(a.span_data.type) - rank(b.span_data.type) ||
  a.id.localeCompare(b.id);

/** The SDK names a handoff tool `transfer_to_<agent name, snake_cased>`. */
export function toolName(agent: string): string {
  return agent.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toLowerCase();
}

function requestedAgents(error: Span["error"]): string[] | null {
  const v = (error?.data as { requested_agents?: unknown } | undefined)?.requested_agents;
  return Array.isArray(v) && v.every((x) => typeof x === "string") ? (v as string[]) : null;
}

/**
 * The turn's new user message(s): the user messages after the last non-user item of the model
 * input (chat messages or Responses items), and how many user/assistant/tool items of earlier turns
 * precede them (`historyBefore`: the run was given a conversation that began before this trace).
 */
function userInput(input: unknown): { texts: string[]; historyBefore: number } {
  if (!Array.isArray(input)) return { texts: typeof input === "string" && input ? [input] : [], historyBefore: 0 };
  const messages = input.map((m: { role?: unknown; content?: unknown; type?: unknown } | null) => ({ role: m?.role ?? m?.type, content: textOf(m?.content) }));
  const texts = trailingUserTexts(messages);
  let trailing = 0;
  for (let i = messages.length - 1; i >= 0 && messages[i].role === "user"; i--) trailing++;
  const historyBefore = messages.slice(0, messages.length - trailing).filter((m) => m.role !== "system" && m.role !== "developer").length;
  return { texts, historyBefore };
}

/** Text and tool calls from a generation's output: `chat.completion` objects or Responses items. */
function generationOutput(output: unknown): { texts: string[]; calls: ToolCall[] } {
  const texts: string[] = [];
  const calls: ToolCall[] = [];
  for (const o of Array.isArray(output) ? output : []) {
    const item = o as Record<string, unknown>;
    const choices = Array.isArray(item.choices) ? item.choices : null;
    const messages = choices ? choices.map((c) => (c as { message?: unknown }).message) : [item];
    for (const m of messages) {
      const msg = (m ?? {}) as Record<string, unknown>;
      if (msg.type === "function_call" && typeof msg.name === "string") {
        calls.push({ id: typeof msg.call_id === "string" ? msg.call_id : null, name: msg.name, args: asObject(maybeJson(msg.arguments), "arguments"), raw: msg.arguments });
        continue;
      }
      if (msg.role === "assistant" || msg.type === "message") {
        const t = textOf(msg.content);
        if (t.trim()) texts.push(t);
      }
      for (const tc of Array.isArray(msg.tool_calls) ? msg.tool_calls : []) {
        const fn = (tc as { function?: { name?: unknown; arguments?: unknown } }).function;
        const id = (tc as { id?: unknown }).id;
        if (typeof fn?.name === "string") calls.push({ id: typeof id === "string" ? id : null, name: fn.name, args: asObject(maybeJson(fn.arguments), "arguments"), raw: fn.arguments });
      }
    }
  }
  return { texts, calls };
}
