// Issue 13's last reads moved from the raw pool onto Prisma (conversation list and count, overview
// depth histogram / edge table / hasAnyEvents, rescore progress), seeded with exact rows and read
// with fixed inputs, so tests/api/raw-rows.test.ts can check the figures and
// tests/api/timezone.test.ts can compare them with a process whose TZ and database session time
// zone are not UTC (moved-reads-child.ts prints the same reads as JSON).
import { listConversations } from "../../lib/conversations/list";
import { ConversationFilter } from "../../lib/conversations/list-filter";
import type { TimeRange } from "../../lib/dashboard/range";
import { getDepthHistogram, getEdgeTable, hasAnyEvents } from "../../lib/dashboard/overview";
import { pool } from "../../lib/db/pool";
import { nextRescoreBatch, rescoreProgress } from "../../lib/scoring/rescore";

export const H = (h: number, min = 0) => new Date(Date.UTC(2026, 10, 20, h, min));
/** from is mid-hour: the rollup window starts at its UTC hour (10:00), the list at 10:30 exactly */
export const RANGE: TimeRange = { key: "custom", from: H(10, 30), to: H(20), bucket: "hour", previous: { from: H(0), to: H(10) } };

interface Conv {
  id: string;
  first: Date;
  last: Date;
  status?: string;
  agents?: string[];
  flags?: string[];
  handoffs?: number;
  depth?: number;
  csat?: number | null;
  release?: string | null;
  preview?: string;
  metadata?: Record<string, string>;
}

export async function insertConversations(projectId: string, rows: Conv[]) {
  await pool().query(
    `INSERT INTO conversations (project_id, id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, flags, preview, csat, release, metadata, scores)
     SELECT $1, x.id, x.status, x.first_at, x.last_at, x.agents, x.agents, x.handoffs, x.depth, x.flags, x.preview, x.csat, x.release, x.metadata, jsonb_build_object('maxDepth', x.depth)
       FROM jsonb_to_recordset($2::jsonb) AS x(id text, status text, first_at timestamptz, last_at timestamptz, agents text[], handoffs int, depth int,
                                               flags text[], preview text, csat int, release text, metadata jsonb)`,
    [
      projectId,
      JSON.stringify(
        rows.map((r) => ({
          id: r.id,
          status: r.status ?? "open",
          first_at: r.first.toISOString(),
          last_at: r.last.toISOString(),
          agents: r.agents ?? ["triage"],
          handoffs: r.handoffs ?? 0,
          depth: r.depth ?? 0,
          flags: r.flags ?? [],
          preview: r.preview ?? "Refund my order please",
          csat: r.csat ?? null,
          release: r.release ?? null,
          metadata: r.metadata ?? {},
        })),
      ),
    ],
  );
}

/** Conversations of the list cases: ids sort as their last event does, except where a case needs a tie. */
export const LIST_ROWS: Conv[] = [
  // before the range (10:30): last event 10:29:59.999
  { id: "m-early", first: H(9), last: new Date(H(10, 30).getTime() - 1), flags: ["dropout"], agents: ["triage", "billing"], handoffs: 1, depth: 1 },
  // exactly at `from`: in
  { id: "m-a", first: H(10, 30), last: H(10, 30), status: "resolved", agents: ["triage", "billing"], flags: ["dropout"], handoffs: 1, depth: 1, csat: 2, release: "v1", metadata: { prompt: "p1" } },
  { id: "m-b", first: H(11), last: H(12, 15), status: "escalated", agents: ["triage", "orders", "billing"], flags: ["reask", "deep"], handoffs: 2, depth: 2, csat: 5, release: "v2", metadata: { prompt: "p2" } },
  { id: "m-c", first: H(13), last: H(13, 0), agents: ["triage"], preview: "Where is my parcel_100%?", metadata: { prompt: "p1" } },
  { id: "m-d", first: H(14), last: H(15, 30), status: "resolved", agents: ["triage", "billing"], flags: ["dropout", "reask"], handoffs: 3, depth: 3, csat: 1, release: "v2" },
  // a tie with m-d on last event: the id breaks it
  { id: "m-e", first: H(15), last: H(15, 30), status: "abandoned", agents: ["triage", "orders"], handoffs: 1, depth: 1, csat: 4, release: "v1" },
  // 1 ms before `to`: in; exactly at `to`: out
  { id: "m-f", first: H(19), last: new Date(H(20).getTime() - 1), agents: ["triage"], flags: ["stale"] },
  { id: "m-late", first: H(19), last: H(20), flags: ["dropout"], agents: ["triage", "billing"], handoffs: 1, depth: 1 },
];

