// Ingest splits each validated event into the events table's columns in SQL (lib/ingest/ingest-events.ts
// insertGroup, from one jsonb parameter); the scorers, eval and contract capture use toRow
// (lib/ingest/schemas.ts) for the same split. This holds the two equal, row for row, over real HTTP
// and PostgreSQL: every event type, defaults zod fills in, a handoff's agent taken from `from`,
// metadata and turn present or absent, strings and numbers that JSON escapes, and timestamps to the
// millisecond from the epoch to the end of year 9999 (sent to SQL as epoch ms) — for a large
// request (stored alone) and a small one (group-committed).
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { IngestEvent, toRow } from "../../lib/ingest/schemas";
import { createTestProject, postEvents } from "../helpers/api";

const T0 = Date.parse("2026-11-28T10:00:00.000Z");

/** One event of each shape, `k` making ids and values distinct. */
function variety(prefix: string, k: number): Record<string, unknown>[] {
  const id = (s: string) => `${prefix}-${k}-${s}`;
  const conversationId = `${prefix}-conv-${k % 7}`;
  const ts = T0 + k * 1000;
  return [
    { id: id("m"), conversationId, timestamp: ts, type: "message", role: "user", content: `quote " backslash \\ tab \t newline \n é 😀 ${k}` },
    { id: id("ma"), conversationId, timestamp: new Date(ts).toISOString(), type: "message", role: "agent", agent: "support", turn: k % 3, content: "", metadata: { "clé": [1, { x: null }], n: 1e21, f: 0.1 } },
    { id: id("t"), conversationId, timestamp: ts, type: "tool_call", agent: "billing", tool: "lookup_order", result: [1, "two", { three: true }], resultAt: "2026-11-28T10:00:05+02:00", callId: "c1" },
    { id: id("h"), conversationId, timestamp: ts, type: "handoff", from: "triage", to: "billing", payload: { order: "8812", nested: { deep: [[[]]] } }, stateBefore: {}, summary: "refund" },
    { id: id("ha"), conversationId, timestamp: ts, type: "handoff", agent: "router", from: "triage", to: "billing", mode: "delegate" },
    { id: id("s"), conversationId, timestamp: ts, type: "state", agent: "billing", state: { "": "empty key", "a\"b": -0, big: 9007199254740993 } },
    { id: id("i"), conversationId, timestamp: ts, type: "intent", agent: "billing", intent: "refund order 8812", extraField: "dropped by the schema" },
    { id: id("r"), conversationId, timestamp: ts, type: "resolution", agent: "billing", status: "resolved", csat: 4, turn: 0 },
  ];
}

async function expectStoredAsToRow(projectId: string, sent: Record<string, unknown>[]) {
  const { rows } = await pool().query(
    `SELECT id, conversation_id, ts, type, agent, turn, data, metadata FROM events WHERE project_id = $1`,
    [projectId],
  );
  const stored = new Map(rows.map((r) => [r.id as string, r]));
  expect(stored.size).toBe(sent.length);
  for (const raw of sent) {
    // JSON round trip: what toRow returns as stored by jsonb (Dates become ISO strings)
    const want = JSON.parse(JSON.stringify(toRow(IngestEvent.parse(raw))));
    const got = stored.get(raw.id as string)!;
    expect({
      id: got.id,
      conversationId: got.conversation_id,
      ts: (got.ts as Date).toISOString(),
      type: got.type,
      agent: got.agent,
      turn: got.turn,
      data: got.data,
      metadata: got.metadata,
    }).toEqual(want);
  }
}

describe("ingest stores each event as toRow splits it", () => {
  it("a 510-event request (stored alone): every type, defaults, agent from `from`, escapes, both ends of the time range to the millisecond", async () => {
    const p = await createTestProject();
    const ends = [0, 1, 999, 1_764_398_400_001, "9999-12-31T23:59:59.999Z", "2026-11-28T23:59:59.999-11:30"].map((timestamp, k) => ({
      id: `big-end-${k}`, conversationId: "big-ends", timestamp, type: "message", role: "user", content: "time",
    }));
    const events = [...Array.from({ length: 63 }, (_, k) => variety("big", k)).flat(), ...ends];
    const res = await postEvents(p.key, { events });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ accepted: events.length, duplicates: 0, errors: [] });
    await expectStoredAsToRow(p.projectId, events);
    // spot checks of the rules, so a change to both sides at once is still seen
    const { rows } = await pool().query(
      `SELECT id, agent, data FROM events WHERE project_id = $1 AND id = ANY($2) ORDER BY id`,
      [p.projectId, ["big-0-h", "big-0-ha", "big-0-i", "big-0-t"]],
    );
    expect(rows.map((r) => [r.id, r.agent])).toEqual([["big-0-h", "triage"], ["big-0-ha", "router"], ["big-0-i", "billing"], ["big-0-t", "billing"]]);
    expect(rows[0].data.mode).toBe("transfer");
    expect(rows[2].data).toEqual({ intent: "refund order 8812" });
    expect(rows[3].data).toMatchObject({ args: {}, resultAt: "2026-11-28T08:00:05.000Z" });
  });

  it("a small request (group-committed) is split the same way; a near miss: a bad event among them is not stored", async () => {
    const p = await createTestProject();
    const events = variety("small", 1);
    const res = await postEvents(p.key, { events: [...events, { ...events[0], id: "small-bad", timestamp: "yesterday" }] });
    expect(res.status).toBe(207);
    expect(await res.json()).toMatchObject({ accepted: events.length, duplicates: 0, errors: [{ index: events.length, id: "small-bad" }] });
    await expectStoredAsToRow(p.projectId, events);
  });
});
