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
  /** login attempts per account within the window before a lockout (lib/auth/throttle.ts) */
  BATON_LOGIN_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  /** failed login attempts per client address within the window before a lockout */
  BATON_LOGIN_MAX_ATTEMPTS_PER_IP: z.coerce.number().int().min(1).default(50),
  /** seconds after which counted login attempts are forgotten; also the longest lockout */
  BATON_LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** first lockout in seconds; it doubles with each further attempt, up to the window */
  BATON_LOGIN_LOCKOUT_SECONDS: z.coerce.number().int().min(1).default(30),
  /** reverse proxies in front of Baton that append to X-Forwarded-For (0 = exposed directly: the header is ignored) */
  BATON_TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  /** web processes `npm start` runs on the one port (node:cluster); the per-key rate limit is shared among them */
  BATON_WEB_PROCESSES: z.coerce.number().int().min(1).max(64).default(() => Math.min(8, os.availableParallelism())),
  /** worker processes `npm start` runs (they share the job queue in PostgreSQL) */
  BATON_WORKERS: z.coerce.number().int().min(1).max(32).default(1),
  /** HMAC key for PII redaction's hash mode (lib/privacy/redact.ts); kept out of the database on purpose */
  BATON_REDACTION_KEY: z.string().min(16, "must be at least 16 characters").optional(),
});
export type Env = z.output<typeof Env>;

let cached: Env | undefined;
export function env(): Env {
  if (!cached) {
    // Compose files pass unset variables as "": treat them as absent.
    const present = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ""));
    const res = Env.safeParse(present);
    if (!res.success) {
      const msg = res.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`invalid environment: ${msg}`);
    }
    cached = res.data;
  }
  return cached;
}

export function databaseUrl(): string {
  const url = env().DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  return url;
}
