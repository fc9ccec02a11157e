// The ingest listener (issue 17 §4, lib/runtime/ingest-listener.ts): the app under test answers
// POST /api/v1/events on its own HTTP server ahead of Next; a second web process on the same
// database runs with BATON_INGEST_LISTENER=0, so Next's route handler answers there. The same good
// and bad requests get the same status, body and headers from both; what the listener does not own
// still reaches Next; a 200 means the row is committed; a concurrent burst is stored once each;
// SIGTERM lets the requests in flight finish.
//
// Which path answered is visible: Next adds `Vary: rsc, next-router-state-tree, …` (its RSC cache
// key) to every route handler's response and sends it chunked; the listener sends the handler's own
// headers with a Content-Length. Those two framing headers are the only ones allowed to differ.
import crypto from "node:crypto";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { pool } from "../../lib/db/pool";
import type { Child } from "../../lib/runtime/processes";
import { baseUrl, countEvents, createTestProject, getJson, msg, type TestProject } from "../helpers/api";
import { startExtraWeb } from "../helpers/stack";

let nextOnly: { url: string; web: Child };

beforeAll(async () => {
  nextOnly = await startExtraWeb(inject("databaseUrl"), { BATON_INGEST_LISTENER: "0" }, "listener-next-only");
}, 120_000);

afterAll(async () => {
  await nextOnly?.web.stop();
});

interface Answer {
  status: number;
  body: string;
  headers: Record<string, string>;
  servedByNext: boolean;
}

/** Framing and Next's RSC cache key: the only headers that may differ between the two paths. */
const FRAMING = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "vary"]);

