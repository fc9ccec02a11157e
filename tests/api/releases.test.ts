// Releases (issue 15 item 3): the release read from each framework's real SDK output — native
// metadata, OpenTelemetry resource `service.version` (the real OTel SDK and OTLP exporter), OpenAI
// Agents trace metadata (the real @openai/agents Runner and exporter), LangSmith `revision_id` (the
// real langsmith client reading LANGSMITH_REVISION_ID under LangGraph) and a project's configured
// key — then the release API: list with volumes, and the per-edge comparison on a known data set,
// every figure checked against numbers worked out by hand.
import { awaitAllCallbacks } from "@langchain/core/callbacks/promises";
import { context, trace, type Span } from "@opentelemetry/api";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { BasicTracerProvider, BatchSpanProcessor } from "@opentelemetry/sdk-trace-base";
import { Client, RunTree } from "langsmith";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { runLgScenario, swarmRefund } from "../../scripts/demo/langgraph-support";
import { exportTo, runScenario } from "../../scripts/demo/openai-support";
import { cleanRefund, worldFor } from "../../scripts/demo/scenarios";
import { baseUrl, createTestProject, getJson, postEvents, waitScored, type TestProject } from "../helpers/api";
import { twoReleases } from "../helpers/releases";
import { until } from "../helpers/until";

const REVISION = "rev-2026.11.3";
let p: TestProject;
let oa: ReturnType<typeof exportTo>;

beforeAll(async () => {
  p = await createTestProject();
  // what a deployment sets; the langsmith client copies it into every run's metadata.revision_id
  process.env.LANGSMITH_REVISION_ID = REVISION;
  process.env.LANGSMITH_TRACING = "true";
  process.env.LANGSMITH_ENDPOINT = `${baseUrl()}/api/v1/integrations/langsmith`;
  process.env.LANGSMITH_API_KEY = p.key;
  oa = exportTo(`${baseUrl()}/api/v1/integrations/openai-agents/traces`, p.key, { maxBatchSize: 8 });
});
afterAll(async () => {
  await oa.shutdown();
});

async function releaseOf(projectId: string, id: string): Promise<string | null> {
  const { rows } = await pool().query(`SELECT release FROM conversations WHERE project_id = $1 AND id = $2`, [projectId, id]);
  return rows[0]?.release ?? null;
}

const at = (minutesAgo: number) => new Date(Date.now() - minutesAgo * 60_000).toISOString();

