// Project management verbs used by /settings (and usable by an API later): create, rename,
// settings, keys list, and a whole-project rescore with readable progress.
import crypto from "node:crypto";
import { pool } from "../db/pool";
import { withTransaction } from "../db/transaction";
import { ProjectSettings, parseSettings } from "./settings";

export async function createProject({ userId, name }: { userId: string; name: string }): Promise<string> {
  const id = `prj_${crypto.randomBytes(6).toString("hex")}`;
  await withTransaction(async (c) => {
    await c.query(`INSERT INTO projects (id, name) VALUES ($1, $2)`, [id, name]);
    await c.query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, 'admin')`, [id, userId]);
  });
  return id;
}

export async function renameProject({ projectId, name }: { projectId: string; name: string }) {
  await pool().query(`UPDATE projects SET name = $2 WHERE id = $1`, [projectId, name]);
}

export async function getProjectSettings(projectId: string): Promise<ProjectSettings> {
  const { rows } = await pool().query(`SELECT settings FROM projects WHERE id = $1`, [projectId]);
  return parseSettings(rows[0]?.settings);
}

export async function updateProjectSettings({ projectId, settings }: { projectId: string; settings: ProjectSettings }) {
  const valid = ProjectSettings.parse(settings);
  await pool().query(`UPDATE projects SET settings = settings || $2::jsonb WHERE id = $1`, [projectId, JSON.stringify(valid)]);
}

export async function listApiKeys(projectId: string) {
  const { rows } = await pool().query(
    `SELECT id, name, prefix, created_at, last_used_at, revoked_at, accepted, duplicates, rejected, throttled, rate_limit_per_sec
       FROM api_keys WHERE project_id = $1 ORDER BY revoked_at NULLS FIRST, created_at DESC`,
    [projectId],
  );
  return rows.map((r) => ({
    id: r.id as string,
    name: r.name as string,
    prefix: r.prefix as string,
    createdAt: (r.created_at as Date).toISOString(),
    lastUsedAt: r.last_used_at ? (r.last_used_at as Date).toISOString() : null,
    revokedAt: r.revoked_at ? (r.revoked_at as Date).toISOString() : null,
    counters: { accepted: Number(r.accepted), duplicates: Number(r.duplicates), rejected: Number(r.rejected), throttled: Number(r.throttled) },
    rateLimitPerSec: r.rate_limit_per_sec as number | null,
  }));
}

export const RESCORE_PROJECT_TASK = "rescore_project";

/** Queues a rescore of every conversation of the project (the worker fans it out in batches). */
export async function startRescore({ projectId }: { projectId: string }): Promise<void> {
  const requestedAt = new Date().toISOString();
  await withTransaction(async (c) => {
    await c.query(`UPDATE projects SET settings = settings || jsonb_build_object('rescoreRequestedAt', $2::text) WHERE id = $1`, [projectId, requestedAt]);
    await c.query(`SELECT graphile_worker.add_job($1, json_build_object('projectId', $2::text), job_key := $3)`, [
      RESCORE_PROJECT_TASK,
      projectId,
      `rescore:${projectId}`,
    ]);
  });
}

export async function getRescoreProgress(projectId: string): Promise<{ requestedAt: string; done: number; total: number } | null> {
  const { rows } = await pool().query(`SELECT settings->>'rescoreRequestedAt' AS at FROM projects WHERE id = $1`, [projectId]);
  const at = rows[0]?.at as string | null;
  if (!at) return null;
  const { rows: c } = await pool().query(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE scored_at >= $2)::int AS done FROM conversations WHERE project_id = $1`,
    [projectId, at],
  );
  return { requestedAt: at, done: c[0].done, total: c[0].total };
}
