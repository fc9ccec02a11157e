// OpenTelemetry spans → native events (SPEC §2.2), pure. Reads two conventions:
//
// - GenAI semantic conventions: `gen_ai.operation.name` = invoke_agent (agent: `gen_ai.agent.name`)
//   / execute_tool (`gen_ai.tool.name`, `gen_ai.tool.call.arguments`, `gen_ai.tool.call.result`,
//   `gen_ai.tool.call.id`) / chat (messages in `gen_ai.input.messages`, `gen_ai.output.messages`);
//   conversation = `gen_ai.conversation.id`.
// - OpenInference: `openinference.span.kind` AGENT / TOOL / LLM (`tool.name`, `input.value`,
//   `output.value`, `llm.input_messages.N.message.role|content`, `llm.output_messages.…`),
//   `graph.node.id`, `graph.node.parent_id`; conversation = `session.id`.
//
// Conversation id: the first of those found on any span of the trace (else on the resource), else
// the trace id. Handoffs:
// - a tool named `transfer_to_<agent>` / `handoff_to_<agent>` → a transfer from the calling agent,
//   its arguments the payload;
// - an agent span nested in another agent's span → `delegate` from the outer agent at its start
//   and `return` at its end (an orchestrator dispatching a worker; depth goes back down), both
//   with the nested span's id as `callId` so each return pairs with its own delegation when the
//   lead runs several workers (even of one name) at once. When the nested agent runs inside a
//   tool span of the lead (an agent used as a tool), that tool call is the delegation: its
//   arguments are the payload, its result the return's, and it is not also a tool call. A
//   delegated worker's LLM input is the lead's instruction, not the user's: no user message.
// - but an agent span nested in the span of the agent that just called `transfer_to_<it>` is that
//   transfer being carried out (the natural layout: the runner invokes the next agent inside the
//   current one's span): one transfer, no delegate/return pair; if the outer agent acts again
//   after the nested span has ended, control came back to it: a `return`.
// - an agent span whose `graph.node.parent_id` names another agent → a transfer from that agent,
//   unless a transfer tool already said so.
// A trace is mapped once its root span (no parent) has arrived — the root ends last — so every
// event derived is final; the ids come from span ids, so mapping again stores nothing twice.
import type { IngestEventInput } from "../ingest/schemas";
import { otlpRelease, releaseMeta, type MapOptions } from "../releases/sources";
import { hashId } from "./ids";
import { asObject, maybeJson, strictlyIncreasing, trailingUserTexts } from "./json";
import type { OtlpSpan } from "./otlp-decode";

export const SOURCE = "otlp";

type Kind = "agent" | "tool" | "llm" | "other";

export function spanKind(a: Record<string, unknown>): Kind {
  const op = String(a["gen_ai.operation.name"] ?? "");
  const oi = String(a["openinference.span.kind"] ?? "").toUpperCase();
  if (op === "invoke_agent" || op === "create_agent" || oi === "AGENT") return "agent";
  if (op === "execute_tool" || oi === "TOOL") return "tool";
  if (["chat", "text_completion", "generate_content"].includes(op) || oi === "LLM") return "llm";
  return "other";
}

export function conversationOf(s: OtlpSpan): string | null {
  const v = s.attributes["gen_ai.conversation.id"] ?? s.attributes["session.id"] ?? s.resource["gen_ai.conversation.id"] ?? s.resource["session.id"];
  return typeof v === "string" && v ? v : null;
}

function agentName(s: OtlpSpan): string {
  const a = s.attributes;
  return String(a["gen_ai.agent.name"] ?? a["agent.name"] ?? a["graph.node.id"] ?? (s.name.replace(/^invoke_agent\s+/, "") || "agent"));
}

const TRANSFER = /^(?:transfer|handoff)_to_(.+)$/;

const iso = (ms: number | null) => new Date(ms ?? Date.now()).toISOString();

/** Flattened OpenInference messages (`prefix.N.message.role|content`) as a list. */
function flatMessages(a: Record<string, unknown>, prefix: string): Array<{ role: string; content: string }> {
  const out: Array<{ role: string; content: string }> = [];
  for (let i = 0; a[`${prefix}.${i}.message.role`] !== undefined; i++) {
    out.push({ role: String(a[`${prefix}.${i}.message.role`]), content: String(a[`${prefix}.${i}.message.content`] ?? "") });
  }
  return out;
}

/** GenAI messages: `[{role, parts: [{type: "text", content}]}]` (current) or `[{role, content}]`. */
function genAiMessages(v: unknown): Array<{ role: string; content: string }> {
  const list = maybeJson(v);
  if (!Array.isArray(list)) return [];
  return list.map((m) => {
    const msg = (m ?? {}) as { role?: unknown; content?: unknown; parts?: Array<{ type?: string; content?: unknown }> };
    const text = Array.isArray(msg.parts)
      ? msg.parts.filter((p) => p?.type === "text").map((p) => String(p.content ?? "")).join("")
      : typeof msg.content === "string"
        ? msg.content
        : "";
    return { role: String(msg.role ?? ""), content: text };
  });
}

