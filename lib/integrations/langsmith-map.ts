// LangSmith runs (LangGraph / LangChain) → native events, pure (SPEC §2.2).
//
// What an unmodified LangGraph app sends (langsmith-js 0.12, LangGraph 1.x): one run tree per
// invoke — root chain "LangGraph" (inputs: the new messages; extra.metadata.thread_id), a chain run
// per graph node (an agent of a swarm or supervisor: its name; every run below it carries
// extra.metadata.checkpoint_ns "<agent>:<uuid>"), llm runs (outputs.generations) and tool runs.
// Runs arrive as `post` (start) and `patch` (end) parts, often in different requests.
//
// Mapping, once the root run has ended (so the whole tree is known and every event is final):
// - conversation = extra.metadata.thread_id (else the root run id); user messages = the human
//   messages in the root's inputs; agent messages = llm outputs with text; tool runs = tool calls.
// - A tool run `transfer_to_<agent>` (swarm and supervisor handoff tools; its chain ends in a
//   ParentCommand error) is a handoff from the agent that called it. Its payload is the Command's
//   `update` (messages compacted to role + content), so facts present in the handed-over messages
//   count as carried. stateBefore / stateAfter are the sender's and receiver's node inputs.
// - Control passing between top-level agent nodes without a transfer tool is an implicit handoff
//   (payload: the messages the receiving node was given);
//   when it goes back to the agent that handed over to this one (a supervisor's worker finishing),
//   it is a `return`, and the earlier handoff becomes a `delegate`.
// - Several nodes in one superstep (`Send` map-reduce, or Send-style handoff tools called together)
//   are a fan-out: a `delegate` to each (the transfer tool that sent it, when there is one) and a
//   `return` from each, paired by the worker run's id as `callId`. Stock handoff tools called
//   together run only the first: one transfer with `requested_agents` (role confusion).
import type { IngestEventInput } from "../ingest/schemas";
import { groupBy } from "../collections";
import { langsmithRelease, releaseMeta, type MapOptions } from "../releases/sources";
import { hashId } from "./ids";
import { asObject, maybeJson, strictlyIncreasing, textOf } from "./json";

export const SOURCE = "langsmith";

export interface LsRun {
  id: string;
  trace_id?: string;
  parent_run_id?: string | null;
  name?: string;
  run_type?: string;
  start_time?: string | number;
  end_time?: string | number | null;
  inputs?: Record<string, unknown> | null;
  outputs?: Record<string, unknown> | null;
  error?: string | null;
  extra?: { metadata?: Record<string, unknown> } | null;
  dotted_order?: string;
}

export function toMs(v: unknown): number | null {
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "number") return v;
  const s = String(v);
  // LangSmith sends ISO with microseconds and "Z", or epoch ms
  const t = /^\d+$/.test(s) ? Number(s) : Date.parse(s.replace(/(\.\d{3})\d+/, "$1"));
  return Number.isNaN(t) ? null : t;
}

const ROLES: Record<string, string> = { HumanMessage: "user", AIMessage: "assistant", ToolMessage: "tool", SystemMessage: "system", human: "user", ai: "assistant", tool: "tool", system: "system" };

/**
 * A LangChain message → role + text: the serialized constructor form (`{lc, id: [..., "AIMessage"],
 * kwargs}`), a live message object (`_getType()`), or a plain `{type|role, content}`.
 */
export function lcMessage(m: unknown): { role: string; content: string; toolCalls: Array<{ name: string; args: unknown }> } {
  const o = (m ?? {}) as Record<string, unknown> & { _getType?: () => string };
  const kw = (o.kwargs ?? o) as Record<string, unknown>;
  const cls = Array.isArray(o.id)
    ? String(o.id[o.id.length - 1])
    : typeof o._getType === "function"
      ? o._getType()
      : String(o.type ?? o.role ?? "");
  const content = textOf(kw.content);
  const toolCalls = Array.isArray(kw.tool_calls) ? (kw.tool_calls as Array<{ name: string; args: unknown }>) : [];
  // (own keys only: a class named "constructor" or "toString" is a role of that name, not Object.prototype's member)
  return { role: Object.hasOwn(ROLES, cls) ? ROLES[cls] : cls, content, toolCalls };
}

/** Messages as role + text (what handoff payloads carry). */
export function compactMessages(list: unknown): Array<{ role: string; content: string }> {
  return (Array.isArray(list) ? list : []).map(lcMessage).map(({ role, content }) => ({ role, content }));
}

