// Large native requests are stored with COPY (lib/ingest/copy-events.ts, issue 17 §4), which has no
// ON CONFLICT: a request holding an id already stored (a resend) or being stored by a concurrent
// request makes the COPY fail, its transaction is rolled back and the request is stored by the ON
// CONFLICT statement instead. Over real HTTP and PostgreSQL: a COPYed request is one transaction
// with its scoring jobs; a resend, a partial overlap and concurrent resends store each event exactly
// once and acknowledge it once; a key revoked after its lookup was cached writes nothing (the near
// miss: the same request with a valid key is stored). Row contents: tests/api/ingest-rows.test.ts.
import { describe, expect, it } from "vitest";
import { pool } from "../../lib/db/pool";
import { GROUPED_MAX_EVENTS } from "../../lib/ingest/ingest-events";
import { createTestProject, postEvents, type TestProject } from "../helpers/api";

const N = 300; // well over GROUPED_MAX_EVENTS: stored alone, by COPY
const events = (prefix: string, from: number, to: number, conversations = 30) =>
  Array.from({ length: to - from }, (_, k) => ({
    id: `${prefix}-${from + k}`,
    conversationId: `${prefix}-conv-${(from + k) % conversations}`,
    timestamp: Date.now() - 1000,
    type: "message",
    role: "user",
    content: `hello ${from + k}`,
  }));

async function send(p: TestProject, body: { events: unknown[] }) {
  const res = await postEvents(p.key, body);
  return { status: res.status, body: (await res.json()) as { accepted: number; duplicates: number; errors: unknown[] } };
}

const rows = async (p: TestProject) =>
  (await pool().query<{ id: string; xmin: string }>(`SELECT id, xmin::text AS xmin FROM events WHERE project_id = $1`, [p.projectId])).rows;

