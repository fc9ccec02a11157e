// Project memberships and roles as stored (project_members); the rules are in permissions.ts.
import { db } from "../db/client";
import type { Role } from "./permissions";

export async function listUserProjectIds(userId: string): Promise<string[]> {
  const rows = await db().projectMember.findMany({ where: { userId }, select: { projectId: true }, orderBy: [{ createdAt: "asc" }, { projectId: "asc" }] });
  return rows.map((r) => r.projectId);
}

/** The user's role in the project, or null when they are not a member. */
export async function getProjectRole(userId: string, projectId: string): Promise<Role | null> {
  const m = await db().projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
  // the CHECK constraint on project_members.role admits exactly the Role values
  return (m?.role as Role | undefined) ?? null;
}

export async function canViewProject(userId: string, projectId: string): Promise<boolean> {
  return (await getProjectRole(userId, projectId)) !== null;
}
