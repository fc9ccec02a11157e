// PII redaction at ingest (issue 17 item 3) over real HTTP, for every ingest route: native events,
// OTLP/HTTP JSON, the OpenAI Agents exporter and LangSmith runs. Stored events and staged raw
// spans must hold typed tokens (the test computes the expected hash token with the stack's key)
// and never the clear value; ids stay as sent; a setting change applies to new events only; the
// scorers still see a dropout when the redacted email is not handed over.
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { token } from "../../lib/privacy/redact";
import { PROJECT_COOKIE } from "../../lib/auth/sessions";
import { baseUrl, createTestProject, createTestUser, postEvents, waitScored, type TestProject } from "../helpers/api";
import { TEST_REDACTION_KEY } from "../helpers/test-stack";

const EMAIL = "Jane.Roe@example.org";
const PHONE = "+44 20 7946 0018";
const CARD = "4111 1111 1111 1111";
const NOT_CARD = "4111 1111 1111 1112"; // fails Luhn: stays
const TEXT = `I'm ${EMAIL}, call ${PHONE}, card ${CARD}, order ${NOT_CARD}`;
const CLEAR = [EMAIL, EMAIL.toLowerCase(), PHONE, CARD, "4111111111111111"];

async function withRedaction(mode: "off" | "mask" | "hash", keys: string[] = []): Promise<TestProject> {
  const p = await createTestProject();
  await setRedaction(p, mode, keys);
  return p;
}
const setRedaction = (p: TestProject, mode: string, keys: string[] = []) =>
  pool().query(`UPDATE projects SET settings = settings || jsonb_build_object('redaction', $2::jsonb) WHERE id = $1`, [p.projectId, JSON.stringify({ mode, keys })]);

const tok = (p: TestProject, kind: "email" | "phone" | "card" | "key", value: string) =>
  token(kind, value, { mode: "hash", key: TEST_REDACTION_KEY, projectId: p.projectId, fieldKeys: new Set() });

/** Everything the project stored as text: events (data, metadata) and staged raw spans. */
async function stored(p: TestProject): Promise<{ events: string; spans: string; ids: string[] }> {
  const ev = await pool().query(`SELECT id, data::text || coalesce(metadata::text, '') AS t FROM events WHERE project_id = $1 ORDER BY ts, seq`, [p.projectId]);
  const sp = await pool().query(`SELECT body::text AS t FROM integration_spans WHERE project_id = $1`, [p.projectId]);
  return { events: ev.rows.map((r) => r.t).join("\n"), spans: sp.rows.map((r) => r.t).join("\n"), ids: ev.rows.map((r) => r.id) };
}

