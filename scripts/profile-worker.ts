// Where the worker's time goes while it drains the bench's backlog (issue 12 throughput): starts an
// embedded PostgreSQL (or uses DATABASE_URL), the real worker process, seeds `n` bench conversations
// (bench-scoring.ts's seedBacklog: 10 events each, one job each) and reports drain conversations/s
// with the CPU seconds spent by the worker and by PostgreSQL (every backend of the server, from
// /proc), so a change can be told apart as scoring CPU, database work or idle waiting.
// Usage: npx tsx scripts/profile-worker.ts [conversations=20000] [--workers n] [--cpu-prof <dir>] [--node <flag>]… [--load] [--pg-stats]
// (--workers n runs n worker processes on the one queue, as BATON_WORKERS=n under `npm start`; CPU and
// peak RSS are printed per worker and in total; BATON_WORKER_CONCURRENCY in the environment reaches each)
// (--stale-stats first analyzes the events table holding only another project's 100,000 events and the
// jobs table empty, with autovacuum off for both: the statistics a new project meets on a big
// database and a queue meets after idling — the planner failures of docs/evaluation.md, speed13)
// (--pg-stats loads pg_stat_statements into the embedded server and prints, per statement shape of the
// drain, its calls and execution time per 1,000 conversations: round trips and PostgreSQL's side of a batch)
// (--load seeds the lag phases' conversations instead: 10 messages, one text, no handoff)
// (--node passes a V8/node flag to the worker, e.g. --node --trace-gc; the worker's output goes to stderr)
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { ROOT, WORKER_MALLOC_ARENA_MAX, workerArgs } from "../lib/runtime/processes";
import { scoreJobsLeft, seedBacklog, seedConversations } from "./bench-scoring";
import { RssPeaks } from "./rss";
import { scratchDatabase } from "./scratch-db";

const TICK = 100; // USER_HZ on Linux

function stat(pid: number): { cpu: number; ppid: number } | null {
  try {
    const s = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
    return { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICK };
  } catch {
    return null;
  }
}

/** CPU seconds of a process and all its descendants still alive (PostgreSQL: the postmaster and its backends). */
function treeCpu(root: number): number {
  const all = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
  const kids = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const pid of all) {
    const s = stat(pid);
    if (!s) continue;
    cpu.set(pid, s.cpu);
    (kids.get(s.ppid) ?? kids.set(s.ppid, []).get(s.ppid)!).push(pid);
  }
  let total = 0;
  const walk = (p: number) => {
    total += cpu.get(p) ?? 0;
    for (const k of kids.get(p) ?? []) walk(k);
  };
  walk(root);
  return total;
}

function postmasterPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
}

/** The lag phases' conversations (bench-scoring.ts ingestLoad): 10 messages of one text, user and agent in turn. */
function seedLoad(projectId: string, n: number): Promise<string[]> {
  return seedConversations(
    projectId,
    n,
    "ld",
    `SELECT $1, $2 || '-' || c || '-' || k, $2 || '-' || c, now() + make_interval(secs => k), 'message',
            CASE WHEN k % 2 = 1 THEN 'support' END, NULL,
            jsonb_build_object('role', CASE WHEN k % 2 = 1 THEN 'agent' ELSE 'user' END, 'content', 'Hi, where is my order 55121? It was due yesterday.')
       FROM generate_series($3::int, $4::int) c, generate_series(0, 9) k`,
  );
}

/** Statistics older than the data: see --stale-stats above. */
async function staleStatistics(): Promise<string> {
  await pool().query(`ALTER TABLE events SET (autovacuum_enabled = false)`);
  await pool().query(`ALTER TABLE graphile_worker._private_jobs SET (autovacuum_enabled = false)`);
  await pool().query(`INSERT INTO projects (id, name) VALUES ('other', 'other') ON CONFLICT DO NOTHING`);
  await pool().query(
    `INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data)
     SELECT 'other', 'o-' || c || '-' || k, 'o-' || c, now(), 'message', NULL, NULL, jsonb_build_object('role', 'user', 'content', 'Hi')
       FROM generate_series(0, 9999) c, generate_series(0, 9) k`,
  );
  await pool().query(`ANALYZE events`);
  await pool().query(`VACUUM ANALYZE graphile_worker._private_jobs`);
  return "stale statistics: events analyzed with another project's 100,000, the jobs table empty";
}

