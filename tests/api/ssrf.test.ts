// Outbound requests to configured URLs (SPEC §8), end to end over real HTTP. A web and a worker
// on a private database run WITHOUT the allow-private opt-ins (the shared stack has
// BATON_WEBHOOK_ALLOW_PRIVATE=1), and loopback listeners on 127.0.0.1 and ::1 count every request:
// saving a private webhook in any spelling is a 400 naming webhooks.N.url; rules stored with such
// URLs (saved while the opt-in was on) reach nothing by the test button or by a real firing
// (literals refused before sending, `localhost` refused by the connect-time lookup); a project's
// judge URL on loopback is never contacted, and with the judge opt-in it gets no operator key;
// /settings names the operator's judge without the credentials in its URL.
// On the shared stack: a delivered payload carries no secret and no other webhook's URL, and the
// /alerts page (whose edit form is a client component) does not carry the secrets either.
import http from "node:http";
import type { AddressInfo } from "node:net";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashKey } from "../../lib/auth/keys";
import { createSession, PROJECT_COOKIE, SESSION_COOKIE } from "../../lib/auth/sessions";
import type { EmbeddedDb } from "../../lib/db/embedded";
import { pool } from "../../lib/db/pool";
import type { Child } from "../../lib/runtime/processes";
import { verify } from "../../lib/alerts/notify";
import { baseUrl, createTestProject, getJson, keyRequest, postEvents } from "../helpers/api";
import { dropoutConversation } from "../helpers/conversations";
import { startReceiver } from "../helpers/receiver";
import { startExtraWeb, startExtraWorker, startPrivateDb } from "../helpers/stack";
import { until } from "../helpers/until";

interface Hit {
  url: string;
  authorization: string | undefined;
  body: string;
}

/** A loopback HTTP server that records every request and answers like an LLM judge (also a fine 200 for webhooks). */
async function listener(host: "127.0.0.1" | "::1") {
  const hits: Hit[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      hits.push({ url: req.url ?? "", authorization: req.headers.authorization, body });
      res.setHeader("content-type", "application/json");
      res.end(JSON.stringify({ choices: [{ message: { role: "assistant", content: '{"score": 0.42}' } }] }));
    });
  });
  await new Promise<void>((r) => server.listen(0, host, r));
  return { port: (server.address() as AddressInfo).port, hits, close: () => new Promise<void>((r) => server.close(() => r())) };
}

const OPERATOR_KEY = "sk-operator-SECRET-do-not-leak";
const NO_OPT_IN = {
  BATON_WEBHOOK_ALLOW_PRIVATE: "0",
  BATON_JUDGE_ALLOW_PRIVATE: "0",
  BATON_JUDGE_URL: "https://judge-user:judge-PASS@judge.operator.invalid/v1?api-key=judge-QUERY-key",
  BATON_JUDGE_MODEL: "operator-model",
  BATON_JUDGE_API_KEY: OPERATOR_KEY,
};
const WORKER_ENV = { BATON_ALERT_TICK_MS: "500", BATON_SCORE_DEBOUNCE_MS: "100", BATON_WEBHOOK_RETRY_BASE_MS: "200" };

let db: EmbeddedDb;
let key = "";
let projectId = "";
let web: { url: string; web: Child };
let worker: Child | null = null;
let v4: Awaited<ReturnType<typeof listener>>;
let v6: Awaited<ReturnType<typeof listener>>;
const hits = () => v4.hits.length + v6.hits.length;

async function sql(text: string, params: unknown[] = []) {
  const c = new pg.Client({ connectionString: db.url });
  await c.connect();
  try {
    return (await c.query(text, params)).rows;
  } finally {
    await c.end();
  }
}

const api = (path: string, method: string, body?: unknown) => keyRequest(key, path, method, body, web.url);

