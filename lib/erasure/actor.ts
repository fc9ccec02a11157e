// Who may erase, and how the audit log names them. Erasure is a management action:
// - a logged-in user must hold the "admin" role in the project (project_members.role);
// - an API key of the project may erase too (keys have no kinds yet, so every key, including one
//   used for ingest, can; this lets an operator script GDPR requests). Keys only ever reach their
//   own project, so neither path can touch another project.
import { actorName } from "../auth/actor";
import { db } from "../db/client";
import { ForbiddenError } from "../errors";

export interface Caller {
  projectId: string;
  key?: { keyId: string };
  user?: { id: string; email: string };
}

/** "user:<email>" or "key:<key id>"; throws ForbiddenError for a user who is not an admin. */
export async function erasureActor(caller: Caller): Promise<string> {
  if (caller.key) return `key:${caller.key.keyId}`;
  if (!caller.user) throw new ForbiddenError("erasure needs an API key or a logged-in admin");
  const member = await db().projectMember.findUnique({
    where: { projectId_userId: { projectId: caller.projectId, userId: caller.user.id } },
    select: { role: true },
  });
  if (member?.role !== "admin") throw new ForbiddenError("erasure needs the admin role in this project");
  return actorName({ user: caller.user });
}
