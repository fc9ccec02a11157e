// Orchestrator–worker systems from real frameworks, through Baton's own endpoints (SPEC §2.2, §3.6,
// §3.7): the OpenAI Agents SDK's manager pattern (`agent.asTool()`, parallel tool calls) through
// the exporter endpoint; LangGraph `Send` map-reduce and a supervisor dispatching several workers
// at once through the LangSmith endpoints; OTLP GenAI spans where the next agent's invoke_agent
// span is nested in the lead's. Each asserts the handoffs, the fan-out and its pairing (the chain
// the scorers build from the stored events), and no false role confusion. Plus an OpenAI app that
// forgot `groupId`: its second turn is a conversation whose first user message is missing.
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { setTracingIdGenerator } from "@openai/agents";
import { context, trace, type Span, type Tracer } from "@opentelemetry/api";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import type { EventRecord } from "../../lib/ingest/schemas";
import { hashHex } from "../../lib/integrations/ids";
import { buildChain } from "../../lib/scoring/chain";
import { MISSING_START_REASON } from "../../lib/scoring/missing-start";
import { buildTimeline } from "../../lib/scoring/timeline";
import { retrofitResearch, runParallelSupervisor, runSendScenario, tripPlanning } from "../../scripts/demo/langgraph-orchestrator";
import { runLgScenario } from "../../scripts/demo/langgraph-support";
import { cxFanOut, researchFanOut, runTeamScenario } from "../../scripts/demo/openai-orchestrator";
import { exportTo, runScenario } from "../../scripts/demo/openai-support";
import { dropoutReask, worldFor } from "../../scripts/demo/scenarios";
import { baseUrl, createTestProject, createTestUser, waitScored, type TestProject } from "../helpers/api";

let p: TestProject;
let processor: ReturnType<typeof exportTo>;

beforeAll(async () => {
  p = await createTestProject();
  // a small batch spreads each trace over several POSTs: worker spans arrive before the tool
  // call that ran them, and before the lead's agent span
  processor = exportTo(`${baseUrl()}/api/v1/integrations/openai-agents/traces`, p.key, { maxBatchSize: 3 });
  process.env.LANGSMITH_TRACING = "true";
  process.env.LANGSMITH_ENDPOINT = `${baseUrl()}/api/v1/integrations/langsmith`;
  process.env.LANGSMITH_API_KEY = p.key;
});
afterAll(async () => {
  await processor.shutdown();
});

type Handoff = Extract<EventRecord, { type: "handoff" }>;
const handoffsOf = (events: EventRecord[]) => events.filter((e): e is Handoff => e.type === "handoff");
const arrows = (events: EventRecord[]) => handoffsOf(events).map((h) => `${h.from}→${h.to}:${h.mode ?? "transfer"}`);

/** The fan-out as the scorers see it: each delegation's width, and each return's own delegation. */
function fanOutOf(events: EventRecord[]) {
  const chain = buildChain(buildTimeline(events));
  const delegations = chain.filter((l) => l.event.mode === "delegate");
  const returns = chain.filter((l) => l.event.mode === "return");
  return {
    widths: delegations.map((l) => l.fanOut?.width ?? 1),
    /** for each return: [worker, delegation's summary] of the delegation it is paired with */
    pairs: returns.map((r) => {
      const d = r.pair === null ? null : chain[r.pair].event;
      return [r.event.from, d?.to === r.event.from && d.callId === r.event.callId ? d.summary : null];
    }),
  };
}

/** The agent path the worker stored for the conversation. */
async function agentPath(projectId: string, id: string): Promise<string[]> {
  return (await pool().query(`SELECT agent_path FROM conversations WHERE project_id = $1 AND id = $2`, [projectId, id])).rows[0]?.agent_path;
}

function expectNoRoleConfusion(body: { scores: { roleConfusion: boolean }; conversation: { flags: string[] }; handoffs: Array<{ flags: string[]; ignored: string[]; requested: unknown }> }) {
  expect(body.scores.roleConfusion).toBe(false);
  expect(body.conversation.flags).not.toContain("role_confusion");
  for (const h of body.handoffs) {
    expect(h.flags).not.toContain("ignored");
    expect(h.ignored).toEqual([]);
    expect(h.requested).toBeNull();
  }
}

