"use client";
// Client islands of the /settings users panel and "your account" (forms with inline results).
import { useActionState } from "react";
import { ROLES, type Role } from "@/lib/auth/permissions";
import type { FormState } from "./actions";
import { changePasswordAction, inviteUserAction, removeUserAction, setRoleAction } from "./user-actions";

function Status({ s }: { s: FormState }) {
  if (s.error) return <p role="status" className="text-sm text-dropout">{s.error}</p>;
  if (s.ok) return <p role="status" className="text-sm text-ok">{s.ok}</p>;
  return null;
}

export function ChangePasswordForm() {
  const [s, action, pending] = useActionState(changePasswordAction, {});
  return (
    <form action={action} className="space-y-2" aria-label="Change password">
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="flex flex-col text-xs text-muted">Current password<input name="current" type="password" autoComplete="current-password" required className="input mt-1" /></label>
        <label className="flex flex-col text-xs text-muted">New password<input name="next" type="password" autoComplete="new-password" minLength={10} required className="input mt-1" /></label>
        <label className="flex flex-col text-xs text-muted">Repeat new password<input name="confirm" type="password" autoComplete="new-password" required className="input mt-1" /></label>
      </div>
      <button className="btn" disabled={pending}>Change password</button>
      <Status s={s} />
    </form>
  );
}

export function InviteForm() {
  const [s, action, pending] = useActionState(inviteUserAction, {});
  return (
    <form action={action} className="space-y-2" aria-label="Invite a user">
      <div className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col text-xs text-muted">Email<input name="email" type="email" placeholder="teammate@example.com" required className="input mt-1 w-64 max-w-full" /></label>
        <label className="flex flex-col text-xs text-muted">
          Role
          <select name="role" defaultValue="member" className="input mt-1">
            {ROLES.map((r) => <option key={r} value={r}>{r}</option>)}
          </select>
        </label>
        <button className="btn-primary" disabled={pending}>Invite</button>
      </div>
      <Status s={s} />
      {s.secret && <pre aria-label="One-time password" className="overflow-x-auto rounded-md border border-ok bg-bg p-3 font-mono text-sm">{s.secret}</pre>}
    </form>
  );
}

export function MemberActions({ userId, email, role }: { userId: string; email: string; role: Role }) {
  const [r, changeRole, p1] = useActionState(setRoleAction, {});
  const [d, remove, p2] = useActionState(removeUserAction, {});
  return (
    <div className="flex flex-wrap items-center justify-end gap-2">
      <form action={changeRole} className="flex items-center gap-1">
        <input type="hidden" name="userId" value={userId} />
        <select name="role" defaultValue={role} aria-label={`Role of ${email}`} className="input min-w-[6.5rem] py-1 text-xs">
          {ROLES.map((x) => <option key={x} value={x}>{x}</option>)}
        </select>
        <button className="btn text-xs" disabled={p1} aria-label={`Save role of ${email}`}>Save</button>
      </form>
      <form action={remove}>
        <input type="hidden" name="userId" value={userId} />
        <button className="btn text-xs text-dropout" disabled={p2} aria-label={`Remove ${email}`}>Remove</button>
      </form>
      <div className="basis-full text-right"><Status s={r.error || r.ok ? r : d} /></div>
    </div>
  );
}
