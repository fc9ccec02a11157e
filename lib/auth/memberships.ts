// Project memberships and roles as stored (project_members); the rules are in permissions.ts.
import { pool } from "../db/pool";
import type { Role } from "./permissions";

export async function listUserProjectIds(userId: string): Promise<string[]> {
  const { rows } = await pool().query<{ project_id: string }>(
    `SELECT project_id FROM project_members WHERE user_id = $1 ORDER BY created_at, project_id`,
    [userId],
  );
  return rows.map((r) => r.project_id);
}

/** The user's role in the project, or null when they are not a member. */
export async function getProjectRole(userId: string, projectId: string): Promise<Role | null> {
  const { rows } = await pool().query<{ role: Role }>(`SELECT role FROM project_members WHERE user_id = $1 AND project_id = $2`, [
    userId,
    projectId,
  ]);
  return rows[0]?.role ?? null;
}

export async function canViewProject(userId: string, projectId: string): Promise<boolean> {
  return (await getProjectRole(userId, projectId)) !== null;
}