/** Every spelling of "this machine" that must not be reached. `localhost` is not a literal: only the lookup can refuse it. */
const spellings = () => [
  `http://[::ffff:127.0.0.1]:${v4.port}/hook`,
  `http://[::ffff:7f00:1]:${v4.port}/hook`,
  `http://[0:0:0:0:0:ffff:127.0.0.1]:${v4.port}/hook`,
  `http://127.0.0.1:${v4.port}/hook`,
  `http://127.1:${v4.port}/hook`,
  `http://2130706433:${v4.port}/hook`,
  `http://0x7f.0.0.1:${v4.port}/hook`,
  `http://0.0.0.0:${v4.port}/hook`,
  `http://[::1]:${v6.port}/hook`,
  `http://[::]:${v6.port}/hook`,
  `http://[::ffff:0:127.0.0.1]:${v4.port}/hook`,
  `http://[64:ff9b::7f00:1]:${v4.port}/hook`,
  `http://[2002:7f00:1::]:${v4.port}/hook`,
  `http://localhost:${v4.port}/hook`,
];

const RULE = {
  name: "SSRF probe",
  metric: "dropout_rate",
  comparator: "gt",
  threshold: 0.5,
  windowMinutes: 60,
  minSamples: 3,
  intervalSeconds: 5,
  pendingEvaluations: 1,
  severity: "critical",
};