describe("OpenAI Agents SDK: agents as tools (manager pattern)", () => {
  it("a lead calling three researchers in one response: a fan-out of three, each return paired, depth 1, no role confusion", async () => {
    await runTeamScenario(researchFanOut("oa-team-research"));
    await processor.forceFlush();
    const body = await waitScored(p.key, "oa-team-research", 14);
    expect(arrows(body.events).sort()).toEqual(
      ["research_lead→market:delegate", "research_lead→pricing:delegate", "research_lead→reviews:delegate", "market→research_lead:return", "pricing→research_lead:return", "reviews→research_lead:return"].sort(),
    );
    // the three delegations come first (parallel), then the returns
    expect(arrows(body.events).slice(0, 3).every((a) => a.endsWith(":delegate"))).toBe(true);
    const delegation = handoffsOf(body.events).find((h) => h.to === "pricing")!;
    expect(delegation).toMatchObject({ payload: { input: expect.stringContaining("40 EUR") }, summary: expect.stringContaining("40 EUR"), callId: expect.stringMatching(/^call_/) });
    const back = handoffsOf(body.events).find((h) => h.from === "pricing")!;
    expect(back).toMatchObject({ to: "research_lead", summary: expect.stringContaining("HubSpot Starter 20 EUR"), callId: delegation.callId });
    const { widths, pairs } = fanOutOf(body.events);
    expect(widths).toEqual([3, 3, 3]);
    for (const [worker, summary] of pairs) expect(summary, `${worker}'s return is paired with its own delegation`).toEqual(expect.any(String));
    expect(body.scores.maxDepth).toBe(1);
    expectNoRoleConfusion(body);
    // the workers' inputs are the lead's instructions, not user messages; their tool calls are theirs
    const users = body.events.filter((e: EventRecord) => e.type === "message" && e.role === "user");
    expect(users.map((u: { content: string }) => u.content)).toEqual([researchFanOut("x").user]);
    expect(body.events.filter((e: EventRecord) => e.type === "tool_call").map((e: EventRecord) => e.agent).sort()).toEqual(["market", "pricing", "reviews"]);
    expect((await agentPath(p.projectId, "oa-team-research"))[0]).toBe("research_lead");
  });

  it("customer service: orders, billing and policy asked at once; the lead's answer is its last message", async () => {
    await runTeamScenario(cxFanOut("oa-team-cx", "ORD-60311"), { order: "ORD-60311" });
    await processor.forceFlush();
    const body = await waitScored(p.key, "oa-team-cx", 14);
    expect(fanOutOf(body.events).widths).toEqual([3, 3, 3]);
    expect(fanOutOf(body.events).pairs.every(([, s]) => typeof s === "string")).toBe(true);
    expectNoRoleConfusion(body);
    const last = body.events.filter((e: EventRecord) => e.type === "message").at(-1);
    expect(last).toMatchObject({ role: "agent", agent: "cx_lead", content: expect.stringContaining("CH-5522") });
    // each worker owes what it found itself: the policy worker does not drop the order its siblings looked up
    expect(body.conversation.flags).not.toContain("dropout");
    expect(body.scores.intentDrift).toBe(false);
  });
});