async function waitStored(p: TestProject, minEvents: number): Promise<Awaited<ReturnType<typeof stored>>> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const s = await stored(p);
    if (s.ids.length >= minEvents) return s;
    if (Date.now() > deadline) throw new Error(`only ${s.ids.length} of ${minEvents} events were stored in time`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function expectRedacted(p: TestProject, text: string) {
  for (const v of CLEAR) expect(text, v).not.toContain(JSON.stringify(v).slice(1, -1));
  expect(text).toContain(tok(p, "email", EMAIL));
  expect(text).toContain(tok(p, "phone", PHONE));
  expect(text).toContain(tok(p, "card", CARD));
  expect(text).toContain(NOT_CARD); // near miss: a non-Luhn 16-digit number is no card
}

const post = (url: string, headers: Record<string, string>, body: unknown) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
const iso = (ms: number) => new Date(ms).toISOString();

describe("PII redaction at ingest", () => {
  it("native events: content, payloads and metadata hold tokens; ids, agents and tools stay; configured keys too", async () => {
    const p = await withRedaction("hash", ["customer_id"]);
    const t = Date.now() - 60_000;
    const events = [
      { id: `r-${EMAIL}`, conversationId: "red-native", timestamp: t, type: "message", role: "user", content: TEXT },
      { id: "r-2", conversationId: "red-native", timestamp: t + 1, type: "tool_call", agent: "triage", tool: "lookup_customer", args: { email: EMAIL }, result: { phone: PHONE, customer_id: "C-88123" } },
      { id: "r-3", conversationId: "red-native", timestamp: t + 2, type: "handoff", from: "triage", to: "billing", summary: `Customer ${EMAIL}`, payload: { card: CARD }, metadata: { note: TEXT } },
    ];
    const res = await postEvents(p.key, { events });
    expect(res.status).toBe(200);
    const s = await stored(p);
    expect(s.ids.sort()).toEqual(["r-2", "r-3", `r-${EMAIL}`].sort()); // the id is the idempotency key: never rewritten
    expectRedacted(p, s.events);
    expect(s.events).not.toContain("C-88123");
    expect(s.events).toContain(tok(p, "key", "C-88123"));
    expect(s.events).toContain("lookup_customer");
    // the same batch again: duplicates, not new rows
    expect(await (await postEvents(p.key, { events })).json()).toMatchObject({ accepted: 0, duplicates: 3 });
  });

  it("mask mode keeps only the kind; off stores as sent", async () => {
    const masked = await withRedaction("mask");
    const clear = await withRedaction("off");
    const ev = { id: "m-1", conversationId: "red-mask", timestamp: Date.now() - 1000, type: "message", role: "user", content: TEXT };
    expect((await postEvents(masked.key, { events: [ev] })).status).toBe(200);
    expect((await postEvents(clear.key, { events: [ev] })).status).toBe(200);
    const m = (await stored(masked)).events;
    expect(m).toContain("<email>, call <phone>, card <card>");
    expect(m).not.toContain(EMAIL);
    expect((await stored(clear)).events).toContain(EMAIL);
  });

  it("a setting change applies to new events only", async () => {
    const p = await withRedaction("off");
    const ev = (id: string) => ({ id, conversationId: "red-change", timestamp: Date.now() - 1000, type: "message", role: "user", content: `mail ${EMAIL}` });
    expect((await postEvents(p.key, { events: [ev("before")] })).status).toBe(200);
    await setRedaction(p, "hash");
    expect((await postEvents(p.key, { events: [ev("after")] })).status).toBe(200);
    const { rows } = await pool().query(`SELECT id, data->>'content' AS content FROM events WHERE project_id = $1 ORDER BY id`, [p.projectId]);
    expect(rows).toEqual([
      { id: "after", content: `mail ${tok(p, "email", EMAIL)}` },
      { id: "before", content: `mail ${EMAIL}` },
    ]);
  });

  it("OTLP/HTTP JSON: staged spans and mapped events are redacted, the conversation id kept", async () => {
    const p = await withRedaction("hash");
    const traceId = crypto.randomBytes(16).toString("hex");
    const ns = (ms: number) => String(BigInt(ms) * 1_000_000n);
    const attr = (o: Record<string, string>) => Object.entries(o).map(([key, v]) => ({ key, value: { stringValue: v } }));
    const t = Date.now() - 10_000;
    const agent = { traceId, spanId: "a000000000000001", name: "invoke_agent triage", startTimeUnixNano: ns(t), endTimeUnixNano: ns(t + 500),
      attributes: attr({ "gen_ai.conversation.id": "red-otlp", "gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "triage" }) };
    const chat = { traceId, spanId: "a000000000000002", parentSpanId: "a000000000000001", name: "chat", startTimeUnixNano: ns(t + 100), endTimeUnixNano: ns(t + 200),
      attributes: attr({
        "gen_ai.operation.name": "chat",
        "gen_ai.input.messages": JSON.stringify([{ role: "user", parts: [{ type: "text", content: TEXT }] }]),
        "gen_ai.output.messages": JSON.stringify([{ role: "assistant", parts: [{ type: "text", content: `Thanks, I have ${EMAIL}.` }] }]),
      }) };
    const res = await post(`${baseUrl()}/v1/traces`, { authorization: `Bearer ${p.key}` }, { resourceSpans: [{ scopeSpans: [{ spans: [agent, chat] }] }] });
    expect(res.status).toBe(200);
    const s = await waitStored(p, 2);
    expectRedacted(p, s.events);
    expectRedacted(p, s.spans);
    const { rows } = await pool().query(`SELECT DISTINCT conversation_id FROM events WHERE project_id = $1`, [p.projectId]);
    expect(rows).toEqual([{ conversation_id: "red-otlp" }]);
  });

  it("OpenAI Agents exporter: staged spans and mapped events are redacted", async () => {
    const p = await withRedaction("hash");
    const T = `trace_${crypto.randomBytes(8).toString("hex")}`;
    const t = Date.now() - 10_000;
    const span = (id: string, parent: string | null, start: number, end: number, data: Record<string, unknown>) => ({
      object: "trace.span", id, trace_id: T, parent_id: parent, started_at: iso(t + start), ended_at: iso(t + end), span_data: data, error: null,
    });
    const data = [
      { object: "trace", id: T, workflow_name: "support", group_id: "red-openai", metadata: null },
      span("span_gen", "span_turn", 1, 2, {
        type: "generation",
        input: [{ role: "user", content: TEXT }],
        output: [{ object: "chat.completion", choices: [{ message: { role: "assistant", content: `Noted ${PHONE}.` } }] }],
      }),
      span("span_turn", "span_agent", 0, 3, { type: "custom", name: "turn", data: { sdk_span_type: "turn" } }),
      span("span_agent", null, 0, 4, { type: "agent", name: "triage" }),
    ];
    const res = await post(`${baseUrl()}/api/v1/integrations/openai-agents/traces`, { authorization: `Bearer ${p.key}` }, { data });
    expect(res.status).toBe(200);
    const s = await waitStored(p, 2);
    expectRedacted(p, s.events);
    expectRedacted(p, s.spans);
    expect(s.spans).toContain("red-openai");
  });

  it("LangSmith runs: staged runs and mapped events are redacted, the thread id kept", async () => {
    const p = await withRedaction("hash");
    const id = crypto.randomUUID();
    const t = Date.now() - 10_000;
    const run = {
      id, trace_id: id, name: "LangGraph", run_type: "chain", start_time: iso(t), end_time: t + 1000,
      inputs: { messages: [{ type: "human", content: TEXT }] }, outputs: { messages: [] },
      extra: { metadata: { thread_id: "red-langsmith" } },
    };
    const res = await post(`${baseUrl()}/api/v1/integrations/langsmith/runs/batch`, { "x-api-key": p.key }, { post: [run] });
    expect(res.status).toBeLessThan(300);
    const s = await waitStored(p, 1);
    expectRedacted(p, s.events);
    expectRedacted(p, s.spans);
    expect(s.spans).toContain("red-langsmith");
  });

  it("scorers work on redacted data: an email known before a handoff and not handed over is a dropout; handed over, it is not", async () => {
    const p = await withRedaction("hash");
    const t = Date.now() - 60_000;
    const conv = (id: string, carried: boolean) => [
      { id: `${id}-1`, conversationId: id, timestamp: t, type: "message", role: "user", content: `Please update my address, my email is ${EMAIL}` },
      { id: `${id}-2`, conversationId: id, timestamp: t + 1000, type: "handoff", from: "triage", to: "accounts", summary: carried ? `Address change for ${EMAIL}` : "Address change" },
      { id: `${id}-3`, conversationId: id, timestamp: t + 2000, type: "message", role: "agent", agent: "accounts", content: "I can help with your address." },
    ];
    expect((await postEvents(p.key, { events: [...conv("red-drop", false), ...conv("red-kept", true)] })).status).toBe(200);
    const dropped = await waitScored(p.key, "red-drop", 3);
    const kept = await waitScored(p.key, "red-kept", 3);
    expect(dropped.handoffs[0].dropped).toEqual([{ field: "email", value: tok(p, "email", EMAIL) }]);
    expect(dropped.conversation.flags).toContain("dropout");
    expect(kept.handoffs[0].dropped).toEqual([]);
  });

  it("erasure by identifier finds an email stored as its token; a near-miss address matches nothing", async () => {
    const p = await withRedaction("hash");
    const ev = (id: string, c: string, content: string) => ({ id, conversationId: c, timestamp: Date.now() - 1000, type: "message", role: "user", content });
    expect((await postEvents(p.key, { events: [ev("e1", "red-er-1", `mail ${EMAIL}`), ev("e2", "red-er-2", "mail other.person@example.org"), ev("e3", "red-er-3", "no pii")] })).status).toBe(200);
    const erase = (identifier: string) => post(`${baseUrl()}/api/v1/erasure`, { authorization: `Bearer ${p.key}` }, { identifier, force: true });
    expect(await (await erase("jane.roe@example.com")).json()).toMatchObject({ matched: 0 });
    expect(await (await erase(EMAIL.toLowerCase())).json()).toMatchObject({ matched: 1, erased: 1 });
    const { rows } = await pool().query(`SELECT conversation_id FROM events WHERE project_id = $1 ORDER BY 1`, [p.projectId]);
    expect(rows.map((r) => r.conversation_id)).toEqual(["red-er-2", "red-er-3"]);
  });

  it("/settings shows the project's redaction and retention and says a change applies to new events only", async () => {
    const p = await withRedaction("hash", ["customer_id"]);
    const admin = await createTestUser(p.projectId, "admin");
    const page = await fetch(`${baseUrl()}/settings`, { headers: { cookie: `${admin.cookie}; ${PROJECT_COOKIE}=${p.projectId}` } });
    expect(page.status).toBe(200);
    const html = (await page.text()).replace(/<!-- -->/g, "");
    expect(html).toContain("PII redaction at ingest: hash");
    expect(html).toContain("30 days of conversations, 400 days of trend rollups");
    expect(html).toMatch(/applies to events received after you save it; events already stored are not changed/);
  });
});
