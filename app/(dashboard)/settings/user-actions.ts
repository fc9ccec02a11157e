"use server";
// The /settings users panel and "your account": change your password; admins invite, change
// roles, remove. Every action checks the role here, not only in the page that shows the form.
import { cookies, headers } from "next/headers";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { hashKey } from "@/lib/auth/keys";
import { canManageUsers, ROLES } from "@/lib/auth/permissions";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { changePassword, MIN_PASSWORD } from "@/lib/auth/users";
import { withRefusals } from "@/lib/dashboard/form-action";
import { clientIp } from "@/lib/http/client-ip";
import { refused, requireViewer } from "@/lib/dashboard/session";
import { inviteMember, removeMember, setMemberRole } from "@/lib/projects/members";
import type { FormState } from "./actions";

const Invite = z.object({ email: z.string().trim().toLowerCase().email("enter an email address").max(320), role: z.enum(ROLES) });
const RoleChange = z.object({ userId: z.string().min(1).max(64), role: z.enum(ROLES) });
const PasswordChange = z
  .object({ current: z.string().min(1, "enter your current password").max(1024), next: z.string().min(MIN_PASSWORD, `at least ${MIN_PASSWORD} characters`).max(1024), confirm: z.string() })
  .refine((p) => p.next === p.confirm, { message: "the two new passwords differ", path: ["confirm"] });

const firstIssue = (e: z.ZodError) => `${e.issues[0].path.join(".")}: ${e.issues[0].message}`;

export async function changePasswordAction(_: FormState, form: FormData): Promise<FormState> {
  return withRefusals<FormState>(async () => {
    const v = await requireViewer();
    const p = PasswordChange.safeParse(Object.fromEntries(form));
    if (!p.success) return { error: firstIssue(p.error) };
    const token = (await cookies()).get(SESSION_COOKIE)?.value ?? "";
    const ip = clientIp(await headers());
    await changePassword({ userId: v.user.id, email: v.user.email, ip, current: p.data.current, next: p.data.next, sessionId: hashKey(token) });
    return { ok: "Password changed. Your other sessions were signed out." };
  });
}

export async function inviteUserAction(_: FormState, form: FormData): Promise<FormState> {
  return withRefusals<FormState>(async () => {
    const v = await requireViewer();
    if (!canManageUsers(v.role)) return refused(v);
    const p = Invite.safeParse(Object.fromEntries(form));
    if (!p.success) return { error: firstIssue(p.error) };
    const { password } = await inviteMember({ projectId: v.projectId, ...p.data });
    revalidatePath("/settings");
    return password
      ? { ok: `Invited ${p.data.email} as ${p.data.role}. Give them this password now: it will not be shown again.`, secret: password }
      : { ok: `${p.data.email} already had an account and was added as ${p.data.role}.` };
  });
}

export async function setRoleAction(_: FormState, form: FormData): Promise<FormState> {
  return withRefusals<FormState>(async () => {
    const v = await requireViewer();
    if (!canManageUsers(v.role)) return refused(v);
    const p = RoleChange.safeParse(Object.fromEntries(form));
    if (!p.success) return { error: firstIssue(p.error) };
    await setMemberRole({ projectId: v.projectId, ...p.data });
    revalidatePath("/", "layout");
    return { ok: "Role changed." };
  });
}

export async function removeUserAction(_: FormState, form: FormData): Promise<FormState> {
  return withRefusals<FormState>(async () => {
    const v = await requireViewer();
    if (!canManageUsers(v.role)) return refused(v);
    await removeMember({ projectId: v.projectId, userId: String(form.get("userId") ?? "") });
    revalidatePath("/", "layout");
    return { ok: "Removed." };
  });
}
