// process.env parsed once with zod. Everything that reads configuration reads it from here.
import os from "node:os";
import { z } from "zod";

const Env = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  BATON_DATA_DIR: z.string().default(".data"),
  BATON_INGEST_KEY: z.string().min(8).optional(),
  /** default per-key request rate for ingest (requests / second; bursts up to 2x) */
  BATON_RATE_LIMIT_RPS: z.coerce.number().positive().default(2000),
  /** "1" lets alert webhooks reach loopback/private/reserved addresses (lib/net/address-guard.ts) */
  BATON_WEBHOOK_ALLOW_PRIVATE: z.enum(["0", "1"]).default("0"),
  /** how often the worker looks for alert rules that are due */
  BATON_ALERT_TICK_MS: z.coerce.number().int().min(100).default(5000),
  /** first webhook retry delay; doubles per attempt (with jitter) up to 6 h, for 24 h in all */
  BATON_WEBHOOK_RETRY_BASE_MS: z.coerce.number().int().min(1).default(30_000),
  BATON_ADMIN_EMAIL: z.string().email().optional(),
  BATON_ADMIN_PASSWORD: z.string().min(8).optional(),
  BATON_JUDGE_URL: z.string().url().optional(),
  BATON_JUDGE_MODEL: z.string().optional(),
  /** sent only to BATON_JUDGE_URL, never to a judge URL a project set on /settings */
  BATON_JUDGE_API_KEY: z.string().optional(),
  /** "1" lets a project-set judge URL reach loopback/private/reserved addresses (BATON_JUDGE_URL is always trusted) */
  BATON_JUDGE_ALLOW_PRIVATE: z.enum(["0", "1"]).default("0"),
  BATON_PUBLIC_URL: z.string().url().optional(),
  /** milliseconds the worker waits after a conversation's first new event before scoring it */
  BATON_SCORE_DEBOUNCE_MS: z.coerce.number().int().min(0).default(500),
  BATON_DB_POOL_SIZE: z.coerce.number().int().min(1).default(10),
  /** how long a web request waits on the database (connect, pool checkout, one statement) before it
   *  answers 503: with the database down or frozen, ingest and /api/health answer within ~this + 1 s */
  BATON_DB_TIMEOUT_MS: z.coerce.number().int().min(500).max(600_000).default(8000),
  /** days raw framework spans/runs are kept after their last update (resends within it are deduplicated) */
  BATON_STAGED_SPAN_RETENTION_DAYS: z.coerce.number().min(0).default(7),
  /** jobs in flight per worker process; concurrent scoring jobs are scored together in batches of up to 64 */
  BATON_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(128),
  /** worker heartbeat; jobs of a worker silent for 3 heartbeats go back to the queue */
  BATON_WORKER_HEARTBEAT_MS: z.coerce.number().int().min(100).default(5000),
  /** a job runner that fetched and finished nothing for this long with the database up is replaced (lib/worker/runner-watch.ts) */
  BATON_WORKER_STALL_MS: z.coerce.number().int().min(1000).default(120_000),
  /** login attempts per account within the window before a lockout (lib/auth/throttle.ts) */
  BATON_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  /** failed login attempts per client address within the window before a lockout */
  BATON_LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(50),
  /** seconds after which counted login attempts are forgotten; also the longest lockout */
  BATON_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** first lockout in seconds; it doubles with each further attempt, up to the window */
  BATON_LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(30),
  /** reverse proxies in front of Baton that append to X-Forwarded-For/-Proto (0 = exposed directly: the headers are ignored) */
  BATON_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** web processes `npm start` runs on the one port (node:cluster); the per-key rate limit is shared among them */
  BATON_WEB_PROCESSES: z.coerce.number().int().min(1).max(64).default(() => Math.min(8, os.availableParallelism())),
  /** how long a web process reuses an API-key lookup for native ingest (0: look up every request). A revoked key never
   *  writes (the INSERT checks it); a request that writes nothing may see the old answer for up to this long (lib/auth/keys.ts) */
  BATON_KEY_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(2000),
  /** "1": each web process answers the ingest routes (POST /api/v1/events, /v1/traces, …/openai-agents/traces) on its own HTTP server ahead of Next (lib/runtime/ingest-listener.ts); "0": Next answers everything */
  BATON_INGEST_LISTENER: z.enum(["0", "1"]).default("1"),
  /** worker processes `npm start` runs (they share the job queue in PostgreSQL); two where there are two cores:
   *  on a quiet 2-core box two workers cut the scoring lag under ingest by half or more (docs/evaluation.md, "Two workers by default") */
  BATON_WORKERS: z.coerce.number().int().min(1).max(32).default(() => Math.min(2, os.availableParallelism())),
  /** HMAC key for PII redaction's hash mode (lib/privacy/redact.ts); kept out of the database on purpose */
  BATON_REDACTION_KEY: z.string().min(16, "must be at least 16 characters").optional(),
  /** "1" logs every worker job; by default the worker prints only warnings and errors */
  BATON_WORKER_VERBOSE: z.enum(["0", "1"]).default("0"),
  /** `npm start` on an empty project: "1" loads demo data without asking, "0" never asks */
  BATON_DEMO: z.enum(["0", "1"]).optional(),
});
export type Env = z.output<typeof Env>;

