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
import { createTestProject, createTestUser } from "../helpers/api";

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
