// The dashboard's view of who is logged in and which project they are looking at. Pages call
// requireViewer(); it redirects to /login without a valid session.
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { pool } from "../db/pool";
import { getSessionUser, isHttpsRequest, PROJECT_COOKIE, SESSION_COOKIE, type SessionUser } from "../auth/sessions";

export interface Viewer {
  user: SessionUser;
  projectId: string;
  projects: Array<{ id: string; name: string }>;
}

export async function getViewer(): Promise<Viewer | null> {
  const jar = await cookies();
  const user = await getSessionUser(jar.get(SESSION_COOKIE)?.value);
  if (!user) return null;
  const { rows } = await pool().query<{ id: string; name: string }>(
    `SELECT p.id, p.name FROM projects p JOIN project_members m ON m.project_id = p.id
      WHERE m.user_id = $1 ORDER BY m.created_at, p.id`,
    [user.id],
  );
  if (!rows.length) return null;
  const wanted = jar.get(PROJECT_COOKIE)?.value;
  const projectId = rows.find((p) => p.id === wanted)?.id ?? rows[0].id;
  return { user, projectId, projects: rows };
}

export async function requireViewer(): Promise<Viewer> {
  const v = await getViewer();
  if (!v) redirect("/login");
  return v;
}

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