// The knobs of the operator's tools (demo loader, test and bench harnesses), parsed apart so that a
// bad bench setting never stops the web server or the worker.
const ToolEnv = z.object({
  /** `npm run demo`: the Baton to load into (default: the running `npm start`'s, from its runtime file) */
  BATON_URL: z.string().url().optional(),
  /** `npm run demo`: the ingest key to load with (BATON_INGEST_KEY or the runtime file's demo key otherwise) */
  BATON_KEY: z.string().optional(),
  /** `npm run demo`: how many conversations */
  BATON_DEMO_COUNT: z.coerce.number().int().min(1).default(200),
  /** `npm test`: set (to anything) reuses an existing `.next` build */
  BATON_SKIP_BUILD: z.string().optional(),
  /** set by CI systems: `npm start` then never asks a question */
  CI: z.string().optional(),
  /** `npm run bench` knobs (seconds per ingest phase, concurrent clients, phases to run, sizes) */
  BENCH_SECONDS: z.coerce.number().positive().default(20),
  BENCH_CLIENTS: z.coerce.number().int().min(1).default(8),
  BENCH_ONLY: z.string().optional(),
  /** `npm run bench`: web process counts to measure ingest with, comma-separated ("1,2": results keys `ingest` and `ingestWeb2`) */
  BENCH_WEB_PROCESSES: z
    .string()
    .regex(/^[1-9]\d?(,[1-9]\d?)*$/, "comma-separated process counts, e.g. 1,2")
    .default("1")
    .transform((s) => [...new Set(s.split(",").map(Number))]),
  BENCH_BACKLOG: z.coerce.number().int().min(1).default(100_000),
  BENCH_LAG_SECONDS: z.coerce.number().positive().default(20),
  /** `npm run bench` scoring phase: worker processes to run (default: BATON_WORKERS, as `npm start`) */
  BENCH_WORKERS: z.coerce.number().int().min(1).max(32).optional(),
  BENCH_DASHBOARD_CONVERSATIONS: z.coerce.number().int().min(1).default(1_000_000),
  BENCH_DASHBOARD_RUNS: z.coerce.number().int().min(1).default(30),
  /** `npm run bench` scoring phase: set (to anything) pins a contract on the bench edge and measures contract checks' CPU */
  BENCH_CONTRACTS: z.string().optional(),
  /** set by scripts/run-bundled.ts in the bundled child process it starts (never by hand): "1" there */
  BATON_RUN_BUNDLED: z.string().optional(),
});
export type ToolEnv = z.output<typeof ToolEnv>;

/** Every variable Baton reads (README's Configuration table lists each: lib/env.test.ts). */
export const CONFIG_VARIABLES: readonly string[] = [...Object.keys(Env.shape), ...Object.keys(ToolEnv.shape)];

function parse<S extends z.ZodType>(schema: S): z.output<S> {
  // Compose files pass unset variables as "": treat them as absent.
  const present = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
  const res = schema.safeParse(present);
  if (!res.success) {
    const msg = res.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`invalid environment: ${msg}`);
  }
  return res.data;
}

// The parse is cached, but keyed on DATABASE_URL: `npm start`, `npm run user`, the test and bench
// harnesses only know the URL after they have started the embedded database, and a parse from
// before that (any import that called env()) must not keep the URL unset.
let cached: { env: Env; databaseUrl: string | undefined } | undefined;
let frozen = false;
export function env(): Env {
  if (frozen && cached) return cached.env;
  if (!cached || cached.databaseUrl !== process.env.DATABASE_URL) {
    cached = { env: parse(Env), databaseUrl: process.env.DATABASE_URL };
  }
  return cached.env;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  return url;
}

/**
 * For a process whose environment is complete once it serves (the web process, after Next loaded
 * its .env files): env() then returns the parse it holds without reading process.env.DATABASE_URL,
 * a getenv(3) per call — env() runs a few times per ingest request (key cache TTL, rate limit,
 * group statement), ~2 % of the web process's CPU per single-event request (issue 17 §4).
 */
export function freezeEnv(): Env {
  const e = env();
  frozen = true;
  return e;
}

/** Next's production mode for a web process, set before Next loads, as `next start` does (an existing NODE_ENV is kept). */
export function useProductionMode(): void {
  if (!process.env.NODE_ENV) Object.assign(process.env, { NODE_ENV: "production" });
}

/** The tools' knobs; read once per run, so not cached. */
export function toolEnv(): ToolEnv {
  return parse(ToolEnv);
}

/** Sets DATABASE_URL for this process and the processes it starts (npm start and the scripts that
 *  start the embedded database); the next env() sees it. */
export function setDatabaseUrl(url: string): void {
  process.env.DATABASE_URL = url;
  cached = undefined;
}
