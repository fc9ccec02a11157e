// A project's users and their roles: list, invite (a new account gets a generated password,
// shown once; an existing account is just added), change role, remove. A project always keeps
// at least one admin: the change that would leave none is refused, with the project's member
// rows locked so two admins cannot demote each other at the same moment.
import type { Role } from "../auth/permissions";
import { createUser, generatePassword, getUserIdByEmail, normalizeEmail } from "../auth/users";
import { db } from "../db/client";
import { forgetReviewerTx } from "../reviews/reviewer";
import type { Prisma } from "../db/generated/client";
import { ConflictError, NotFoundError } from "../errors";

export interface Member {
  userId: string;
  email: string;
  role: Role;
  addedAt: string;
}

export async function listMembers(projectId: string): Promise<Member[]> {
  const rows = await db().projectMember.findMany({
    where: { projectId },
    select: { role: true, createdAt: true, user: { select: { id: true, email: true } } },
    orderBy: [{ createdAt: "asc" }, { user: { email: "asc" } }],
  });
  // the CHECK constraint on project_members.role admits exactly the Role values
  return rows.map((r) => ({ userId: r.user.id, email: r.user.email, role: r.role as Role, addedAt: r.createdAt.toISOString() }));
}

/** Adds the email to the project; `password` is set only when a new account was created. */
export async function inviteMember({ projectId, email, role }: { projectId: string; email: string; role: Role }): Promise<{ userId: string; password?: string }> {
  const existing = await getUserIdByEmail(email);
  const password = existing ? undefined : generatePassword();
  const userId = existing ?? (await createUser({ email, password: password! }));
  const res = await db().projectMember.createMany({ data: [{ projectId, userId, role }], skipDuplicates: true });
  if (!res.count) throw new ConflictError(`${normalizeEmail(email)} is already a member of this project`);
  return { userId, password };
}

async function lockMembers(tx: Prisma.TransactionClient, projectId: string, userId: string) {
  // Prisma's model API cannot lock rows: FOR UPDATE through the transaction's raw query
  const rows = await tx.$queryRaw<Array<{ user_id: string; role: Role }>>`
    SELECT user_id, role FROM project_members WHERE project_id = ${projectId} ORDER BY user_id FOR UPDATE`;
  const target = rows.find((r) => r.user_id === userId);
  if (!target) throw new NotFoundError("that user is not a member of this project");
  const otherAdmins = rows.filter((r) => r.role === "admin" && r.user_id !== userId).length;
  return { target, otherAdmins };
}

const LAST_ADMIN = "a project needs at least one admin: make someone else admin first";

export async function setMemberRole({ projectId, userId, role }: { projectId: string; userId: string; role: Role }) {
  await db().$transaction(async (tx) => {
    const { target, otherAdmins } = await lockMembers(tx, projectId, userId);
    if (target.role === "admin" && role !== "admin" && otherAdmins === 0) throw new ConflictError(LAST_ADMIN);
    await tx.projectMember.update({ where: { projectId_userId: { projectId, userId } }, data: { role } });
  });
}

/** Removes the membership; an account left in no project is deleted (its sessions with it). The
 *  project's reviews by that user name a former member from then on (lib/reviews/reviewer.ts). */
export async function removeMember({ projectId, userId }: { projectId: string; userId: string }) {
  await db().$transaction(async (tx) => {
    const { target, otherAdmins } = await lockMembers(tx, projectId, userId);
    if (target.role === "admin" && otherAdmins === 0) throw new ConflictError(LAST_ADMIN);
    await forgetReviewerTx(tx, projectId, userId);
    await tx.projectMember.delete({ where: { projectId_userId: { projectId, userId } } });
    await tx.user.deleteMany({ where: { id: userId, memberships: { none: {} } } });
  });
}
