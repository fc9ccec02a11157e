// The /settings users panel (server part): the project's members and their roles, invite and
// remove for admins; and "your account" (change password) for everyone.
import { canManageUsers } from "@/lib/auth/permissions";
import { formatAgo } from "@/lib/dashboard/format";
import type { Viewer } from "@/lib/dashboard/session";
import { listMembers } from "@/lib/projects/members";
import { ChangePasswordForm, InviteForm, MemberActions } from "./users";

export async function UsersPanel({ viewer }: { viewer: Viewer }) {
  const members = await listMembers(viewer.projectId);
  const admin = canManageUsers(viewer.role);
  return (
    <>
      <section className="panel space-y-4 p-5" aria-label="Users">
        <div>
          <h2 className="font-medium">Users</h2>
          <p className="text-xs text-muted">Admins manage users; members change settings, keys and rules; viewers read everything and change nothing.</p>
        </div>
        {admin && <InviteForm />}
        <div className="overflow-x-auto">
          <table className="w-full text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th className="py-1 text-left font-normal">email</th>
                <th className={`text-left font-normal ${admin ? "hidden sm:table-cell" : ""}`}>role</th>
                <th className="hidden text-left font-normal sm:table-cell">added</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {members.map((m) => (
                <tr key={m.userId} className="border-t border-border align-top">
                  <td className="py-1.5 pr-2 [overflow-wrap:anywhere]">
                    {m.email}
                    {m.userId === viewer.user.id && <span className="whitespace-nowrap text-xs text-muted"> (you)</span>}
                  </td>
                  <td className={`py-1.5 pr-2 ${admin ? "hidden sm:table-cell" : ""}`}>{m.role}</td>
                  <td className="hidden py-1.5 pr-2 text-xs whitespace-nowrap sm:table-cell">{formatAgo(m.addedAt)}</td>
                  <td className="py-1">{admin && <MemberActions userId={m.userId} email={m.email} role={m.role} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="panel space-y-3 p-5" aria-label="Your account">
        <h2 className="font-medium">Your account <span className="text-xs font-normal text-muted">{viewer.user.email} · {viewer.role}</span></h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