async function send(base: string, init: { key?: string | null; body: BodyInit; headers?: Record<string, string>; path?: string }): Promise<Answer> {
  const res = await fetch(`${base}${init.path ?? "/api/v1/events"}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(init.key ? { authorization: `Bearer ${init.key}` } : {}), ...init.headers },
    body: init.body,
  });
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => void (FRAMING.has(k) || (headers[k] = v)));
  return { status: res.status, body: await res.text(), headers, servedByNext: (res.headers.get("vary") ?? "").includes("rsc") };
}

const event = (id: string, over: Record<string, unknown> = {}) => ({
  id,
  conversationId: "listener-c1",
  timestamp: Date.now() - 60_000,
  type: "message",
  role: "user",
  content: "Refund order 8812 to jane@example.com please",
  ...over,
});

/** Each case as a function of the caller's project, so both paths get the same request for their own project. */
type Case = (p: TestProject) => { key?: string | null; body: BodyInit; headers?: Record<string, string>; path?: string };

/** Sends every case to the listener and to a Next-only server (one project each) and expects the same status, body and headers. */
async function sendBothWays(cases: Record<string, Case>): Promise<{ viaListener: TestProject; viaNext: TestProject }> {
  const viaListener = await createTestProject();
  const viaNext = await createTestProject();
  for (const [name, make] of Object.entries(cases)) {
    const a = await send(baseUrl(), make(viaListener));
    const b = await send(nextOnly.url, make(viaNext));
    expect({ name, servedByNext: a.servedByNext }).toEqual({ name, servedByNext: false });
    expect({ name, servedByNext: b.servedByNext }).toEqual({ name, servedByNext: true });
    expect({ name, status: a.status, body: a.body, headers: a.headers }).toEqual({ name, status: b.status, body: b.body, headers: b.headers });
    expect(a.status, name).not.toBe(500);
  }
  return { viaListener, viaNext };
}

const CASES: Record<string, Case> = {
  "one good event (200)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-good")] }) }),
  "the same event again (200, duplicate)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-good")] }) }),
  "one good, one without a timestamp (207)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-207-ok"), event("e-207-bad", { timestamp: undefined })] }) }),
  "every event invalid (400 naming the field)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-bad-type", { type: "gossip" })] }) }),
  "a field nested past the depth limit (400)": (p) => {
    let deep: unknown = "x";
    for (let i = 0; i < 40; i++) deep = { d: deep };
    return { key: p.key, body: JSON.stringify({ events: [event("e-deep", { metadata: deep })] }) };
  },
  "a NUL in a string (400)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-nul", { content: "a\u0000b" })] }) }),
  "not JSON (400)": (p) => ({ key: p.key, body: "{" }),
  "not {events: [...]} (400)": (p) => ({ key: p.key, body: JSON.stringify({ event: [] }) }),
  "invalid UTF-8 (400)": (p) => ({ key: p.key, body: Buffer.concat([Buffer.from('{"events":[{"id":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}]}')]) }),
  "no key (401)": () => ({ key: null, body: JSON.stringify({ events: [event("e-nokey")] }) }),
  "an unknown key (401)": () => ({ key: "bt_not_a_real_key_0000000000000000", body: JSON.stringify({ events: [event("e-badkey")] }) }),
  "text/plain (415)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-415")] }), headers: { "content-type": "text/plain" } }),
  "an unsupported content-encoding (415)": (p) => ({ key: p.key, body: "{}", headers: { "content-encoding": "br" } }),
  "1,001 events (413)": (p) => ({ key: p.key, body: JSON.stringify({ events: Array.from({ length: 1001 }, (_, i) => event(`e-413-${i}`)) }) }),
  "a gzip bomb (413 after decompression)": (p) => ({ key: p.key, body: zlib.gzipSync(Buffer.alloc(6 * 1024 * 1024, 32)), headers: { "content-encoding": "gzip" } }),
  "a gzip body (200)": (p) => ({ key: p.key, body: zlib.gzipSync(JSON.stringify({ events: [event("e-gzip")] })), headers: { "content-encoding": "gzip" } }),
  "a broken gzip body (400)": (p) => ({ key: p.key, body: Buffer.from("not gzip at all"), headers: { "content-encoding": "gzip" } }),
  "a deflate body (200)": (p) => ({ key: p.key, body: zlib.deflateSync(JSON.stringify({ events: [event("e-deflate")] })), headers: { "content-encoding": "deflate" } }),
  "a declared Content-Length over 5 MB (413)": (p) => ({ key: p.key, body: "x".repeat(5 * 1024 * 1024 + 1) }),
  "the key in x-api-key (200)": (p) => ({ body: JSON.stringify({ events: [event("e-xapikey")] }), headers: { "x-api-key": p.key } }),
  "a NUL in a query value (400)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-qnul")] }), path: "/api/v1/events?source=a%00b" }),
  "a NUL in a query value without a key (401 first)": () => ({ body: JSON.stringify({ events: [event("e-qnul2")] }), path: "/api/v1/events?source=a%00b" }),
  "a query string (200)": (p) => ({ key: p.key, body: JSON.stringify({ events: [event("e-query")] }), path: "/api/v1/events?source=sdk&v=1" }),
};

describe("the listener and Next's route handler answer alike", () => {
  it("the same good and bad requests get the same status, body and headers on both paths", async () => {
    const { viaListener, viaNext } = await sendBothWays(CASES);
    // and both stored the same events (each in its own project)
    const stored = async (p: TestProject) =>
      (await pool().query(`SELECT id, conversation_id, type, data FROM events WHERE project_id = $1 ORDER BY id`, [p.projectId])).rows;
    const rows = await stored(viaListener);
    expect(rows.map((r) => r.id)).toEqual(["e-207-ok", "e-deflate", "e-good", "e-gzip", "e-query", "e-xapikey"]);
    expect(rows).toEqual(await stored(viaNext));
  });

  it("a compressed body over 5 MB stops being read at the limit: 413, and the connection serves the next request", async () => {
    // listener only: Next's adapter sometimes resets the connection when a handler leaves a large body unread
    const p = await createTestProject();
    const big = zlib.gzipSync(crypto.randomBytes(5.5 * 1024 * 1024), { level: 0 });
    const res = await send(baseUrl(), { key: p.key, body: big, headers: { "content-encoding": "gzip" } });
    expect({ status: res.status, body: JSON.parse(res.body) }).toEqual({ status: 413, body: { error: "body is larger than 5 MB (after decompression)", code: "payload_too_large" } });
    expect((await send(baseUrl(), { key: p.key, body: JSON.stringify({ events: [event("after-big")] }) })).status).toBe(200);
  });

  it("a 429 with Retry-After is the same on both paths", async () => {
    for (const base of [baseUrl(), nextOnly.url]) {
      const p = await createTestProject({ rateLimitPerSec: 1 });
      const answers = await Promise.all(Array.from({ length: 4 }, (_, i) => send(base, { key: p.key, body: JSON.stringify({ events: [event(`e-rl-${i}`)] }) })));
      const limited = answers.filter((a) => a.status === 429);
      expect(limited.length, base).toBeGreaterThanOrEqual(1);
      expect(limited[0].headers["retry-after"], base).toBe("1");
      expect(JSON.parse(limited[0].body), base).toEqual({ error: "rate limit exceeded for this key; retry after the Retry-After delay", code: "rate_limited" });
    }
  });
});

// Native ingest reuses a key's lookup for BATON_KEY_CACHE_MS (2 s in the suite, the default), and the
// INSERT itself checks the key and the redaction setting (lib/ingest/ingest-events.ts). The revocation
// and the setting change are written straight to PostgreSQL, as another web process or an operator
// would: the server's cache is never told.
describe("cached key lookups: a revoked key never writes", () => {
  const paths = () => [
    { name: "listener", base: baseUrl() },
    { name: "next", base: nextOnly.url },
  ];
  const revoke = (p: TestProject) => pool().query(`UPDATE api_keys SET revoked_at = now() WHERE project_id = $1 AND id = $2`, [p.projectId, p.keyId]);

  it("the first write after a revocation gets 401 and stores nothing, with the lookup cached a moment ago", async () => {
    for (const { name, base } of paths()) {
      const p = await createTestProject();
      // near miss: the cached key keeps writing while it is valid
      for (let i = 0; i < 3; i++) expect((await send(base, { key: p.key, body: JSON.stringify({ events: [event(`rv-ok-${i}`)] }) })).status, name).toBe(200);
      await revoke(p);
      const after = await send(base, { key: p.key, body: JSON.stringify({ events: [event("rv-after")] }) });
      expect({ name, status: after.status, body: JSON.parse(after.body) }).toEqual({ name, status: 401, body: { error: "unknown or revoked API key", code: "unauthorized" } });
      expect(await countEvents(p.projectId, ["rv-after"]), name).toBe(0);
      expect(await countEvents(p.projectId), name).toBe(3);
    }
  });

  it("a request that writes nothing (400, 413, 415) also gets 401 at once after a revocation", async () => {
    for (const { name, base } of paths()) {
      const p = await createTestProject();
      expect((await send(base, { key: p.key, body: JSON.stringify({ events: [event("rv2-ok")] }) })).status, name).toBe(200);
      await revoke(p);
      for (const bad of [{ body: "{" }, { body: JSON.stringify({ events: Array.from({ length: 1001 }, (_, i) => event(`x${i}`)) }) }, { body: "{}", headers: { "content-type": "text/plain" } }]) {
        expect({ name, status: (await send(base, { key: p.key, ...bad })).status }).toEqual({ name, status: 401 });
      }
    }
  });

  it("a rate-limited revoked key answers 429 or 401 for at most BATON_KEY_CACHE_MS, then 401", async () => {
    const p = await createTestProject({ rateLimitPerSec: 1 });
    const body = () => JSON.stringify({ events: [event(`rl-${crypto.randomUUID()}`)] });
    await Promise.all(Array.from({ length: 4 }, () => send(baseUrl(), { key: p.key, body: body() })));
    const revokedAt = Date.now();
    await revoke(p);
    let status = 0;
    while ((status = (await send(baseUrl(), { key: p.key, body: body() })).status) !== 401) {
      expect(status).toBe(429); // never a write
      if (Date.now() - revokedAt > 2000 + 1500) throw new Error(`still ${status} ${Date.now() - revokedAt} ms after the revocation (bound: 2,000 ms)`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(await countEvents(p.projectId)).toBeLessThanOrEqual(2);
  });

  it("a redaction setting saved after the lookup was cached applies to the very next event", async () => {
    for (const { name, base } of paths()) {
      const p = await createTestProject();
      expect((await send(base, { key: p.key, body: JSON.stringify({ events: [event("rd-before")] }) })).status, name).toBe(200);
      await pool().query(`UPDATE projects SET settings = settings || '{"redaction": {"mode": "mask", "keys": []}}'::jsonb WHERE id = $1`, [p.projectId]);
      const res = await send(base, { key: p.key, body: JSON.stringify({ events: [event("rd-after")] }) });
      expect({ name, status: res.status }).toEqual({ name, status: 200 });
      const { rows } = await pool().query(`SELECT id, data->>'content' AS content FROM events WHERE project_id = $1 ORDER BY id`, [p.projectId]);
      expect(rows[1].content, name).toContain("jane@example.com");
      expect(rows[0].id, name).toBe("rd-after");
      expect(rows[0].content, name).not.toContain("jane@example.com");
      expect(rows[0].content, name).toMatch(/<email/);
    }
  });
});

// The framework endpoints the listener answers too (OTLP, OpenAI Agents): the same requests, the same
// answers from the listener and from Next's route files, and the same rows stored.
const OTLP = "/v1/traces";
const OPENAI = "/api/v1/integrations/openai-agents/traces";
const nanos = () => String(BigInt(Date.now() - 60_000) * 1_000_000n);
const otlpSpan = (spanId: string, over: Record<string, unknown> = {}) => ({
  traceId: "0af7651916cd43dd8448eb211c80319c",
  spanId,
  name: "invoke_agent triage",
  startTimeUnixNano: nanos(),
  attributes: [
    { key: "gen_ai.conversation.id", value: { stringValue: "otlp-listener-1" } },
    { key: "gen_ai.operation.name", value: { stringValue: "invoke_agent" } },
    { key: "gen_ai.agent.name", value: { stringValue: "triage" } },
  ],
  ...over,
});
const otlpBody = (...spans: unknown[]) => JSON.stringify({ resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans }] }] });
const INTEGRATION_CASES: Record<string, (p: TestProject) => { key?: string | null; body: BodyInit; headers?: Record<string, string>; path: string }> = {
  "OTLP JSON, one good span (200)": (p) => ({ key: p.key, path: OTLP, body: otlpBody(otlpSpan("b7ad6b7169203331")) }),
  "OTLP JSON gzip, a good and a bad span (200, partialSuccess)": (p) => ({
    key: p.key,
    path: OTLP,
    body: zlib.gzipSync(otlpBody(otlpSpan("b7ad6b7169203332"), otlpSpan("b7ad6b7169203333", { traceId: "xyz" }))),
    headers: { "content-encoding": "gzip" },
  }),
  "OTLP protobuf that does not decode (400, google.rpc.Status)": (p) => ({ key: p.key, path: OTLP, body: Buffer.from([0xff, 0xff, 0xff]), headers: { "content-type": "application/x-protobuf" } }),
  "OTLP JSON not shaped like a request (400)": (p) => ({ key: p.key, path: OTLP, body: JSON.stringify({ resourceSpans: [null] }) }),
  "OTLP text/plain (415)": (p) => ({ key: p.key, path: OTLP, body: "x", headers: { "content-type": "text/plain" } }),
  "OTLP no key (401)": () => ({ path: OTLP, body: "{}" }),
  "OpenAI a trace and a span missing trace_id (207)": (p) => ({
    key: p.key,
    path: OPENAI,
    body: JSON.stringify({ data: [{ object: "trace", id: "trace_listener_1", group_id: "oa-listener" }, { object: "trace.span", id: "s1" }] }),
  }),
  "OpenAI not JSON (400)": (p) => ({ key: p.key, path: OPENAI, body: "{" }),
  "OpenAI an unknown key (401)": () => ({ key: "bt_not_a_real_key_0000000000000000", path: OPENAI, body: "{}" }),
  "OpenAI over 5 MB declared (413)": (p) => ({ key: p.key, path: OPENAI, body: "x".repeat(5 * 1024 * 1024 + 1) }),
};

describe("the framework endpoints through the listener and through Next answer alike", () => {
  it("OTLP and OpenAI Agents: same status, body and headers on both paths, same rows stored", async () => {
    const { viaListener, viaNext } = await sendBothWays(INTEGRATION_CASES);
    const stored = async (p: TestProject) =>
      (await pool().query(`SELECT id, conversation_id, type, agent FROM events WHERE project_id = $1 ORDER BY id`, [p.projectId])).rows;
    expect(await stored(viaListener)).toEqual(await stored(viaNext));
    const staged = async (p: TestProject) =>
      (await pool().query(`SELECT source, trace_id, span_id FROM integration_spans WHERE project_id = $1 ORDER BY 1, 2, 3`, [p.projectId])).rows;
    const spans = await staged(viaListener);
    expect(spans.length).toBeGreaterThanOrEqual(3);
    expect(spans).toEqual(await staged(viaNext));
  });
});

describe("what the listener does not own reaches Next", () => {
  it("pages, /api/health, the read API, other methods and other spellings of the path", async () => {
    const p = await createTestProject();
    const health = await fetch(`${baseUrl()}/api/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: "ok", database: "ok" });

    const list = await getJson("/api/v1/conversations", p.key);
    expect(list.status).toBe(200);
    expect(await list.json()).toMatchObject({ data: [] });

    const login = await fetch(`${baseUrl()}/login`);
    expect(login.status).toBe(200);
    expect(login.headers.get("content-type")).toContain("text/html");

    // GET on the ingest path: Next's 405, as before
    const get = await fetch(`${baseUrl()}/api/v1/events`);
    expect(get.status).toBe(405);
    expect(get.headers.get("vary")).toContain("rsc");

    // near misses of the owned path go to Next: a trailing slash (Next's redirect), other casing (404)
    const slash = await fetch(`${baseUrl()}/api/v1/events/`, { method: "POST", redirect: "manual", headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" }, body: "{}" });
    expect(slash.status).toBe(308);
    const upper = await send(baseUrl(), { key: p.key, body: JSON.stringify({ events: [event("e-upper")] }), path: "/API/v1/events" });
    expect(upper.status).toBe(404);
    expect(await countEvents(p.projectId)).toBe(0);

    // the owned path with a query string is still the listener's
    const query = await send(baseUrl(), { key: p.key, body: JSON.stringify({ events: [event("e-query")] }), path: "/api/v1/events?source=test" });
    expect({ status: query.status, servedByNext: query.servedByNext }).toEqual({ status: 200, servedByNext: false });
  });
});

