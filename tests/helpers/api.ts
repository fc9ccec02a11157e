// Helpers for API tests: a fresh project (with its own key) per test, and HTTP shortcuts.
import crypto from "node:crypto";
import { inject } from "vitest";
import { createApiKey } from "../../lib/auth/keys";
import { hashPassword } from "../../lib/auth/passwords";
import { createSession, SESSION_COOKIE } from "../../lib/auth/sessions";
import { pool } from "../../lib/db/pool";

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

/** Polls the read API until the conversation has been scored with at least `minEvents` events. */
export async function waitScored(key: string, id: string, minEvents = 1) {
  for (let i = 0; i < 100; i++) {
    const res = await getJson(`/api/v1/conversations/${id}`, key);
    if (res.status === 200) {
      const body = await res.json();
      if (body.scores && body.events.length >= minEvents) {
        const c = await pool().query(`SELECT event_count FROM conversations WHERE id = $1`, [id]);
        if (c.rows[0]?.event_count >= minEvents) return body;
      }
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`conversation ${id} was not scored in time`);
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
