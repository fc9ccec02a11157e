// The scoring batch's CPU per conversation for one checkout, database included:
// `npx tsx --max-old-space-size=160 --max-semi-space-size=4 --heap-growing-percent=100 scripts/persist-ab.mts ROOT [batches=60] [--size 64]`
// (the worker's V8 flags, lib/runtime/processes.ts WORKER_NODE_FLAGS). It seeds batches × size
// conversations of the bench backlog's shape (scripts/bench-scoring.ts seedBacklog) into a scratch
// database (scripts/scratch-db.ts), then scores them `size` at a time with ROOT's scoreConversations
// (lib/scoring/persist.ts: the batch's read, pg's row parsing, the events' records, the scorers, the
// rows' JSON, the one write) as the worker's batcher calls it, one batch after another, and prints
// the process CPU time of those calls — what scoring-ab.mts (the scorers alone) cannot see, without the worker's queue and idle time.
// Compare two trees by running it for each in turn, A B B A (`ROOT` of the other tree: main extracted
// with `git archive`, node_modules linked, as for scoring-ab.mts); one process per tree, because two
// module graphs in one heap double the old generation and bias the second one loaded (measured: the
// same tree against itself 0.927). PostgreSQL's CPU (another process) is not counted.
import path from "node:path";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { seedBacklog } from "./bench-scoring";
import { scratchDatabase } from "./scratch-db";

type Score = (a: { projectId: string; conversationIds: string[]; keepAnalyses: boolean }) => Promise<Map<string, unknown>>;
const args = process.argv.slice(2);
const sizeAt = args.indexOf("--size");
const size = sizeAt >= 0 ? Number(args[sizeAt + 1]) : 64;
const [root, batchesArg] = args.filter((a, i) => !a.startsWith("--") && args[i - 1] !== "--size");
if (!root) throw new Error("usage: npx tsx scripts/persist-ab.mts ROOT [batches] [--size n]");
const batches = Number(batchesArg ?? 60);

usePoolProfile("bulk");
const scratch = await scratchDatabase("baton-persist-ab-");
const score: Score = (await import(path.join(path.resolve(root), "lib/scoring/persist.ts"))).scoreConversations;
const projectId = `pab_${Date.now().toString(36)}`;
await pool().query(`INSERT INTO projects (id, name) VALUES ($1, 'persist-ab')`, [projectId]);
const warm = 4;
const ids = await seedBacklog(projectId, (batches + warm) * size);
await pool().query(`DELETE FROM graphile_worker._private_jobs`).catch(() => undefined);
await pool().query(`VACUUM ANALYZE events`);

let cpu = 0;
let next = 0;
const run = async (count: boolean) => {
  const batch = ids.slice(next, (next += size));
  const t = process.cpuUsage();
  const out = await score({ projectId, conversationIds: batch, keepAnalyses: false });
  const u = process.cpuUsage(t);
  for (const [id, r] of out) if (r && typeof r === "object" && "error" in r) throw new Error(`${id}: ${String((r as { error: unknown }).error)}`);
  if (!count) return;
  cpu += (u.user + u.system) / 1e6;
};
for (let i = 0; i < warm; i++) await run(false);
for (let i = 0; i < batches; i++) await run(true);
const n = batches * size;
console.log(`${path.resolve(root)}: ${n} conversations in batches of ${size}: CPU ${cpu.toFixed(2)} s = ${Math.round(n / cpu)} conv/cpu-s`);
await closePool();
await scratch.drop();