/** A rule stored as if saved while BATON_WEBHOOK_ALLOW_PRIVATE=1 was set (the API refuses these now). */
async function storeRule(id: string, urls: string[]) {
  await sql(
    `INSERT INTO alert_rules (project_id, id, name, metric, comparator, threshold, window_minutes, min_samples, interval_seconds, severity, webhooks)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [projectId, id, RULE.name, RULE.metric, RULE.comparator, RULE.threshold, RULE.windowMinutes, RULE.minSamples, RULE.intervalSeconds, RULE.severity,
      JSON.stringify(urls.map((url) => ({ url, secret: "whsec_probe_123" })))],
  );
}

beforeAll(async () => {
  v4 = await listener("127.0.0.1");
  v6 = await listener("::1");
  ({ db, key, projectId } = await startPrivateDb());
  web = await startExtraWeb(db.url, NO_OPT_IN);
  worker = await startExtraWorker(db.url, { ...NO_OPT_IN, ...WORKER_ENV });
});

afterAll(async () => {
  await Promise.all([web?.web.stop(), worker?.stop()]);
  await db?.stop();
  await Promise.all([v4?.close(), v6?.close()]);
});

describe("webhooks without BATON_WEBHOOK_ALLOW_PRIVATE", () => {
  it("the listeners are reachable (so zero hits below means refused, not unreachable)", async () => {
    expect((await fetch(`http://127.0.0.1:${v4.port}/probe`, { method: "POST", body: "{}" })).status).toBe(200);
    expect((await fetch(`http://[::1]:${v6.port}/probe`, { method: "POST", body: "{}" })).status).toBe(200);
    expect(hits()).toBe(2);
    v4.hits.length = 0;
    v6.hits.length = 0;
  });

  it("refuses to save a private webhook in any spelling, naming webhooks.N.url; a public one is fine", async () => {
    const urls = spellings();
    for (let i = 0; i < urls.length; i += 10) {
      const chunk = urls.slice(i, i + 10);
      const res = await api("/api/v1/alert-rules", "POST", { ...RULE, webhooks: chunk.map((url) => ({ url, secret: "whsec_probe_123" })) });
      expect(res.status).toBe(400);
      const issues = (await res.json()).issues as Array<{ path: string; message: string }>;
      expect(issues.map((x) => x.path).sort()).toEqual(chunk.map((_, n) => `body.webhooks.${n}.url`).sort());
      for (const x of issues) expect(x.message).toMatch(/^refusing .*BATON_WEBHOOK_ALLOW_PRIVATE=1/);
    }
    const ok = await api("/api/v1/alert-rules", "POST", { ...RULE, enabled: false, webhooks: [{ url: "https://hooks.example.com/x", secret: "whsec_probe_123" }] });
    expect(ok.status).toBe(201);
    const { id } = await ok.json();
    const patched = await api(`/api/v1/alert-rules/${id}`, "PATCH", { webhooks: [{ url: spellings()[1], secret: "whsec_probe_123" }] });
    expect(patched.status).toBe(400);
    expect((await patched.json()).issues.map((x: { path: string }) => x.path)).toEqual(["body.webhooks.0.url"]);
    await api(`/api/v1/alert-rules/${id}`, "DELETE");
  });

  it("the test button reaches none of them (literals refused up front, localhost by the lookup)", async () => {
    const urls = spellings();
    await storeRule("rule_ssrf_test_a", urls.slice(0, 10));
    await storeRule("rule_ssrf_test_b", urls.slice(10));
    await sql(`UPDATE alert_rules SET enabled = false WHERE project_id = $1 AND id LIKE 'rule_ssrf_test_%'`, [projectId]);
    const results: Array<{ url: string; ok: boolean; error: string }> = [];
    for (const id of ["rule_ssrf_test_a", "rule_ssrf_test_b"]) {
      const res = await api(`/api/v1/alert-rules/${id}/test`, "POST");
      expect(res.status).toBe(200);
      results.push(...(await res.json()).results);
    }
    expect(results.map((r) => r.url)).toEqual(urls);
    for (const r of results) expect([r.url, r.ok, r.error]).toEqual([r.url, false, expect.stringMatching(/^refusing .*BATON_WEBHOOK_ALLOW_PRIVATE=1/)]);
    expect(results.at(-1)!.error).toBe("refusing localhost: resolves to a private address; set BATON_WEBHOOK_ALLOW_PRIVATE=1 to allow");
    expect(hits()).toBe(0);
  });

  it("a real firing reaches none of them: every delivery fails as refused, not retried", async () => {
    const urls = spellings();
    await storeRule("rule_ssrf_fire", urls.slice(0, 10));
    const events = Array.from({ length: 5 }, (_, i) => dropoutConversation(`ssrf-burst-${i}`, Date.now() - 60_000)).flat();
    expect((await postEvents(key, { events }, { base: web.url })).status).toBe(200);
    const deliveries = await until("the firing's deliveries to fail", async () => {
      const rows = await sql(
        `SELECT d.url, d.status, d.attempt, d.error FROM notification_deliveries d JOIN alert_events e ON e.project_id = d.project_id AND e.id = d.alert_event_id
          WHERE d.project_id = $1 AND d.rule_id = 'rule_ssrf_fire' AND e.state = 'firing'`,
        [projectId],
      );
      return rows.length === 10 && rows.every((r) => r.status === "failed") && rows;
    }, 45_000);
    for (const d of deliveries) expect([d.url, d.attempt, d.error]).toEqual([d.url, 1, expect.stringMatching(/^refusing /)]);
    expect(hits()).toBe(0);
  });

  it("a real firing to localhost is refused by the connect-time lookup", async () => {
    await storeRule("rule_ssrf_fire_name", [`http://localhost:${v4.port}/hook`, `http://localhost:${v6.port}/hook`]);
    const events = Array.from({ length: 5 }, (_, i) => dropoutConversation(`ssrf-name-${i}`, Date.now() - 60_000)).flat();
    expect((await postEvents(key, { events }, { base: web.url })).status).toBe(200);
    const deliveries = await until("the firing's deliveries to fail", async () => {
      const rows = await sql(`SELECT status, error FROM notification_deliveries WHERE project_id = $1 AND rule_id = 'rule_ssrf_fire_name'`, [projectId]);
      return rows.length >= 2 && rows.every((r) => r.status === "failed") && rows;
    }, 45_000);
    for (const d of deliveries) expect(d.error).toMatch(/^refusing localhost: resolves to a private address/);
    expect(hits()).toBe(0);
  });
});

