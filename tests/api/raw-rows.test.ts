// The reads moved from the pg pool onto Prisma (issue 13), on a real PostgreSQL: what prisma.$queryRaw
// returns for counts and numerics and how lib/db/rows.ts maps it, and each moved read's exact figures
// from rows written here (another project's rows and rows outside the range must not count).
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";
import { getSessionUser } from "../../lib/auth/sessions";
import { getAgentGraph, listAgents } from "../../lib/dashboard/agents";
import type { TimeRange } from "../../lib/dashboard/range";
import { db } from "../../lib/db/client";
import { Prisma } from "../../lib/db/generated/client";
import { pool } from "../../lib/db/pool";
import { toNumber, toNumberOrNull } from "../../lib/db/rows";
import { getDroppedFields, getEdgeTotals, getReaskExamples } from "../../lib/edges/queries";
import { loadTraces } from "../../lib/integrations/staging";
import { getEdgeCsat } from "../../lib/metrics/edge-csat";
import { compareReleases, listReleases, mapOptionsFor } from "../../lib/releases/queries";
import { edgeFieldDim, releaseEdgeDim } from "../../lib/releases/rollups";
import { listConversations } from "../../lib/conversations/list";
import { ConversationFilter } from "../../lib/conversations/list-filter";
import { hasAnyEvents } from "../../lib/dashboard/overview";
import { count, flushCounters } from "../../lib/ingest/rate-limit";
import { nextRescoreBatch, rescoreProgress } from "../../lib/scoring/rescore";
import { createTestProject, createTestUser } from "../helpers/api";
import { H as MH, movedReads, RANGE as MOVED_RANGE, SINCE, seedMovedReads } from "../helpers/moved-reads";

const H = (h: number) => new Date(Date.UTC(2026, 10, 20, h));
const RANGE: TimeRange = { key: "custom", from: H(10), to: H(20), bucket: "hour", previous: { from: H(0), to: H(10) } };
const EDGE = "triage→billing";

type Rollup = [metric: string, hour: number, dim: string, dimValue: string, sum: number, count: number];
async function rollups(projectId: string, rows: Rollup[]) {
  await pool().query(
    `INSERT INTO metric_rollups (project_id, metric, bucket, dim, dim_value, sum, count)
     SELECT $1, m, b, d, v, s, c FROM unnest($2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::float8[], $7::float8[]) AS x(m, b, d, v, s, c)`,
    [projectId, rows.map((r) => r[0]), rows.map((r) => H(r[1])), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4]), rows.map((r) => r[5])],
  );
}

/** The same rollups in a project with others outside the range, and copies in a second project. */
async function seeded(rows: Rollup[], outside: Rollup[] = []) {
  const { projectId } = await createTestProject();
  const other = await createTestProject();
  await rollups(projectId, [...rows, ...outside]);
  await rollups(other.projectId, rows.map(([m, h, d, v, s, c]): Rollup => [m, h, d, v, s * 10 + 1, c * 10 + 1]));
  return projectId;
}

describe("prisma.$queryRaw number mapping (lib/db/rows.ts)", () => {
  it("count(*) arrives as bigint and numeric as Decimal; toNumber maps both, float8 stays a number", async () => {
    const [r] = await db().$queryRaw<Array<{ n: bigint; mean: Prisma.Decimal; total: Prisma.Decimal; f: number; none: Prisma.Decimal | null }>>`
      SELECT count(*) AS n, avg(x) AS mean, sum(x::bigint) AS total, sum(x::float8) AS f, avg(x) FILTER (WHERE x > 10) AS none
        FROM generate_series(1, 4) x`;
    expect(typeof r.n).toBe("bigint");
    expect(r.n).toBe(4n);
    expect(r.mean).toBeInstanceOf(Prisma.Decimal);
    expect(r.total).toBeInstanceOf(Prisma.Decimal);
    expect(typeof r.f).toBe("number");
    expect(toNumber(r.n)).toBe(4);
    expect(toNumber(r.mean)).toBe(2.5);
    expect(toNumber(r.total)).toBe(10);
    expect(toNumber(r.f)).toBe(10);
    expect(toNumberOrNull(r.none)).toBeNull();
    // near miss: the pool's own parser reads int8 as a number, which is why raw rows name their type
    const { rows } = await pool().query<{ n: unknown }>(`SELECT count(*) AS n FROM generate_series(1, 4)`);
    expect(rows[0].n).toBe(4);
  });
});