describe("LangGraph through the LangSmith protocol", () => {
  it("Send map-reduce: one superstep of three researchers is a fan-out from the lead, each returning its finding", async () => {
    await runSendScenario(retrofitResearch("lg-send-1"));
    await awaitAllCallbacks();
    const body = await waitScored(p.key, "lg-send-1", 12);
    expect(arrows(body.events)).toEqual([
      "lead→researcher:delegate", "lead→researcher:delegate", "lead→researcher:delegate",
      "researcher→lead:return", "researcher→lead:return", "researcher→lead:return",
      "lead→writer:transfer",
    ]);
    const hs = handoffsOf(body.events);
    expect(hs[0].payload).toEqual({ question: expect.any(String) });
    // one node run three times: each return carries its run's id, and pairs with the delegation that sent that question
    const { widths, pairs } = fanOutOf(body.events);
    expect(widths).toEqual([3, 3, 3]);
    const byCall = new Map(hs.filter((h) => h.mode === "delegate").map((h) => [h.callId, h.summary]));
    for (const r of hs.filter((h) => h.mode === "return")) {
      const question = byCall.get(r.callId)!;
      expect(question).toBeDefined();
      expect(r.summary!.toLowerCase()).toContain(question.split(" ")[0] === "roof" ? "insulation" : question.split(" ")[0]);
    }
    expect(pairs.map(([, s]) => s)).toEqual(expect.arrayContaining([expect.any(String), expect.any(String), expect.any(String)]));
    expect(body.scores.maxDepth).toBe(1);
    expectNoRoleConfusion(body);
    expect(body.events.filter((e: EventRecord) => e.type === "tool_call")).toHaveLength(3);
  });

  it("a supervisor sending tasks to two workers at once: the transfer tools are the delegations, both workers return", async () => {
    await runParallelSupervisor(tripPlanning("lg-par-sup-1"));
    await awaitAllCallbacks();
    const body = await waitScored(p.key, "lg-par-sup-1", 8);
    expect(arrows(body.events)).toEqual(["supervisor→flights:delegate", "supervisor→hotels:delegate", "flights→supervisor:return", "hotels→supervisor:return"]);
    const [toFlights] = handoffsOf(body.events);
    expect(toFlights).toMatchObject({ payload: { task: expect.stringContaining("Berlin to Lisbon") }, summary: expect.stringContaining("Berlin to Lisbon") });
    expect(fanOutOf(body.events)).toEqual({ widths: [2, 2], pairs: [["flights", expect.stringContaining("Berlin")], ["hotels", expect.stringContaining("Alfama")]] });
    expect(body.scores.maxDepth).toBe(1);
    expectNoRoleConfusion(body);
    expect(body.conversation.flags).not.toContain("ping_pong");
  });
});

describe("LangGraph: the stock supervisor's handoff tools, two in one response", () => {
  it("near miss: only the first runs (a Command, not a Send), so it is role confusion with the other ignored", async () => {
    await runLgScenario({
      threadId: "lg-sup-two",
      graph: "supervisor",
      turns: [
        {
          user: "What's the status of order ORD-31338, and can you write it up for me?",
          moves: [
            { calls: [{ name: "transfer_to_researcher", args: {} }, { name: "transfer_to_writer", args: {} }] },
            { say: "ORD-31338 is in transit, ETA Friday." },
            { say: "Your order ORD-31338 arrives Friday." },
          ],
        },
      ],
    });
    await awaitAllCallbacks();
    const body = await waitScored(p.key, "lg-sup-two", 4);
    expect(arrows(body.events)).toEqual(["supervisor→researcher:transfer", "researcher→supervisor:return"]);
    expect(handoffsOf(body.events)[0].metadata).toMatchObject({ requested_agents: ["researcher", "writer"] });
    expect(body.scores.roleConfusion).toBe(true);
    expect(body.handoffs[0]).toMatchObject({ requested: ["researcher", "writer"], ignored: ["writer"] });
  });
});

