// What handoff contract checks cost the worker (issue 16: "contract checks add ≤ 10 % to worker
// scoring time"): CPU of the real scoring batch (scoreConversations: read events, analyse, check,
// write conversations/handoffs/rollups in one transaction) on the labelled corpus, in two projects
// that differ only in pinned contracts — "pinned" has one on every edge the corpus crosses (its
// inferred schema plus a required field nobody sends, so every check runs to the end and breaks),
// "unpinned" has none. Each round scores fresh copies of the corpus (first scoring: every rollup
// key is new, as in production), the arms interleaved A/B/B/A so load on a shared machine hits
// both alike. CPU is this process's (process.cpuUsage) plus PostgreSQL's client backends' (from
// /proc), reported as medians per round and as the overhead of "pinned" over "unpinned".
//
// Run alone: `npx tsx scripts/bench-contracts.ts [--rounds 12] [--copies 2] [--only pinned] [--breaks none]` (its own embedded
// PostgreSQL), or inside `BENCH_ONLY=scoring npm run bench` with BENCH_CONTRACTS=1.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { edgeKey } from "../lib/edges/href";
import { inferContract } from "../lib/contracts/infer";
import { observeEvents } from "../lib/contracts/observe";
import type { ContractSchema } from "../lib/contracts/schema";
import { isClientBackend, startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { closePool, pool, usePoolProfile } from "../lib/db/pool";
import { setDatabaseUrl } from "../lib/env";
import { IngestEvent, toRow } from "../lib/ingest/schemas";
import { loadCorpus } from "../lib/scoring/eval";
import { scoreConversations } from "../lib/scoring/persist";
import { ORIGINAL_CORPUS_DIR } from "../tests/fixtures/corpora";
import { arg } from "./args";

const BATCH = 64; // the worker's batch (lib/worker/jobs/score-conversation.ts)
/** a field no corpus handoff carries: required on every pinned edge, so every check breaks */
const NEVER_SENT = "bench_never_sent";

type Arm = "pinned" | "unpinned";
interface Sample { nodeMs: number; pgMs: number }

const corpus = () => loadCorpus(ORIGINAL_CORPUS_DIR).map((f) => ({ name: f.name, raw: f.fixture.events, events: f.events }));

/** Every edge the corpus crosses, with its inferred contract (plus NEVER_SENT required when every handoff should break). */
function benchContracts(breakAll: boolean): Array<{ from: string; to: string; schema: ContractSchema }> {
  const shapes = new Map<string, { from: string; to: string; shapes: Parameters<typeof inferContract>[0] & unknown[] }>();
  for (const c of corpus()) {
    for (const h of observeEvents(c.events)) {
      const k = edgeKey(h.from, h.to);
      if (!shapes.has(k)) shapes.set(k, { from: h.from, to: h.to, shapes: [] });
      shapes.get(k)!.shapes.push(h.shape);
    }
  }
  return [...shapes.values()].map(({ from, to, shapes: s }) => {
    const schema = inferContract(s).schema;
    if (!breakAll) return { from, to, schema };
    return { from, to, schema: { ...schema, properties: { ...schema.properties, [NEVER_SENT]: { type: "string" } }, required: [...schema.required, NEVER_SENT] } };
  });
}

/**
 * CPU (ms) of the PostgreSQL server's client backends (the connections that run the batches'
 * statements); background processes (autovacuum, checkpointer, WAL writer) are left out: their
 * bursts land on whichever arm is running and only add noise to a paired comparison.
 */
function pgCpuMs(postmaster: number): number {
  let ticks = 0;
  for (const d of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const x = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // fields after the name: state(0) ppid(1) … utime(11) stime(12)
      if (Number(x[1]) !== postmaster) continue;
      if (!isClientBackend(fs.readFileSync(`/proc/${d}/cmdline`, "utf8"))) continue;
      ticks += Number(x[11]) + Number(x[12]);
    } catch {
      /* exited meanwhile */
    }
  }
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/** The PostgreSQL server's postmaster, when it runs on this machine (a backend's parent); null otherwise. */
async function localPostmaster(): Promise<number | null> {
  const { rows } = await pool().query<{ pid: number }>(`SELECT pg_backend_pid() AS pid`);
  try {
    const stat = fs.readFileSync(`/proc/${rows[0].pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) || null;
  } catch {
    return null; // a remote server: only this process's CPU is measured
  }
}

async function insertCopies(projectId: string, tag: string, copies: number): Promise<string[]> {
  const ids: string[] = [];
  const rows = corpus().flatMap((c) =>
    Array.from({ length: copies }, (_, k) => {
      const id = `${tag}-${k}-${c.name}`;
      ids.push(id);
      return c.raw.map((r, i) => toRow(IngestEvent.parse({ ...r, id: `${id}-${i}`, conversationId: id })));
    }).flat(),
  );
  await pool().query(
    `INSERT INTO events (project_id, id, conversation_id, ts, type, agent, turn, data, metadata)
     SELECT $1, x.* FROM unnest($2::text[], $3::text[], $4::timestamptz[], $5::text[], $6::text[], $7::int[], $8::jsonb[], $9::jsonb[]) AS x`,
    [projectId, rows.map((r) => r.id), rows.map((r) => r.conversationId), rows.map((r) => r.ts.toISOString()), rows.map((r) => r.type),
      rows.map((r) => r.agent), rows.map((r) => r.turn), rows.map((r) => JSON.stringify(r.data)), rows.map((r) => (r.metadata === null ? null : JSON.stringify(r.metadata)))],
  );
  return ids;
}

async function scoreRound(projectId: string, ids: string[], postmaster: number | null): Promise<Sample> {
  const pg0 = postmaster ? pgCpuMs(postmaster) : 0;
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < ids.length; i += BATCH) {
    const out = await scoreConversations({ projectId, conversationIds: ids.slice(i, i + BATCH) });
    for (const [id, r] of out) if ("error" in r) throw new Error(`${id}: ${r.error.message}`);
  }
  const cpu = process.cpuUsage(cpu0);
  return { nodeMs: (cpu.user + cpu.system) / 1000, pgMs: postmaster ? pgCpuMs(postmaster) - pg0 : 0 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};

/**
 * The A/B on an already migrated database (`pool()` points at it). PostgreSQL's CPU is added when
 * the server runs on this machine.
 */
export async function contractsCpuAB({ rounds = 12, copies = 2, breakAll = true, only = null, log = () => {} }: { rounds?: number; copies?: number; breakAll?: boolean; only?: Arm | null; log?: (s: string) => void } = {}) {
  const run = Date.now().toString(36);
  const project: Record<Arm, string> = { pinned: `bench_ct_p_${run}`, unpinned: `bench_ct_u_${run}` };
  for (const id of Object.values(project)) await pool().query(`INSERT INTO projects (id, name) VALUES ($1, $1)`, [id]);
  const contracts = benchContracts(breakAll);
  for (const c of contracts) {
    await pool().query(`INSERT INTO contracts (project_id, from_agent, to_agent, schema) VALUES ($1, $2, $3, $4)`, [project.pinned, c.from, c.to, JSON.stringify(c.schema)]);
  }
  const postmaster = await localPostmaster();
  const samples: Record<Arm, Sample[]> = { pinned: [], unpinned: [] };
  // warm-up rounds per arm (the JIT settles over the first few), then interleaved A/B/B/A
  const WARM_UP = 3;
  for (let r = -WARM_UP; r < rounds; r++) {
    const order: Arm[] = r % 2 ? ["pinned", "unpinned"] : ["unpinned", "pinned"];
    for (const arm of order.filter((a) => !only || a === only)) {
      const ids = await insertCopies(project[arm], `r${r + WARM_UP}`, copies);
      const s = await scoreRound(project[arm], ids, postmaster);
      if (r >= 0) samples[arm].push(s);
      log(`${r < 0 ? "warm-up" : `round ${r + 1}`} ${arm.padEnd(8)} node ${s.nodeMs.toFixed(0)} ms  postgres ${s.pgMs.toFixed(0)} ms`);
    }
  }
  const flagged = await pool().query<{ n: number }>(`SELECT count(*)::int AS n FROM handoffs WHERE project_id = $1 AND 'contract_break' = ANY(flags)`, [project.pinned]);
  const value = (s: Sample, k: keyof Sample | "total") => (k === "total" ? s.nodeMs + s.pgMs : s[k]);
  const m = (arm: Arm, k: keyof Sample | "total") => median(samples[arm].map((s) => value(s, k)));
  const pct = (k: keyof Sample | "total") => Number((((m("pinned", k) - m("unpinned", k)) / m("unpinned", k)) * 100).toFixed(1));
  // paired per round (same load for both arms of a round): the median of the per-round ratios
  const paired = (k: keyof Sample | "total") => Number(((median(samples.pinned.map((s, i) => value(s, k) / value(samples.unpinned[i], k))) - 1) * 100).toFixed(1));
  return {
    conversationsPerRound: corpus().length * copies,
    pinnedEdges: contracts.length,
    brokenHandoffsPinned: flagged.rows[0].n,
    rounds,
    nodeMsPinned: Math.round(m("pinned", "nodeMs")),
    nodeMsUnpinned: Math.round(m("unpinned", "nodeMs")),
    nodeOverheadPct: pct("nodeMs"),
    nodeOverheadPairedPct: paired("nodeMs"),
    ...(postmaster
      ? {
          postgresMsPinned: Math.round(m("pinned", "pgMs")),
          postgresMsUnpinned: Math.round(m("unpinned", "pgMs")),
          postgresOverheadPct: pct("pgMs"),
          totalOverheadPct: pct("total"),
          totalOverheadPairedPct: paired("total"),
        }
      : {}),
  };
}

async function main() {
  usePoolProfile("bulk");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "baton-bench-contracts-"));
  const db = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg") });
  try {
    setDatabaseUrl(db.url);
    await migrate(db.url);
    const out = await contractsCpuAB({
      rounds: Number(arg("rounds") ?? 12),
      copies: Number(arg("copies") ?? 2),
      breakAll: arg("breaks") !== "none",
      only: (arg("only") as Arm | undefined) ?? null, // one arm alone, e.g. under --cpu-prof
      log: (s) => process.stderr.write(`${s}\n`),
    });
    console.log(JSON.stringify(out, null, 2));
  } finally {
    await closePool();
    await db.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