describe("edge page reads", () => {
  it("totals, dropped fields, CSAT split and the agent graph: exact figures in the range, plain numbers", async () => {
    const projectId = await seeded(
      [
        ["dropout_rate", 11, "edge", EDGE, 2, 5],
        ["reask_rate", 11, "edge", EDGE, 1, 5],
        ["returns", 12, "edge", EDGE, 0, 1],
        ["handoffs", 11, "agent", "billing", 5, 5],
        ["handoffs", 11, "edge", EDGE, 5, 5],
        ["dropped_field", 12, edgeFieldDim(EDGE), "order_id", 2, 2],
        ["csat_edge_dropout", 12, "edge", EDGE, 6, 2],
        ["csat_edge_clean", 12, "edge", EDGE, 18, 4],
      ],
      // before the range: only the dropped field's total and first-seen hour see it
      [["dropout_rate", 3, "edge", EDGE, 9, 9], ["dropped_field", 3, edgeFieldDim(EDGE), "order_id", 3, 3]],
    );
    const totals = await getEdgeTotals(projectId, "triage", "billing", RANGE);
    expect(totals).toEqual({ handoffs: 5, dropouts: 2, reasks: 1 });
    expect(await getDroppedFields(projectId, "triage", "billing", RANGE)).toEqual([
      { field: "order_id", count: 2, total: 5, firstSeen: H(3).toISOString(), lastSeen: H(12).toISOString() },
    ]);
    const [csat] = await getEdgeCsat({ projectId, from: RANGE.from, to: RANGE.to });
    expect(csat).toMatchObject({ edge: EDGE, from: "triage", to: "billing", withDropout: { mean: 3, conversations: 2 }, withoutDropout: { mean: 4.5, conversations: 4 }, difference: -1.5 });
    expect(await getEdgeCsat({ projectId, from: RANGE.from, to: RANGE.to, edge: "triage→refunds" })).toEqual([]);
    const graph = await getAgentGraph(projectId, RANGE);
    expect(graph.edges).toEqual([{ from: "triage", to: "billing", handoffs: 5, dropoutRate: 0.4, returns: 1 }]);
    expect(graph.nodes).toEqual([{ id: "triage", volume: 4 }, { id: "billing", volume: 4 }]);
    expect(await listAgents(projectId, H(0))).toEqual(["billing", "triage"]);
    expect(await listAgents(projectId, H(12))).toEqual([]);
    for (const v of [...Object.values(totals), csat.withDropout.conversations, graph.edges[0].handoffs]) expect(typeof v).toBe("number");
  });

  it("re-ask examples: the newest re-asking handoffs of the edge with the asking message, not the others", async () => {
    const { projectId } = await createTestProject();
    await pool().query(
      `INSERT INTO events (project_id, id, conversation_id, ts, type, agent, data) VALUES
         ($1, 'ask-1', 'c1', $2, 'message', 'billing', '{"role":"agent","content":"Which order was it?"}')`,
      [projectId, H(12)],
    );
    const handoff = (conv: string, flags: string[], reasks: unknown[], at: Date, to = "billing") =>
      pool().query(
        `INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode, reasks, flags)
         VALUES ($1, $2, 0, $2 || '-h', 'triage', $3, 0, $4, 1, 'transfer', $5::jsonb, $6::text[])`,
        [projectId, conv, to, at, JSON.stringify(reasks), flags],
      );
    await handoff("c1", ["reask"], [{ eventId: "ask-1", field: "order_id" }], H(12));
    await handoff("c2", ["dropout"], [], H(13)); // near miss: no re-ask
    await handoff("c3", ["reask"], [{ eventId: "gone", field: "email" }], H(14), "refunds"); // another edge
    await handoff("c4", ["reask"], [{ eventId: "ask-1", field: "order_id" }], H(2)); // before the range
    expect(await getReaskExamples(projectId, "triage", "billing", RANGE)).toEqual([
      { conversationId: "c1", handoffIndex: 0, at: H(12).toISOString(), field: "order_id", text: "Which order was it?" },
    ]);
  });
});