function llmMessages(s: OtlpSpan) {
  const a = s.attributes;
  const input = [...genAiMessages(a["gen_ai.input.messages"]), ...flatMessages(a, "llm.input_messages")];
  const output = [...genAiMessages(a["gen_ai.output.messages"]), ...flatMessages(a, "llm.output_messages")];
  return { input, output };
}

const toolNameOf = (s: OtlpSpan) => String(s.attributes["gen_ai.tool.name"] ?? s.attributes["tool.name"] ?? s.name.replace(/^execute_tool\s+/, ""));
const snake = (name: string) => name.replace(/[^A-Za-z0-9]+/g, "_").replace(/^_|_$/g, "").toLowerCase();

interface NestedRoles {
  /** agent spans that carry out a transfer their outer agent requested by tool */
  transfers: Set<string>;
  /** of those, the agent control came back to after the span ended (the outer agent acted again) */
  transferBack: Map<string, string>;
  /** agent spans delegated to (nested, not a transfer): their LLM input is the lead's, not the user's */
  delegated: Set<string>;
  /** agent span → the tool span of the outer agent it runs in (agent used as a tool), and back */
  viaTool: Map<string, OtlpSpan>;
}

/** How each agent span nested in another agent's span got there (see the header). */
function nestedRoles(ordered: OtlpSpan[], kind: Map<string, Kind>, agentAbove: (s: OtlpSpan) => OtlpSpan | null): NestedRoles {
  const roles: NestedRoles = { transfers: new Set(), transferBack: new Map(), delegated: new Set(), viaTool: new Map() };
  const byId = new Map(ordered.map((s) => [s.spanId, s]));
  const used = new Set<string>();
  for (const s of ordered) {
    if (kind.get(s.spanId) !== "agent") continue;
    const outer = agentAbove(s);
    if (!outer || agentName(outer) === agentName(s)) continue;
    const lead = agentName(outer);
    // the outer agent's latest unused transfer tool to this agent, started before this span
    const transfer = ordered.find(
      (t) =>
        kind.get(t.spanId) === "tool" && !used.has(t.spanId) && (t.startMs ?? 0) <= (s.startMs ?? 0) && agentAbove(t)?.spanId === outer.spanId &&
        snake(TRANSFER.exec(toolNameOf(t))?.[1] ?? "\u0000") === snake(agentName(s)),
    );
    if (transfer) {
      used.add(transfer.spanId);
      roles.transfers.add(s.spanId);
      const actsAgain = ordered.some((o) => (o.startMs ?? 0) > (s.endMs ?? Infinity) && kind.get(o.spanId) !== "agent" && kind.get(o.spanId) !== "other" && agentAbove(o)?.spanId === outer.spanId);
      if (actsAgain) roles.transferBack.set(s.spanId, lead);
      continue;
    }
    roles.delegated.add(s.spanId);
    for (let p = s.parentSpanId ? byId.get(s.parentSpanId) : undefined; p && p.spanId !== outer.spanId; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined) {
      if (kind.get(p.spanId) === "tool") {
        roles.viaTool.set(s.spanId, p);
        roles.viaTool.set(p.spanId, s);
        break;
      }
    }
  }
  return roles;
}

