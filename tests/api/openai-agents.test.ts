// OpenAI Agents SDK ingest (SPEC §2.2) with the real @openai/agents package: a support system run
// by a scripted model, traced by the SDK's own OpenAITracingExporter + BatchTraceProcessor
// pointed at Baton; then what Baton stored and scored. Also the SDK's real Chat Completions and
// Responses models against a local fake OpenAI endpoint, to cover both span shapes.
import { OpenAIChatCompletionsModel, OpenAIResponsesModel } from "@openai/agents-openai";
import { setTraceProcessors } from "@openai/agents";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBatonClient } from "../../lib/client";
import { batonTracingProcessor } from "../../lib/client/openai-agents";
import { pool } from "../../lib/db/pool";
import { exportTo, runScenario, type Move } from "../../scripts/demo/openai-support";
import { cleanRefund, dropoutReask, intentDrift, longChain, twoHandoffs, worldFor } from "../../scripts/demo/scenarios";
import { baseUrl, createTestProject, getJson, waitScored, type TestProject } from "../helpers/api";
import { startFakeOpenAI } from "../helpers/fake-openai";

const ENDPOINT = () => `${baseUrl()}/api/v1/integrations/openai-agents/traces`;
let p: TestProject;
let processor: ReturnType<typeof exportTo>;

beforeAll(async () => {
  p = await createTestProject();
  // a small batch size spreads each trace over several POSTs, children before their parents
  processor = exportTo(ENDPOINT(), p.key, { maxBatchSize: 4 });
});
afterAll(async () => {
  await processor.shutdown();
});

async function run(scenario: Parameters<typeof runScenario>[0], opts: Parameters<typeof runScenario>[2] = {}) {
  await runScenario(scenario, worldFor("ORD-20417"), opts);
  await processor.forceFlush();
}