describe("acknowledged means committed", () => {
  it("a 200 from the listener means the row is in PostgreSQL; a 400 wrote nothing", async () => {
    const p = await createTestProject();
    for (let i = 0; i < 5; i++) {
      const e = msg(`ack-${i}`);
      const res = await send(baseUrl(), { key: p.key, body: JSON.stringify({ events: [e] }) });
      expect(res.status).toBe(200);
      // read at once, on another connection: no wait, no poll
      const { rows } = await pool().query(`SELECT conversation_id, type, data->>'content' AS content FROM events WHERE project_id = $1 AND id = $2`, [p.projectId, e.id]);
      expect(rows).toEqual([{ conversation_id: `ack-${i}`, type: "message", content: e.content }]);
    }
    const bad = msg("ack-bad", { timestamp: "yesterday" });
    expect((await send(baseUrl(), { key: p.key, body: JSON.stringify({ events: [bad] }) })).status).toBe(400);
    expect(await countEvents(p.projectId, [bad.id])).toBe(0);
  });

  it("a burst of concurrent single-event requests, each sent twice, is stored exactly once each", async () => {
    const p = await createTestProject();
    const events = Array.from({ length: 150 }, (_, i) => msg(`burst-${i % 15}`));
    const answers = await Promise.all(
      [...events, ...events].map((e) => send(baseUrl(), { key: p.key, body: JSON.stringify({ events: [e] }) })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array(300).fill(200));
    const bodies = answers.map((a) => JSON.parse(a.body) as { accepted: number; duplicates: number });
    expect(bodies.reduce((s, b) => s + b.accepted, 0)).toBe(150);
    expect(bodies.reduce((s, b) => s + b.duplicates, 0)).toBe(150);
    const { rows } = await pool().query(`SELECT count(*)::int AS n, count(DISTINCT id)::int AS ids FROM events WHERE project_id = $1`, [p.projectId]);
    expect(rows[0]).toEqual({ n: 150, ids: 150 });
    // every touched conversation was queued for scoring with its events (stored ⇔ queued)
    const jobs = await pool().query(`SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE key LIKE $1`, [`score:${p.projectId}:%`]);
    const scored = await pool().query(`SELECT count(*)::int AS n FROM conversations WHERE project_id = $1`, [p.projectId]);
    expect(jobs.rows[0].n + scored.rows[0].n).toBeGreaterThanOrEqual(15);
  });
});

describe("stopping", () => {
  it("SIGTERM finishes the requests in flight (each 200 stored), refuses new ones, and exits 143", async () => {
    const p = await createTestProject();
    const web = await startExtraWeb(inject("databaseUrl"), {}, "listener-sigterm");
    const events = Array.from({ length: 60 }, (_, i) => msg(`stop-${i % 6}`));
    let first!: () => void;
    const answered = new Promise<void>((r) => (first = r));
    const sends = events.map((e) =>
      send(web.url, { key: p.key, body: JSON.stringify({ events: [e] }) }).then(
        (a) => (first(), { id: e.id, status: a.status }),
        () => ({ id: e.id, status: 0 }), // refused: the server had stopped accepting
      ),
    );
    await answered;
    web.web.proc.kill("SIGTERM");
    const code = await Promise.race([web.web.exited, new Promise((r) => setTimeout(() => r("still running"), 20_000))]);
    expect(code).toBe(143);
    const results = await Promise.all(sends);
    expect(results.filter((r) => r.status !== 0 && r.status !== 200)).toEqual([]);
    const ok = results.filter((r) => r.status === 200).map((r) => r.id);
    expect(ok.length).toBeGreaterThan(0);
    expect(await countEvents(p.projectId, ok)).toBe(ok.length);
    await expect(fetch(`${web.url}/api/health`)).rejects.toThrow();
  });
});
