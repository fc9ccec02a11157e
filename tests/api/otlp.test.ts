// OTLP/HTTP ingest (SPEC §2.2) with the real OpenTelemetry SDK and its OTLP exporters (protobuf
// and JSON, gzip): GenAI-semconv agent/tool/chat spans and OpenInference-style supervisor spans
// become handoffs, tool calls and messages; bad spans are reported in partialSuccess.
import { context, trace, type Span, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter as ProtoExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { BasicTracerProvider, BatchSpanProcessor, type SpanExporter } from "@opentelemetry/sdk-trace-base";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { baseUrl, createTestProject, waitScored } from "../helpers/api";

function provider(exporter: SpanExporter) {
  const p = new BasicTracerProvider({
    resource: resourceFromAttributes({ "service.name": "support-bot" }),
    spanProcessors: [new BatchSpanProcessor(exporter, { scheduledDelayMillis: 50 })],
  });
  return { tracer: p.getTracer("support-bot"), flush: () => p.forceFlush(), shutdown: () => p.shutdown() };
}

let clock = Date.now() - 60_000;
/** A finished span at a controlled time, child of `parent`. */
function span(tracer: Tracer, name: string, attributes: Record<string, string>, parent: Span | null, run?: (s: Span) => void): Span {
  const ctx = parent ? trace.setSpan(context.active(), parent) : context.active();
  const s = tracer.startSpan(name, { attributes, startTime: (clock += 200) }, ctx);
  run?.(s);
  s.end((clock += 200));
  return s;
}
const msgs = (role: string, text: string) => JSON.stringify([{ role, parts: [{ type: "text", content: text }] }]);

/** triage transfers to billing without the order number; billing asks for it again. */
function genAiConversation(tracer: Tracer, conversationId: string) {
  const conv = { "gen_ai.conversation.id": conversationId };
  const root = tracer.startSpan("support turn", { startTime: (clock += 100) });
  span(tracer, "invoke_agent triage", { ...conv, "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "triage" }, root, (agent) => {
    span(tracer, "chat gpt-4o", {
      "gen_ai.operation.name": "chat",
      "gen_ai.input.messages": msgs("user", "Hi, I need a refund for order #55512, it arrived damaged."),
      "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "tool_call", name: "transfer_to_billing" }] }]),
    }, agent);
    span(tracer, "execute_tool transfer_to_billing", {
      "gen_ai.operation.name": "execute_tool",
      "gen_ai.tool.name": "transfer_to_billing",
      "gen_ai.tool.call.arguments": JSON.stringify({ summary: "Customer wants a refund" }),
    }, agent);
  });
  span(tracer, "invoke_agent billing", { ...conv, "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "billing" }, root, (agent) => {
    span(tracer, "chat gpt-4o", {
      "gen_ai.operation.name": "chat",
      "gen_ai.input.messages": msgs("user", "Hi, I need a refund for order #55512, it arrived damaged."),
      "gen_ai.output.messages": msgs("assistant", "I can help with that refund. What is your order number?"),
    }, agent);
  });
  root.end((clock += 100));
}

/** A supervisor dispatching a research worker (OpenInference AGENT spans nested), with a tool. */
function openInferenceConversation(tracer: Tracer, sessionId: string) {
  const root = tracer.startSpan("LangGraph", { attributes: { "openinference.span.kind": "CHAIN", "session.id": sessionId }, startTime: (clock += 100) });
  span(tracer, "supervisor", { "openinference.span.kind": "AGENT", "graph.node.id": "supervisor" }, root, (sup) => {
    span(tracer, "ChatModel", {
      "openinference.span.kind": "LLM",
      "llm.input_messages.0.message.role": "user",
      "llm.input_messages.0.message.content": "Compare the warranty terms for order 77120 and 77121.",
    }, sup);
    span(tracer, "researcher", { "openinference.span.kind": "AGENT", "graph.node.id": "researcher", "graph.node.parent_id": "supervisor" }, sup, (w) => {
      span(tracer, "lookup_order", {
        "openinference.span.kind": "TOOL",
        "tool.name": "lookup_order",
        "input.value": JSON.stringify({ order_id: "77120" }),
        "output.value": JSON.stringify({ order_id: "77120", warranty: "2 years" }),
      }, w);
    });
    span(tracer, "ChatModel", {
      "openinference.span.kind": "LLM",
      "llm.output_messages.0.message.role": "assistant",
      "llm.output_messages.0.message.content": "Order 77120 has a 2-year warranty.",
    }, sup);
  });
  root.end((clock += 100));
}

describe("OTLP /v1/traces with the OpenTelemetry SDK", () => {
  it("protobuf + gzip: GenAI spans become a transfer with its payload, a dropout and a re-ask", async () => {
    const p = await createTestProject();
    const t = provider(new ProtoExporter({ url: `${baseUrl()}/v1/traces`, headers: { Authorization: `Bearer ${p.key}` }, compression: "gzip" as never }));
    genAiConversation(t.tracer, "otel-genai-1");
    await t.shutdown();
    const body = await waitScored(p.key, "otel-genai-1", 3);
    expect(body.events.map((e: { type: string; role?: string }) => e.role ?? e.type)).toEqual(["user", "handoff", "agent"]);
    expect(body.events[1]).toMatchObject({ from: "triage", to: "billing", payload: { summary: "Customer wants a refund" } });
    expect(body.conversation.flags).toEqual(expect.arrayContaining(["dropout", "reask"]));
  });

  it("JSON: OpenInference supervisor spans become delegate + return, with the worker's tool call", async () => {
    const p = await createTestProject();
    const t = provider(new JsonExporter({ url: `${baseUrl()}/v1/traces`, headers: { Authorization: `Bearer ${p.key}` } }));
    openInferenceConversation(t.tracer, "otel-oi-1");
    await t.shutdown();
    const body = await waitScored(p.key, "otel-oi-1", 5);
    const kinds = body.events.map((e: { type: string; mode?: string; role?: string }) => (e.type === "handoff" ? `${e.type}:${e.mode}` : (e.role ?? e.type)));
    expect(kinds).toEqual(["user", "handoff:delegate", "tool_call", "handoff:return", "agent"]);
    expect(body.events[2]).toMatchObject({ agent: "researcher", tool: "lookup_order", result: { warranty: "2 years" } });
    expect(body.scores.maxDepth).toBe(1);
    expect(body.conversation.flags).not.toContain("deep");
  });

  it("answers partialSuccess for bad spans, keeps the good ones, and refuses other media types", async () => {
    const p = await createTestProject();
    const good = { traceId: "0af7651916cd43dd8448eb211c80319c", spanId: "b7ad6b7169203331", name: "root", startTimeUnixNano: String(BigInt(Date.now()) * 1_000_000n) };
    const bad = { traceId: "xyz", spanId: "b7ad6b7169203332", name: "broken", startTimeUnixNano: "1" };
    const body = { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans: [good, bad] }] }] };
    const res = await fetch(`${baseUrl()}/v1/traces`, {
      method: "POST",
      headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json", "content-encoding": "gzip" },
      body: gzipSync(JSON.stringify(body)),
    });
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.partialSuccess.rejectedSpans).toBe("1");
    expect(out.partialSuccess.errorMessage).toMatch(/traceId/);
    const text = await fetch(`${baseUrl()}/v1/traces`, { method: "POST", headers: { authorization: `Bearer ${p.key}`, "content-type": "text/plain" }, body: "x" });
    expect(text.status).toBe(415);
    const garbage = await fetch(`${baseUrl()}/v1/traces`, { method: "POST", headers: { authorization: `Bearer ${p.key}`, "content-type": "application/x-protobuf" }, body: Buffer.from([0xff, 0xff, 0xff]) });
    expect(garbage.status).toBe(400);
    const anon = await fetch(`${baseUrl()}/v1/traces`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    expect(anon.status).toBe(401);
  });
});
