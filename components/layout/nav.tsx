import Link from "next/link";
import { logoutAction } from "@/app/(auth)/login/actions";
import { Suspense } from "react";
import { NavLinks } from "./nav-links";
import { ProjectSwitcher } from "./project-switcher";
import { TimeZonePicker } from "./timezone-picker";

// Below the `md` breakpoint (phones, 390 px) the links and account controls fold into a menu.
export function Nav({ email, projectId, projects, tz }: { email: string; projectId: string; projects: Array<{ id: string; name: string }>; tz?: string }) {
  const account = (
    <>
      <ProjectSwitcher projectId={projectId} projects={projects} />
      <TimeZonePicker tz={tz} />
      <span className="truncate text-muted">{email}</span>
      <form action={logoutAction}>
        <button className="btn" type="submit">
          Log out
        </button>
      </form>
    </>
  );
  return (
    <header className="border-b border-border bg-panel">
      <div className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 md:px-6">
        <Link href="/" className="text-lg font-semibold tracking-tight">
          Baton
        </Link>
        <div className="hidden md:block">
          <Suspense fallback={null}>
            <NavLinks />
          </Suspense>
        </div>
        <div className="ml-auto hidden items-center gap-3 text-sm md:flex">{account}</div>
        <details className="relative ml-auto md:hidden" data-testid="mobile-nav">
          <summary className="btn cursor-pointer list-none" aria-label="Menu">☰ Menu</summary>
          <div className="panel absolute right-0 z-40 mt-2 flex w-64 flex-col gap-3 p-3 text-sm shadow-lg">
            <Suspense fallback={null}>
              <NavLinks vertical />
            </Suspense>
            <div className="flex flex-col gap-2 border-t border-border pt-3">{account}</div>
          </div>
        </details>
      </div>
    </header>
  );
}