describe("OpenAI Agents SDK traces", () => {
  it("maps a clean two-turn refund (two traces, one group id) into messages, tool calls and a handoff with its payload", async () => {
    await run(cleanRefund("oa-clean", "ORD-20417"));
    const body = await waitScored(p.key, "oa-clean", 7);
    const types = body.events.map((e: { type: string; role?: string }) => (e.type === "message" ? `${e.role}` : e.type));
    expect(types).toEqual(["user", "handoff", "tool_call", "agent", "user", "tool_call", "agent"]);
    const handoff = body.events.find((e: { type: string }) => e.type === "handoff");
    expect(handoff).toMatchObject({ from: "triage", to: "billing", payload: { order_id: "ORD-20417" }, summary: expect.stringContaining("Refund") });
    const tool = body.events.find((e: { type: string }) => e.type === "tool_call");
    expect(tool).toMatchObject({ agent: "billing", tool: "lookup_order", args: { order_id: "ORD-20417" }, result: { status: "in_transit" } });
    expect(body.scores).toMatchObject({ dropoutRate: 0, reaskCount: 0, roleConfusion: false });
    expect(body.conversation.agents).toEqual(expect.arrayContaining(["triage", "billing"]));
  });

  it("flags the dropped order id and the re-ask", async () => {
    await run(dropoutReask("oa-dropout", "ORD-20417"));
    const body = await waitScored(p.key, "oa-dropout", 7);
    expect(body.conversation.flags).toEqual(expect.arrayContaining(["dropout", "reask"]));
    expect(body.handoffs[0].dropped).toEqual(expect.arrayContaining([expect.objectContaining({ field: "order_id" })]));
  });

  it("reads 'Multiple handoffs requested' and who acted next", async () => {
    await run(twoHandoffs("oa-two", "ORD-20417"));
    const body = await waitScored(p.key, "oa-two", 4);
    expect(body.scores.roleConfusion).toBe(true);
    const h = body.events.find((e: { type: string }) => e.type === "handoff");
    expect(h.metadata.requested_agents).toEqual(["returns", "billing"]);
    expect(body.conversation.flags).toContain("role_confusion");
  });

  it("scores intent drift from the handoff summary and a deep chain", async () => {
    await run(intentDrift("oa-drift", "ORD-20417"));
    await run(longChain("oa-deep", "ORD-20417"));
    const drift = await waitScored(p.key, "oa-drift", 3);
    expect(drift.conversation.flags).toContain("drift");
    const deep = await waitScored(p.key, "oa-deep", 12);
    expect(deep.scores.maxDepth).toBeGreaterThanOrEqual(8);
    expect(deep.conversation.flags).toEqual(expect.arrayContaining(["deep"]));
  });

  it("stages what arrived and stores nothing twice when the exporter resends", async () => {
    const before = await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId]);
    const spans = await pool().query(
      `SELECT body FROM integration_spans WHERE project_id = $1 AND source = 'openai-agents' AND conversation_id IS NULL LIMIT 20`,
      [p.projectId],
    );
    const traces = await pool().query(`SELECT body FROM integration_spans WHERE project_id = $1 AND kind = 'trace' LIMIT 3`, [p.projectId]);
    const res = await fetch(ENDPOINT(), {
      method: "POST",
      headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
      body: JSON.stringify({ data: [...traces.rows.map((r) => r.body), ...spans.rows.map((r) => r.body)] }),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).events.accepted).toBe(0);
    const after = await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [p.projectId]);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it("names the failing item and keeps the valid ones; rejects a bad key", async () => {
    const res = await fetch(ENDPOINT(), {
      method: "POST",
      headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
      body: JSON.stringify({ data: [{ object: "trace", id: "trace_ok_1", group_id: "oa-partial" }, { object: "trace.span", id: "s1" }] }),
    });
    expect(res.status).toBe(207);
    const body = await res.json();
    expect(body.errors[0].index).toBe(1);
    expect(body.errors[0].issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["data.1.trace_id"]));
    const bad = await fetch(ENDPOINT(), { method: "POST", headers: { authorization: "Bearer nope", "content-type": "application/json" }, body: "{}" });
    expect(bad.status).toBe(401);
    const notJson = await fetch(ENDPOINT(), { method: "POST", headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" }, body: "{" });
    expect(notJson.status).toBe(400);
  });
});

describe("the SDK's own OpenAI models against a fake OpenAI endpoint", () => {
  const moves = (): Move[] => [
    { calls: [{ name: "transfer_to_billing", args: { order_id: "ORD-20417", summary: "Refund ORD-20417", customer_email: null } }] },
    { say: "I can refund ORD-20417 for you right away." },
  ];

  it("Chat Completions: generation spans carry the content, so every score is computed", async () => {
    const fake = await startFakeOpenAI(moves());
    try {
      const client = new OpenAI({ apiKey: "sk-fake", baseURL: fake.url });
      await run(
        { id: "oa-chat", turns: [{ user: "Refund ORD-20417 please, it arrived broken.", moves: [] }] },
        { model: () => new OpenAIChatCompletionsModel(client as never, "gpt-fake") },
      );
      const body = await waitScored(p.key, "oa-chat", 3);
      expect(body.events.map((e: { type: string }) => e.type)).toEqual(["message", "handoff", "message"]);
      expect(body.events[1].payload).toMatchObject({ order_id: "ORD-20417" });
      expect(body.scores.reaskCount).toBe(0);
    } finally {
      await fake.close();
    }
  });

  it("Responses: no content in the trace, so structure is scored and content scores are null with the reason", async () => {
    const fake = await startFakeOpenAI(moves());
    try {
      const client = new OpenAI({ apiKey: "sk-fake", baseURL: fake.url });
      await run(
        { id: "oa-responses", turns: [{ user: "Refund ORD-20417 please.", moves: [] }] },
        { model: () => new OpenAIResponsesModel(client as never, "gpt-fake") },
      );
      const body = await waitScored(p.key, "oa-responses", 1);
      expect(body.events.map((e: { type: string }) => e.type)).toEqual(["handoff"]);
      expect(body.scores.maxDepth).toBe(1);
      expect(body.scores.reaskCount).toBeNull();
      expect(body.scoreReasons.reaskCount).toBe("no message content in trace");
      const res = await getJson(`/api/v1/conversations/oa-responses`, p.key);
      expect(res.status).toBe(200);
    } finally {
      await fake.close();
    }
  });
});

describe("the client's TracingProcessor (native events, with the handoff's state)", () => {
  it("sends the same conversation as native events, with stateBefore/stateAfter from the handoff input data", async () => {
    const q = await createTestProject();
    const client = createBatonClient({ url: baseUrl(), key: q.key, flushIntervalMs: 100 });
    const baton = batonTracingProcessor(client);
    setTraceProcessors([baton]);
    try {
      await runScenario(dropoutReask("oa-proc", "ORD-20417"), worldFor("ORD-20417"), {
        wrapFilter: (f) => baton.recordState(f),
        context: { customer_email: "dana@example.com" },
      });
      await baton.forceFlush();
      const body = await waitScored(q.key, "oa-proc", 7);
      expect(body.conversation.flags).toEqual(expect.arrayContaining(["dropout", "reask"]));
      const h = body.events.find((e: { type: string }) => e.type === "handoff");
      expect(h.stateBefore).toMatchObject({ customer_email: "dana@example.com", tool_results: expect.any(Array) });
      expect(h.stateAfter).toMatchObject({ customer_email: "dana@example.com" });
      expect(h.stateAfter.tool_results).toBeUndefined(); // the input filter kept only messages
      expect(client.stats()).toMatchObject({ failed: 0, rejected: 0 });
    } finally {
      setTraceProcessors([processor]);
    }
  });
});
