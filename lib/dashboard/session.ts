// The dashboard's view of who is logged in and which project they are looking at. Pages call
// requireViewer(); it redirects to /login without a valid session. The lookup is React's cache():
// the layout and the page both ask, and one request authenticates once (one session and one
// membership read, not two of each). Outside a render (server actions) cache() does not memoize,
// so an action sees the cookies it just set.
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { redirect } from "next/navigation";
import type { Role } from "../auth/permissions";
import { pickProject, userProjects, type ProjectAccess } from "../auth/memberships";
import { getSessionUser, PROJECT_COOKIE, SESSION_COOKIE, type SessionUser } from "../auth/sessions";
import { isHttpsRequest } from "../http/client-ip";

export interface Viewer {
  user: SessionUser;
  projectId: string;
  /** the user's role in the current project (lib/auth/permissions.ts) */
  role: Role;
  projects: ProjectAccess[];
}

export const getViewer = cache(async (): Promise<Viewer | null> => {
  const jar = await cookies();
  const user = await getSessionUser(jar.get(SESSION_COOKIE)?.value);
  if (!user) return null;
  const projects = await userProjects(user.id);
  // a project cookie naming a project the user left falls back to their first project
  const current = pickProject(projects, jar.get(PROJECT_COOKIE)?.value) ?? projects[0];
  if (!current) return null;
  return { user, projectId: current.id, role: current.role, projects };
});

export async function requireViewer(): Promise<Viewer> {
  const v = await getViewer();
  if (!v) redirect("/login");
  return v;
}

/** A form action's answer when the viewer's role may not do it (pages offer such forms only to roles that may). */
export const refused = (v: Viewer) => ({ error: `Your role (${v.role}) cannot change this project.` });

/** Secure cookies when the request came over HTTPS (directly or via a proxy). */
export async function isHttps(): Promise<boolean> {
  return isHttpsRequest(await headers());
}

/** Every Baton cookie: httpOnly, SameSite=Lax, Secure over HTTPS (SPEC §8). */
export async function cookieOptions(expires?: Date) {
  return { httpOnly: true, sameSite: "lax" as const, secure: await isHttps(), path: "/", ...(expires ? { expires } : {}) };
}

export async function setProjectCookie(projectId: string): Promise<void> {
  (await cookies()).set(PROJECT_COOKIE, projectId, await cookieOptions());
}
