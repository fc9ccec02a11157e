// GET /api/health and GET /api/v1/conversations/{id} (SPEC §2.3).
import { describe, expect, it } from "vitest";
import { baseUrl, createTestProject, getJson, msg, postEvents } from "../helpers/api";

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
