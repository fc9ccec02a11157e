// The OpenAI Agents trace mapping on the edge cases the live tests hit only by chance: spans in the
// same millisecond, a trace whose trace item has not arrived, several requested handoffs.
import { describe, expect, it } from "vitest";
import type { StagedSpan } from "./json";
import { traceEvents, type SdkSpan } from "./openai-agents-map";

const T = "trace_1";
const at = (ms: number) => new Date(Date.UTC(2026, 10, 25, 10, 0, 0, ms)).toISOString();
function span(id: string, parent: string | null, start: number, end: number, data: Record<string, unknown>, error?: SdkSpan["error"]): StagedSpan {
  const body: SdkSpan = { object: "trace.span", id, trace_id: T, parent_id: parent, started_at: at(start), ended_at: at(end), span_data: data as SdkSpan["span_data"], error: error ?? null };
  return { traceId: T, spanId: id, parentId: parent, conversationId: null, kind: String(data.type), startedAt: null, endedAt: null, body: body as never };
}
const trace: StagedSpan = { traceId: T, spanId: "", parentId: null, conversationId: "conv-1", kind: "trace", startedAt: null, endedAt: null, body: { object: "trace", id: T, group_id: "conv-1" } };
const gen = (calls: Array<[string, object]>, text: string | null, user?: string) => ({
  type: "generation",
  input: [{ role: "system", content: "sys" }, ...(user ? [{ role: "user", content: user }] : [])],
  output: [{ object: "chat.completion", choices: [{ message: { role: "assistant", content: text, tool_calls: calls.map(([name, args]) => ({ function: { name, arguments: JSON.stringify(args) } })) } }] }],
});

describe("traceEvents", () => {
  const spans = [
    span("task", null, 0, 9, { type: "custom", name: "task", data: { sdk_span_type: "task" } }),
    span("span_z_agent", "task", 0, 9, { type: "agent", name: "triage" }),
    span("span_z_turn", "span_z_agent", 0, 9, { type: "custom", name: "turn", data: { sdk_span_type: "turn" } }),
    // handoff and generation start in the same millisecond; the handoff's id sorts first
    span("span_a_handoff", "span_z_turn", 5, 5, { type: "handoff", from_agent: "triage", to_agent: "billing" }, { message: "Multiple handoffs requested", data: { requested_agents: ["billing", "returns"] } }),
    span("span_b_gen", "span_z_turn", 5, 5, gen([["transfer_to_billing", { order_id: "A-1" }], ["transfer_to_returns", {}]], null, "refund A-1")),
  ];

  it("waits for the trace item (it names the conversation)", () => {
    expect(traceEvents(spans)).toEqual([]);
  });

  it("orders a tie by what must come first, attaches the transfer arguments, and keeps times strictly increasing", () => {
    const events = traceEvents([...spans, trace]);
    expect(events.map((e) => e.type)).toEqual(["message", "handoff"]);
    const h = events[1] as Extract<(typeof events)[number], { type: "handoff" }>;
    expect(h).toMatchObject({ from: "triage", to: "billing", payload: { order_id: "A-1" }, metadata: { requested_agents: ["billing", "returns"] } });
    expect(Date.parse(String(events[1].timestamp))).toBeGreaterThan(Date.parse(String(events[0].timestamp)));
  });

  it("derives the same ids every time (re-deriving stores nothing twice)", () => {
    expect(traceEvents([trace, ...spans]).map((e) => e.id)).toEqual(traceEvents([...spans, trace]).map((e) => e.id));
  });
});

describe("agents as tools (the manager pattern)", () => {
  // lead → turn → function ask_billing → task → agent billing → turn → generation; spans end (and
  // are exported) children first, so the worker's agent span arrives before the tool call that ran it
  const worker = [
    span("w_gen", "w_turn", 30, 40, gen([], "CH-2 is the duplicate.", "Find the duplicate charge on A-1")),
    span("w_turn", "w_agent", 30, 41, { type: "custom", name: "turn", data: { sdk_span_type: "turn" } }),
    span("w_agent", "w_task", 29, 42, { type: "agent", name: "billing" }),
  ];
  const rest = [
    span("w_task", "fn", 29, 43, { type: "custom", name: "task", data: { sdk_span_type: "task" } }),
    span("fn", "l_turn", 28, 44, { type: "function", name: "ask_billing", input: JSON.stringify({ input: "Find the duplicate charge on A-1" }), output: "CH-2 is the duplicate." }),
    span("l_gen", "l_turn", 10, 20, {
      ...gen([], null, "I was charged twice for A-1"),
      output: [{ object: "chat.completion", choices: [{ message: { role: "assistant", content: null, tool_calls: [{ id: "call_7", function: { name: "ask_billing", arguments: JSON.stringify({ input: "Find the duplicate charge on A-1" }) } }] } }] }],
    }),
    span("l_turn", "l_agent", 10, 45, { type: "custom", name: "turn", data: { sdk_span_type: "turn" } }),
    span("l_agent", "root", 9, 50, { type: "agent", name: "lead" }),
  ];
  const root = span("root", null, 8, 51, { type: "custom", name: "task", data: { sdk_span_type: "task" } });

  it("the worker's input is never a user message, even when its agent span arrives alone", () => {
    const early = traceEvents([trace, ...worker]);
    expect(early.map((e) => (e.type === "message" ? `${e.role}:${e.agent}` : e.type))).toEqual(["agent:billing"]);
    const all = traceEvents([trace, ...worker, ...rest, root]);
    expect(all.filter((e) => e.type === "message" && e.role === "user").map((e) => (e as { content: string }).content)).toEqual(["I was charged twice for A-1"]);
  });

  it("the tool call is a delegation and a return carrying the model's call id, not a tool call", () => {
    const all = traceEvents([trace, ...worker, ...rest, root]);
    expect(all.some((e) => e.type === "tool_call")).toBe(false);
    const hs = all.filter((e): e is Extract<(typeof all)[number], { type: "handoff" }> => e.type === "handoff");
    expect(hs.map((h) => [h.from, h.to, h.mode, h.callId, h.summary])).toEqual([
      ["lead", "billing", "delegate", "call_7", "Find the duplicate charge on A-1"],
      ["billing", "lead", "return", "call_7", "CH-2 is the duplicate."],
    ]);
    // in time order: delegation, the worker's answer, the return
    expect(all.map((e) => (e.type === "handoff" ? e.mode : e.type === "message" ? e.role : e.type))).toEqual(["user", "delegate", "agent", "return"]);
  });

  it("near miss: the lead's own user message waits for the spans above it (until then it could be a worker)", () => {
    expect(traceEvents([trace, ...worker, ...rest]).some((e) => e.type === "message" && e.role === "user")).toBe(false);
  });
});
