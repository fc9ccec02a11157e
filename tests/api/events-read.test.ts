// The scoring batch reads events as text (lib/scoring/persist.ts eventsRead: the time in toISOString's
// form from to_char, data and metadata as jsonb's text) and parses a conversation's rows only when it
// is scored (eventOf). The records must be the ones pg's own parsing gave (a Date for the timestamptz,
// JSON.parse of the jsonb's text) through fromRow: same keys, same order, same values — for every time
// an event can hold, odd JSON, and a session time zone that is not UTC.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { fromRow } from "../../lib/ingest/schemas";
import { eventOf, eventsRead } from "../../lib/scoring/persist";
import { sqlLiteral } from "../../lib/db/literal";
import { createTestProject } from "../helpers/api";

const TIMES = [
  "1970-01-01T00:00:00.000Z",
  "1970-01-01T00:00:00.001Z",
  "2000-02-29T23:59:59.999Z",
  "2026-11-30T09:00:01.120Z",
  "2026-03-29T01:30:00.500+02:00",
  "9999-12-31T23:59:59.999Z",
  // outside what ingest accepts (1970–9999), written straight into the table: the read still agrees
  "0999-06-01T12:00:00.000Z",
  "10000-01-01T00:00:00.000Z",
];

const DATA = [
  { role: "user", content: "Refund for order A-17, please — it arrived “damaged” \\ twice\n" },
  { role: "agent", content: "", extra: { n: 1e21, small: 5e-7, neg: -0, big: 12345678901234567890, nested: [null, true, { "": "x" }] } },
  { tool: "lookup", args: { id: "😀-free", list: [1, 2.5, "3"] }, result: { status: "ok", amount: 19.99 } },
  { from: "a", to: "b", mode: "transfer", summary: null, payload: { zz: 1, a: 2, bb: 3 } },
];

describe("the scoring batch's events read", () => {
  it("gives the records pg's parsed rows gave, in any session time zone", async () => {
    const p = await createTestProject();
    const rows = TIMES.flatMap((ts, i) =>
      DATA.map((data, j) => ({ id: `e${i}-${j}`, conversationId: `c${i % 3}`, ts, type: j === 3 ? "handoff" : "message", agent: j % 2 ? "triage" : null, turn: j === 2 ? 4 : null, data, metadata: j === 1 ? { k: [1, "2"] } : j === 2 ? null : undefined })),
    );
    for (const r of rows)
      await pool().query(`INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`, [
        p.projectId, r.id, r.conversationId, r.ts, r.type, r.agent, r.turn, JSON.stringify(r.data), r.metadata === undefined ? null : JSON.stringify(r.metadata),
      ]);
    const ids = `${sqlLiteral(["c0", "c1", "c2"])}::text[]`;
    const client = await pool().connect();
    try {
      for (const zone of ["UTC", "America/St_Johns", "Asia/Kathmandu"]) {
        await client.query(`SET TIME ZONE ${sqlLiteral(zone)}`);
        const old = await client.query(
          `SELECT id, conversation_id AS "conversationId", ts, type, agent, turn, data, metadata FROM events
            WHERE project_id = $1 AND conversation_id = ANY(${ids}) ORDER BY conversation_id, ts, seq`,
          [p.projectId],
        );
        const now = await client.query(eventsRead(sqlLiteral(p.projectId), ids));
        expect(now.rows.length).toBe(rows.length);
        expect(JSON.stringify(now.rows.map(eventOf))).toBe(JSON.stringify(old.rows.map(fromRow)));
        expect(now.rows.map((r) => r.ts)).toContain("2026-11-30T09:00:01.120Z");
      }
    } finally {
      await client.query("RESET TIME ZONE");
      client.release();
    }
  });
});