describe("release reads", () => {
  it("lists releases with first/last hour and volumes, and compares two releases per edge", async () => {
    const projectId = await seeded([
      ["conversations", 10, "release", "v1", 3, 3],
      ["handoffs", 14, "release", "v1", 5, 5],
      ["conversations", 15, "release", "v2", 2, 2],
      ["handoffs", 15, "release", "v2", 0, 0], // a zero row is not a sighting
      ["handoffs", 10, releaseEdgeDim("v1"), EDGE, 4, 4],
      ["dropout_rate", 10, releaseEdgeDim("v1"), EDGE, 1, 4],
      ["handoffs", 15, releaseEdgeDim("v2"), EDGE, 6, 6],
      ["dropout_rate", 15, releaseEdgeDim("v2"), EDGE, 3, 6],
    ]);
    expect(await listReleases(projectId)).toEqual([
      { release: "v2", firstSeen: H(15).toISOString(), lastSeen: H(15).toISOString(), conversations: 2, handoffs: 0 },
      { release: "v1", firstSeen: H(10).toISOString(), lastSeen: H(14).toISOString(), conversations: 3, handoffs: 5 },
    ]);
    const cmp = await compareReleases({ projectId, a: "v1", b: "v2" });
    expect(cmp.edges).toHaveLength(1);
    expect(cmp.edges[0]).toMatchObject({ edge: EDGE, handoffs: { a: 4, b: 6 } });
    expect(cmp.edges[0].dropout).toMatchObject({ a: 0.25, b: 0.5 });
  });

  it("the adapters' map options come from the project's settings (none: no release key)", async () => {
    const { projectId } = await createTestProject();
    expect(await mapOptionsFor(projectId)).toEqual({});
    await pool().query(`UPDATE projects SET settings = settings || '{"releaseKey":"app_version"}'::jsonb WHERE id = $1`, [projectId]);
    expect(await mapOptionsFor(projectId)).toEqual({ releaseKey: "app_version" });
  });
});

