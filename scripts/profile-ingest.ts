// Where ingest's time goes, per process (issue 17 §4): starts an embedded PostgreSQL (or uses
// DATABASE_URL) and one web process, then runs the bench's ingest phases (bench-ingest.ts: HTTP
// batches of 500 from BENCH_CLIENTS senders, single-event requests from 16 and from 64 senders) and
// prints, per phase, the throughput and the CPU each process spent: the web process, PostgreSQL's
// client backends, its background processes (WAL writer, checkpointer, …) and this generator —
// per request or per event, and as a share of the phase's wall time. `--cpu-prof DIR` writes the web
// process's V8 profile there (on exit); `--only batches,single16,single64` runs some phases;
// `--pg commit_delay=50,commit_siblings=2` sets server settings first (ALTER SYSTEM + reload: tries
// a setting without a restart; the server is the scratch one unless DATABASE_URL is set). Each
// phase also prints how many events one transaction stored on average (rows sharing an xmin): the
// size of the groups lib/ingest/group-commit.ts formed.
// Usage: npx tsx scripts/profile-ingest.ts [--seconds 10] [--cpu-prof DIR] [--only …] [--pg name=value,…]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createApiKey } from "../lib/auth/keys";
import { freePort, isClientBackend } from "../lib/db/embedded";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { toolEnv } from "../lib/env";
import { startWeb, waitForHttp } from "../lib/runtime/processes";
import { arg } from "./args";
import { scratchDatabase } from "./scratch-db";
import { describeSingle, httpIngest, singleEventRate } from "./bench-ingest";

const TICK = 100; // USER_HZ on Linux

interface ProcStat {
  ppid: number;
  cpu: number;
  cmd: string;
}

function procStats(): Map<number, ProcStat> {
  const out = new Map<number, ProcStat>();
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const s = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const f = s.slice(s.lastIndexOf(")") + 2).split(" ");
      out.set(Number(d), { ppid: Number(f[1]), cpu: (Number(f[11]) + Number(f[12])) / TICK, cmd: fs.readFileSync(`/proc/${d}/cmdline`, "utf8") });
    } catch {
      /* exited meanwhile */
    }
  }
  return out;
}

/** CPU seconds: the web process tree, PostgreSQL's client backends and its other children, this process. */
function sample(webPid: number, postmaster: number) {
  const all = procStats();
  let web = 0;
  const inWeb = (pid: number): boolean => pid === webPid || (pid > 1 && all.has(pid) && inWeb(all.get(pid)!.ppid));
  let backends = 0;
  let background = all.get(postmaster)?.cpu ?? 0;
  for (const [pid, s] of all) {
    if (inWeb(pid)) web += s.cpu;
    else if (s.ppid === postmaster) {
      if (isClientBackend(s.cmd)) backends += s.cpu;
      else background += s.cpu;
    }
  }
  const me = process.cpuUsage();
  return { web, backends, background, generator: (me.user + me.system) / 1e6 };
}

const maxSeq = async (projectId: string): Promise<number> =>
  Number((await pool().query(`SELECT coalesce(max(seq), 0) AS s FROM events WHERE project_id = $1`, [projectId])).rows[0].s);

/** Events stored after `seq0` per transaction that stored them (one group commit = one transaction = one xmin). */
async function eventsPerTransaction(projectId: string, seq0: number): Promise<string> {
  const { rows } = await pool().query(`SELECT count(*)::float8 / greatest(count(DISTINCT xmin::text), 1) AS g FROM events WHERE project_id = $1 AND seq > $2`, [projectId, seq0]);
  return Number(rows[0].g).toFixed(1);
}

/**
 * The sizes of those transactions, most frequent first ("8×412 7×40 …", the six commonest): a mean of
 * 8 can be groups of 8 and 8 in turn or of 1 and 15 (docs/architecture.md "Ingest, fifth round").
 */
