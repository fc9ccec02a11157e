// OTLP agent spans nested in the lead's span (the natural layout of GenAI / OpenInference
// instrumentations): a transfer tool followed by the target's nested invoke_agent is one transfer;
// a nested agent with no transfer tool is a delegation and return; an agent run inside a tool span
// is that tool call; a delegated worker's LLM input is not a user message.
import { describe, expect, it } from "vitest";
import type { IngestEventInput } from "../ingest/schemas";
import type { OtlpSpan } from "./otlp-decode";
import { otlpTraceEvents } from "./otlp-map";

function layout(build: (span: (id: string, parent: string | null, name: string, attrs: Record<string, unknown>, inner?: () => void) => void) => void): OtlpSpan[] {
  let t = Date.UTC(2026, 10, 28, 9, 0, 0);
  const spans: OtlpSpan[] = [];
  build((spanId, parentSpanId, name, attributes, inner) => {
    const s: OtlpSpan = { traceId: "t1", spanId, parentSpanId, name, startMs: (t += 10), endMs: null, attributes, statusError: null, resource: {} };
    inner?.();
    s.endMs = t += 10;
    spans.push(s);
  });
  return spans;
}
const agent = (name: string) => ({ "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": name, "gen_ai.conversation.id": "c1" });
const tool = (name: string, args: object, result?: unknown) => ({
  "gen_ai.operation.name": "execute_tool",
  "gen_ai.tool.name": name,
  "gen_ai.tool.call.arguments": JSON.stringify(args),
  ...(result === undefined ? {} : { "gen_ai.tool.call.result": typeof result === "string" ? result : JSON.stringify(result) }),
});
const chat = (user: string | null, answer: string | null) => ({
  "gen_ai.operation.name": "chat",
  ...(user ? { "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: user }] }]) } : {}),
  ...(answer ? { "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: answer }] }]) } : {}),
});
const ASK = "I was double charged on account AC-77123, please fix it.";
const handoffs = (events: IngestEventInput[]) => events.flatMap((e) => (e.type === "handoff" ? [`${e.from}→${e.to}:${e.mode ?? "transfer"}`] : []));

describe("nested agent spans", () => {
  it("transfer_to_accounts then a nested invoke_agent accounts (then billing inside it): two transfers, not six handoffs", () => {
    const events = otlpTraceEvents(
      layout((span) =>
        span("triage", null, "invoke_agent triage", agent("triage"), () => {
          span("c1", "triage", "chat", chat(ASK, null));
          span("x1", "triage", "execute_tool transfer_to_accounts", tool("transfer_to_accounts", { summary: "double charge on AC-77123" }));
          span("accounts", "triage", "invoke_agent accounts", agent("accounts"), () => {
            span("c2", "accounts", "chat", chat(ASK, "Refunding needs billing."));
            span("x2", "accounts", "execute_tool transfer_to_billing", tool("transfer_to_billing", { account_id: "AC-77123" }));
            span("billing", "accounts", "invoke_agent billing", agent("billing"), () => span("c3", "billing", "chat", chat(ASK, "I refunded the duplicate charge on AC-77123.")));
          });
        }),
      ),
    );
    expect(handoffs(events)).toEqual(["triage→accounts:transfer", "accounts→billing:transfer"]);
    expect(events.filter((e) => e.type === "message" && e.role === "user")).toHaveLength(1);
  });

  it("control coming back to the lead after the transferred agent's span is a return", () => {
    const events = otlpTraceEvents(
      layout((span) =>
        span("triage", null, "invoke_agent triage", agent("triage"), () => {
          span("x1", "triage", "execute_tool transfer_to_accounts", tool("transfer_to_accounts", {}));
          span("accounts", "triage", "invoke_agent accounts", agent("accounts"), () => span("c2", "accounts", "chat", chat(ASK, "Done.")));
          span("c3", "triage", "chat", chat(null, "Anything else?"));
        }),
      ),
    );
    expect(handoffs(events)).toEqual(["triage→accounts:transfer", "accounts→triage:return"]);
  });

  it("near miss: a nested agent without a transfer tool is a delegation and a return; its LLM input is not the user's", () => {
    const events = otlpTraceEvents(
      layout((span) =>
        span("lead", null, "invoke_agent lead", agent("lead"), () => {
          span("c1", "lead", "chat", chat(ASK, null));
          span("w", "lead", "invoke_agent accounts", agent("accounts"), () => span("c2", "w", "chat", chat("Find the duplicate charge on AC-77123", "CH-2 is the duplicate.")));
        }),
      ),
    );
    expect(handoffs(events)).toEqual(["lead→accounts:delegate", "accounts→lead:return"]);
    expect(events.filter((e) => e.type === "message" && e.role === "user").map((e) => (e as { content: string }).content)).toEqual([ASK]);
  });

  it("agents run as tools (one worker called twice): delegations carry the tool arguments and call ids, returns the results; no tool calls", () => {
    const events = otlpTraceEvents(
      layout((span) =>
        span("lead", null, "invoke_agent lead", agent("lead"), () => {
          span("c1", "lead", "chat", chat(ASK, null));
          span("t1", "lead", "execute_tool ask_billing", { ...tool("ask_billing", { input: "duplicate charge on AC-77123?" }, "CH-2 is the duplicate"), "gen_ai.tool.call.id": "call_1" }, () =>
            span("w1", "t1", "invoke_agent billing", agent("billing")),
          );
          span("t2", "lead", "execute_tool ask_billing", { ...tool("ask_billing", { input: "refund status on AC-77123?" }, "no refund yet"), "gen_ai.tool.call.id": "call_2" }, () =>
            span("w2", "t2", "invoke_agent billing", agent("billing")),
          );
        }),
      ),
    );
    expect(events.some((e) => e.type === "tool_call")).toBe(false);
    const hs = events.filter((e): e is Extract<IngestEventInput, { type: "handoff" }> => e.type === "handoff");
    expect(hs.map((h) => `${h.mode}:${h.callId}:${h.summary}`)).toEqual([
      "delegate:call_1:duplicate charge on AC-77123?",
      "return:call_1:CH-2 is the duplicate",
      "delegate:call_2:refund status on AC-77123?",
      "return:call_2:no refund yet",
    ]);
  });
});