describe("a project's judge URL", () => {
  async function scoreWithJudge(url: string, conversationId: string) {
    await sql(`UPDATE projects SET settings = $2 WHERE id = $1`, [projectId, JSON.stringify({ judge: { kind: "llm", url, model: "m" } })]);
    expect((await postEvents(key, { events: dropoutConversation(conversationId) }, { base: web.url })).status).toBe(200);
    return until(`${conversationId} scored`, async () => {
      const rows = await sql(`SELECT scores FROM conversations WHERE project_id = $1 AND id = $2 AND scores IS NOT NULL`, [projectId, conversationId]);
      return rows[0]?.scores;
    }, 45_000);
  }

  it("on loopback is never contacted without BATON_JUDGE_ALLOW_PRIVATE (scoring falls back to the offline judge)", async () => {
    const urls = [
      `http://127.0.0.1:${v4.port}/v1`,
      `http://[::ffff:127.0.0.1]:${v4.port}/v1`,
      `http://[::ffff:7f00:1]:${v4.port}/v1`,
      `http://2130706433:${v4.port}/v1`,
      `http://[::1]:${v6.port}/v1`,
      `http://localhost:${v4.port}/v1`,
    ];
    for (const [i, url] of urls.entries()) await scoreWithJudge(url, `ssrf-judge-${i}`);
    expect(hits()).toBe(0);
  });

  it("with BATON_JUDGE_ALLOW_PRIVATE=1 is contacted, but never with the operator's key", async () => {
    await worker?.stop();
    worker = await startExtraWorker(db.url, { ...NO_OPT_IN, ...WORKER_ENV, BATON_JUDGE_ALLOW_PRIVATE: "1" });
    const scores = await scoreWithJudge(`http://[::ffff:7f00:1]:${v4.port}/v1`, "ssrf-judge-allowed");
    expect(scores.intentPreservation).toBe(0.42); // the listener's answer: it was asked
    expect(v4.hits[0].url).toBe("/v1/chat/completions");
    for (const h of v4.hits) {
      expect(h.authorization).toBeUndefined();
      expect(h.body).not.toContain(OPERATOR_KEY);
    }
  });
});