async function groupSizes(projectId: string, seq0: number): Promise<string> {
  const { rows } = await pool().query<{ size: number; n: number }>(
    `SELECT size, count(*)::int AS n FROM (SELECT count(*)::int AS size FROM events WHERE project_id = $1 AND seq > $2 GROUP BY xmin::text) g
     GROUP BY size ORDER BY n DESC, size LIMIT 6`,
    [projectId, seq0],
  );
  return rows.map((r) => `${r.size}×${r.n}`).join(" ");
}

async function main() {
  const seconds = Number(arg("seconds") ?? 10);
  const only = arg("only")?.split(",");
  const profDir = arg("cpu-prof");
  usePoolProfile("bulk");
  const scratch = await scratchDatabase("baton-profile-ingest-");
  const { url } = scratch;
  for (const kv of arg("pg")?.split(",") ?? []) {
    const [name, value] = kv.split("=");
    if (!/^[a-z_]+$/.test(name) || value === undefined) throw new Error(`--pg: expected name=value, got ${kv}`);
    await pool().query(`ALTER SYSTEM SET ${name} = '${value.replace(/'/g, "''")}'`);
  }
  if (arg("pg")) await pool().query(`SELECT pg_reload_conf()`);
  const { rows } = await pool().query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
  const postmaster = procStats().get(rows[0].pid)?.ppid ?? 0;
  const port = await freePort();
  const web = startWeb({
    port,
    env: { DATABASE_URL: url, BATON_RATE_LIMIT_RPS: "1000000", BATON_DB_POOL_SIZE: "20" },
    nodeFlags: profDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profDir)}`] : [],
    stdio: "ignore",
    host: "127.0.0.1",
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${baseUrl}/api/health`, web, 180_000);
    const projectId = `prof_${Date.now().toString(36)}`;
    await pool().query(`INSERT INTO projects (id, name) VALUES ($1, 'profile')`, [projectId]);
    const { secret: key } = await createApiKey({ projectId, name: "profile" });
    const target = { baseUrl, key, projectId };
    // a short warm-up so the first phase does not pay JIT and connection set-up
    await singleEventRate({ ...target, seconds: 2, clients: 16 });
    const single = async (clients: number) => {
      const r = await singleEventRate({ ...target, seconds, clients });
      return { n: r.reqPerSec * seconds, note: ` | ${describeSingle(r)}` };
    };
    const phases: Array<[string, () => Promise<{ n: number; note: string }>, string]> = [
      ["batches", async () => ({ n: (await httpIngest({ ...target, seconds, clients: toolEnv().BENCH_CLIENTS, batchSize: 500 })).acked, note: "" }), "event"],
      ["single16", () => single(16), "request"],
      ["single64", () => single(64), "request"],
    ];
    console.log(`load ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    for (const [name, run, unit] of phases) {
      if (only && !only.includes(name)) continue;
      const seq0 = await maxSeq(projectId);
      const a = sample(web.proc.pid!, postmaster);
      const t0 = performance.now();
      const { n, note } = await run();
      const wall = (performance.now() - t0) / 1000;
      const b = sample(web.proc.pid!, postmaster);
      const grouped = await eventsPerTransaction(projectId, seq0);
      const sizes = await groupSizes(projectId, seq0);
      const per = (k: keyof typeof a) => `${(((b[k] - a[k]) * 1000) / n).toFixed(unit === "event" ? 4 : 3)} ms`;
      const share = (k: keyof typeof a) => `${Math.round(((b[k] - a[k]) / wall) * 100)} %`;
      console.log(
        `${name.padEnd(9)} ${Math.round(n / wall)} ${unit}s/s | CPU per ${unit}: web ${per("web")}, pg backends ${per("backends")}, ` +
          `pg background ${per("background")}, generator ${per("generator")} | of one core: web ${share("web")}, backends ${share("backends")}, ` +
          `background ${share("background")}, generator ${share("generator")} | ${grouped} events per transaction (sizes ${sizes})${note} | load ${os.loadavg()[0].toFixed(1)}`,
      );
    }
  } finally {
    await web.stop();
    await closePool();
    await scratch.drop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