/** Handoff rows for the edge filter (m-a and m-d crossed triage→billing, m-b triage→orders→billing). */
export async function insertHandoffs(projectId: string) {
  const rows: Array<[string, string, string]> = [
    ["m-a", "triage", "billing"],
    ["m-b", "triage", "orders"],
    ["m-b", "orders", "billing"],
    ["m-d", "triage", "billing"],
    ["m-e", "triage", "orders"],
    ["m-early", "triage", "billing"],
  ];
  await pool().query(
    `INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode)
     SELECT $1, c, (row_number() OVER (PARTITION BY c ORDER BY o))::int - 1, c || '-h' || o, f, t, 0, $2, 1, 'transfer'
       FROM unnest($3::text[], $4::text[], $5::text[]) WITH ORDINALITY AS x(c, f, t, o)`,
    [projectId, H(12), rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
  );
}

/** Events of the rescore cases: c1 before `since` only, c2 at `since`, c3 and c4 after it. */
export const SINCE = H(12, 30);
export async function insertRescoreEvents(projectId: string) {
  const ev: Array<[string, string, Date]> = [
    ["r-c1-1", "c1", new Date(SINCE.getTime() - 1)],
    ["r-c2-1", "c2", SINCE],
    ["r-c2-2", "c2", H(13)],
    ["r-c3-1", "c3", H(14)],
    ["r-c4-1", "c4", H(15)],
    ["r-c4-2", "c4", new Date(SINCE.getTime() - 60_000)],
  ];
  await pool().query(
    `INSERT INTO events (project_id, id, conversation_id, ts, type, data)
     SELECT $1, i, c, t, 'message', '{"role":"user","content":"hi"}' FROM unnest($2::text[], $3::text[], $4::timestamptz[]) AS x(i, c, t)`,
    [projectId, ev.map((e) => e[0]), ev.map((e) => e[1]), ev.map((e) => e[2])],
  );
}

type Rollup = [metric: string, at: Date, dim: string, dimValue: string, sum: number, count: number];
export const ROLLUPS: Rollup[] = [
  // depth histogram: 10:00 is in (from 10:30 truncates to its hour), 09:00 and 20:00 are out
  ["depth_hist", H(9), "", "1", 0, 7],
  ["depth_hist", H(10), "", "1", 0, 3],
  ["depth_hist", H(19), "", "1", 0, 2],
  ["depth_hist", H(19), "", "4", 0, 1],
  ["depth_hist", H(20), "", "4", 0, 9],
  // edge table
  ["dropout_rate", H(10), "edge", "triage→billing", 2, 5],
  ["reask_rate", H(11), "edge", "triage→billing", 1, 5],
  ["stale_use_rate", H(11), "edge", "triage→billing", 3, 5],
  ["dropout_rate", H(12), "edge", "triage→orders", 0, 4],
  ["dropout_rate", H(9), "edge", "triage→billing", 9, 9],
  ["dropout_rate", H(20), "edge", "triage→orders", 8, 8],
  ["handoffs", H(12), "edge", "triage→billing", 5, 5], // another metric: not the table's
];

export async function insertRollups(projectId: string, rows: Rollup[] = ROLLUPS) {
  await pool().query(
    `INSERT INTO metric_rollups (project_id, metric, bucket, dim, dim_value, sum, count)
     SELECT $1, m, b, d, v, s, c FROM unnest($2::text[], $3::timestamptz[], $4::text[], $5::text[], $6::float8[], $7::float8[]) AS x(m, b, d, v, s, c)`,
    [projectId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4]), rows.map((r) => r[5])],
  );
}

/** Seeds a project with every case above, and a second project with copies that must not count. */
export async function seedMovedReads(projectId: string, otherProjectId: string) {
  for (const p of [projectId, otherProjectId]) {
    await insertConversations(p, LIST_ROWS);
    await insertHandoffs(p);
    await insertRescoreEvents(p);
  }
  await insertRollups(projectId);
  await insertRollups(otherProjectId, ROLLUPS.map(([m, b, d, v, s, c]): Rollup => [m, b, d, v, s * 10 + 1, c * 10 + 1]));
}

const filter = (q: Record<string, string>) => ConversationFilter.parse(q);
const inRange = { from: RANGE.from.toISOString(), to: RANGE.to.toISOString() };

/** Every moved read with fixed inputs; plain JSON, so two processes' answers compare with toEqual. */
export async function movedReads(projectId: string) {
  const list = (q: Record<string, string>) => listConversations({ projectId, filter: filter(q) });
  // the time sort walked forward two rows at a time and back again
  const first = await list({ ...inRange, limit: "2" });
  const second = await list({ ...inRange, limit: "2", cursor: first.nextCursor! });
  const back = await list({ ...inRange, limit: "2", cursor: second.prevCursor! });
  return {
    list: { first, second, back, all: await list(inRange) },
    depthHistogram: await getDepthHistogram(projectId, RANGE),
    edgeTable: await getEdgeTable(projectId, RANGE),
    hasAnyEvents: await hasAnyEvents(projectId),
    rescore: {
      progress: await rescoreProgress({ projectId, since: SINCE, after: "c2" }),
      batch: await nextRescoreBatch({ projectId, since: SINCE, after: "c2" }, 10),
    },
  };
}
