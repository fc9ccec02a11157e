"use client";
// Below the `md` breakpoint (phones, 390 px) the nav's links and account controls fold behind a Menu
// button; from `md` up they are inline. Rendered once either way (no duplicated controls), and the
// menu closes when the page changes.
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";

export function NavMenu({ children }: { children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const path = usePathname();
  useEffect(() => setOpen(false), [path]);
  return (
    <>
      <button type="button" className="btn ml-auto md:hidden" aria-label="Menu" aria-expanded={open} onClick={() => setOpen(!open)}>
        ☰ Menu
      </button>
      <div
        data-testid="nav-menu"
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full z-40 flex-col gap-3 border-b border-border bg-panel p-4 shadow-lg md:static md:flex md:flex-1 md:flex-row md:items-center md:gap-6 md:border-0 md:p-0 md:shadow-none`}
      >
        {children}
      </div>
    </>
  );
}