describe("the /settings page", () => {
  it("names the operator's judge without the credentials in its URL, and never shows the key", async () => {
    await sql(`INSERT INTO users (id, email, password_hash) VALUES ('usr_ssrf', 'ssrf@test.local', 'x')`);
    await sql(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, 'usr_ssrf', 'admin')`, [projectId]);
    const token = `ssrf-session-${Date.now()}`;
    await sql(`INSERT INTO sessions (id, user_id, expires_at) VALUES ($1, 'usr_ssrf', now() + interval '1 hour')`, [hashKey(token)]);
    const res = await fetch(`${web.url}/settings`, { headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("operator-model at https://judge.operator.invalid/v1");
    for (const leak of ["judge-PASS", "judge-user", "judge-QUERY-key", OPERATOR_KEY]) expect([leak, html.includes(leak)]).toEqual([leak, false]);
  });
});

describe("webhook payloads", () => {
  it("carry no secret and no other webhook's URL", async () => {
    const p = await createTestProject();
    const a = await startReceiver();
    const b = await startReceiver();
    try {
      const hooks = [
        { url: a.url, secret: "whsec_AAAA_first_secret" },
        { url: b.url.replace("/hook", "/second-destination"), secret: "whsec_BBBB_second_secret" },
      ];
      const res = await fetch(`${baseUrl()}/api/v1/alert-rules`, {
        method: "POST",
        headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
        body: JSON.stringify({ ...RULE, enabled: false, webhooks: hooks }),
      });
      const rule = await res.json();
      expect(JSON.stringify(rule)).not.toMatch(/whsec_/);
      await fetch(`${baseUrl()}/api/v1/alert-rules/${rule.id}/test`, { method: "POST", headers: { authorization: `Bearer ${p.key}` } });
      await a.waitFor((got) => got.length === 1);
      await b.waitFor((got) => got.length === 1);
      for (const body of [a.received[0].body, b.received[0].body]) {
        for (const leak of ["whsec_AAAA_first_secret", "whsec_BBBB_second_secret", "second-destination", `:${new URL(a.url).port}/`, "webhooks"]) {
          expect([leak, body.includes(leak)]).toEqual([leak, false]);
        }
      }
      expect(a.received[0].json.rule).toEqual({ id: rule.id, name: RULE.name, metric: RULE.metric, kind: "threshold", direction: "any", comparator: RULE.comparator, threshold: RULE.threshold, windowMinutes: RULE.windowMinutes, severity: RULE.severity });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe("webhook secrets over the API", () => {
  it("GET shows a mask; sending it back keeps the stored secret; a new URL or a new rule needs a real one", async () => {
    const p = await createTestProject();
    const rx = await startReceiver();
    const call = (path: string, method: string, body?: unknown) =>
      fetch(`${baseUrl()}${path}`, { method, headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
    try {
      const SECRET = "whsec_roundtrip_secret";
      const created = await (await call("/api/v1/alert-rules", "POST", { ...RULE, enabled: false, webhooks: [{ url: rx.url, secret: SECRET }] })).json();
      const got = await (await getJson(`/api/v1/alert-rules/${created.id}`, p.key)).json();
      expect(got.webhooks).toEqual([{ url: rx.url, secret: "••••••" }]);
      const patched = await call(`/api/v1/alert-rules/${created.id}`, "PATCH", { name: "Renamed", webhooks: got.webhooks });
      expect(patched.status).toBe(200);
      expect(JSON.stringify(await patched.json())).not.toContain(SECRET);
      await call(`/api/v1/alert-rules/${created.id}/test`, "POST");
      await rx.waitFor((r) => r.length === 1);
      expect(verify(SECRET, rx.received[0].body, rx.received[0].signature)).toBe(true); // still signed with the stored secret

      const moved = await call(`/api/v1/alert-rules/${created.id}`, "PATCH", { webhooks: [{ url: "https://elsewhere.example.com/x", secret: "••••••" }] });
      expect(moved.status).toBe(400);
      expect((await moved.json()).issues).toEqual([{ path: "body.webhooks.0.secret", message: "a new webhook URL needs its signing secret" }]);
      const masked = await call("/api/v1/alert-rules", "POST", { ...RULE, webhooks: [{ url: "https://hooks.example.com/y", secret: "••••••" }] });
      expect(masked.status).toBe(400);
      expect((await masked.json()).issues.map((i: { path: string }) => i.path)).toEqual(["body.webhooks.0.secret"]);
    } finally {
      await rx.close();
    }
  });
});

describe("the /alerts page", () => {
  it("does not serialise webhook secrets into the page", async () => {
    const p = await createTestProject();
    const userId = `usr_${p.projectId}`;
    await pool().query(`INSERT INTO users (id, email, password_hash) VALUES ($1, $2, 'x')`, [userId, `${userId}@test.local`]);
    await pool().query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'admin')`, [p.projectId, userId]);
    const { token } = await createSession(userId);
    const res = await fetch(`${baseUrl()}/api/v1/alert-rules`, {
      method: "POST",
      headers: { authorization: `Bearer ${p.key}`, "content-type": "application/json" },
      body: JSON.stringify({ ...RULE, name: "Page secret probe", enabled: false, webhooks: [{ url: "https://hooks.example.com/page-probe", secret: "whsec_PAGE_secret_value" }] }),
    });
    expect(res.status).toBe(201);
    const page = await fetch(`${baseUrl()}/alerts`, { headers: { cookie: `${SESSION_COOKIE}=${token}; ${PROJECT_COOKIE}=${p.projectId}` } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("Page secret probe"); // the rule is on the page (and its edit form) ...
    expect(html).toContain("https://hooks.example.com/page-probe");
    expect(html).not.toContain("whsec_PAGE_secret_value"); // ... its secret is not
  });
});