describe("OTLP: the next agent's invoke_agent span nested in the lead's", () => {
  let clock = Date.now() - 60_000;
  function span(tracer: Tracer, name: string, attributes: Record<string, string>, parent: Span | null, run?: (s: Span) => void) {
    const ctx = parent ? trace.setSpan(context.active(), parent) : context.active();
    const s = tracer.startSpan(name, { attributes, startTime: (clock += 100) }, ctx);
    run?.(s);
    s.end((clock += 100));
  }
  const agent = (name: string) => ({ "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": name, "gen_ai.conversation.id": "otel-nested-1" });
  const chat = (user: string, answer: string | null) => ({
    "gen_ai.operation.name": "chat",
    "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: user }] }]),
    ...(answer ? { "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: answer }] }]) } : {}),
  });
  const tool = (name: string, args: object) => ({ "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": name, "gen_ai.tool.call.arguments": JSON.stringify(args) });
  const ASK = "I was charged twice on account AC-77123 this month, please refund the duplicate.";

  it("transfer_to_accounts then a nested invoke_agent accounts, which transfers to billing the same way: two handoffs, no role confusion", async () => {
    const q = await createTestProject();
    const provider = new BasicTracerProvider({ spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${baseUrl()}/v1/traces`, headers: { Authorization: `Bearer ${q.key}` } }), { scheduledDelayMillis: 50 })] });
    const tracer = provider.getTracer("support-bot");
    span(tracer, "invoke_agent triage", agent("triage"), null, (triage) => {
      span(tracer, "chat gpt-4o", chat(ASK, null), triage);
      span(tracer, "execute_tool transfer_to_accounts", tool("transfer_to_accounts", { summary: "duplicate charge on AC-77123", account_id: "AC-77123" }), triage);
      span(tracer, "invoke_agent accounts", agent("accounts"), triage, (accounts) => {
        span(tracer, "chat gpt-4o", chat(ASK, "Billing handles refunds; passing you on."), accounts);
        span(tracer, "execute_tool transfer_to_billing", tool("transfer_to_billing", { summary: "refund the duplicate charge on AC-77123", account_id: "AC-77123" }), accounts);
        span(tracer, "invoke_agent billing", agent("billing"), accounts, (billing) => {
          span(tracer, "chat gpt-4o", chat(ASK, "I refunded the duplicate charge on account AC-77123."), billing);
        });
      });
    });
    await provider.shutdown();
    const body = await waitScored(q.key, "otel-nested-1", 5);
    expect(arrows(body.events)).toEqual(["triage→accounts:transfer", "accounts→billing:transfer"]);
    expect(body.handoffs).toHaveLength(2);
    expect(body.handoffs.map((h: { depth: number }) => h.depth)).toEqual([1, 2]);
    expect(await agentPath(q.projectId, "otel-nested-1")).toEqual(["triage", "accounts", "billing"]);
    expectNoRoleConfusion(body);
    expect(body.conversation.flags).not.toContain("dropout");
  });
});

describe("OpenAI Agents SDK without groupId", () => {
  it("the second run is a conversation of its own whose first user message is missing: labelled, and not scored for intent", async () => {
    let n = 0;
    const traces: string[] = [];
    setTracingIdGenerator({
      generateTraceId: () => (traces.push(`trace_${hashHex(32, "nogroup", String(n++))}`), traces[traces.length - 1]),
      generateSpanId: () => `span_${hashHex(24, "nogroup", String(n++))}`,
    });
    try {
      await runScenario(dropoutReask("oa-nogroup", "ORD-20417"), worldFor("ORD-20417"), { groupId: null });
      await processor.forceFlush();
    } finally {
      setTracingIdGenerator();
    }
    const { rows } = await pool().query(
      `SELECT DISTINCT conversation_id FROM integration_spans WHERE project_id = $1 AND kind = 'trace' AND trace_id = ANY($2::text[])`,
      [p.projectId, traces],
    );
    expect(rows).toHaveLength(2); // no group id: one conversation per run (trace)
    const [first, second] = await Promise.all(rows.map((r: { conversation_id: string }) => waitScored(p.key, r.conversation_id, 2)));
    const [turn1, turn2] = first.events[0].content.startsWith("My order") ? [first, second] : [second, first];
    // the first run starts at the beginning: scored as usual
    expect(turn1.scores.intentPreservation).not.toBeNull();
    // the second starts with "It's ORD-20417, as I said." after history it does not contain
    expect(turn2.events[0]).toMatchObject({ role: "user", content: "It's ORD-20417, as I said.", metadata: { historyBefore: expect.any(Number) } });
    expect(turn2.scores.intentDrift).toBeNull();
    expect(turn2.scores.intentPreservation).toBeNull();
    expect(turn2.scoreReasons.intentDrift).toBe(MISSING_START_REASON);
    expect(turn2.conversation.flags).not.toContain("drift");
    // the drill-down says so; the first run's page (a near miss) does not
    const u = await createTestUser(p.projectId);
    const page = async (id: string) => (await fetch(`${baseUrl()}/conversations/${encodeURIComponent(id)}`, { headers: { cookie: u.cookie } })).text();
    expect(await page(turn2.conversation.id)).toContain("Starts mid-conversation: the first user message is missing");
    const firstPage = await page(turn1.conversation.id);
    expect(firstPage).toContain("Agent chain"); // the page rendered
    expect(firstPage).not.toContain("Starts mid-conversation");
  });
});
