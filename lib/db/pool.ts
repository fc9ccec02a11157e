// One pg Pool per process, shared by raw SQL (bulk insert, rollups) and Prisma's adapter, and the
// settings every Baton pool gets, so that a database that is down, restarted or frozen costs an
// error within a bounded time — never a hang, never an unhandled 'error' event that kills the process.
//
// Timeouts (BATON_DB_TIMEOUT_MS = T, default 8 s) by profile:
// - "request" (web, the default): connect and pool checkout T; statement_timeout T (the server
//   cancels its own work); query_timeout T + 500 ms on the client, the backstop for a frozen server
//   (SIGSTOP, a partition), which never answers and so never cancels anything. So ingest and pages
//   answer 503 within ~T + 1 s. A 1,000-event bulk insert takes tens of ms even at the SPEC's
//   20,000 events/s and dashboard reads stay under a second at 1 M conversations, so T is 10×+ headroom.
// - "worker": the scoring transaction (64 conversations, rollup upserts that may wait on rows ingest
//   or another batch holds) and graphile-worker's batched job fetches run under load for seconds at
//   worst; 60 s per statement / 30 s per lock wait only catch a runaway or a wedged lock holder (the
//   job then fails and is retried), never a loaded batch.
// - "bulk" (seed, rescore, bench harness): no statement limit; operators run these on purpose.
// Every profile: idle_in_transaction_session_timeout 60 s (our transactions never pause between
// statements; a client frozen mid-transaction must not hold its row locks forever) and TCP
// keepalive from 10 s (a peer gone without a RST is noticed in seconds, not after 2 hours).
import pg from "pg";
import { isDatabaseUnavailable } from "../errors";
import { databaseUrl, env } from "../env";

export type PoolProfile = "request" | "worker" | "bulk";

// On globalThis: Next bundles instrumentation.ts apart from the routes, each with its own copy of this module.
// cast: globalThis has no declared slots for these process-wide values.
const g = globalThis as unknown as { __batonPool?: pg.Pool; __batonIngestPool?: pg.Pool; __batonPoolProfile?: PoolProfile; __batonStopping?: boolean };

// jsonb and timestamptz come back as JS values; bigint (int8) as number where it fits.
pg.types.setTypeParser(20, (v: string) => {
  const n = Number(v);
  return Number.isSafeInteger(n) ? n : v;
});

/** Called by a process's own signal handler: from then on, lost connections are expected. */
export const markShuttingDown = () => void (g.__batonStopping = true);
export const isShuttingDown = () => g.__batonStopping === true;

/** Prints a lost-connection line half a second later, unless the process is stopping by then: Ctrl-C
 *  reaches the embedded PostgreSQL (same process group) too, and its connections often end a few ms
 *  before this process's own signal handler runs. */
export function logUnlessStopping(line: string, print: (line: string) => void = console.error): void {
  if (isShuttingDown()) return;
  setTimeout(() => void (isShuttingDown() || print(line)), 500).unref();
}

/** Chooses the timeouts of this process's pool; call before the first pool() (worker, scripts). */
export function usePoolProfile(profile: PoolProfile): void {
  g.__batonPoolProfile = profile;
}

const WORKER_STATEMENT_MS = 60_000;
const WORKER_LOCK_MS = 30_000;
const IDLE_IN_TRANSACTION_MS = 60_000;
const KEEPALIVE_MS = 10_000;

export function connectionSettings(profile: PoolProfile = g.__batonPoolProfile ?? "request"): pg.PoolConfig {
  const t = env().BATON_DB_TIMEOUT_MS;
  const statement = profile === "request" ? t : profile === "worker" ? Math.max(WORKER_STATEMENT_MS, t) : 0;
  return {
    connectionString: databaseUrl(),
    connectionTimeoutMillis: t,
    keepAlive: true,
    keepAliveInitialDelayMillis: KEEPALIVE_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
    ...(statement ? { statement_timeout: statement, query_timeout: statement + 500 } : {}),
    ...(profile === "worker" ? { lock_timeout: WORKER_LOCK_MS } : {}),
  };
}

// One line per outage, not one per pooled connection (ten clients all get 57P01 at once).
let lastLoggedAt = 0;
function logConnectionError(err: Error): void {
  if (isShuttingDown() || Date.now() - lastLoggedAt < 10_000) return;
  lastLoggedAt = Date.now();
  logUnlessStopping(`[db] connection lost: ${err.message}${isDatabaseUnavailable(err) ? " (retrying on the next query)" : ""}`);
}

// Prisma names its statements on the shared pool (client.ts): each is parsed once per connection,
// but still planned with each execution's values, never with a generic plan, whose estimates ignore
// the values (a wide or skewed range at 1 M conversations). Unnamed statements (all raw pool()
// SQL) are planned with their values anyway. A DATABASE_URL with its own `options` replaces this.
// The price: no reuse of plans (a generic plan saved another ~0.1-0.2 ms of wall per simple read in
// scripts/bench-prisma.ts); worth it against one slow plan on a dashboard read at 1 M conversations.
const CUSTOM_PLANS = "-c plan_cache_mode=force_custom_plan";

/**
 * A pool with Baton's timeouts whose clients can never raise an unhandled 'error' event.
 * `options`: server settings for its sessions (`-c name=value …`); `customPlans` adds CUSTOM_PLANS.
 */
export function makePool(opts: { max: number; name: string; profile?: PoolProfile; customPlans?: boolean; options?: string }): pg.Pool {
  const options = [opts.customPlans ? CUSTOM_PLANS : "", opts.options ?? ""].filter(Boolean).join(" ");
  const p = new pg.Pool({
    ...connectionSettings(opts.profile),
    ...(options ? { options } : {}),
    max: opts.max,
    idleTimeoutMillis: 30_000,
    application_name: opts.name,
  });
  // Idle clients: pg-pool forwards their errors here and drops them.
  p.on("error", logConnectionError);
  // Checked-out clients (transactions, Prisma's interactive transactions, LISTEN clients) have no
  // pool listener while out: a server shutdown (57P01) or a dropped socket between two queries
  // would be an unhandled 'error' event and kill the process. The failed query itself still
  // rejects, and the client is discarded when released with that error.
  p.on("connect", (client) => void client.on("error", logConnectionError));
  return p;
}

export function pool(): pg.Pool {
  g.__batonPool ??= makePool({ max: env().BATON_DB_POOL_SIZE, name: "baton", customPlans: true });
  return g.__batonPool;
}

/**
 * The ingest INSERT's own connections (lib/ingest/ingest-events.ts), `max` of them: one statement
 * whose plan does not depend on its values (one jsonb parameter), so here it keeps the generic plan
 * PostgreSQL settles on after five executions (pg_prepared_statements: 5 custom, then generic for
 * groups of 1, 8 and a 500-event request alike) instead of being planned again for each group as on
 * the shared pool (force_custom_plan): ~0.7-1 ms of PostgreSQL CPU per group (issue 17 §4).
 */
export function ingestPool(max: number): pg.Pool {
  g.__batonIngestPool ??= makePool({ max, name: "baton-ingest" });
  return g.__batonIngestPool;
}

export async function closePool(): Promise<void> {
  const pools = [g.__batonPool, g.__batonIngestPool];
  g.__batonPool = g.__batonIngestPool = undefined;
  await Promise.all(pools.map((p) => p?.end()));
}
