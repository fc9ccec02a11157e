// Starting Baton's processes (web = ./web-server.ts: Next behind the ingest listener; worker = lib/worker/main.ts) as children, for
// `npm start`, the test harness and the bench. Each child gets DATABASE_URL in its environment.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);

export interface Child {
  name: string;
  proc: ChildProcess;
  /** SIGTERM, then SIGKILL after a grace period; resolves when the process is gone */
  stop(graceMs?: number): Promise<void>;
  exited: Promise<number | null>;
}

export function wrap(name: string, proc: ChildProcess): Child {
  const exited = new Promise<number | null>((resolve) => {
    if (proc.exitCode !== null || proc.signalCode !== null) resolve(proc.exitCode);
    else proc.once("exit", (code) => resolve(code));
  });
  return {
    name,
    proc,
    exited,
    async stop(graceMs = 5000) {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      proc.kill("SIGTERM");
      const t = setTimeout(() => proc.kill("SIGKILL"), graceMs);
      await exited;
      clearTimeout(t);
    },
  };
}

export function hasBuild(): boolean {
  return fs.existsSync(path.join(ROOT, ".next", "BUILD_ID"));
}

export function nextBin(): string {
  return require.resolve("next/dist/bin/next");
}

export function tsxBin(): string {
  return require.resolve("tsx/cli");
}

/** `next build`, output to the given stream handling (inherit for humans, pipe for tests). */
export async function buildApp(stdio: "inherit" | "ignore" = "inherit"): Promise<void> {
  const proc = spawn(process.execPath, [nextBin(), "build"], {
    cwd: ROOT,
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  const code = await wrap("build", proc).exited;
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
}

type Stdio = import("node:child_process").StdioOptions;

/** One web process (./web-server.ts), run by startWeb and by the cluster's workers. */
export function webServerEntry(): string {
  return path.join(ROOT, "lib/runtime/web-server.ts");
}

/**
 * The web server: one web process (./web-server.ts), or with `processes` > 1 a cluster primary
 * (./web-cluster.ts) running that many on the same port.
 */
export function startWeb(opts: {
  port: number;
  env: Record<string, string | undefined>;
  stdio?: Stdio;
  host?: string;
  processes?: number;
  /** node flags for the web process (e.g. --cpu-prof, which NODE_OPTIONS refuses) */
  nodeFlags?: string[];
}): Child {
  const host = opts.host ?? "0.0.0.0";
  // `node --import tsx`, not the tsx CLI: the CLI runs the script in a child process, so a SIGKILL
  // to the pid we hold would leave the real server running (see startWorker)
  const entry = (opts.processes ?? 1) > 1 ? path.join(ROOT, "lib/runtime/web-cluster.ts") : webServerEntry();
  const args = [...(opts.nodeFlags ?? []), "--import", "tsx", entry, String(opts.port), host];
  const proc = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: opts.stdio ?? "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...opts.env, PORT: String(opts.port), BATON_WEB_PROCESSES: String(opts.processes ?? 1) },
  });
  return wrap("web", proc);
}

export function workerEntry(): string {
  return path.join(ROOT, "lib/worker/main.ts");
}

/**
 * Old-generation cap of the worker process (MB): the bound on its JS heap, and so on most of its
 * RSS (peak ≈ this + young generation 8 + code and allocator ~25–45 + mapped binary ~44 MB). The
 * scorers' live heap after a full collection is ~50–70 MB; at 192 the heap was let grow to
 * ~140–155 MB draining the bench backlog and RSS peaked at 283 MB in the bench (306 on main with
 * tsx's loader). 160 keeps the worst case near 270 MB with no measurable CPU cost (25,000 bench
 * conversations, interleaved at load 8–10: 438/436 vs 490/445 conv per worker CPU-s, within noise).
 */
export const WORKER_HEAP_MB = 160;
/**
 * Young-generation semi-space cap of the worker (MB). V8's default (16 MB, three semi-spaces
 * committed) kept ~35 MB more resident than the scorers' garbage needs: draining the bench backlog,
 * peak RSS 258 → 236 MB at the same throughput (issue 12; scavenges cost per survivor, not per
 * MB, so smaller semi-spaces cost no measurable CPU here).
 */
