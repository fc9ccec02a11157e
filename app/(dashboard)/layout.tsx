import { logoutAction } from "@/app/(auth)/login/actions";
import { DatabaseUnavailable } from "@/components/layout/database-unavailable";
import { Nav } from "@/components/layout/nav";
import { requireViewer, type Viewer } from "@/lib/dashboard/session";
import { getTimeZone } from "@/lib/dashboard/timezone-cookie";
import { isDatabaseUnavailable } from "@/lib/errors";
import { switchProjectAction } from "./actions";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  // The dashboard's error.tsx sits below this layout and cannot catch its errors: with the
  // database down, the session lookup here would otherwise end in Next's generic 500 page.
  let v: Viewer;
  try {
    v = await requireViewer();
  } catch (err) {
    if (!isDatabaseUnavailable(err)) throw err; // including the redirect to /login
    return (
      <main className="mx-auto max-w-7xl px-6 py-6">
        <DatabaseUnavailable />
      </main>
    );
  }
  return (
    <>
      <Nav email={v.user.email} projectId={v.projectId} projects={v.projects} tz={await getTimeZone()} logOut={logoutAction} switchProject={switchProjectAction} />
      <main className="mx-auto max-w-7xl px-4 py-6 md:px-6">{children}</main>
    </>
  );
}