/** A node's input state: channels as they are, messages as their count (the diff stays readable). */
function stateOf(inputs: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(inputs ?? {})) out[k] = k === "messages" && Array.isArray(v) ? v.length : v;
  return out;
}

const SKIP_NODES = new Set(["", "__start__", "__end__", "tools", "agent"]);
const TRANSFER = /^transfer_to_(.+)$/;

/** The agent (top-level graph node) a run belongs to, from its checkpoint namespace. */
function agentOf(r: LsRun): string | null {
  const md = r.extra?.metadata ?? {};
  const ns = String(md.checkpoint_ns ?? md.langgraph_checkpoint_ns ?? "");
  const first = ns.split("|")[0].split(":")[0];
  return SKIP_NODES.has(first) ? null : first;
}

export function langsmithTraceEvents(runs: LsRun[], opts: MapOptions = {}): IngestEventInput[] {
  const root = runs.find((r) => !r.parent_run_id);
  if (!root || toMs(root.end_time) === null) return [];
  const threadId = runs.map((r) => r.extra?.metadata?.thread_id).find((t) => typeof t === "string" && t);
  const conversationId = (threadId as string | undefined) ?? root.id;
  const traceId = root.trace_id ?? root.id;
  const ordered = [...runs].sort((a, b) => String(a.dotted_order ?? "").localeCompare(String(b.dotted_order ?? "")) || (toMs(a.start_time) ?? 0) - (toMs(b.start_time) ?? 0));
  const events: IngestEventInput[] = [];
  const meta = (r: LsRun) => ({ source: SOURCE, runId: r.id, traceId, ...releaseMeta(langsmithRelease(r.extra?.metadata, opts)) });
  const at = (v: unknown) => new Date(toMs(v) ?? toMs(root.start_time) ?? Date.now()).toISOString();

  compactMessages(root.inputs?.messages)
    .filter((m) => m.role === "user" && m.content)
    .forEach((m, i) =>
      events.push({ id: `ls:${hashId(traceId, "user", String(i), m.content)}`, conversationId, timestamp: at(root.start_time), type: "message", role: "user", content: m.content, metadata: meta(root) }),
    );

  // top-level agent segments, in order: the node runs directly under the root
  const segments = ordered.filter((r) => r.parent_run_id === root.id && r.run_type === "chain" && r.name && agentOf(r) === r.name);
  const segmentOf = (r: LsRun) => segments.find((s) => agentOf(s) === agentOf(r) && String(r.dotted_order ?? "").startsWith(String(s.dotted_order ?? "\u0000")));
  // Order: by superstep, then time. LangChain stamps run times from its (backgrounded) callbacks,
  // so a node's runs can look as if they ended after the next node started; the superstep each
  // belongs to cannot be wrong. Rank puts a step's entering handoffs first and its returns last.
  const steps = supersteps(segments);
  const order = new Map<IngestEventInput, [number, number, number]>();
  const place = (e: IngestEventInput, r: LsRun | null, rank = 0, t = toMs(e.timestamp) ?? 0) => {
    const seg = r && segments.includes(r) ? r : r ? segmentOf(r) : undefined;
    order.set(e, [seg ? steps.get(seg)! : -1, rank, t]);
  };
  events.forEach((e) => place(e, null));
  const handoffs: Array<Extract<IngestEventInput, { type: "handoff" }>> = [];
  /** transfer tool handoffs → the tools run they ran in (one model response) and their sender's segment */
  const toolBatch = new Map<IngestEventInput, { batch: string; sender: LsRun | undefined }>();

  for (const r of ordered) {
    const agent = agentOf(r);
    if (r.run_type === "llm" && agent) {
      const gen = (r.outputs?.generations as unknown[][] | undefined)?.[0]?.[0] as { text?: string; message?: unknown } | undefined;
      const text = gen?.message ? lcMessage(gen.message).content : (gen?.text ?? "");
      if (text.trim()) {
        events.push({ id: `ls:${r.id}`, conversationId, timestamp: at(r.end_time ?? r.start_time), type: "message", role: "agent", agent, content: text, metadata: meta(r) });
        place(events[events.length - 1], r);
      }
    } else if (r.run_type === "tool" && agent) {
      const m = TRANSFER.exec(r.name ?? "");
      const args = asObject(maybeJson(r.inputs?.input ?? r.inputs), "input");
      if (m) {
        const update = ((r.outputs?.output as { update?: Record<string, unknown> } | undefined)?.update ?? {}) as Record<string, unknown>;
        const payload: Record<string, unknown> = { ...args, ...update };
        if (Array.isArray(update.messages)) payload.messages = compactMessages(update.messages).slice(-20);
        const to = m[1];
        const sender = segmentOf(r);
        const receiver = segments.find((s) => s.name === to && (toMs(s.start_time) ?? 0) >= (toMs(r.start_time) ?? 0));
        const task = typeof args.task === "string" ? args.task : typeof args.summary === "string" ? args.summary : null;
        const h: Extract<IngestEventInput, { type: "handoff" }> = {
          id: `ls:${r.id}`,
          conversationId,
          timestamp: at(r.start_time),
          type: "handoff",
          agent,
          from: agent,
          to,
          payload,
          ...(task ? { summary: task } : {}),
          ...(sender ? { stateBefore: stateOf(sender.inputs) } : {}),
          ...(receiver ? { stateAfter: stateOf(receiver.inputs) } : {}),
          metadata: { ...meta(r), ...(r.error ? { error: r.error.split("\n")[0] } : {}) },
        };
        handoffs.push(h);
        events.push(h);
        place(h, r);
        if (r.parent_run_id) toolBatch.set(h, { batch: r.parent_run_id, sender });
      } else {
        const out = (r.outputs?.output ?? r.outputs) as unknown;
        const result = (out as { kwargs?: unknown })?.kwargs ? maybeJson(lcMessage(out).content) : maybeJson(out);
        events.push({
          id: `ls:${r.id}`,
          conversationId,
          timestamp: at(r.start_time),
          type: "tool_call",
          agent,
          tool: r.name ?? "tool",
          args,
          result: result ?? null,
          ...(toMs(r.end_time) !== null ? { resultAt: at(r.end_time) } : {}),
          metadata: meta(r),
        });
        place(events[events.length - 1], r);
      }
    }
  }

  // control passing between agent nodes without a transfer tool, and parallel supersteps
  const add = (h: Extract<IngestEventInput, { type: "handoff" }>, seg: LsRun, rank: number) => {
    handoffs.push(h);
    events.push(h);
    place(h, seg, rank);
  };
  const groups = groupSteps(segments, steps);
  // Several transfer tools from one model response: LangGraph runs them all only when they
  // dispatch with Send (the next superstep runs every target: a fan-out, below). The stock handoff
  // tools' Commands run the first alone: the model asked for more than one transfer, as with the
  // SDKs — kept as one handoff with `requested_agents`, the rest never happened.
  for (const batch of groupBy([...toolBatch.keys()], (h) => toolBatch.get(h)!.batch).values()) {
    if (batch.length < 2) continue;
    const sender = toolBatch.get(batch[0])!.sender;
    const next = groups[groups.findIndex((g) => sender && g.includes(sender)) + 1] ?? [];
    const ran = new Set(next.map((g) => g.name));
    const list = batch as Array<Extract<IngestEventInput, { type: "handoff" }>>;
    if (list.every((h) => ran.has(h.to))) continue;
    const executed = list.find((h) => ran.has(h.to)) ?? list[0];
    executed.metadata = { ...executed.metadata, requested_agents: list.map((h) => h.to) };
    for (const h of list) {
      if (h === executed) continue;
      handoffs.splice(handoffs.indexOf(h), 1);
      events.splice(events.indexOf(h), 1);
    }
  }

  let holder: string | null = null; // the agent in control between steps
  let prev: LsRun | null = null;
  for (const group of groups) {
    if (group.length > 1 && holder) {
      parallelStep(group, holder, prev);
      continue; // the workers returned: the dispatcher holds control again
    }
    const seg = group[0];
    const from = holder;
    const to = seg.name!;
    holder = to;
    const before = prev;
    prev = seg;
    if (!from || from === to || handoffs.some((h) => h.from === from && h.to === to && !h.mode && h.timestamp <= at(seg.start_time))) continue;
    const earlier = [...handoffs].reverse().find((h) => h.from === to && h.to === from && (!h.mode || h.mode === "transfer"));
    // (one of several requested transfers stays a transfer: role confusion is read from transfers)
    if (earlier && !earlier.metadata?.requested_agents) earlier.mode = "delegate";
    add(
      {
        id: `ls:${seg.id}:enter`,
        conversationId,
        timestamp: at(seg.start_time),
        type: "handoff",
        agent: from,
        from,
        to,
        mode: earlier ? "return" : "transfer",
        // what the receiving node was given: the graph state's messages (for a supervisor, the
        // worker's result as it reached the supervisor)
        payload: { messages: compactMessages(seg.inputs?.messages).slice(-20) },
        ...(before ? { stateBefore: stateOf(before.inputs) } : {}),
        stateAfter: stateOf(seg.inputs),
        metadata: meta(seg),
      },
      seg,
      -1,
    );
  }

  /**
   * A superstep running several nodes at once (LangGraph `Send`, or several handoffs from one
   * model response): each is a delegation from the agent in control — the transfer tool that sent
   * it when there is one — and its end a return to that agent with the node's output. Both carry
   * the worker node's run id as `callId`, so each return pairs with its own delegation even when
   * one node runs k times.
   */
  function parallelStep(group: LsRun[], dispatcher: string, before: LsRun | null) {
    const startedAt = Math.min(...group.map((g) => toMs(g.start_time) ?? Infinity));
    for (const w of group) {
      const to = w.name!;
      const tool = handoffs.find((h) => h.from === dispatcher && h.to === to && !h.mode && !h.callId);
      if (tool) Object.assign(tool, { mode: "delegate", callId: w.id, stateAfter: stateOf(w.inputs) });
      else {
        const h: Extract<IngestEventInput, { type: "handoff" }> = {
          id: `ls:${w.id}:delegate`,
          conversationId,
          timestamp: new Date(startedAt).toISOString(),
          type: "handoff",
          agent: dispatcher,
          from: dispatcher,
          to,
          mode: "delegate",
          payload: compactState(w.inputs),
          ...(proseOf(w.inputs) ? { summary: proseOf(w.inputs) } : {}),
          ...(before ? { stateBefore: stateOf(before.inputs) } : {}),
          stateAfter: stateOf(w.inputs),
          callId: w.id,
          metadata: meta(w),
        };
        add(h, w, -1);
      }
      const returned = proseOf(w.outputs);
      add(
        {
          id: `ls:${w.id}:return`,
          conversationId,
          timestamp: at(w.end_time ?? w.start_time),
          type: "handoff",
          agent: to,
          from: to,
          to: dispatcher,
          mode: "return",
          payload: compactState(w.outputs),
          ...(returned ? { summary: returned } : {}),
          callId: w.id,
          metadata: meta(w),
        },
        w,
        1,
      );
    }
  }

  const key = (e: IngestEventInput) => order.get(e) ?? [Infinity, 0, 0];
  const sorted = events
    .map((e, i) => ({ e, i, k: key(e) }))
    .sort((a, b) => a.k[0] - b.k[0] || a.k[1] - b.k[1] || a.k[2] - b.k[2] || a.i - b.i)
    .map((x) => x.e);
  return strictlyIncreasing(sorted);
}

