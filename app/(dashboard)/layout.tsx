import { Nav } from "@/components/layout/nav";
import { requireViewer } from "@/lib/dashboard/session";

export default async function DashboardLayout({ children }: { children: React.ReactNode }) {
  const v = await requireViewer();
  return (
    <>
      <Nav email={v.user.email} projectId={v.projectId} projects={v.projects} />
      <main className="mx-auto max-w-7xl px-6 py-6">{children}</main>
    </>
  );
}
