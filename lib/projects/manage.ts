// Project management verbs used by /settings (and usable by an API later): create, rename,
// settings, keys list, and a whole-project rescore with readable progress.
import crypto from "node:crypto";
import { db } from "../db/client";
import { ProjectSettings, parseSettings } from "./settings";

export async function createProject({ userId, name }: { userId: string; name: string }): Promise<string> {
  const id = `prj_${crypto.randomBytes(6).toString("hex")}`;
  await db().project.create({ data: { id, name, members: { create: { userId, role: "admin" } } } });
  return id;
}

export async function renameProject({ projectId, name }: { projectId: string; name: string }) {
  await db().project.updateMany({ where: { id: projectId }, data: { name } });
}

export async function getProjectSettings(projectId: string): Promise<ProjectSettings> {
  const p = await db().project.findUnique({ where: { id: projectId }, select: { settings: true } });
  return parseSettings(p?.settings);
}

export async function updateProjectSettings({ projectId, settings }: { projectId: string; settings: ProjectSettings }) {
  const valid = ProjectSettings.parse(settings);
  // a jsonb merge in the database (keys this form does not edit, like rescoreRequestedAt, stay)
  await db().$executeRaw`UPDATE projects SET settings = settings || ${JSON.stringify(valid)}::jsonb WHERE id = ${projectId}`;
}

export async function listApiKeys(projectId: string) {
  const rows = await db().apiKey.findMany({
    where: { projectId },
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    omit: { hash: true, projectId: true },
  });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    createdAt: r.createdAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
    counters: { accepted: Number(r.accepted), duplicates: Number(r.duplicates), rejected: Number(r.rejected), throttled: Number(r.throttled) },
    rateLimitPerSec: r.rateLimitPerSec,
  }));
}

export const RESCORE_PROJECT_TASK = "rescore_project";

/** Queues a rescore of every conversation of the project (the worker fans it out in batches). */
export async function startRescore({ projectId }: { projectId: string }): Promise<void> {
  const requestedAt = new Date().toISOString();
  await db().$transaction([
    db().$executeRaw`UPDATE projects SET settings = settings || jsonb_build_object('rescoreRequestedAt', ${requestedAt}::text) WHERE id = ${projectId}`,
    db().$executeRaw`SELECT graphile_worker.add_job(${RESCORE_PROJECT_TASK}, json_build_object('projectId', ${projectId}::text), job_key := ${`rescore:${projectId}`})`,
  ]);
}

export async function getRescoreProgress(projectId: string): Promise<{ requestedAt: string; done: number; total: number } | null> {
  const p = await db().project.findUnique({ where: { id: projectId }, select: { settings: true } });
  const at = (p?.settings as { rescoreRequestedAt?: unknown } | null)?.rescoreRequestedAt;
  if (typeof at !== "string") return null;
  // one scan with FILTER instead of two count() calls (a project can hold a million conversations)
  const [c] = await db().$queryRaw<[{ total: number; done: number }]>`
    SELECT count(*)::int AS total, count(*) FILTER (WHERE scored_at >= ${at}::timestamptz)::int AS done
      FROM conversations WHERE project_id = ${projectId}`;
  return { requestedAt: at, done: c.done, total: c.total };
}