describe("the release of a conversation, per source", () => {
  it("native: metadata.release, else metadata.version (a number too); the last one seen wins; none stays null", async () => {
    await postEvents(p.key, {
      events: [
        { id: "n1", conversationId: "rel-native", timestamp: at(10), type: "message", role: "user", content: "Refund order 8812", metadata: { release: "1.4.0" } },
        { id: "n2", conversationId: "rel-native", timestamp: at(9), type: "handoff", from: "triage", to: "billing", payload: { order_id: "8812" }, metadata: { release: "1.4.0" } },
        { id: "n3", conversationId: "rel-native", timestamp: at(8), type: "message", role: "agent", agent: "billing", content: "Done.", metadata: { release: "1.5.0" } },
        { id: "v1", conversationId: "rel-version", timestamp: at(10), type: "message", role: "user", content: "Hi", metadata: { version: 7 } },
        { id: "x1", conversationId: "rel-none", timestamp: at(10), type: "message", role: "user", content: "Hi", metadata: { build: "abc" } },
      ],
    });
    const body = await waitScored(p.key, "rel-native", 3);
    expect(body.events[0].metadata).toEqual({ release: "1.4.0" });
    await waitScored(p.key, "rel-version", 1);
    await waitScored(p.key, "rel-none", 1);
    expect(await releaseOf(p.projectId, "rel-native")).toBe("1.5.0");
    expect(await releaseOf(p.projectId, "rel-version")).toBe("7");
    expect(await releaseOf(p.projectId, "rel-none")).toBeNull();
  });

  it("OpenTelemetry: the resource's service.version, through the real SDK and OTLP/JSON exporter", async () => {
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ "service.name": "support-bot", "service.version": "3.1.4" }),
      spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: `${baseUrl()}/v1/traces`, headers: { Authorization: `Bearer ${p.key}` } }), { scheduledDelayMillis: 50 })],
    });
    const tracer = provider.getTracer("support-bot");
    const conv = { "gen_ai.conversation.id": "rel-otel" };
    let t = Date.now() - 60_000;
    const span = (name: string, attributes: Record<string, string>, parent: Span, run?: (s: Span) => void) => {
      const s = tracer.startSpan(name, { attributes, startTime: (t += 200) }, trace.setSpan(context.active(), parent));
      run?.(s);
      s.end((t += 200));
    };
    const root = tracer.startSpan("support turn", { startTime: (t += 100) });
    span("invoke_agent triage", { ...conv, "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "triage" }, root, (agent) =>
      span("execute_tool transfer_to_billing", { "gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": "transfer_to_billing", "gen_ai.tool.call.arguments": "{}" }, agent),
    );
    span("invoke_agent billing", { ...conv, "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "billing" }, root);
    root.end((t += 100));
    await provider.forceFlush();
    await provider.shutdown();
    const body = await waitScored(p.key, "rel-otel", 1);
    expect(body.events.map((e: { type: string }) => e.type)).toContain("handoff");
    for (const e of body.events) expect(e.metadata.release).toBe("3.1.4");
    expect(await releaseOf(p.projectId, "rel-otel")).toBe("3.1.4");
  });

  it("OpenAI Agents SDK: the trace's metadata (new Runner({ traceMetadata: { release } }))", async () => {
    await runScenario(cleanRefund("rel-oa", "ORD-20417"), worldFor("ORD-20417"), { traceMetadata: { release: "agents-2.0" } });
    await oa.forceFlush();
    const body = await waitScored(p.key, "rel-oa", 7);
    const handoff = body.events.find((e: { type: string }) => e.type === "handoff");
    expect(handoff.metadata).toMatchObject({ source: "openai-agents", release: "agents-2.0" });
    expect(await releaseOf(p.projectId, "rel-oa")).toBe("agents-2.0");
  });

  it("LangGraph through the LangSmith protocol: run metadata revision_id, filled by the client from LANGSMITH_REVISION_ID", async () => {
    await runLgScenario(swarmRefund("rel-lg", "ORD-31337"));
    await awaitAllCallbacks();
    const body = await waitScored(p.key, "rel-lg", 4);
    expect(body.events.every((e: { metadata: { release?: string } }) => e.metadata.release === REVISION)).toBe(true);
    expect(await releaseOf(p.projectId, "rel-lg")).toBe(REVISION);
  });

  it("a project's configured key (settings.releaseKey) comes first; without the setting the same key is ignored", async () => {
    const q = await createTestProject();
    await pool().query(`UPDATE projects SET settings = '{"releaseKey": "deploy_tag"}' WHERE id = $1`, [q.projectId]);
    const send = async (project: TestProject, id: string) => {
      const client = new Client({ apiUrl: `${baseUrl()}/api/v1/integrations/langsmith`, apiKey: project.key, autoBatchTracing: false });
      const metadata = { thread_id: id, deploy_tag: "blue-42", ls_version: "0.9" };
      const root = new RunTree({ name: "LangGraph", run_type: "chain", client, inputs: { messages: [{ type: "human", content: "Cancel booking BK-4410" }] }, extra: { metadata } });
      await root.postRun();
      await root.end({ messages: [] });
      await root.patchRun();
      await waitScored(project.key, id, 1);
    };
    await send(q, "rel-key");
    await send(p, "rel-nokey");
    expect(await releaseOf(q.projectId, "rel-key")).toBe("blue-42");
    // near miss: no setting → the client's revision_id (then ls_version) as usual
    expect(await releaseOf(p.projectId, "rel-nokey")).toBe(REVISION);
    await postEvents(q.key, { events: [{ id: "k1", conversationId: "rel-key-native", timestamp: at(5), type: "message", role: "user", content: "Hi", metadata: { release: "r", deploy_tag: "green-7" } }] });
    await waitScored(q.key, "rel-key-native", 1);
    expect(await releaseOf(q.projectId, "rel-key-native")).toBe("green-7");
  });
});

