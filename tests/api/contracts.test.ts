// Handoff contracts over real HTTP and PostgreSQL (issue 16): bad contracts are 400s naming the
// path; pin → the edge's window is rescored (with progress) → breaks flagged on handoffs and
// conversations → contract_break_rate in rollups (per edge) → an alert rule fires; versions with
// author and diff; export → import round trip; POST /api/v1/contracts/check.
import crypto from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import { recordContractDrift } from "../../lib/contracts/drift-job";
import { pool } from "../../lib/db/pool";
import { baseUrl, createTestProject, createTestUser, getJson, keyRequest, postEvents, waitScored } from "../helpers/api";
import { submitForm } from "../helpers/forms";
import { startReceiver } from "../helpers/receiver";
import { until } from "../helpers/until";

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const api = keyRequest;

/** A dashboard page's visible text (tags and React's text separators removed) and its links. */
async function dashboardPage(cookie: string, path: string) {
  const res = await fetch(`${baseUrl()}${path}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  const html = (await res.text()).replace(/<script[\s\S]*?<\/script>/g, "");
  return { text: html.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, ""), hrefs: [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")) };
}

/** triage → billing carrying order_id (used by billing) and tier (not used); `withEmail` adds email. */
function refund(conversationId: string, withEmail = false, release?: string, t0 = Date.now() - 120_000) {
  const t = (s: number) => new Date(t0 + s * 1000).toISOString();
  const id = (n: number) => `${conversationId}-${n}-${crypto.randomBytes(2).toString("hex")}`;
  return [
    { id: id(1), conversationId, timestamp: t(0), type: "message", role: "user", content: "Refund order 44120 please, email ann@example.com" },
    { id: id(2), conversationId, timestamp: t(2), type: "handoff", from: "triage", to: "billing", summary: "Refund for ann@example.com", payload: { order_id: "44120", tier: "gold", ...(withEmail ? { email: "ann@example.com" } : {}) }, ...(release ? { metadata: { release } } : {}) },
    { id: id(3), conversationId, timestamp: t(4), type: "tool_call", agent: "billing", tool: "refund", args: { order_id: "44120" }, result: { ok: true } },
    { id: id(4), conversationId, timestamp: t(6), type: "message", role: "agent", agent: "billing", content: "Refund for 44120 issued." },
  ];
}

describe("contract validation", () => {
  it("a malformed contract is a 400 naming the path; an edge never seen may be pinned", async () => {
    const p = await createTestProject();
    const put = (body: unknown) => api(p.key, "/api/v1/contracts/a/b", "PUT", body);
    const issues = async (res: Response) => {
      expect(res.status).toBe(400);
      return ((await res.json()).issues as Array<{ path: string; message: string }>).map((i) => `${i.path}: ${i.message}`);
    };
    expect(await issues(await put({ properties: { x: { type: "strng" } } }))).toEqual([expect.stringMatching(/^body\.properties\.x\.type: unknown type "strng"/)]);
    expect(await issues(await put('{"properties":{"x":{"type":"string"},"x":{"type":"number"}}}'))).toEqual(["body.properties.x: duplicate field"]);
    expect(await issues(await put({ properties: {}, required: ["x", "x"] }))).toEqual(['body.required.1: duplicate field "x"']);
    const many = (n: number) => ({ properties: Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, { type: "string" }])) });
    expect(await issues(await put(many(501)))).toEqual(["body.properties: more than 500 fields"]);
    expect((await issues(await put([1])))[0]).toMatch(/^body: /);
    expect((await issues(await put("nope")))[0]).toMatch(/^body: not valid JSON/);
    // near miss: exactly 500 fields, for an edge with no traffic
    const ok = await put(many(500));
    expect(ok.status).toBe(200);
    const edge = await (await getJson("/api/v1/contracts/a/b", p.key)).json();
    expect(edge).toMatchObject({ status: "pinned", pinned: { version: 1 }, inferred: { handoffs: 0 } });
    expect((await fetch(`${baseUrl()}/api/v1/contracts/a/b`)).status).toBe(401);
  });
});

describe("contract settings", () => {
  it("the expected-presence threshold and the window are set on /settings; out of range is refused and changes nothing", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    // 5 of 6 handoffs carry `tier` and billing mentions it: 83 % presence
    const events = Array.from({ length: 6 }, (_, i) =>
      refund(`cs-${i}`).map((e) =>
        e.type === "handoff" ? { ...e, payload: i < 5 ? { order_id: "44120", tier: "gold" } : { order_id: "44120" } } : e.type === "message" && e.role === "agent" ? { ...e, content: "Refund for 44120 issued (gold)." } : e,
      ),
    ).flat();
    expect((await postEvents(p.key, { events })).status).toBe(200);
    for (let i = 0; i < 6; i++) await waitScored(p.key, `cs-${i}`, 4);
    const expected = async () => {
      const edge = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
      return { settings: edge.settings, required: edge.inferred.schema.required };
    };
    expect(await expected()).toEqual({ settings: { days: 7, presence: 0.9 }, required: ["order_id"] });
    const save = (values: Record<string, string>) =>
      submitForm({
        page: "/settings", form: 'name="contractPresence"', cookie: u.cookie,
        values: { trackedFields: "", freshnessTurns: "2", freshnessSeconds: "120", depthWarn: "5", depthCritical: "8", driftThreshold: "0.5", pingPongHops: "3", compressionFlagRatio: "20", judgeKind: "offline", ...values },
      });
    // near miss of the floor: 0.4 is refused (at least 0.5), nothing changes
    await save({ contractPresence: "0.4", contractWindowDays: "14" });
    expect(await expected()).toEqual({ settings: { days: 7, presence: 0.9 }, required: ["order_id"] });
    await save({ contractPresence: "0.8", contractWindowDays: "14" });
    expect(await expected()).toEqual({ settings: { days: 14, presence: 0.8 }, required: ["order_id", "tier"] });
  });
});

describe("contracts in production", () => {
  it("infers, pins, rescores the window, flags breaks, rolls up contract_break_rate per edge and fires an alert", async () => {
    const p = await createTestProject();
    const rx = await startReceiver();
    cleanups.push(rx.close);
    const ids = Array.from({ length: 6 }, (_, i) => `ct-${i}`);
    expect((await postEvents(p.key, { events: ids.flatMap((id) => refund(id)) })).status).toBe(200);
    for (const id of ids) await waitScored(p.key, id, 4);

    // inferred: order_id carried always and used downstream → expected; tier carried but unused; email only in prose
    const edge = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
    expect(edge.status).toBe("inferred");
    const by = Object.fromEntries(edge.inferred.fields.map((f: { name: string }) => [f.name, f]));
    expect(by.order_id).toMatchObject({ presence: 1, usedRate: 1, expected: true, example: "[redacted]", types: { string: 6 } });
    expect(by.tier).toMatchObject({ presence: 1, usedRate: 0, expected: false, example: "gold" });
    expect(by.email).toMatchObject({ source: "prose", presence: 1 });
    expect(edge.inferred.schema.required).toEqual(["order_id"]);

    // pinning the inferred contract breaks nothing
    expect((await api(p.key, "/api/v1/contracts/triage/billing", "PUT", edge.inferred.schema)).status).toBe(200);

    const rule = await (
      await api(p.key, "/api/v1/alert-rules", "POST", {
        name: "Contract breaks", metric: "contract_break_rate", comparator: "gt", threshold: 0.5, windowMinutes: 60,
        minSamples: 3, intervalSeconds: 5, groupBy: "edge", webhooks: [{ url: rx.url, secret: "whsec_contracts_1" }],
      })
    ).json();
    expect(rule.metric).toBe("contract_break_rate");

    // v2 requires email as a structured field: every handoff now breaks (it is only in the summary)
    const v2 = { ...edge.inferred.schema, required: ["order_id", "email"], properties: { ...edge.inferred.schema.properties, email: { type: "string" } } };
    const put = await (await api(p.key, "/api/v1/contracts/triage/billing", "PUT", v2)).json();
    expect(put).toMatchObject({ changed: true, contract: { version: 2, updatedBy: `api key ${p.keyId}` } });
    expect(put.contract.rescore.total).toBe(6);

    await until("the rescore to finish", async () => {
      const e = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
      return e.pinned.rescore.done === 6;
    });
    // read after progress reached 6/6 (one response's parts are read concurrently)
    const done = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
    expect(done.breaks).toHaveLength(6);
    expect(done.breaks[0].breaks).toEqual([{ rule: "only_in_prose", field: "email", expected: "a structured field", got: "only stated in the summary" }]);
    expect(done.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(done.versions[0].diff).toEqual(expect.arrayContaining([{ field: "email", change: "added", before: null, after: "string" }, { field: "email", change: "required", before: false, after: true }]));

    const conv = await (await getJson("/api/v1/conversations/ct-0", p.key)).json();
    expect(conv.conversation.flags).toContain("contract_break");
    expect(conv.handoffs[0]).toMatchObject({ flags: expect.arrayContaining(["contract_break"]), contractBreaks: [expect.objectContaining({ rule: "only_in_prose", field: "email" })] });
    const list = await (await getJson("/api/v1/conversations?flag=contract_break", p.key)).json();
    expect(list.data.map((c: { id: string }) => c.id).sort()).toEqual(ids);

    const series = await (await getJson("/api/v1/metrics?metric=contract_break_rate&groupBy=edge", p.key)).json();
    const points = series.points.filter((x: { samples: number }) => x.samples > 0);
    expect(points.map((x: { group: string; value: number }) => [x.group, x.value])).toEqual([["triage→billing", 1]]);

    await rx.waitFor((got) => got.some((x) => x.json.state === "firing"));
    expect(rx.received.find((x) => x.json.state === "firing")!.json).toMatchObject({ rule: { id: rule.id, metric: "contract_break_rate" } });

    // a conforming handoff on the same edge is not flagged (near miss)
    expect((await postEvents(p.key, { events: refund("ct-ok", true) })).status).toBe(200);
    const ok = await waitScored(p.key, "ct-ok", 4);
    expect(ok.conversation.flags).not.toContain("contract_break");
    expect(ok.handoffs[0].contractBreaks).toEqual([]);

    // the list shows status and break rate
    const edges = await (await getJson("/api/v1/contracts", p.key)).json();
    expect(edges.data).toEqual([expect.objectContaining({ from: "triage", to: "billing", status: "pinned", version: 2, checked: 7, broken: 6 })]);
  });
});

describe("export, import and check", () => {
  it("exports the project's contracts as one file, imports it elsewhere, and checks events against it", async () => {
    const a = await createTestProject();
    const b = await createTestProject();
    const schema = { type: "object", properties: { order_id: { type: "string" } }, required: ["order_id"], additionalProperties: false };
    expect((await api(a.key, "/api/v1/contracts/triage/billing", "PUT", schema)).status).toBe(200);
    const res = await getJson("/api/v1/contracts/export", a.key);
    expect(res.headers.get("content-disposition")).toContain("contracts.json");
    const file = await res.json();
    expect(file).toEqual({ version: 1, contracts: [{ from: "triage", to: "billing", schema }] });

    const imported = await (await api(b.key, "/api/v1/contracts/import", "POST", file)).json();
    expect(imported).toEqual({ contracts: 1, changed: 1 });
    expect(await (await api(b.key, "/api/v1/contracts/import", "POST", file)).json()).toEqual({ contracts: 1, changed: 0 });
    const bad = await api(b.key, "/api/v1/contracts/import", "POST", { contracts: [{ from: "x", to: "y", schema: { properties: { q: { type: "date" } } } }] });
    expect(bad.status).toBe(400);
    expect((await bad.json()).issues[0].path).toBe("body.contracts.0.schema.properties.q.type");

    const events = refund("chk-1");
    const check = await (await api(b.key, "/api/v1/contracts/check", "POST", { events })).json();
    expect(check).toMatchObject({ ok: false, handoffs: 1, checked: 1, broken: 1 });
    expect(check.breaks[0]).toMatchObject({ edge: "triage→billing", eventId: events[1].id, breaks: [{ rule: "unexpected", field: "tier", got: "string" }] });
    const clean = await (await api(b.key, "/api/v1/contracts/check", "POST", { events, contracts: { contracts: [{ from: "triage", to: "billing", schema: { required: ["order_id"] } }] } })).json();
    expect(clean).toMatchObject({ ok: true, checked: 1, broken: 0 });
    const unreadable = await api(b.key, "/api/v1/contracts/check", "POST", { events: [{ type: "handoff" }] });
    expect(unreadable.status).toBe(400);
    // nothing was stored by a check
    const stored = await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [b.projectId]);
    expect(stored.rows[0].n).toBe(0);
  });
});

describe("release drift", () => {
  it("shows 'changed in release v2' with before/after presence, and an alert fires on contract_drift", async () => {
    const p = await createTestProject();
    const rx = await startReceiver();
    cleanups.push(rx.close);
    const base = Date.now() - 3_600_000;
    const v1 = Array.from({ length: 5 }, (_, i) => refund(`dr-a${i}`, false, "v1", base + i * 60_000));
    // v2 stops sending tier
    const v2 = Array.from({ length: 5 }, (_, i) =>
      refund(`dr-b${i}`, false, "v2", base + 600_000 + i * 60_000).map((e) => (e.type === "handoff" ? { ...e, payload: { order_id: "44120" } } : e)),
    );
    expect((await postEvents(p.key, { events: [...v1, ...v2].flat() })).status).toBe(200);
    for (let i = 0; i < 5; i++) await waitScored(p.key, `dr-b${i}`, 4);
    for (let i = 0; i < 5; i++) await waitScored(p.key, `dr-a${i}`, 4);

    const edge = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
    expect(edge.inferred.latestRelease).toBe("v2");
    expect(edge.inferred.drift).toEqual([
      { release: "v2", previous: "v1", kind: "field_removed", field: "tier", before: 1, after: 0, detail: "tier no longer sent" },
    ]);

    // the edge page shows the same change with before/after presence; it and the contract page link to each other
    const u = await createTestUser(p.projectId);
    const edgePage = await dashboardPage(u.cookie, "/edges/triage/billing");
    expect(edgePage.text).toContain("changed in release v2 (after v1): tier no longer sent — presence 100% → 0%");
    expect(edgePage.hrefs).toEqual(expect.arrayContaining(["/contracts/triage/billing#release-drift", "/releases?a=v1&b=v2"]));
    const contractPage = await dashboardPage(u.cookie, "/contracts/triage/billing");
    expect(contractPage.text).toContain("changed in release v2 (after v1): tier no longer sent — presence 100% → 0%");
    expect(contractPage.hrefs).toContain("/edges/triage/billing#contract-drift");

    const rule = await (
      await api(p.key, "/api/v1/alert-rules", "POST", {
        name: "Drift", metric: "contract_drift", comparator: "gt", threshold: 0, windowMinutes: 60, intervalSeconds: 5,
        groupBy: "edge", webhooks: [{ url: rx.url, secret: "whsec_contracts_2" }],
      })
    ).json();
    const recorded = await recordContractDrift({ projectId: p.projectId });
    expect(recorded).toEqual({ edges: [{ edge: "triage→billing", changes: 1 }], total: 1 });
    const series = await (await getJson("/api/v1/metrics?metric=contract_drift&groupBy=edge", p.key)).json();
    expect(series.points.filter((x: { samples: number }) => x.samples > 0).map((x: { group: string; value: number }) => [x.group, x.value])).toEqual([["triage→billing", 1]]);
    await rx.waitFor((got) => got.some((x) => x.json.state === "firing"));
    expect(rx.received.find((x) => x.json.state === "firing")!.json).toMatchObject({ rule: { id: rule.id, metric: "contract_drift" } });
  });

  it("near miss: one release only, or the same shape in both releases, is no drift", async () => {
    const p = await createTestProject();
    const base = Date.now() - 3_600_000;
    const events = Array.from({ length: 10 }, (_, i) => refund(`nd-${i}`, false, i < 5 ? "v1" : "v2", base + i * 60_000)).flat();
    expect((await postEvents(p.key, { events })).status).toBe(200);
    for (let i = 0; i < 10; i++) await waitScored(p.key, `nd-${i}`, 4);
    const edge = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
    expect(edge.inferred.drift).toEqual([]);
    const u = await createTestUser(p.projectId);
    const edgePage = await dashboardPage(u.cookie, "/edges/triage/billing");
    expect(edgePage.text).toContain("triage → billing");
    expect(edgePage.text).not.toContain("changed in release");
    expect(await recordContractDrift({ projectId: p.projectId })).toEqual({ edges: [{ edge: "triage→billing", changes: 0 }], total: 0 });
  });
});

describe("incremental statistics", () => {
  it("the inferred contract and the edge list follow erasure exactly (rollup entries, no handoff scan)", async () => {
    const p = await createTestProject();
    for (const [i, withEmail] of [false, false, true].entries()) {
      expect((await postEvents(p.key, { events: refund(`inc-${i}`, withEmail) })).status).toBe(200);
    }
    for (let i = 0; i < 3; i++) await waitScored(p.key, `inc-${i}`, 4);
    const fields = async (): Promise<Record<string, number>> => {
      const edge = await (await getJson("/api/v1/contracts/triage/billing", p.key)).json();
      return { handoffs: edge.inferred.handoffs, ...Object.fromEntries(edge.inferred.fields.map((f: { name: string; source: string; present: number }) => [`${f.name}:${f.source}`, f.present])) };
    };
    // email is a structured field of one handoff; the summaries state it in prose in the other two
    expect(await fields()).toMatchObject({ handoffs: 3, "order_id:structured": 3, "tier:structured": 3, "email:structured": 1 });
    const rows = await pool().query(`SELECT count(*)::int AS n FROM metric_rollups WHERE project_id = $1 AND dim = 'contract'`, [p.projectId]);
    expect(rows.rows[0].n).toBeGreaterThan(0);
    // erasing the conversation that carried email removes its contribution
    expect((await api(p.key, "/api/v1/conversations/inc-2", "DELETE")).status).toBe(200);
    expect(await fields()).toMatchObject({ handoffs: 2, "order_id:structured": 2, "tier:structured": 2, "email:prose": 2 });
    expect((await fields())["email:structured"]).toBeUndefined();
    const list = await (await getJson("/api/v1/contracts", p.key)).json();
    expect(list.data.find((e: { from: string }) => e.from === "triage")).toMatchObject({ handoffs: 2, status: "inferred" });
  });
});
