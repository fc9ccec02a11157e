// Project memberships and roles as stored (project_members); the rules are in permissions.ts.
// The one session→project resolution: the API wrapper (lib/http/route.ts) and the dashboard
// (lib/dashboard/session.ts) both read a user's projects here and pick the requested one.
import { db } from "../db/client";
import type { Role } from "./permissions";

export interface ProjectAccess {
  id: string;
  name: string;
  role: Role;
}

/** The user's projects with their role in each, oldest membership first (the first is the default). */
export async function userProjects(userId: string): Promise<ProjectAccess[]> {
  const rows = await db().projectMember.findMany({
    where: { userId },
    select: { role: true, project: { select: { id: true, name: true } } },
    orderBy: [{ createdAt: "asc" }, { projectId: "asc" }],
  });
  // the CHECK constraint on project_members.role admits exactly the Role values
  return rows.map((m) => ({ id: m.project.id, name: m.project.name, role: m.role as Role }));
}

/** The requested project among the user's (undefined when they are not a member of it), or the
 *  default one when none was requested. */
export function pickProject(projects: ProjectAccess[], wanted: string | null | undefined): ProjectAccess | undefined {
  return wanted ? projects.find((p) => p.id === wanted) : projects[0];
}

/** The user's role in the project, or null when they are not a member. */
export async function getProjectRole(userId: string, projectId: string): Promise<Role | null> {
  const m = await db().projectMember.findUnique({ where: { projectId_userId: { projectId, userId } }, select: { role: true } });
  // the CHECK constraint on project_members.role admits exactly the Role values
  return (m?.role as Role | undefined) ?? null;
}
