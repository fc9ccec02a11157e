// The dashboard's top bar. Its server actions (log out, switch project) come from the page tree
// as props: components never import from app/.
import Link from "next/link";
import { Suspense } from "react";
import { NavLinks } from "./nav-links";
import { NavMenu } from "./nav-menu";
import { ProjectSwitcher } from "./project-switcher";
import { TimeZonePicker } from "./timezone-picker";

export function Nav({
  email,
  projectId,
  projects,
  tz,
  logOut,
  switchProject,
}: {
  email: string;
  projectId: string;
  projects: Array<{ id: string; name: string }>;
  tz?: string;
  logOut: () => Promise<void>;
  switchProject: (projectId: string) => Promise<void>;
}) {
  return (
    <header className="relative border-b border-border bg-panel">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 md:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Baton
        </Link>
        <NavMenu>
          <Suspense fallback={null}>
            <NavLinks />
          </Suspense>
          <div className="flex flex-col gap-2 text-sm md:ml-auto md:flex-row md:items-center md:gap-3">
            <ProjectSwitcher projectId={projectId} projects={projects} switchProject={switchProject} />
            <TimeZonePicker tz={tz} />
            <span className="truncate text-muted">{email}</span>
            <form action={logOut}>
              <button className="btn whitespace-nowrap" type="submit">
                Log out
              </button>
            </form>
          </div>
        </NavMenu>
      </div>
    </header>
  );
}
