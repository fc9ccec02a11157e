// Project API keys (ingest + read). The secret is shown once; only its sha256 is stored — keys are
// 192 random bits, so a fast hash is enough (a slow KDF is for low-entropy passwords).
import crypto from "node:crypto";
import { db } from "../db/client";
import { pool } from "../db/pool";
import { env } from "../env";
import type { HeaderReader } from "../http/body";
import { groupCommit, type GroupCommit } from "../ingest/group-commit";

export const KEY_PREFIX = "bt_";

export interface KeyContext {
  projectId: string;
  keyId: string;
  rateLimitPerSec: number | null;
  /** the project's `settings.redaction` as stored (null when unset), read with the key so ingest needs no second query */
  redaction: unknown;
}

export function hashKey(secret: string): string {
  return crypto.createHash("sha256").update(secret).digest("hex");
}

export function generateSecret(): string {
  return KEY_PREFIX + crypto.randomBytes(24).toString("base64url");
}

export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomBytes(9).toString("base64url")}`;
}

/** Creates a key and returns its secret: the only time the secret exists outside the caller. */
export async function createApiKey({
  projectId,
  name,
  secret = generateSecret(),
  rateLimitPerSec = null,
}: {
  projectId: string;
  name: string;
  secret?: string;
  rateLimitPerSec?: number | null;
}): Promise<{ id: string; prefix: string; secret: string }> {
  const id = newId("key");
  const prefix = secret.slice(0, 10);
  await db().apiKey.create({ data: { projectId, id, name, prefix, hash: hashKey(secret), rateLimitPerSec } });
  return { id, prefix, secret };
}

/**
 * The key's project, or null when the key is unknown or revoked (checked on every request, never
 * cached: a revocation or a settings change takes effect on the next request). The project's
 * redaction setting comes with it (both are reference tables), so an ingest request reads the
 * database once before its insert. Concurrent lookups share one query: a lookup waits at most
 * for the one in flight, and the query it joins starts after it was asked, so it never sees an
 * older state of the key than a query of its own would.
 */
export async function authenticateKey(secret: string): Promise<KeyContext | null> {
  if (!secret || secret.length > 256) return null;
  return lookups().submit(hashKey(secret));
}

interface KeyRow {
  hash: string;
  project_id: string;
  id: string;
  rate_limit_per_sec: number | null;
  redaction: unknown;
}

// On globalThis: Next bundles each route with its own copy of this module; they share one queue.
const g = globalThis as unknown as {
  __batonKeyLookups?: GroupCommit<string, KeyContext | null>;
  __batonKeyCache?: Map<string, { key: KeyContext; /** performance.now() of the lookup */ at: number }>;
};
const lookups = () => (g.__batonKeyLookups ??= groupCommit({ run: lookupHashes, maxInFlight: 2, maxWeight: 256 }));

async function lookupHashes(hashes: string[]): Promise<Array<KeyContext | null>> {
  // Raw SQL on the shared pool: once per ingest request, and Prisma's findFirst measured 6.3 vs 2.7 ms per lookup (loaded 2-core box).
  const { rows } = await pool().query<KeyRow>(
    `SELECT k.hash, k.project_id, k.id, k.rate_limit_per_sec, p.settings -> 'redaction' AS redaction
       FROM api_keys k JOIN projects p ON p.id = k.project_id
      WHERE k.hash = ANY($1::text[]) AND k.revoked_at IS NULL`,
    [[...new Set(hashes)]],
  );
  const byHash = new Map(rows.map((r) => [r.hash, r]));
  return hashes.map((h) => {
    const r = byHash.get(h);
    return r ? { projectId: r.project_id, keyId: r.id, rateLimitPerSec: r.rate_limit_per_sec, redaction: r.redaction ?? null } : null;
  });
}

/**
 * authenticateKey answered from this process's memory for up to BATON_KEY_CACHE_MS (0: never).
 * Only for a caller that checks the key again in the statement that writes (native ingest:
 * ingest-events.ts verifies the key is unrevoked, and the project's redaction setting unchanged,
 * inside its INSERT), so a revoked key never writes, cached or not. What the cache can serve stale
 * is bounded by the TTL: the key's rate limit, and the answer to a request that writes nothing
 * (its caller revalidates before answering an error, except a 429). Unknown keys are not cached.
 */
export async function authenticateKeyCached(secret: string): Promise<{ key: KeyContext | null; cached: boolean }> {
  const ttl = env().BATON_KEY_CACHE_MS;
  if (!ttl) return { key: await authenticateKey(secret), cached: false };
  const hit = cachedKey(secret);
  if (hit) return hit;
  // the monotonic clock: in the web process Next wraps Date.now (an AsyncLocalStorage read per call)
  const now = performance.now();
  const key = await authenticateKey(secret);
  keyCache().delete(secret); // re-inserted last: the Map's order is the eviction order
  if (key) {
    keyCache().set(secret, { key, at: now });
    if (keyCache().size > KEY_CACHE_MAX) keyCache().delete(keyCache().keys().next().value!);
  }
  return { key, cached: false };
}

/**
 * authenticateKeyCached's answer when the cache holds a fresh lookup of this secret, else null.
 * Synchronous: a cached request (most of them) awaits no promise for its key, and each promise
 * passes through the init hook of Next's AsyncLocalStorage in the web process.
 */
export function cachedKey(secret: string): { key: KeyContext; cached: true } | null {
  const ttl = env().BATON_KEY_CACHE_MS;
  if (!ttl) return null;
  // keyed by the secret itself, in this process's memory only: no sha256 per cached request
  const hit = keyCache().get(secret);
  return hit && performance.now() - hit.at < ttl ? { key: hit.key, cached: true } : null;
}

/** Drops the cached lookup of this secret (the key changed under a request). */
export function forgetKey(secret: string): void {
  keyCache().delete(secret);
}

const KEY_CACHE_MAX = 10_000;
// On globalThis for the same reason as the lookups: a revocation by a server action (Next's copy of
// this module) evicts the entry the listener's copy reads.
const keyCache = () => (g.__batonKeyCache ??= new Map());

export async function revokeApiKey({ projectId, keyId }: { projectId: string; keyId: string }): Promise<boolean> {
  const res = await db().apiKey.updateMany({ where: { projectId, id: keyId, revokedAt: null }, data: { revokedAt: new Date() } });
  for (const [secret, entry] of keyCache()) if (entry.key.keyId === keyId && entry.key.projectId === projectId) keyCache().delete(secret);
  return res.count > 0;
}

/** Bearer token from Authorization, or x-api-key (the LangSmith client's header). */
export function keyFromHeaders(headers: HeaderReader): string | null {
  const auth = headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    if (m) return m[1].trim();
  }
  return headers.get("x-api-key")?.trim() || null;
}
