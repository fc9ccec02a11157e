// The /settings users panel (server part): the project's members and their roles, invite and
// remove for admins; and "your account" (change password) for everyone.
import { DataTable, type Column } from "@/components/ui/data-table";
import { canManageUsers } from "@/lib/auth/permissions";
import { formatAgo } from "@/lib/dashboard/format";
import type { Viewer } from "@/lib/dashboard/session";
import { listMembers, type Member } from "@/lib/projects/members";
import { ChangePasswordForm, InviteForm, MemberActions } from "./users";

/** An email that, when it must wrap (390 px), wraps before its "@" rather than mid-word. */
function EmailBreakable({ email }: { email: string }) {
  const at = email.lastIndexOf("@");
  if (at <= 0) return <>{email}</>;
  return (
    <>
      {email.slice(0, at)}
      <wbr />
      {email.slice(at)}
    </>
  );
}

function memberColumns(viewer: Viewer, admin: boolean): Column<Member>[] {
  return [
    {
      header: "email",
      className: "[overflow-wrap:anywhere]",
      cell: (m) => (
        <>
          <EmailBreakable email={m.email} />
          {m.userId === viewer.user.id && <span className="whitespace-nowrap text-xs text-muted"> (you)</span>}
        </>
      ),
    },
    // at 390 px an admin's row needs the room for the role picker in the actions column
    { header: "role", className: admin ? "hidden sm:table-cell" : "", headerClassName: admin ? "hidden sm:table-cell" : "", cell: (m) => m.role },
    { header: "added", className: "hidden text-xs whitespace-nowrap sm:table-cell", headerClassName: "hidden sm:table-cell", cell: (m) => formatAgo(m.addedAt) },
    { header: <span className="sr-only">actions</span>, cell: (m) => admin && <MemberActions userId={m.userId} email={m.email} role={m.role} /> },
  ];
}

export async function UsersPanel({ viewer }: { viewer: Viewer }) {
  const members = await listMembers(viewer.projectId);
  const admin = canManageUsers(viewer.role);
  return (
    <>
      <section className="panel min-w-0 space-y-4 p-5" aria-label="Users">
        <div>
          <h2 className="font-medium">Users</h2>
          <p className="text-xs text-muted">Admins manage users; members change settings, keys and rules; viewers read everything and change nothing.</p>
        </div>
        {admin && <InviteForm />}
        <DataTable columns={memberColumns(viewer, admin)} rows={members} rowKey={(m) => m.userId} rowClassName="align-top" />
      </section>
      <section className="panel space-y-3 p-5" aria-label="Your account">
        <h2 className="font-medium">Your account <span className="text-xs font-normal text-muted">{viewer.user.email} · {viewer.role}</span></h2>
        <ChangePasswordForm />
      </section>
    </>
  );
}
