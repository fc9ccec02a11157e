// The dashboard's top bar. Its server actions (log out, switch project) come from the page tree
// as props: components never import from app/.
import Link from "next/link";
import { Suspense } from "react";
import { NavLinks } from "./nav-links";
import { ProjectSwitcher } from "./project-switcher";

export function Nav({
  email,
  projectId,
  projects,
  logOut,
  switchProject,
}: {
  email: string;
  projectId: string;
  projects: Array<{ id: string; name: string }>;
  logOut: () => Promise<void>;
  switchProject: (projectId: string) => Promise<void>;
}) {
  return (
    <header className="border-b border-border bg-panel">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-6 py-3">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Baton
        </Link>
        <Suspense fallback={null}>
          <NavLinks />
        </Suspense>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <ProjectSwitcher projectId={projectId} projects={projects} switchProject={switchProject} />
          <span className="text-muted">{email}</span>
          <form action={logOut}>
            <button className="btn" type="submit">
              Log out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