/** The native events of one trace; [] until its root span has arrived. */
export function otlpTraceEvents(spans: OtlpSpan[], opts: MapOptions = {}): IngestEventInput[] {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  if (!spans.some((s) => !s.parentSpanId)) return [];
  const conversationId = spans.map(conversationOf).find((c) => c) ?? spans[0].traceId;
  const kind = new Map(spans.map((s) => [s.spanId, spanKind(s.attributes)]));
  /** nearest enclosing agent span (not the span itself) */
  const agentAbove = (s: OtlpSpan): OtlpSpan | null => {
    for (let p = s.parentSpanId ? byId.get(s.parentSpanId) : undefined; p; p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined) {
      if (kind.get(p.spanId) === "agent") return p;
    }
    return null;
  };
  const ordered = [...spans].sort((a, b) => (a.startMs ?? 0) - (b.startMs ?? 0) || (a.endMs ?? 0) - (b.endMs ?? 0));
  const events: Array<IngestEventInput & { order: number }> = [];
  const push = (e: IngestEventInput, order: number) => events.push({ ...e, order } as IngestEventInput & { order: number });
  const release = (s: OtlpSpan) => releaseMeta(otlpRelease(s.resource, s.attributes, opts));
  const meta = (s: OtlpSpan) => ({ source: SOURCE, traceId: s.traceId, spanId: s.spanId, ...release(s) });
  const transferred = new Set<string>(); // "from→to" said by a transfer tool
  const seenUser = new Set<string>();
  const roles = nestedRoles(ordered, kind, agentAbove);

  for (const s of ordered) {
    const k = kind.get(s.spanId);
    const owner = k === "agent" ? s : agentAbove(s);
    const agent = owner ? agentName(owner) : undefined;
    const start = s.startMs ?? 0;
    if (k === "tool") {
      const a = s.attributes;
      const tool = toolNameOf(s);
      const args = asObject(maybeJson(a["gen_ai.tool.call.arguments"] ?? a["input.value"] ?? a["tool.parameters"]), "input");
      const m = TRANSFER.exec(tool);
      if (m && agent) {
        const to = m[1];
        transferred.add(`${agent}→${to}`);
        const summary = typeof args.summary === "string" ? args.summary : typeof args.reason === "string" ? args.reason : undefined;
        push({ id: `ot:${s.spanId}`, conversationId, timestamp: iso(start), type: "handoff", agent, from: agent, to, payload: args, ...(summary ? { summary } : {}), metadata: meta(s) }, start);
        continue;
      }
      if (roles.viaTool.has(s.spanId)) continue; // an agent used as a tool: the delegation stands for the call
      const callId = a["gen_ai.tool.call.id"];
      push(
        {
          id: `ot:${s.spanId}`,
          conversationId,
          timestamp: iso(start),
          type: "tool_call",
          ...(agent ? { agent } : {}),
          tool,
          args,
          result: maybeJson(a["gen_ai.tool.call.result"] ?? a["output.value"]) ?? null,
          ...(s.endMs ? { resultAt: iso(s.endMs) } : {}),
          ...(typeof callId === "string" ? { callId } : {}),
          metadata: meta(s),
        },
        start,
      );
    } else if (k === "llm") {
      const { input, output } = llmMessages(s);
      const delegated = owner ? roles.delegated.has(owner.spanId) : false;
      const history = input.filter((m) => m.role !== "system").length - trailingUserTexts(input).length;
      for (const text of delegated ? [] : trailingUserTexts(input)) {
        const uid = `ot:${hashId(s.traceId, "user", text)}`;
        if (seenUser.has(uid)) continue;
        seenUser.add(uid);
        const metadata = { source: SOURCE, traceId: s.traceId, ...release(s), ...(history > 0 ? { historyBefore: history } : {}) };
        push({ id: uid, conversationId, timestamp: iso(start), type: "message", role: "user", content: text, metadata }, start - 0.5);
      }
      output
        .filter((m) => m.role === "assistant" && m.content.trim())
        .forEach((m, i) =>
          push({ id: `ot:${s.spanId}:out:${i}`, conversationId, timestamp: iso(s.endMs ?? start), type: "message", role: "agent", ...(agent ? { agent } : {}), content: m.content, metadata: meta(s) }, s.endMs ?? start),
        );
    } else if (k === "agent") {
      const name = agentName(s);
      const outer = agentAbove(s);
      const parentNode = s.attributes["graph.node.parent_id"];
      const back = roles.transferBack.get(s.spanId);
      if (roles.transfers.has(s.spanId)) {
        // the transfer tool already said it; the lead acting again afterwards means control came back
        if (back !== undefined && s.endMs) push({ id: `ot:${s.spanId}:back`, conversationId, timestamp: iso(s.endMs), type: "handoff", agent: name, from: name, to: back, mode: "return", metadata: meta(s) }, s.endMs + 0.25);
      } else if (outer && agentName(outer) !== name) {
        const from = agentName(outer);
        const tool = roles.viaTool.get(s.spanId);
        const ta = tool?.attributes ?? {};
        const args = tool ? asObject(maybeJson(ta["gen_ai.tool.call.arguments"] ?? ta["input.value"] ?? ta["tool.parameters"]), "input") : null;
        const result = tool ? maybeJson(ta["gen_ai.tool.call.result"] ?? ta["output.value"]) : undefined;
        const callId = typeof ta["gen_ai.tool.call.id"] === "string" ? (ta["gen_ai.tool.call.id"] as string) : s.spanId;
        const task = args && typeof args.input === "string" ? args.input : args && typeof args.task === "string" ? args.task : null;
        const at = Math.min(start, tool?.startMs ?? start);
        push({ id: `ot:${s.spanId}:delegate`, conversationId, timestamp: iso(at), type: "handoff", agent: from, from, to: name, mode: "delegate", ...(args ? { payload: args } : {}), ...(task ? { summary: task } : {}), callId, metadata: meta(s) }, at - 0.25);
        const end = Math.max(s.endMs ?? 0, tool?.endMs ?? 0);
        if (end) {
          const returned = typeof result === "string" ? result : result === undefined || result === null ? null : JSON.stringify(result);
          const payload = result && typeof result === "object" && !Array.isArray(result) ? { payload: result as Record<string, unknown> } : {};
          push({ id: `ot:${s.spanId}:return`, conversationId, timestamp: iso(end), type: "handoff", agent: name, from: name, to: from, mode: "return", ...payload, ...(returned ? { summary: returned } : {}), callId, metadata: meta(s) }, end + 0.25);
        }
      } else if (typeof parentNode === "string" && parentNode && parentNode !== name && !transferred.has(`${parentNode}→${name}`)) {
        push({ id: `ot:${s.spanId}:transfer`, conversationId, timestamp: iso(start), type: "handoff", agent: parentNode, from: parentNode, to: name, metadata: meta(s) }, start - 0.25);
      }
    }
  }
  events.sort((a, b) => a.order - b.order);
  return strictlyIncreasing(events.map(({ order: _order, ...e }) => e as IngestEventInput));
}
