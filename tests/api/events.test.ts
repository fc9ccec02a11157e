// POST /api/v1/events over real HTTP against the running app and a real PostgreSQL (SPEC §2.1, §8).
import zlib from "node:zlib";
import { describe, expect, it } from "vitest";
import { revokeApiKey } from "../../lib/auth/keys";
import { countEvents, createTestProject, msg, postEvents } from "../helpers/api";

describe("POST /api/v1/events", () => {
  it("accepts a valid batch (200) and stores every event once", async () => {
    const p = await createTestProject();
    const events = [
      msg("c1"),
      msg("c1", { type: "message", role: "agent", agent: "triage", content: "Let me transfer you." }),
      { ...msg("c1"), type: "handoff", from: "triage", to: "billing", summary: "refund for order 8812", payload: { order_id: "8812" }, timestamp: Date.now() },
      { ...msg("c1"), type: "tool_call", agent: "billing", tool: "lookup_order", args: { id: "8812" }, result: { status: "shipped" } },
      { ...msg("c1"), type: "resolution", agent: "billing", status: "resolved", csat: 5 },
    ];
    const res = await postEvents(p.key, { events });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: 5, duplicates: 0, errors: [] });
    expect(await countEvents(p.projectId)).toBe(5);
  });

  it("treats a resend as duplicates, never second rows", async () => {
    const p = await createTestProject();
    const events = [msg("c2"), msg("c2")];
    expect((await postEvents(p.key, { events })).status).toBe(200);
    const again = await postEvents(p.key, { events: [...events, events[0]] });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 3, errors: [] });
    expect(await countEvents(p.projectId)).toBe(2);
  });

  it("answers 207 with the failing path when some events are invalid, storing only the valid ones", async () => {
    const p = await createTestProject();
    const good = msg("c3");
    const bad = { ...msg("c3"), timestamp: "yesterday" };
    const res = await postEvents(p.key, { events: [good, bad, { ...msg("c3"), type: "handoff", from: "a" }] });
    expect(res.status).toBe(207);
    const body = await res.json();
    expect(body.accepted).toBe(1);
    expect(body.errors).toHaveLength(2);
    expect(body.errors[0]).toMatchObject({ index: 1, id: bad.id });
    expect(body.errors[0].issues[0].path).toBe("events.1.timestamp");
    expect(body.errors[1].issues.map((i: { path: string }) => i.path)).toContain("events.2.to");
    expect(await countEvents(p.projectId)).toBe(1);
  });

  it("answers 400 when every event is invalid, naming the field", async () => {
    const p = await createTestProject();
    const res = await postEvents(p.key, { events: [{ ...msg("c4"), role: "robot" }] });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.error).toMatch(/events\.0\.role/);
    expect(await countEvents(p.projectId)).toBe(0);
  });

  it("rejects bodies that are not JSON or not {events: [...]} with 400", async () => {
    const p = await createTestProject();
    const notJson = await postEvents(p.key, "{not json");
    expect(notJson.status).toBe(400);
    expect((await notJson.json()).error).toMatch(/not valid JSON/);
    const wrongShape = await postEvents(p.key, { data: [] });
    expect(wrongShape.status).toBe(400);
    expect((await wrongShape.json()).issues[0].path).toBe("events");
    const badUtf8 = await postEvents(p.key, Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
    expect(badUtf8.status).toBe(400);
    expect((await badUtf8.json()).error).toMatch(/UTF-8/);
  });

  it("rejects a missing, unknown or revoked key with 401", async () => {
    const p = await createTestProject();
    expect((await postEvents(null, { events: [msg("c5")] })).status).toBe(401);
    expect((await postEvents("bt_not_a_real_key", { events: [msg("c5")] })).status).toBe(401);
    expect((await postEvents(p.key, { events: [msg("c5")] })).status).toBe(200);
    await revokeApiKey({ projectId: p.projectId, keyId: p.keyId });
    const revoked = await postEvents(p.key, { events: [msg("c5")] });
    expect(revoked.status).toBe(401);
    expect((await revoked.json()).error).toMatch(/revoked/);
  });

  it("ignores cookies: a session cookie is no substitute for the key", async () => {
    const res = await postEvents(null, { events: [msg("c5b")] }, { headers: { cookie: "baton_session=whatever" } });
    expect(res.status).toBe(401);
  });

  it("answers 413 for more than 1,000 events and for a body over 5 MB", async () => {
    const p = await createTestProject();
    const many = Array.from({ length: 10_000 }, () => msg("c6"));
    const res = await postEvents(p.key, { events: many });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/at most 1000 events/);
    const big = { events: [msg("c6", { content: "x".repeat(6 * 1024 * 1024) })] };
    expect((await postEvents(p.key, big)).status).toBe(413);
    expect(await countEvents(p.projectId)).toBe(0);
  });

  it("applies the size limit after decompression: a gzip bomb gets 413", async () => {
    const p = await createTestProject();
    const bomb = zlib.gzipSync(Buffer.from(JSON.stringify({ events: [msg("c7", { content: "a".repeat(20 * 1024 * 1024) })] })));
    expect(bomb.length).toBeLessThan(100 * 1024);
    const res = await postEvents(p.key, bomb, { headers: { "content-encoding": "gzip" } });
    expect(res.status).toBe(413);
    const ok = zlib.gzipSync(Buffer.from(JSON.stringify({ events: [msg("c7")] })));
    expect((await postEvents(p.key, ok, { headers: { "content-encoding": "gzip" } })).status).toBe(200);
  });

  it("answers 415 for a body that is not declared JSON", async () => {
    const p = await createTestProject();
    const res = await postEvents(p.key, JSON.stringify({ events: [msg("c8")] }), { headers: { "content-type": "text/plain" } });
    expect(res.status).toBe(415);
    expect((await res.json()).error).toMatch(/content-type/);
  });

  it("answers 4xx, never 500, for deeply nested JSON and huge strings", async () => {
    const p = await createTestProject();
    const deep = `{"events":[{"id":"d1","conversationId":"c9","timestamp":0,"type":"state","state":${"{\"a\":".repeat(5000)}1${"}".repeat(5000)}}]}`;
    const r1 = await postEvents(p.key, deep);
    expect(r1.status).toBe(400);
    expect((await r1.json()).errors[0].issues[0].path).toBe("events.0.state");
    const veryDeep = `{"events":[${"[".repeat(200_000)}${"]".repeat(200_000)}]}`;
    const r2 = await postEvents(p.key, veryDeep);
    expect(r2.status).toBeGreaterThanOrEqual(400);
    expect(r2.status).toBeLessThan(500);
    const huge = await postEvents(p.key, { events: [msg("c9", { content: "y".repeat(1_500_000) })] });
    expect(huge.status).toBe(400);
    expect((await huge.json()).errors[0].issues[0].path).toBe("events.0.content");
  });

  it("rejects NUL characters (which PostgreSQL cannot store) with the event's path, keeping the rest", async () => {
    const p = await createTestProject();
    const res = await postEvents(p.key, { events: [msg("c9n"), msg("c9n", { content: "bad\u0000byte" }), msg("c9n", { metadata: { k: "\u0000" } })] });
    expect(res.status).toBe(207);
    const body = await res.json();
    expect(body.accepted).toBe(1);
    expect(body.errors.map((e: { issues: Array<{ path: string }> }) => e.issues[0].path)).toEqual(["events.1.content", "events.2.metadata.k"]);
  });

  it("rate-limits per key with 429 and Retry-After, leaving other keys alone", async () => {
    const slow = await createTestProject({ rateLimitPerSec: 1 });
    const other = await createTestProject();
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const res = await postEvents(slow.key, { events: [msg("c10")] });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers.get("retry-after");
    }
    expect(statuses).toContain(429);
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    expect((await postEvents(other.key, { events: [msg("c10")] })).status).toBe(200);
  });

  it("accepts epoch-millisecond and ISO timestamps, out of order", async () => {
    const p = await createTestProject();
    const later = msg("c11", { timestamp: Date.now() });
    const earlier = msg("c11", { timestamp: new Date(Date.now() - 3_600_000).toISOString() });
    expect((await postEvents(p.key, { events: [later, earlier] })).status).toBe(200);
    expect(await countEvents(p.projectId)).toBe(2);
  });
});