export const WORKER_SEMI_SPACE_MB = 4;
/**
 * glibc's malloc keeps up to 8 arenas per core, one per thread that allocates (V8's compiler and
 * GC threads, libuv's pool), each holding freed memory: 2 arenas took the worker's memory outside
 * the JS heap from ~42 to ~25 MB at its peak (25,000 bench conversations; peak RSS 254 → 221 MB in
 * that pair of runs). Ignored by other C libraries; a value already in the environment wins.
 */
export const WORKER_MALLOC_ARENA_MAX = "2";
/**
 * How far V8 lets the old generation grow past what survived the last full collection before the
 * next one (%). Under a max-old-space-size below ~2 GB V8 picks a small factor on its own (~1.3 at
 * 160 MB): with the scorers' live heap at ~65 MB it ran a full collection at every ~90 MB, about
 * once a second per worker while draining. (Uncapped, the worker needs ~25 % less CPU but peaks at
 * ~420 MB RSS, over SPEC §7's budget.) 100 (a factor of 2) halves how many, inside the same 160 MB
 * cap: draining 60,000 bench conversations with two workers, four alternated pairs, worker CPU per
 * conversation 1.72 / 1.66 / 1.71 / 1.77 → 1.49 / 1.52 / 1.65 / 1.72 ms (3–13 % less), peak RSS
 * 201–233 → 222–245 MB (271 MB in a bench run; docs/architecture.md, "The worker's heap growth").
 * Larger semi-spaces (8, 16 MB) beside it gained nothing measurable.
 */
export const WORKER_HEAP_GROWING_PERCENT = 100;
/**
 * V8 collects the worker's garbage on its own thread, with no helper threads (`--single-threaded-gc`:
 * no parallel scavenges, no concurrent marking). Helper threads shorten the pauses by spending more CPU
 * in all, and the worker is a throughput process whose processes already fill the cores: two workers
 * beside PostgreSQL on two cores (BATON_WORKERS' default there). Draining 30,000 bench conversations with
 * two workers (scripts/profile-worker.ts, five alternated pairs): 1,363–1,418 → 1,421–1,493 conv/s
 * (mean 1,380 → 1,450, +5 %), 954 → 991 conversations per worker CPU-second, peak RSS alike
 * (docs/evaluation.md, forty-eighth session).
 */
export const WORKER_GC_FLAG = "--single-threaded-gc";
/** The worker's V8 flags (also in package.json's `worker` script and docker-compose.yml: worker-flags.test.ts keeps the three equal). */
export const WORKER_NODE_FLAGS = [`--max-old-space-size=${WORKER_HEAP_MB}`, `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`, `--heap-growing-percent=${WORKER_HEAP_GROWING_PERCENT}`, WORKER_GC_FLAG];

/**
 * The worker's command line after `node`: its V8 flags and ./worker-launch.mjs, which bundles
 * lib/worker/main.ts and runs it without tsx's loader thread (~50 MB of RSS; see that file). Also
 * in package.json's `worker` script and docker-compose.yml.
 */
export function workerArgs(): string[] {
  return [...WORKER_NODE_FLAGS, path.join(ROOT, "lib/runtime/worker-launch.mjs")];
}

export function startWorker(opts: { env: Record<string, string | undefined>; stdio?: Stdio }): Child | null {
  if (!fs.existsSync(workerEntry())) return null;
  // plain `node`, not the tsx CLI: the CLI runs the script in a child process, so a SIGKILL to
  // the pid we hold would leave the real worker running as an orphan.
  // V8 otherwise keeps ~3× the scorers' live heap committed (measured: 45 MB live, 130 MB held);
  // the cap makes it collect sooner so the worker stays under SPEC §7's 300 MB RSS.
  const proc = spawn(process.execPath, workerArgs(), {
    cwd: ROOT,
    stdio: opts.stdio ?? "inherit",
    env: { MALLOC_ARENA_MAX: WORKER_MALLOC_ARENA_MAX, ...process.env, ...opts.env },
  });
  return wrap("worker", proc);
}

/** True when something already listens on the port. */
export function portInUse(port: number, host = "0.0.0.0"): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(true));
    srv.listen(port, host, () => srv.close(() => resolve(false)));
  });
}

/** Polls GET url until it answers 200 (or the child dies, or time runs out). */
export async function waitForHttp(url: string, child?: Child, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void child?.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${child?.name} exited before ${url} answered`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms`);
}