describe("session lookup", () => {
  it("finds the user of a live session, not of an expired or unknown one", async () => {
    const { projectId } = await createTestProject();
    const u = await createTestUser(projectId);
    const token = u.cookie.split("=")[1];
    expect(await getSessionUser(token)).toEqual({ id: u.userId, email: u.email, name: "Test" });
    expect(await getSessionUser(`${token}x`)).toBeNull();
    await pool().query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id = $1`, [u.userId]);
    expect(await getSessionUser(token)).toBeNull();
  });
});

describe("staged spans", () => {
  it("loads the given traces' spans, oldest first with unknown start times first, bodies as objects", async () => {
    const { projectId } = await createTestProject();
    const trace = `tr_${crypto.randomBytes(4).toString("hex")}`;
    await pool().query(
      `INSERT INTO integration_spans (project_id, source, trace_id, span_id, parent_id, kind, started_at, body) VALUES
         ($1, 'openai-agents', $2, 'b', 'a', 'span', $3, '{"n":2}'),
         ($1, 'openai-agents', $2, 'a', NULL, 'trace', NULL, '{"n":1}'),
         ($1, 'openai-agents', $2, 'c', 'a', 'span', $4, '{"n":3}'),
         ($1, 'langsmith', $2, 'x', NULL, 'run', $4, '{"n":9}')`,
      [projectId, trace, H(11), H(10)],
    );
    const rows = await loadTraces(projectId, "openai-agents", [trace]);
    expect(rows.map((r) => [r.spanId, r.body])).toEqual([["a", { n: 1 }], ["c", { n: 3 }], ["b", { n: 2 }]]);
    expect(rows[0]).toEqual({ traceId: trace, spanId: "a", parentId: null, conversationId: null, kind: "trace", startedAt: null, endedAt: null, body: { n: 1 } });
    expect(rows[1].startedAt).toEqual(H(10));
    expect(await loadTraces(projectId, "openai-agents", [])).toEqual([]);
  });
});

describe("issue 13's last moved reads (list, overview, rescore progress)", () => {
  const H = MH;
  const RANGE = MOVED_RANGE;
  const list = (projectId: string, q: Record<string, string>) => listConversations({ projectId, filter: ConversationFilter.parse(q) });
  const range = { from: RANGE.from.toISOString(), to: RANGE.to.toISOString() };
  const listIds = async (projectId: string, q: Record<string, string>) => (await list(projectId, { ...range, ...q })).data.map((c) => c.id);

  it("overview and rescore reads: exact figures in the range, another project's and out-of-range rows not counted", async () => {
    const { projectId } = await createTestProject();
    const other = await createTestProject();
    await seedMovedReads(projectId, other.projectId);
    const r = await movedReads(projectId);
    expect(r.depthHistogram).toEqual([{ depth: 1, conversations: 5 }, { depth: 4, conversations: 1 }]);
    expect(r.edgeTable).toEqual([
      { edge: "triage→billing", from: "triage", to: "billing", handoffs: 5, dropouts: 2, dropoutRate: 0.4, reasks: 1, staleUses: 3 },
      { edge: "triage→orders", from: "triage", to: "orders", handoffs: 4, dropouts: 0, dropoutRate: 0, reasks: 0, staleUses: 0 },
    ]);
    expect(r.hasAnyEvents).toBe(true);
    const empty = await createTestProject();
    expect(await hasAnyEvents(empty.projectId)).toBe(false);
    // c1's only event is 1 ms before `since`; c4 has one after it (and one before: still counted once)
    expect(r.rescore.progress).toEqual({ total: 3, done: 1 });
    expect(r.rescore.batch).toEqual(["c3", "c4"]);
    expect(await nextRescoreBatch({ projectId, since: SINCE, after: "" }, 2)).toEqual(["c2", "c3"]);
    expect(await rescoreProgress({ projectId, since: new Date(0), after: "" })).toEqual({ total: 4, done: 0 });
    expect(await rescoreProgress({ projectId: empty.projectId, since: new Date(0), after: "" })).toEqual({ total: 0, done: 0 });
  });

  it("the list: range bounds, rows as the API returns them, the time cursor both ways", async () => {
    const { projectId } = await createTestProject();
    const other = await createTestProject();
    await seedMovedReads(projectId, other.projectId);
    const { list: l } = await movedReads(projectId);
    // [from, to): m-a at `from` in, m-early 1 ms before out; m-f 1 ms before `to` in, m-late at `to` out
    expect(l.all.data.map((c) => c.id)).toEqual(["m-f", "m-e", "m-d", "m-c", "m-b", "m-a"]);
    expect(l.all).toMatchObject({ total: 6, totalCapped: false, nextCursor: null, prevCursor: null });
    expect(l.all.data[4]).toEqual({
      id: "m-b", status: "escalated", firstAt: H(11).toISOString(), lastAt: H(12, 15).toISOString(), durationMs: 75 * 60_000,
      agents: ["triage", "orders", "billing"], agentPath: ["triage", "orders", "billing"], handoffCount: 2, maxDepth: 2, userTurns: 0,
      flags: ["reask", "deep"], preview: "Refund my order please", csat: 5, release: "v2", scores: { maxDepth: 2 },
    });
    expect(l.all.data[0].lastAt).toBe(new Date(H(20).getTime() - 1).toISOString());
    expect(l.all.data[3]).toMatchObject({ id: "m-c", csat: null, release: null, durationMs: 0 });
    for (const c of l.all.data) for (const k of ["durationMs", "handoffCount", "maxDepth", "userTurns"] as const) expect(typeof c[k]).toBe("number");
    expect(l.first.data.map((c) => c.id)).toEqual(["m-f", "m-e"]);
    expect(l.first).toMatchObject({ prevCursor: null, total: 6 });
    expect(l.second.data.map((c) => c.id)).toEqual(["m-d", "m-c"]);
    expect(l.second.prevCursor).not.toBeNull();
    expect(l.back.data.map((c) => c.id)).toEqual(["m-f", "m-e"]);
    expect(l.back.prevCursor).toBeNull();
    // the other project sees only its own copies
    expect((await list(other.projectId, range)).data.every((c) => c.id.startsWith("m-"))).toBe(true);
    expect(await listIds(projectId, { q: "m-zzz" })).toEqual([]);
  });

  it("the list: each filter, with a near miss", async () => {
    const { projectId } = await createTestProject();
    const other = await createTestProject();
    await seedMovedReads(projectId, other.projectId);
    const cases: Array<[Record<string, string>, string[]]> = [
      [{ flag: "reask" }, ["m-d", "m-b"]],
      [{ flag: "stale,deep" }, ["m-f", "m-b"]],
      [{ agent: "orders" }, ["m-e", "m-b"]],
      [{ status: "resolved,abandoned" }, ["m-e", "m-d", "m-a"]],
      [{ release: "v1" }, ["m-e", "m-a"]],
      [{ meta: "prompt=p1" }, ["m-c", "m-a"]],
      [{ meta: "prompt=p" }, []], // near miss: a prefix is not a value
      [{ depth: "2" }, ["m-b"]],
      [{ csatMin: "2", csatMax: "4" }, ["m-e", "m-a"]],
      [{ csatMin: "5" }, ["m-b"]],
      [{ q: "parcel_100%" }, ["m-c"]], // % and _ are literal
      [{ q: "parcelX100" }, []], // near miss: _ is not a wildcard
      [{ q: "m-d" }, ["m-d"]], // the exact id (no preview holds it)
      [{ edge: "triage→billing" }, ["m-d", "m-a"]], // m-early crossed it too, but before the range
      [{ edge: "orders→billing,triage→orders" }, ["m-e", "m-b"]],
      [{ edge: "billing→triage" }, []],
      [{ flag: "dropout", status: "resolved", agent: "billing" }, ["m-d", "m-a"]],
    ];
    for (const [q, want] of cases) expect(await listIds(projectId, q), JSON.stringify(q)).toEqual(want);
    expect((await list(projectId, { ...range, flag: "reask" })).total).toBe(2);
  });

  it("the list: each sort both ways with ties by id, and a cursor on each", async () => {
    const { projectId } = await createTestProject();
    const other = await createTestProject();
    await seedMovedReads(projectId, other.projectId);
    const cases: Array<[string, string, string[]]> = [
      ["last", "asc", ["m-a", "m-b", "m-c", "m-d", "m-e", "m-f"]],
      ["handoffs", "desc", ["m-d", "m-b", "m-e", "m-a", "m-f", "m-c"]],
      ["handoffs", "asc", ["m-c", "m-f", "m-a", "m-e", "m-b", "m-d"]],
      ["csat", "asc", ["m-d", "m-a", "m-e", "m-b"]], // rated only
      ["duration", "desc", ["m-d", "m-b", "m-f", "m-e", "m-c", "m-a"]],
      ["depth", "asc", ["m-c", "m-f", "m-a", "m-e", "m-b", "m-d"]],
    ];
    for (const [sort, dir, want] of cases) {
      const label = `${sort} ${dir}`;
      expect(await listIds(projectId, { sort, dir }), label).toEqual(want);
      // three at a time: the second page, then back to the first
      const p1 = await list(projectId, { ...range, sort, dir, limit: "3" });
      const p2 = await list(projectId, { ...range, sort, dir, limit: "3", cursor: p1.nextCursor! });
      expect(p2.data.map((c) => c.id), label).toEqual(want.slice(3, 6));
      expect(p2.nextCursor === null, label).toBe(want.length <= 6);
      const b = await list(projectId, { ...range, sort, dir, limit: "3", cursor: p2.prevCursor! });
      expect(b.data.map((c) => c.id), label).toEqual(want.slice(0, 3));
      expect(b.prevCursor, label).toBeNull();
    }
  });

  it("the count stops at 10,000 (totalCapped), and counts exactly below it", async () => {
    const { projectId } = await createTestProject();
    await pool().query(
      `INSERT INTO conversations (project_id, id, first_at, last_at, flags)
       SELECT $1, 'n' || lpad(i::text, 5, '0'), $2, $2::timestamptz + i * interval '1 ms', CASE WHEN i <= 9999 THEN ARRAY['reask'] ELSE ARRAY[]::text[] END
         FROM generate_series(1, 10001) i`,
      [projectId, H(12).toISOString()],
    );
    expect(await list(projectId, { limit: "1" })).toMatchObject({ total: 10_000, totalCapped: true });
    expect(await list(projectId, { limit: "1", flag: "reask" })).toMatchObject({ total: 9_999, totalCapped: false });
    const r = await list(projectId, { limit: "1", to: new Date(H(12).getTime() + 10_001).toISOString() });
    expect(r).toMatchObject({ total: 10_000, totalCapped: false, data: [{ id: "n10000" }] });
  });
});

describe("writes moved off the raw pool (not hot: counters flush, staged-span prune)", () => {
  it("the per-key counters add to the stored ones, for that key only", async () => {
    const p = await createTestProject();
    const other = await createTestProject();
    const read = async (keyId: string) =>
      (await pool().query(`SELECT accepted, duplicates, rejected, throttled, last_used_at FROM api_keys WHERE id = $1`, [keyId])).rows[0];
    count(p.projectId, p.keyId, { accepted: 5, duplicates: 1 });
    count(p.projectId, p.keyId, { accepted: 2, rejected: 3, throttled: 4 });
    await flushCounters();
    count(p.projectId, p.keyId, { accepted: 1 });
    await flushCounters();
    const r = await read(p.keyId);
    expect([r.accepted, r.duplicates, r.rejected, r.throttled].map(Number)).toEqual([8, 1, 3, 4]);
    expect(r.last_used_at).not.toBeNull();
    const o = await read(other.keyId);
    expect([o.accepted, o.duplicates, o.rejected, o.throttled].map(Number)).toEqual([0, 0, 0, 0]);
  });
});
