// GET /api/health and GET /api/v1/conversations/{id} (SPEC §2.3).
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { baseUrl, createTestProject, createTestUser, getJson, msg, postEvents, waitScored } from "../helpers/api";

describe("GET /api/health", () => {
  it("answers 200 when the database answers", async () => {
    const res = await fetch(`${baseUrl()}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", database: "ok" });
  });
});

describe("GET /api/v1/conversations/{id}", () => {
  it("returns the conversation and its events in timestamp order", async () => {
    const p = await createTestProject();
    const t = Date.now() - 10_000;
    const events = [
      msg("conv-a", { timestamp: t + 2000, role: "agent", agent: "billing", content: "Refund issued." }),
      msg("conv-a", { timestamp: t, content: "Refund order 8812 please" }),
      { ...msg("conv-a"), timestamp: t + 1000, type: "handoff", from: "triage", to: "billing", payload: { order_id: "8812" } },
    ];
    expect((await postEvents(p.key, { events })).status).toBe(200);
    const res = await getJson("/api/v1/conversations/conv-a", p.key);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.conversation.id).toBe("conv-a");
    expect(body.events.map((e: { id: string }) => e.id)).toEqual([events[1].id, events[2].id, events[0].id]);
    expect(body.events[1]).toMatchObject({ type: "handoff", from: "triage", to: "billing", agent: "triage", payload: { order_id: "8812" } });
    expect(body).toHaveProperty("scores");
    expect(body).toHaveProperty("handoffs");
  });

  it("answers 404 for an unknown id and for another project's conversation", async () => {
    const a = await createTestProject();
    const b = await createTestProject();
    expect((await postEvents(a.key, { events: [msg("secret-conv")] })).status).toBe(200);
    expect((await getJson("/api/v1/conversations/secret-conv", a.key)).status).toBe(200);
    const other = await getJson("/api/v1/conversations/secret-conv", b.key);
    expect(other.status).toBe(404);
    expect((await other.json()).error).toMatch(/not found/);
    expect((await getJson("/api/v1/conversations/nope", a.key)).status).toBe(404);
  });

  it("answers 401 without a key or session", async () => {
    const res = await fetch(`${baseUrl()}/api/v1/conversations/x`);
    expect(res.status).toBe(401);
  });
});

// Issue 11 item 12: bad read parameters are a 400 naming the parameter, never a 500 (PostgreSQL
// rejects NUL in text) and never a silent first page (a garbled cursor).
describe("read API: bad parameters", () => {
  const b64 = (v: unknown) => Buffer.from(typeof v === "string" ? v : JSON.stringify(v)).toString("base64url");
  const BAD_CURSORS = {
    "not base64 JSON": "garbage!!",
    "a JSON object": b64({ at: "2026-01-01T00:00:00Z" }),
    "a one-element array": b64(["2026-01-01T00:00:00.000Z"]),
    "an invalid date": b64(["yesterday", "c1"]),
    "numbers": b64([1, 2]),
    "a NUL in the id": b64(["2026-01-01T00:00:00.000Z", "c\u00001"]),
  };

  async function expect400(res: Response, path: string, message: RegExp) {
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe("invalid_request");
    expect(body.error).toMatch(message);
    expect(body.issues.map((i: { path: string }) => i.path)).toContain(path);
  }

  it("answers 400 for %00 in q, agent, edge and ids", async () => {
    const p = await createTestProject();
    await expect400(await getJson("/api/v1/conversations?q=a%00b", p.key), "query.q", /NUL/);
    await expect400(await getJson("/api/v1/conversations?agent=%00", p.key), "query.agent", /NUL/);
    await expect400(await getJson("/api/v1/conversations?edge=a%00%E2%86%92b", p.key), "query.edge", /NUL/);
    await expect400(await getJson("/api/v1/conversations/c%00x", p.key), "params.id", /NUL/);
    await expect400(await getJson("/api/v1/alert-rules/r%00", p.key), "params.id", /NUL/);
    await expect400(await getJson("/api/v1/alert-events?ruleId=%00", p.key), "query.ruleId", /NUL/);
    // near miss: the same parameters without the NUL are fine
    for (const path of ["/api/v1/conversations?q=ab&agent=x&edge=a%E2%86%92b", "/api/v1/alert-events?ruleId=r1"]) {
      expect((await getJson(path, p.key)).status).toBe(200);
    }
    expect((await getJson("/api/v1/conversations/cx", p.key)).status).toBe(404);
    // a malformed escape in a path id: Next's router would answer a bare 500
    for (const path of ["/api/v1/conversations/%E0%A4%A", "/api/v1/alert-rules/%E0", "/conversations/%E0"]) {
      const res = await getJson(path, p.key);
      expect(res.status, path).toBe(400);
      expect((await res.json()).error).toMatch(/percent-encoding/);
    }
  });

  it("answers 400 for a timestamp beyond what a date can hold", async () => {
    const p = await createTestProject();
    await expect400(await getJson("/api/v1/conversations?from=9007199254740991", p.key), "query.from", /from/);
    await expect400(await getJson("/api/v1/metrics?metric=dropout_rate&to=8640000000000001", p.key), "query.to", /to/);
    // near miss: the last instant of the accepted range (lib/time-range.ts: 1970 … 9999-12-31)
    expect((await getJson("/api/v1/conversations?from=253402300799999", p.key)).status).toBe(200);
  });

  it("answers 400 for a cursor that is not one of ours, on conversations and alert events", async () => {
    const p = await createTestProject();
    for (const [what, cursor] of Object.entries(BAD_CURSORS)) {
      for (const path of ["/api/v1/conversations", "/api/v1/alert-events"]) {
        const res = await getJson(`${path}?cursor=${encodeURIComponent(cursor)}`, p.key);
        expect(res.status, `${path} with a cursor that is ${what}`).toBe(400);
        await expect400(res, "query.cursor", /cursor/);
      }
    }
    // an empty cursor is the first page
    expect((await getJson("/api/v1/alert-events?cursor=", p.key)).status).toBe(200);
  });

  it("follows a real cursor to the next page (conversations and alert events)", async () => {
    const p = await createTestProject();
    const t = Date.now() - 60_000;
    expect((await postEvents(p.key, { events: [msg("page-1", { timestamp: t }), msg("page-2", { timestamp: t + 1000 })] })).status).toBe(200);
    await waitScored(p.key, "page-1");
    await waitScored(p.key, "page-2");
    const first = await (await getJson("/api/v1/conversations?limit=1", p.key)).json();
    expect(first.data.map((c: { id: string }) => c.id)).toEqual(["page-2"]);
    const second = await (await getJson(`/api/v1/conversations?limit=1&cursor=${first.nextCursor}`, p.key)).json();
    expect(second.data.map((c: { id: string }) => c.id)).toEqual(["page-1"]);
    expect(second.nextCursor).toBeNull();

    for (let i = 0; i < 3; i++) {
      await pool().query(
        `INSERT INTO alert_events (project_id, id, rule_id, state, value, threshold, window_minutes, at, evaluation_key)
         VALUES ($1, $2, 'r1', 'firing', 1, 0.5, 5, now() - make_interval(mins => $3), $2)`,
        [p.projectId, `ae${i}`, i],
      );
    }
    const a = await (await getJson("/api/v1/alert-events?limit=2", p.key)).json();
    expect(a.data.map((e: { id: string }) => e.id)).toEqual(["ae0", "ae1"]);
    const b = await (await getJson(`/api/v1/alert-events?limit=2&cursor=${a.nextCursor}`, p.key)).json();
    expect(b.data.map((e: { id: string }) => e.id)).toEqual(["ae2"]);
  });

  it("a session's project selector and cookies are validated too", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    const get = (path: string, cookie = u.cookie) => fetch(`${baseUrl()}${path}`, { headers: { cookie } });
    await expect400(await get("/api/v1/conversations?projectId=%00"), "project.projectId", /NUL/);
    const garbled = await get("/api/v1/conversations", `${u.cookie}; baton_project=%E0%A4%A`);
    expect(garbled.status).toBe(403);
    expect((await get("/api/v1/conversations")).status).toBe(200);
  });

  it("the /conversations page names an ignored cursor instead of crashing", async () => {
    const p = await createTestProject();
    const u = await createTestUser(p.projectId);
    for (const cursor of Object.values(BAD_CURSORS)) {
      const res = await fetch(`${baseUrl()}/conversations?cursor=${encodeURIComponent(cursor)}`, { headers: { cookie: u.cookie } });
      expect(res.status).toBe(200);
      expect(await res.text()).toMatch(/Ignored what was not understood: (<!-- -->)?cursor/);
    }
    const q = await fetch(`${baseUrl()}/conversations?q=%00`, { headers: { cookie: u.cookie } });
    expect(q.status).toBe(200);
    expect(await q.text()).toMatch(/Ignored what was not understood: (<!-- -->)?q/);
    const alerts = await fetch(`${baseUrl()}/alerts?rule=%00`, { headers: { cookie: u.cookie } });
    expect(alerts.status).toBe(200);
    // the page streams (loading.tsx), so notFound() renders the not-found view under a 200
    const one = await fetch(`${baseUrl()}/conversations/x%00y`, { headers: { cookie: u.cookie } });
    expect(one.status).toBeLessThan(500);
    expect(await one.text()).toContain("Not found");
  });
});
