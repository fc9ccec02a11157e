// A project's users and their roles: list, invite (a new account gets a generated password,
// shown once; an existing account is just added), change role, remove. A project always keeps
// at least one admin: the change that would leave none is refused, with the project's member
// rows locked so two admins cannot demote each other at the same moment.
import type pg from "pg";
import type { Role } from "../auth/permissions";
import { createUser, generatePassword, getUserIdByEmail, normalizeEmail } from "../auth/users";
import { pool } from "../db/pool";
import { withTransaction } from "../db/transaction";
import { ConflictError, NotFoundError } from "../errors";

export interface Member {
  userId: string;
  email: string;
  role: Role;
  addedAt: string;
}

export async function listMembers(projectId: string): Promise<Member[]> {
  const { rows } = await pool().query(
    `SELECT u.id, u.email, m.role, m.created_at FROM project_members m JOIN users u ON u.id = m.user_id
      WHERE m.project_id = $1 ORDER BY m.created_at, u.email`,
    [projectId],
  );
  return rows.map((r) => ({ userId: r.id, email: r.email, role: r.role, addedAt: r.created_at.toISOString() }));
}

/** Adds the email to the project; `password` is set only when a new account was created. */
export async function inviteMember({ projectId, email, role }: { projectId: string; email: string; role: Role }): Promise<{ userId: string; password?: string }> {
  const existing = await getUserIdByEmail(email);
  const password = existing ? undefined : generatePassword();
  const userId = existing ?? (await createUser({ email, password: password! }));
  const res = await pool().query(`INSERT INTO project_members (project_id, user_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [projectId, userId, role]);
  if (!res.rowCount) throw new ConflictError(`${normalizeEmail(email)} is already a member of this project`);
  return { userId, password };
}

async function lockMembers(c: pg.PoolClient, projectId: string, userId: string) {
  const { rows } = await c.query<{ user_id: string; role: Role }>(
    `SELECT user_id, role FROM project_members WHERE project_id = $1 ORDER BY user_id FOR UPDATE`,
    [projectId],
  );
  const target = rows.find((r) => r.user_id === userId);
  if (!target) throw new NotFoundError("that user is not a member of this project");
  const otherAdmins = rows.filter((r) => r.role === "admin" && r.user_id !== userId).length;
  return { target, otherAdmins };
}

const LAST_ADMIN = "a project needs at least one admin: make someone else admin first";

export async function setMemberRole({ projectId, userId, role }: { projectId: string; userId: string; role: Role }) {
  await withTransaction(async (c) => {
    const { target, otherAdmins } = await lockMembers(c, projectId, userId);
    if (target.role === "admin" && role !== "admin" && otherAdmins === 0) throw new ConflictError(LAST_ADMIN);
    await c.query(`UPDATE project_members SET role = $3 WHERE project_id = $1 AND user_id = $2`, [projectId, userId, role]);
  });
}

/** Removes the membership; an account left in no project is deleted (its sessions with it). */
export async function removeMember({ projectId, userId }: { projectId: string; userId: string }) {
  await withTransaction(async (c) => {
    const { target, otherAdmins } = await lockMembers(c, projectId, userId);
    if (target.role === "admin" && otherAdmins === 0) throw new ConflictError(LAST_ADMIN);
    await c.query(`DELETE FROM project_members WHERE project_id = $1 AND user_id = $2`, [projectId, userId]);
    await c.query(`DELETE FROM users WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM project_members WHERE user_id = $1)`, [userId]);
  });
}
