// Who may see what: a key sees its own project; a user sees the projects they are a member of.
import { pool } from "../db/pool";

export async function listUserProjectIds(userId: string): Promise<string[]> {
  const { rows } = await pool().query<{ project_id: string }>(
    `SELECT project_id FROM project_members WHERE user_id = $1 ORDER BY created_at, project_id`,
    [userId],
  );
  return rows.map((r) => r.project_id);
}

export async function canViewProject(userId: string, projectId: string): Promise<boolean> {
  const { rowCount } = await pool().query(`SELECT 1 FROM project_members WHERE user_id = $1 AND project_id = $2`, [
    userId,
    projectId,
  ]);
  return (rowCount ?? 0) > 0;
}
