// Helpers for API tests: a fresh project (with its own key) per test, and HTTP shortcuts.
import crypto from "node:crypto";
import { inject } from "vitest";
import { createApiKey, hashKey } from "../../lib/auth/keys";
import { hashPassword } from "../../lib/auth/passwords";
import { createSession, SESSION_COOKIE } from "../../lib/auth/sessions";
import { pool } from "../../lib/db/pool";
import { until } from "./until";

export const baseUrl = (): string => inject("baseUrl");

export interface TestProject {
  projectId: string;
  key: string;
  keyId: string;
}

export async function createTestProject(opts: { rateLimitPerSec?: number; name?: string } = {}): Promise<TestProject> {
  const projectId = `prj_test_${crypto.randomBytes(6).toString("hex")}`;
  await pool().query(`INSERT INTO projects (id, name) VALUES ($1, $2)`, [projectId, opts.name ?? projectId]);
  const k = await createApiKey({ projectId, name: "test", rateLimitPerSec: opts.rateLimitPerSec ?? null });
  return { projectId, key: k.secret, keyId: k.id };
}

export interface TestUser {
  userId: string;
  email: string;
  password: string;
  /** a Cookie header value for a fresh session of this user */
  cookie: string;
}

/** A user who is a member of `projectId` with `role`, and a live session for them. */
export async function createTestUser(projectId: string, role = "admin"): Promise<TestUser> {
  const suffix = crypto.randomBytes(5).toString("hex");
  const userId = `usr_test_${suffix}`;
  const email = `user-${suffix}@baton.test`;
  const password = `pw-${suffix}-secret`;
  await pool().query(`INSERT INTO users (id, email, name, password_hash) VALUES ($1, $2, 'Test', $3)`, [userId, email, await hashPassword(password)]);
  await pool().query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, $3)`, [projectId, userId, role]);
  const { token } = await createSession(userId);
  return { userId, email, password, cookie: `${SESSION_COOKIE}=${token}` };
}

export function postEvents(key: string | null, body: unknown, init: { headers?: Record<string, string>; base?: string } = {}) {
  return fetch(`${init.base ?? baseUrl()}/api/v1/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      ...(key ? { authorization: `Bearer ${key}` } : {}),
      ...init.headers,
    },
    body: typeof body === "string" || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  });
}

export function getJson(path: string, key: string, base = baseUrl()) {
  return fetch(`${base}${path}`, { headers: { authorization: `Bearer ${key}` } });
}

/** A JSON request with an API key; a string body is sent as it is (for malformed JSON). */
export function keyRequest(key: string, path: string, method: string, body?: unknown, base = baseUrl()) {
  return fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, "content-type": "application/json" },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
}

let n = 0;
/** A valid message event with a unique id. */
export function msg(conversationId: string, over: Record<string, unknown> = {}) {
  n++;
  return {
    id: `evt_${Date.now().toString(36)}_${n}_${crypto.randomBytes(3).toString("hex")}`,
    conversationId,
    timestamp: new Date(Date.now() - 60_000 + n).toISOString(),
    type: "message",
    role: "user",
    content: "Hi, I need a refund for order 8812",
    ...over,
  };
}

export async function countEvents(projectId: string, ids?: string[]): Promise<number> {
  const { rows } = ids
    ? await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1 AND id = ANY($2)`, [projectId, ids])
    : await pool().query(`SELECT count(*)::int AS n FROM events WHERE project_id = $1`, [projectId]);
  return rows[0].n;
}

/** The scoring state of one conversation of the key's project: when it was last scored, how many
 *  events that scoring read, and how many are stored now. */
async function scoringState(key: string, id: string) {
  const { rows } = await pool().query(
    `SELECT c.scored_at, c.event_count,
            (SELECT count(*)::int FROM events e WHERE e.project_id = c.project_id AND e.conversation_id = c.id) AS stored
       FROM api_keys k JOIN conversations c ON c.project_id = k.project_id AND c.id = $2
      WHERE k.hash = $1`,
    [hashKey(key), id],
  );
  return rows[0] as { scored_at: Date | null; event_count: number; stored: number } | undefined;
}

/**
 * Waits until the conversation's latest scoring read every event stored for it (at least
 * `minEvents`), and returns the read API's body of exactly that scoring. A trace exported in
 * several POSTs is scored once per arrival, so "scored, and the events are there" is not enough:
 * an earlier scoring of part of the conversation (e.g. before its messages arrived, reaskCount
 * null) could be read beside all of its events. The body is accepted only when the scoring it
 * shows is the complete one, checked before and after the read (same scored_at, same count).
 * Conversation ids repeat across test projects, so the state is read in the key's project.
 */
export async function waitScored(key: string, id: string, minEvents = 1, timeoutMs = 30_000) {
  let last: Awaited<ReturnType<typeof scoringState>>;
  const complete = (s: typeof last) => !!s?.scored_at && s.stored >= minEvents && s.event_count === s.stored;
  try {
    return await until(`conversation ${id} scored with all of its events (at least ${minEvents})`, async () => {
      const before = (last = await scoringState(key, id));
      if (!complete(before)) return null;
      const res = await getJson(`/api/v1/conversations/${encodeURIComponent(id)}`, key);
      if (res.status !== 200) return null;
      const body = await res.json();
      const after = (last = await scoringState(key, id));
      const same = complete(after) && after!.scored_at!.getTime() === before!.scored_at!.getTime() && after!.event_count === before!.event_count;
      return same && body.scores && body.events.length === after!.stored ? body : null;
    }, timeoutMs, 100);
  } catch (err) {
    const s = last ? `last seen: scored_at ${last.scored_at?.toISOString() ?? "null"}, ${last.event_count} events scored of ${last.stored} stored` : "no scored row in this project";
    throw new Error(`${(err as Error).message} (${s})`);
  }
}

/** The project's non-empty metric_rollups rows, in a stable order (to compare before/after a rescore). */
export async function rollups(projectId: string) {
  const { rows } = await pool().query(
    `SELECT metric, dim, dim_value, sum, count FROM metric_rollups WHERE project_id = $1 AND (sum <> 0 OR count <> 0)
      ORDER BY metric, dim, dim_value`,
    [projectId],
  );
  return rows;
}
