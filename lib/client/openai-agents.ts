// An OpenAI Agents SDK TracingProcessor that sends native Baton events (package export
// "baton/client/openai-agents"). Use it instead of, or beside, the OpenAI exporter:
//
//   import { addTraceProcessor } from "@openai/agents";
//   const baton = batonTracingProcessor(createBatonClient({ url, key }));
//   addTraceProcessor(baton);
//   // optional: the handoff's state before/after, from the handoff input data
//   handoff(billing, { inputFilter: baton.recordState(removeAllTools) })
//
// Spans are kept per trace in memory and mapped when the trace ends, with the same mapping the
// server uses for the exporter's wire format (lib/integrations/openai-agents-map.ts). With
// `recordState`, each handoff carries `stateBefore` = the run context (what the app knows) plus the
// history the sender saw, and `stateAfter` = the run context plus the history the receiver gets
// after the input filter — so a filter that strips the tool result holding the order id shows up
// as a dropout.
import { getCurrentTrace, type HandoffInputData, type Span, type Trace, type TracingProcessor } from "@openai/agents";
import type { BatonClient } from "./index";
import { traceEvents, type SdkSpan } from "../integrations/openai-agents-map";
import type { StagedSpan } from "../integrations/json";

type HandoffInputFilter = (input: HandoffInputData) => HandoffInputData;

interface PendingTrace {
  trace: Record<string, unknown>;
  spans: SdkSpan[];
  states: Array<{ before: Record<string, unknown>; after: Record<string, unknown> }>;
}

export interface BatonTracingProcessor extends TracingProcessor {
  /** Wraps a handoff input filter (or none) to record the state before and after the handoff. */
  recordState(filter?: HandoffInputFilter): HandoffInputFilter;
}

export function batonTracingProcessor(client: BatonClient): BatonTracingProcessor {
  const traces = new Map<string, PendingTrace>();
  const pending = (id: string) => {
    let t = traces.get(id);
    if (!t) traces.set(id, (t = { trace: { object: "trace", id }, spans: [], states: [] }));
    return t;
  };

  function finish(traceId: string) {
    const t = traces.get(traceId);
    if (!t) return;
    traces.delete(traceId);
    const rows: StagedSpan[] = [
      { traceId, spanId: "", parentId: null, conversationId: String(t.trace.group_id || traceId), kind: "trace", startedAt: null, endedAt: null, body: t.trace },
      ...t.spans.map((s) => ({ traceId, spanId: s.id, parentId: s.parent_id ?? null, conversationId: null, kind: s.span_data.type, startedAt: null, endedAt: null, body: s as never })),
    ];
    const events = traceEvents(rows);
    // the SDK's handoffs (the recorded states belong to them), not agent-as-tool delegations
    const handoffs = events.filter((e) => e.type === "handoff" && !e.mode).sort((a, b) => String(a.timestamp).localeCompare(String(b.timestamp)));
    handoffs.forEach((h, i) => {
      const st = t.states[i];
      if (st && h.type === "handoff") Object.assign(h, { stateBefore: st.before, stateAfter: st.after });
    });
    if (events.length) client.send(events);
  }

  return {
    async onTraceStart(trace: Trace) {
      Object.assign(pending(trace.traceId).trace, trace.toJSON() ?? {});
    },
    async onTraceEnd(trace: Trace) {
      finish(trace.traceId);
    },
    async onSpanStart() {},
    async onSpanEnd(span: Span<never>) {
      const json = span.toJSON() as SdkSpan | null;
      if (json) pending(span.traceId).spans.push(json);
    },
    async shutdown() {
      for (const id of [...traces.keys()]) finish(id);
      await client.shutdown();
    },
    async forceFlush() {
      await client.flush();
    },
    recordState(filter?: HandoffInputFilter): HandoffInputFilter {
      return (data: HandoffInputData) => {
        const out = filter ? filter(data) : data;
        const traceId = getCurrentTrace()?.traceId;
        if (traceId) pending(traceId).states.push({ before: stateOf(data, true), after: stateOf(out, false) });
        return out;
      };
    },
  };
}

/** The run context's fields plus the conversation the agent sees, as plain JSON. */
function stateOf(d: HandoffInputData, sender: boolean): Record<string, unknown> {
  const ctx = d.runContext?.context;
  const fields = ctx && typeof ctx === "object" && !Array.isArray(ctx) ? JSON.parse(JSON.stringify(ctx)) : {};
  const history = typeof d.inputHistory === "string" ? [d.inputHistory] : d.inputHistory;
  const items = [...history, ...d.preHandoffItems.map((i) => i.rawItem), ...(sender ? d.newItems.map((i) => i.rawItem) : [])];
  const toolResults = items
    .filter((i) => (i as { type?: string }).type === "function_call_result")
    .map((i) => (i as { output?: unknown }).output);
  return { ...fields, messages: items.length, ...(toolResults.length ? { tool_results: toolResults } : {}) };
}