async function waitReleases(key: string, conversations: number) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const res = await getJson("/api/v1/releases", key);
    const body = await res.json();
    const total = (body.data ?? []).reduce((n: number, r: { conversations: number }) => n + r.conversations, 0);
    if (total >= conversations) return body.data;
    if (Date.now() > deadline) throw new Error(`releases did not reach ${conversations} conversations (last: ${JSON.stringify(body)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe("the release API", () => {
  let k: TestProject;
  beforeAll(async () => {
    k = await createTestProject();
    expect((await postEvents(k.key, { events: twoReleases() })).status).toBe(200);
    await waitReleases(k.key, 40);
  });

  it("lists releases with first/last seen and volumes, newest first", async () => {
    const { data } = await (await getJson("/api/v1/releases", k.key)).json();
    expect(data.map((r: { release: string }) => r.release)).toEqual(["r2", "r1"]);
    expect(data[1]).toMatchObject({ release: "r1", conversations: 20, handoffs: 20 });
    const r1 = data[1];
    expect(Date.parse(r1.firstSeen)).toBeLessThanOrEqual(Date.now() - 3 * 86_400_000);
    expect(Date.parse(r1.lastSeen)).toBeGreaterThanOrEqual(Date.parse(r1.firstSeen));
  });

  it("compares two releases per edge with the differences, intervals and started/stopped dropped fields", async () => {
    const res = await getJson("/api/v1/releases/compare?a=r1&b=r2", k.key);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.edges).toHaveLength(1);
    const e = body.edges[0];
    expect(e).toMatchObject({ edge: "triage→billing", handoffs: { a: 20, b: 20 }, conversations: { a: 20, b: 20 } });
    // dropout 2/20 → 10/20: Newcombe hybrid score interval 0.1159 … 0.6133, pooled z = 2.760, p = 0.0058
    expect(e.dropout).toMatchObject({ kind: "proportion", a: 0.1, b: 0.5, nA: 20, nB: 20, significant: true });
    expect(e.dropout.diff).toBeCloseTo(0.4, 9);
    expect(e.dropout.lo).toBeCloseTo(0.1159, 3);
    expect(e.dropout.hi).toBeCloseTo(0.6133, 3);
    expect(e.dropout.p).toBeCloseTo(0.00578, 4);
    // re-asks per handoff 0.1 → 0.5 (Poisson rates): 0.4 ± 1.96·√(2/400 + 10/400) = 0.0605 … 0.7395
    expect(e.reask.lo).toBeCloseTo(0.0605, 3);
    expect(e.reask.hi).toBeCloseTo(0.7395, 3);
    // CSAT 3.8 → 3.0 (Welch): −0.8 ± 1.96·√(0.37895/20 + 1.05263/20) = −1.3244 … −0.2756
    expect(e.csat.a).toBeCloseTo(3.8, 9);
    expect(e.csat.b).toBeCloseTo(3.0, 9);
    expect(e.csat.lo).toBeCloseTo(-1.3244, 3);
    expect(e.csat.hi).toBeCloseTo(-0.2756, 3);
    // every conversation resolved after one handoff in both: no difference, no spread
    expect(e.handoffsToResolution).toMatchObject({ a: 1, b: 1, diff: 0, lo: 0, hi: 0, significant: false });
    expect(e.summaryLength).toMatchObject({ a: 23, b: 6, diff: -17 });
    expect(e.keysAdded).toEqual(["priority"]);
    expect(e.keysRemoved).toEqual([]);
    expect(e.payloadKeys.find((x: { key: string }) => x.key === "email")).toMatchObject({ countA: 20, countB: 10 });
    expect(e.startedDropping).toEqual([expect.objectContaining({ key: "email", countA: 0, countB: 10 })]);
    expect(e.stoppedDropping).toEqual([expect.objectContaining({ key: "order_id", countA: 2, countB: 0 })]);
    expect(e.intentDrift.nA).toBeGreaterThanOrEqual(0);
  });

  it("a release compared with itself differs by nothing; the reverse order flips the sign", async () => {
    const same = await (await getJson("/api/v1/releases/compare?a=r1&b=r1", k.key)).json();
    expect(same.edges[0].dropout).toMatchObject({ diff: 0, significant: false });
    const rev = await (await getJson("/api/v1/releases/compare?a=r2&b=r1", k.key)).json();
    expect(rev.edges[0].dropout.diff).toBeCloseTo(-0.4, 9);
    expect(rev.edges[0].startedDropping[0].key).toBe("order_id");
  });

  it("refuses a wrong key, a missing release parameter and an unknown release; another project sees nothing", async () => {
    expect((await getJson("/api/v1/releases", "bt_nope")).status).toBe(401);
    const missing = await getJson("/api/v1/releases/compare?a=r1", k.key);
    expect(missing.status).toBe(400);
    expect(JSON.stringify(await missing.json())).toContain("b");
    const unknown = await getJson("/api/v1/releases/compare?a=r1&b=r9", k.key);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error).toContain("r9");
    const other = await createTestProject();
    expect((await (await getJson("/api/v1/releases", other.key)).json()).data).toEqual([]);
    expect((await getJson("/api/v1/releases/compare?a=r1&b=r2", other.key)).status).toBe(404);
  });

  it("a late event from a new release moves the conversation, and the rollups stay exact", async () => {
    const q = await createTestProject();
    const t0 = Date.now() - 3_600_000;
    await postEvents(q.key, {
      events: [
        { id: "l1", conversationId: "late", timestamp: t0, type: "message", role: "user", content: "Refund order 8812", metadata: { release: "old" } },
        { id: "l2", conversationId: "late", timestamp: t0 + 1000, type: "handoff", from: "triage", to: "billing", payload: { order_id: "8812" }, metadata: { release: "old" } },
      ],
    });
    await waitReleases(q.key, 1);
    await postEvents(q.key, { events: [{ id: "l3", conversationId: "late", timestamp: t0 + 2000, type: "resolution", status: "resolved", csat: 5, metadata: { release: "new" } }] });
    await waitScored(q.key, "late", 3);
    const data: Array<{ release: string; conversations: number; handoffs: number }> = await until("the release \"new\" in /api/v1/releases", async () => {
      const d = (await (await getJson("/api/v1/releases", q.key)).json()).data as Array<{ release: string; conversations: number; handoffs: number }>;
      return d.some((r) => r.release === "new") && d;
    }, 20_000, 200);
    // the conversation finished on "new"; its handoff ran on "old"
    expect(data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ release: "new", conversations: 1, handoffs: 0 }),
        expect.objectContaining({ release: "old", conversations: 0, handoffs: 1 }),
      ]),
    );
    const { rows } = await pool().query(`SELECT sum(count)::int AS n FROM metric_rollups WHERE project_id = $1 AND metric = 'conversations' AND dim = 'release'`, [q.projectId]);
    expect(rows[0].n).toBe(1);
  });
});
