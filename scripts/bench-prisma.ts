// Per-query cost of Prisma 7 (adapter-pg over the shared pg pool) against the same SQL through the
// raw pool, in one process: starts its own embedded PostgreSQL in a temp folder, migrates, seeds a
// little, then runs N interleaved rounds of each case through every client variant and prints p50/p95
// wall and CPU µs per query. Sequential on purpose: it measures the client's own cost, not queueing.
//   npx tsx scripts/bench-prisma.ts [--runs 300] [--only pool,prisma] [--cases select1,edgePage]
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
