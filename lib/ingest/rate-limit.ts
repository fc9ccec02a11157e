// Per-key token bucket (SPEC §8) and the per-key counters shown on /settings. Both live in the
// web process: the bucket because a limit that needs a database round trip would cost more than
// the ingest itself — with BATON_WEB_PROCESSES web processes each holds 1/N of the key's rate
// (connections are spread round-robin, so the sum over the processes is the key's limit); the counters are flushed to api_keys every few seconds (they are statistics,
// not acknowledged data).
import { env } from "../env";
import { db } from "../db/client";

interface Bucket {
  tokens: number;
  at: number;
}
const buckets = new Map<string, Bucket>();

/** Takes one token; returns 0 when allowed, else the seconds until a token is available. */
export function takeToken(keyId: string, perSecond: number | null): number {
  // env() once (it reads process.env each call) and the monotonic clock: in the web process Next
  // wraps Date.now (node-environment-extensions/date.js), and a bucket only needs elapsed time
  const e = env();
  const rate = (perSecond ?? e.BATON_RATE_LIMIT_RPS) / e.BATON_WEB_PROCESSES;
  const burst = Math.max(1, rate * 2);
  const now = performance.now();
  const b = buckets.get(keyId) ?? { tokens: burst, at: now };
  b.tokens = Math.min(burst, b.tokens + ((now - b.at) / 1000) * rate);
  b.at = now;
  buckets.set(keyId, b);
  if (b.tokens >= 1) {
    b.tokens -= 1;
    return 0;
  }
  return (1 - b.tokens) / rate;
}

export type Counter = "accepted" | "duplicates" | "rejected" | "throttled";
const pending = new Map<string, { projectId: string } & Record<Counter, number>>();
let timer: NodeJS.Timeout | undefined;

export function count(projectId: string, keyId: string, deltas: Partial<Record<Counter, number>>): void {
  const c = pending.get(keyId) ?? { projectId, accepted: 0, duplicates: 0, rejected: 0, throttled: 0 };
  for (const [k, v] of Object.entries(deltas)) c[k as Counter] += v ?? 0;
  pending.set(keyId, c);
  if (!timer) {
    timer = setTimeout(() => void flushCounters(), 2000);
    timer.unref();
  }
}

export async function flushCounters(): Promise<void> {
  timer = undefined;
  const rows = [...pending.entries()];
  pending.clear();
  for (const [keyId, c] of rows) {
    // $executeRaw: increments relative to the stored value, with the database's clock (once per key every 2 s)
    await db()
      .$executeRaw`UPDATE api_keys SET accepted = accepted + ${c.accepted}::int, duplicates = duplicates + ${c.duplicates}::int,
           rejected = rejected + ${c.rejected}::int, throttled = throttled + ${c.throttled}::int, last_used_at = now()
         WHERE project_id = ${c.projectId} AND id = ${keyId}`
      .catch(() => {
        /* database away: these are statistics, dropping one flush is acceptable */
      });
  }
}
