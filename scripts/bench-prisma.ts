// Per-query cost of Prisma 7 (adapter-pg over the shared pg pool) against the same SQL through the
// raw pool, in one process: starts its own embedded PostgreSQL in a temp folder, migrates, seeds a
// little, then runs N interleaved rounds of each case through every client variant and prints p50/p95
// wall and CPU µs per query. Sequential on purpose: it measures the client's own cost, not queueing.
//   npx tsx scripts/bench-prisma.ts [--runs 300] [--only pool,prisma] [--cases select1,edgePage]
// Cases whose name starts with "moved:" (issue 13's last reads) compare the read as it was on the
// raw pool (its old SQL, kept below) with the function as it is now, through Prisma.
// Variants: pool (pg.Pool.query), default (Prisma 7's defaults), minimal (errorFormat "minimal"),
// named (named prepared statements), prisma (lib/db/client.ts as it is: both).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { setDatabaseUrl } from "../lib/env";
import { percentile } from "./bench-ingest";

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const RUNS = Number(arg("runs", "300"));
const ONLY = arg("only", "").split(",").filter(Boolean);
const CASES = arg("cases", "").split(",").filter(Boolean);

type Case = () => Promise<unknown>;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-prisma-"));
  const server = await startEmbeddedPostgres({ dataDir });
  try {
    setDatabaseUrl(server.url);
    await migrate(server.url);
    const { pool, markShuttingDown } = await import("../lib/db/pool");
    const { db, statementName } = await import("../lib/db/client");
    const { PrismaClient } = await import("../lib/db/generated/client");
    const { getSessionUser, createSession } = await import("../lib/auth/sessions");
    const { listReleases } = await import("../lib/releases/queries");
    const { getEdgeTrends, getEdgeTotals, getDroppedFields, getReaskExamples } = await import("../lib/edges/queries");
    const { hashKey } = await import("../lib/auth/keys");
    const { listConversations, COUNT_CAP } = await import("../lib/conversations/list");
    const { ConversationFilter } = await import("../lib/conversations/list-filter");
    const { getDepthHistogram, getEdgeTable, hasAnyEvents } = await import("../lib/dashboard/overview");
    const { getProjectSettings } = await import("../lib/projects/manage");
    const { parseSettings } = await import("../lib/projects/settings");
    const { nextRescoreBatch, rescoreProgress } = await import("../lib/scoring/rescore");

    // seed: a user with a session, a project, 200 rollup rows
    const uid = "usr_bench";
    await pool().query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, 'b@b.local', 'B', 'x')`, [uid]);
    const { token } = await createSession(uid);
    const hashed = hashKey(token);
    await pool().query(`INSERT INTO projects (id, name) VALUES ('p1', 'P1')`);
    await pool().query(
      `INSERT INTO metric_rollups (project_id, metric, bucket, dim, dim_value, sum, count)
       SELECT 'p1', CASE WHEN i % 2 = 0 THEN 'conversations' ELSE 'handoffs' END,
              timestamptz '2026-11-20' + (i || ' hours')::interval, 'release', 'v' || (i % 10), i, i + 1
         FROM generate_series(1, 200) i`,
    );
    // for the moved reads: 3,000 conversations (3 events and 1 handoff each), edge and depth rollups
    await pool().query(
      `INSERT INTO conversations (project_id, id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, user_turns, flags, preview, scores, csat, release, metadata)
       SELECT 'p1', 'c' || lpad(i::text, 5, '0'), (ARRAY['open','resolved','escalated'])[1 + i % 3],
              timestamptz '2026-11-20' + (i || ' minutes')::interval, timestamptz '2026-11-20' + (i || ' minutes')::interval + (i % 97 || ' seconds')::interval,
              ARRAY['triage', CASE WHEN i % 2 = 0 THEN 'billing' ELSE 'refunds' END], ARRAY['triage', CASE WHEN i % 2 = 0 THEN 'billing' ELSE 'refunds' END],
              1 + i % 4, 1 + i % 6, 1 + i % 3, CASE WHEN i % 5 = 0 THEN ARRAY['dropout'] WHEN i % 7 = 0 THEN ARRAY['reask'] ELSE ARRAY[]::text[] END,
              'Refund order ' || i || ' please', jsonb_build_object('dropoutRate', (i % 10) / 10.0, 'reaskCount', i % 3),
              CASE WHEN i % 4 = 0 THEN NULL ELSE 1 + i % 5 END, 'v' || (i % 3), jsonb_build_object('prompt_version', 'p' || (i % 4))
         FROM generate_series(1, 3000) i`,
    );
    await pool().query(
      `INSERT INTO events (project_id, id, conversation_id, ts, type, agent, data)
       SELECT 'p1', 'e' || i || '-' || k, 'c' || lpad(i::text, 5, '0'), timestamptz '2026-11-20' + (i || ' minutes')::interval + (k || ' seconds')::interval,
              'message', 'triage', '{"role":"user","content":"hi"}'
         FROM generate_series(1, 3000) i, generate_series(1, 3) k`,
    );
    await pool().query(
      `INSERT INTO handoffs (project_id, conversation_id, idx, event_id, from_agent, to_agent, turn, at, depth, mode, flags)
       SELECT 'p1', 'c' || lpad(i::text, 5, '0'), 0, 'e' || i || '-2', 'triage', CASE WHEN i % 2 = 0 THEN 'billing' ELSE 'refunds' END, 0,
              timestamptz '2026-11-20' + (i || ' minutes')::interval, 1, 'transfer', ARRAY[]::text[]
         FROM generate_series(1, 3000) i`,
    );
    await pool().query(
      `INSERT INTO metric_rollups (project_id, metric, bucket, dim, dim_value, sum, count)
       SELECT 'p1', m, timestamptz '2026-11-20' + (h || ' hours')::interval, d, v, h % 5, 5 + h % 3
         FROM generate_series(0, 200) h,
              (VALUES ('dropout_rate', 'edge', 'triage→billing'), ('reask_rate', 'edge', 'triage→billing'), ('stale_use_rate', 'edge', 'triage→billing'),
                      ('dropout_rate', 'edge', 'triage→refunds'), ('reask_rate', 'edge', 'triage→refunds'), ('stale_use_rate', 'edge', 'triage→refunds'),
                      ('depth_hist', '', '1'), ('depth_hist', '', '2'), ('depth_hist', '', '3'), ('depth_hist', '', '4')) AS x(m, d, v)`,
    );

    const variants: Record<string, InstanceType<typeof PrismaClient>> = {
      // Prisma 7's defaults, as lib/db/client.ts had them before
      default: new PrismaClient({ adapter: new PrismaPg(pool()) }),
      // one setting each
      minimal: new PrismaClient({ adapter: new PrismaPg(pool()), errorFormat: "minimal" }),
      named: new PrismaClient({ adapter: new PrismaPg(pool(), { statementNameGenerator: statementName }) }),
      // lib/db/client.ts as it is
      prisma: db(),
    };

    const cases: Record<string, Record<string, Case>> = {
      select1: { pool: () => pool().query(`SELECT 1`) },
      row1: { pool: () => pool().query(`SELECT id, email, name FROM users WHERE id = $1`, [uid]) },
      rows200: {
        pool: () => pool().query(`SELECT project_id, metric, bucket, dim, dim_value, sum, count FROM metric_rollups WHERE project_id = $1`, ["p1"]),
      },
      session: {
        pool: () =>
          pool().query(`SELECT u.id, u.email, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = $1 AND s.expires_at > now()`, [hashed]),
      },
      findUnique: { pool: () => pool().query(`SELECT id, name, settings FROM projects WHERE id = $1`, ["p1"]) },
      findMany200: {
        pool: () => pool().query(`SELECT project_id, metric, bucket, dim, dim_value, sum, count FROM metric_rollups WHERE project_id = $1`, ["p1"]),
      },
      groupBy: {
        pool: () =>
          pool().query(
            `SELECT dim_value, metric, min(bucket), max(bucket), sum(count) FROM metric_rollups
              WHERE project_id = $1 AND metric = ANY($2) AND dim = 'release' AND count > 0 GROUP BY dim_value, metric`,
            ["p1", ["conversations", "handoffs"]],
          ),
      },
    };
    for (const [name, c] of Object.entries(variants)) {
      cases.select1[name] = () => c.$queryRaw`SELECT 1`;
      cases.row1[name] = () => c.$queryRaw`SELECT id, email, name FROM users WHERE id = ${uid}`;
      cases.rows200[name] = () =>
        c.$queryRaw`SELECT project_id, metric, bucket, dim, dim_value, sum, count FROM metric_rollups WHERE project_id = ${"p1"}`;
      cases.session[name] = () =>
        c.$queryRaw`SELECT u.id, u.email, u.name FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id = ${hashed} AND s.expires_at > now()`;
      cases.findUnique[name] = () => c.project.findUnique({ where: { id: "p1" }, select: { id: true, name: true, settings: true } });
      cases.findMany200[name] = () => c.metricRollup.findMany({ where: { projectId: "p1" } });
      cases.groupBy[name] = () =>
        c.metricRollup.groupBy({
          by: ["dimValue", "metric"],
          where: { projectId: "p1", metric: { in: ["conversations", "handoffs"] }, dim: "release", count: { gt: 0 } },
          _min: { bucket: true },
          _max: { bucket: true },
          _sum: { count: true },
        });
    }
    // six reads at once, like a page's parallel reads after the session lookup
    for (const v of Object.keys(cases.select1)) {
      const parts = ["select1", "row1", "rows200", "session", "findUnique", "groupBy"].map((c) => cases[c][v]);
      (cases.parallel6 ??= {})[v] = () => Promise.all(parts.map((f) => f()));
    }
    // the real read functions, through Prisma's defaults and through lib/db/client.ts's config: db()
    // returns globalThis.__batonPrisma, swapped per call (the calls run one at a time)
    const slot = globalThis as unknown as { __batonPrisma?: unknown }; // cast: db()'s process-wide slot (client.ts)
    const configured = db();
    const through = (v: "default" | "prisma", f: Case): Case => async () => {
      slot.__batonPrisma = v === "default" ? variants.default : configured;
      try {
        return await f();
      } finally {
        slot.__batonPrisma = configured;
      }
    };
    const range = { key: "custom" as const, from: new Date("2026-11-20"), to: new Date("2026-11-29"), bucket: "hour" as const,
      previous: { from: new Date("2026-11-11"), to: new Date("2026-11-20") } };
    // the edge page's reads: the session lookup, then five at once
    const edgePage = async () => {
      await getSessionUser(token);
      await Promise.all([
        getEdgeTrends("p1", "triage", "billing", range),
        getEdgeTotals("p1", "triage", "billing", range),
        getDroppedFields("p1", "triage", "billing", range),
        getReaskExamples("p1", "triage", "billing", range),
        listReleases("p1"),
      ]);
    };
    for (const v of ["default", "prisma"] as const) {
      (cases.getSessionUser ??= {})[v] = through(v, () => getSessionUser(token));
      (cases.listReleases ??= {})[v] = through(v, () => listReleases("p1"));
      (cases.edgePage ??= {})[v] = through(v, edgePage);
    }

    // issue 13's last raw reads: as they were on the pool (old SQL, verbatim) vs the functions now
    const filters = {
      listFirst: ConversationFilter.parse({}),
      listFiltered: ConversationFilter.parse({ flag: "dropout,reask", agent: "billing", status: "open,resolved", sort: "handoffs", limit: "50" }),
    };
    const poolList = async (f: (typeof filters)["listFirst"]) => {
      // the old filterSql + listConversations, for the filters these cases use
      const where = ["project_id = $1"];
      const params: unknown[] = ["p1"];
      const p = (v: unknown) => (params.push(v), `$${params.length}`);
      if (f.agent?.length) where.push(`agents && ${p(f.agent)}::text[]`);
      if (f.flag?.length) where.push(`flags && ${p(f.flag)}::text[]`);
      if (f.status?.length) where.push(`status = ANY(${p(f.status)}::text[])`);
      const countWhere = [...where];
      const countParams = [...params];
      const col = f.sort === "handoffs" ? "handoff_count" : "last_at";
      return Promise.all([
        pool().query(
          `SELECT id, status, first_at, last_at, agents, agent_path, handoff_count, max_depth, user_turns, flags, preview, scores,
                  csat, metadata, release, ${col} AS sort_value,
                  round(extract(epoch FROM last_at - first_at) * 1000)::bigint AS duration_ms
             FROM conversations WHERE ${where.join(" AND ")}
            ORDER BY ${col} DESC, id DESC LIMIT ${p(f.limit + 1)}`,
          params,
        ),
        pool().query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM conversations WHERE ${countWhere.join(" AND ")} LIMIT ${COUNT_CAP + 1}) x`, countParams),
      ]);
    };
    const since = new Date("2026-11-20T12:00:00Z");
    const position = { projectId: "p1", since, after: "c01500" };
    const moved: Record<string, Record<string, Case>> = {
      "moved:listFirst": { pool: () => poolList(filters.listFirst), prisma: () => listConversations({ projectId: "p1", filter: filters.listFirst }) },
      "moved:listFiltered": { pool: () => poolList(filters.listFiltered), prisma: () => listConversations({ projectId: "p1", filter: filters.listFiltered }) },
      "moved:depthHist": {
        pool: () =>
          pool().query(
            `SELECT dim_value AS depth, sum(count)::float8 AS n FROM metric_rollups
              WHERE project_id = $1 AND metric = 'depth_hist' AND dim = '' AND bucket >= date_trunc('hour', $2::timestamptz, 'UTC') AND bucket < $3
              GROUP BY dim_value`,
            ["p1", range.from, range.to],
          ),
        prisma: () => getDepthHistogram("p1", range),
      },
      "moved:edgeTable": {
        pool: () =>
          pool().query(
            `SELECT dim_value, metric, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
              WHERE project_id = $1 AND dim = 'edge' AND metric IN ('dropout_rate', 'reask_rate', 'stale_use_rate')
                AND bucket >= date_trunc('hour', $2::timestamptz, 'UTC') AND bucket < $3
              GROUP BY dim_value, metric`,
            ["p1", range.from, range.to],
          ),
        prisma: () => getEdgeTable("p1", range, 12),
      },
      "moved:hasAnyEvents": {
        pool: () => pool().query(`SELECT 1 FROM events WHERE project_id = $1 LIMIT 1`, ["p1"]),
        prisma: () => hasAnyEvents("p1"),
        findFirst: () => db().event.findFirst({ where: { projectId: "p1" }, select: { id: true } }),
      },
      "moved:settings": {
        pool: async () => parseSettings((await pool().query(`SELECT settings FROM projects WHERE id = $1`, ["p1"])).rows[0]?.settings),
        prisma: () => getProjectSettings("p1"),
      },
      "moved:rescoreProgress": {
        pool: () =>
          pool().query(
            `SELECT count(DISTINCT conversation_id)::int AS total,
                    count(DISTINCT conversation_id) FILTER (WHERE conversation_id <= $3)::int AS done
               FROM events WHERE project_id = $1 AND ts >= $2`,
            ["p1", since, position.after],
          ),
        prisma: () => rescoreProgress(position),
      },
      "moved:nextRescoreBatch": {
        pool: () =>
          pool().query(
            `SELECT DISTINCT conversation_id FROM events WHERE project_id = $1 AND ts >= $2 AND conversation_id > $3
              ORDER BY conversation_id LIMIT $4`,
            ["p1", since, position.after, 500],
          ),
        prisma: () => nextRescoreBatch(position, 500),
      },
    };
    Object.assign(cases, moved);

    const wall: Record<string, number[]> = {};
    const cpu: Record<string, number[]> = {};
    const keys: Array<[string, string, Case]> = [];
    for (const [cn, vs] of Object.entries(cases))
      for (const [vn, f] of Object.entries(vs)) if ((!ONLY.length || ONLY.includes(vn)) && (!CASES.length || CASES.includes(cn))) keys.push([cn, vn, f]);
    for (let i = 0; i < RUNS + 20; i++) {
      for (const [cn, vn, f] of keys) {
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        await f();
        const t = performance.now() - t0;
        const c = process.cpuUsage(c0);
        if (i < 20) continue; // warm-up: JIT, connections, Prisma's query plan cache
        (wall[`${cn}/${vn}`] ??= []).push(t * 1000);
        (cpu[`${cn}/${vn}`] ??= []).push(c.user + c.system);
      }
    }
    const us = (x: number) => String(Math.round(x)).padStart(7);
    console.log(`runs=${RUNS} node=${process.version} load=${os.loadavg()[0].toFixed(1)}`);
    console.log(`${"case/variant".padEnd(26)} ${"wall p50".padStart(8)} ${"p95".padStart(7)} ${"cpu p50".padStart(8)} ${"p95".padStart(7)}  (µs)`);
    for (const k of Object.keys(wall)) {
      console.log(
        `${k.padEnd(26)} ${us(percentile(wall[k], 50)).padStart(8)} ${us(percentile(wall[k], 95))} ${us(percentile(cpu[k], 50)).padStart(8)} ${us(percentile(cpu[k], 95))}`,
      );
    }
    for (const c of Object.values(variants)) if (c !== db()) await c.$disconnect();
    await db().$disconnect();
    markShuttingDown();
    await pool().end();
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