async function main() {
  const n = Number(process.argv[2] ?? 20_000);
  const profAt = process.argv.indexOf("--cpu-prof");
  const profDir = profAt > 0 ? path.resolve(process.argv[profAt + 1]) : null;
  usePoolProfile("bulk");
  const pgStats = process.argv.includes("--pg-stats");
  const scratch = await scratchDatabase("baton-profile-", pgStats ? { shared_preload_libraries: "pg_stat_statements", "pg_stat_statements.track": "all" } : undefined);
  if (pgStats) await pool().query(`CREATE EXTENSION IF NOT EXISTS pg_stat_statements`);
  const { db, url } = scratch;
  const projectId = `prof_${Date.now().toString(36)}`;
  await pool().query(`INSERT INTO projects (id, name) VALUES ($1, 'profile')`, [projectId]);
  if (process.argv.includes("--stale-stats")) console.log(await staleStatistics());
  const extra = process.argv.flatMap((a, i) => (process.argv[i - 1] === "--node" ? [a] : []));
  const [launcher] = workerArgs().slice(-1);
  const flags = [...workerArgs().slice(0, -1), ...extra, ...(profDir ? ["--cpu-prof", "--cpu-prof-dir", profDir] : [])];
  const workersAt = process.argv.indexOf("--workers");
  const count = workersAt > 0 ? Number(process.argv[workersAt + 1]) : 1;
  const workers = await Promise.all(Array.from({ length: count }, () => startProfiledWorker([...flags, launcher], url)));
  const pgPid = db ? postmasterPid(db.dataDir) : 0;
  const pids = workers.map((w) => w.pid!);
  const cpu = () => pids.map((pid) => stat(pid)?.cpu ?? NaN);
  const w0 = cpu();
  const p0 = pgPid ? treeCpu(pgPid) : 0;
  const me0 = process.cpuUsage();
  const load0 = os.loadavg();
  const started = performance.now();
  const ids = process.argv.includes("--load") ? await seedLoad(projectId, n) : await seedBacklog(projectId, n);
  const seeded = performance.now();
  if (pgStats) await pool().query(`SELECT pg_stat_statements_reset()`);
  const rss = new RssPeaks(pids);
  for (;;) {
    rss.sample();
    // progress from the queue, not from `conversations`: counting the scored rows there every 250 ms
    // cost PostgreSQL ~0.3 of a core by 200,000 rows (pg_stat_statements, 2026-12-01), CPU this
    // script would book to the drain. A job leaves the queue once its batch has committed.
    if ((await scoreJobsLeft(projectId)) === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const seconds = (performance.now() - started) / 1000;
  const wEach = cpu().map((c, i) => c - w0[i]);
  const wCpu = wEach.reduce((a, b) => a + b, 0);
  const pCpu = pgPid ? treeCpu(pgPid) - p0 : NaN;
  const me = process.cpuUsage(me0);
  const fmt = (x: number) => x.toFixed(1);
  console.log(`drained ${n} in ${fmt(seconds)} s = ${Math.round(n / seconds)} conv/s (seeding took ${fmt((seeded - started) / 1000)} s)`);
  const each = count > 1 ? ` = ${wEach.map(fmt).join(" + ")}` : "";
  console.log(`worker CPU ${fmt(wCpu)} s${each} (${count} worker${count > 1 ? "s" : ""}, ${Math.round(n / wCpu)} conv per worker CPU-s, ${((wCpu / seconds) * 100).toFixed(0)} % of one core)`);
  console.log(`postgres CPU ${fmt(pCpu)} s (incl. seeding), this script ${fmt((me.user + me.system) / 1e6)} s`);
  const mb = (b: number) => Math.round(b / 2 ** 20);
  const rssLine = count > 1 ? `${rss.each.map(mb).join(" / ")} MB each, ${mb(rss.total)} MB together` : `${mb(rss.max)} MB`;
  console.log(`worker peak RSS ${rssLine}; load ${load0.map((l) => l.toFixed(1)).join(" ")} → ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
  if (pgStats) await printStatements(n);
  for (const w of workers) w.kill("SIGTERM");
  await Promise.all(workers.map((w) => new Promise((r) => (w.exitCode === null ? w.once("exit", r) : r(null)))));
  await closePool();
  await scratch.drop();
}

/** One worker process, resolved once it reports running (its output goes to stderr). */
function startProfiledWorker(args: string[], url: string): Promise<ChildProcess> {
  const worker = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "inherit"],
    env: { MALLOC_ARENA_MAX: WORKER_MALLOC_ARENA_MAX, ...process.env, DATABASE_URL: url },
  });
  return new Promise((resolve) =>
    worker.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("baton worker: running")) resolve(worker);
      process.stderr.write(d);
    }),
  );
}

/** The drain's statements (after seeding), by shape: calls and PostgreSQL's execution time per 1,000 conversations. */
async function printStatements(n: number) {
  const { rows } = await pool().query<{ query: string; calls: string; ms: number; rows: string }>(
    `SELECT regexp_replace(left(query, 400), '\\s+', ' ', 'g') AS query, calls, total_exec_time AS ms, rows
       FROM pg_stat_statements WHERE calls > 0 ORDER BY total_exec_time DESC LIMIT 15`,
  );
  const per = 1000 / n;
  console.log(`statements after seeding, per 1,000 conversations (calls, exec ms):`);
  for (const r of rows) console.log(`${(Number(r.calls) * per).toFixed(1).padStart(8)} ${(r.ms * per).toFixed(1).padStart(8)} ms  ${r.query.slice(0, 160)}`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