describe("large requests: COPY, falling back to ON CONFLICT when an id is taken", () => {
  it("a large request is one transaction with its scoring jobs; resending it stores nothing and answers all duplicates", async () => {
    expect(N).toBeGreaterThan(GROUPED_MAX_EVENTS);
    const p = await createTestProject();
    const body = { events: events("cp", 0, N) };
    expect(await send(p, body)).toEqual({ status: 200, body: { accepted: N, duplicates: 0, errors: [] } });
    const stored = await rows(p);
    expect(stored.length).toBe(N);
    expect(new Set(stored.map((r) => r.xmin)).size).toBe(1);
    // every conversation is queued for scoring, or already scored (its job done and deleted)
    const { rows: covered } = await pool().query(
      `SELECT count(*)::int AS n FROM unnest($2::text[]) AS c
       WHERE EXISTS (SELECT 1 FROM graphile_worker.jobs j WHERE j.key = 'score:' || $1 || ':' || c)
          OR EXISTS (SELECT 1 FROM conversations v WHERE v.project_id = $1 AND v.id = c)`,
      [p.projectId, Array.from({ length: 30 }, (_, c) => `cp-conv-${c}`)],
    );
    expect(covered[0].n).toBe(30);
    expect(await send(p, body)).toEqual({ status: 200, body: { accepted: 0, duplicates: N, errors: [] } });
    expect((await rows(p)).length).toBe(N);
  });

  it("a request overlapping stored events stores only the new ones (the COPY's conflict is rolled back whole)", async () => {
    const p = await createTestProject();
    expect((await send(p, { events: events("ov", 0, 200) })).body.accepted).toBe(200);
    expect(await send(p, { events: events("ov", 0, N) })).toEqual({ status: 200, body: { accepted: N - 200, duplicates: 200, errors: [] } });
    const stored = await rows(p);
    expect(stored.map((r) => r.id).sort()).toEqual(events("ov", 0, N).map((e) => e.id).sort());
    // near miss: the disjoint remainder alone is COPYed, one transaction
    expect(await send(p, { events: events("ov", N, 2 * N) })).toEqual({ status: 200, body: { accepted: N, duplicates: 0, errors: [] } });
    const again = (await rows(p)).filter((r) => Number(r.id.slice(3)) >= N);
    expect(new Set(again.map((r) => r.xmin)).size).toBe(1);
  });

  it("the same large batch sent four times at once: every event stored once and acknowledged once", async () => {
    const p = await createTestProject();
    const body = { events: events("cc", 0, 500) };
    const answers = await Promise.all(Array.from({ length: 4 }, () => send(p, body)));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect(answers.reduce((s, a) => s + a.body.accepted, 0)).toBe(500);
    expect(answers.reduce((s, a) => s + a.body.duplicates, 0)).toBe(1500);
    expect((await rows(p)).length).toBe(500);
  });

  it("a key revoked after its lookup was cached: the large request gets 401 and writes nothing", async () => {
    const p = await createTestProject();
    // near miss: the cached key writes while it is valid
    expect((await send(p, { events: events("rv", 0, 150) })).status).toBe(200);
    await pool().query(`UPDATE api_keys SET revoked_at = now() WHERE project_id = $1 AND id = $2`, [p.projectId, p.keyId]);
    const after = await send(p, { events: events("rv", 150, 300) });
    expect(after.status).toBe(401);
    expect((await rows(p)).length).toBe(150);
  });

  // (ingest-fuzz.test.ts sends small requests, which never reach the COPY path)
  it("hostile input in a large request: the bad event is refused by name (207) and the accepted subset written whole, never a 5xx; COPY's own escapes are stored as sent", async () => {
    const p = await createTestProject();
    // (as text: JSON.stringify itself overflows the stack at this depth)
    const DEEP = "__deep__";
    const deep = `${'{"d":'.repeat(5_000)}"leaf"${"}".repeat(5_000)}`;
    const hostile: Array<[string, Record<string, unknown> | string]> = [
      ["NUL in content", { content: "x\u0000y" }],
      ["a lone surrogate", { content: "a\ud800b" }],
      ["5,000-deep metadata", { metadata: DEEP }],
      ["a year-0 date", { timestamp: "0000-01-01T00:00:00Z" }],
      ["a wrong shape", { type: 42 }],
      ["not an object", "just a string"],
    ];
    expect(149).toBeGreaterThan(GROUPED_MAX_EVENTS); // the accepted subset still goes by COPY
    let written = 0;
    for (const [i, [what, over]] of hostile.entries()) {
      const batch: unknown[] = events(`hx${i}`, 0, 150);
      batch[77] = typeof over === "string" ? over : { ...(batch[77] as object), ...over };
      const res = await postEvents(p.key, JSON.stringify({ events: batch }).replace(`"${DEEP}"`, deep));
      const body = (await res.json()) as { accepted: number; errors: unknown[] };
      expect(res.status, what).toBe(207); // SPEC §2: some rejected, the rest accepted
      expect(JSON.stringify(body.errors), what).toMatch(/77/); // the failing event is named
      expect(body.accepted, what).toBe(149);
      written += 149;
      expect((await rows(p)).length, what).toBe(written); // the accepted subset, whole
    }
    // near miss: COPY's text format escapes (tab, newline, carriage return, backslash) and astral characters are valid and stored as sent
    const odd = "tab\there\nnew\rline back\\slash \\N 😀";
    const fine = events("ok", 0, 150).map((e) => ({ ...e, content: odd, metadata: { note: odd } }));
    expect((await send(p, { events: fine })).body.accepted).toBe(150);
    const stored = await pool().query<{ content: string; note: string }>(`SELECT data->>'content' AS content, metadata->>'note' AS note FROM events WHERE project_id = $1`, [p.projectId]);
    const okRows = stored.rows.filter((r) => r.note !== null);
    expect(okRows.length).toBe(150);
    expect(okRows.every((r) => r.content === odd && r.note === odd)).toBe(true);
  });
});
