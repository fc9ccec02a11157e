// PostgreSQL's side of the worker's batch write (issue 12, speed32b): `npx tsx scripts/pg-write-cost.mts`.
// In a scratch database (scripts/scratch-db.ts) it scores 40 batches of 64 bench-backlog conversations
// with lib/scoring/persist.ts, capturing each batch's one write statement (writeBatch's `WITH conv AS …`),
// then replays the captured writes into a second project under EXPLAIN (ANALYZE, BUFFERS): ten with every
// index, ten with the GIN indexes of those tables dropped, ten with them rebuilt, printing the execution time
// per batch and the last plan's insert nodes. A measurement only: the scratch database is dropped at the end.
import pg from "pg";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { seedBacklog } from "./bench-scoring";
import { scratchDatabase } from "./scratch-db";
const { scoreConversations } = await import("../lib/scoring/persist.ts");
usePoolProfile("bulk");
const scratch = await scratchDatabase("baton-pgwrite-");
const captured: string[] = [];
const orig = pg.Client.prototype.query as (...a: unknown[]) => unknown;
(pg.Client.prototype as { query: unknown }).query = function (this: unknown, ...a: unknown[]) {
  if (typeof a[0] === "string" && a[0].startsWith("WITH conv AS")) captured.push(a[0]);
  return orig.apply(this, a);
};
const projectId = "pgw";
await pool().query(`INSERT INTO projects (id, name) VALUES ($1, 'pgw')`, [projectId]);
const ids = await seedBacklog(projectId, 64 * 40);
await pool().query(`DELETE FROM graphile_worker._private_jobs`).catch(() => undefined);
await pool().query(`VACUUM ANALYZE events`);
for (let b = 0; b < 40; b++) await scoreConversations({ projectId, conversationIds: ids.slice(b * 64, b * 64 + 64), keepAnalyses: false });
console.log(`captured ${captured.length} writes, ${captured[0].length} chars each`);
// replay each captured write into a second project (same rows, new keys) and time it, with and without the GIN indexes
const c = await pool().connect();
await c.query(`INSERT INTO projects (id, name) VALUES ('pgw2', 'pgw2')`);
const time = async (label: string, from: number, to: number) => {
  let ms = 0;
  let exec = 0;
  for (let i = from; i < to; i++) {
    const sql = captured[i].replace(/; COMMIT$/, "").replaceAll("'pgw'", "'pgw2'");
    const t = process.hrtime.bigint();
    const r = await c.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`);
    ms += Number(process.hrtime.bigint() - t) / 1e6;
    exec += (r.rows[0]["QUERY PLAN"][0] as { "Execution Time": number })["Execution Time"];
  }
  console.log(`${label}: ${(exec / (to - from)).toFixed(1)} ms execution per batch of 64 (${(ms / (to - from)).toFixed(1)} ms round trip), ${to - from} batches`);
};
const idx = (await c.query(`SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('conversations','handoffs','metric_rollups') ORDER BY tablename, indexname`)).rows;
console.log(idx.map((r) => r.indexname).join(", "));
await time("all indexes", 0, 10);
const gin = idx.filter((r) => /USING gin/i.test(r.indexdef));
for (const r of gin) await c.query(`DROP INDEX "${r.indexname}"`);
await time(`without ${gin.map((r) => r.indexname).join(" and ")}`, 10, 20);
for (const r of gin) await c.query(r.indexdef);
await time("all indexes again", 20, 30);
const plan = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${captured[30].replace(/; COMMIT$/, "").replaceAll("'pgw'", "'pgw2'")}`);
console.log(plan.rows.map((r) => r["QUERY PLAN"]).filter((l: string) => /Insert on|Execution|Planning|Trigger|Conflict|Buffers: shared hit/.test(l)).slice(0, 20).join("\n"));
c.release();
await closePool();
await scratch.drop();