/** Each segment's superstep position: segments of one LangGraph step (`langgraph_step`) share one. */
function supersteps(segments: LsRun[]): Map<LsRun, number> {
  const out = new Map<LsRun, number>();
  let n = -1;
  let last: unknown = Symbol("none");
  for (const s of segments) {
    const step = s.extra?.metadata?.langgraph_step;
    if (step === undefined || step === null || step !== last) n++;
    last = step ?? Symbol("none");
    out.set(s, n);
  }
  return out;
}

function groupSteps(segments: LsRun[], steps: Map<LsRun, number>): LsRun[][] {
  const groups: LsRun[][] = [];
  for (const s of segments) {
    const g = groups[groups.length - 1];
    if (g && steps.get(g[0]) === steps.get(s)) g.push(s);
    else groups.push([s]);
  }
  return groups;
}

/** A node's input or output as a payload: messages compacted to role + content. */
function compactState(v: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, x] of Object.entries(v ?? {})) out[k] = k === "messages" ? compactMessages(x).slice(-20) : x;
  return out;
}

/** The prose of a node's input or output: its last message's text, else its string values. */
function proseOf(v: Record<string, unknown> | null | undefined): string {
  const messages = compactMessages(v?.messages);
  if (messages.length) return messages[messages.length - 1].content;
  const strings: string[] = [];
  const walk = (x: unknown) => {
    if (typeof x === "string") strings.push(x);
    else if (Array.isArray(x)) x.forEach(walk);
  };
  for (const [k, x] of Object.entries(v ?? {})) if (k !== "messages") walk(x);
  return strings.join("\n");
}
