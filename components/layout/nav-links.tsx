"use client";
import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/conversations", label: "Conversations" },
  { href: "/agents", label: "Agents" },
  { href: "/releases", label: "Releases" },
  { href: "/contracts", label: "Contracts" },
  { href: "/alerts", label: "Alerts" },
  { href: "/settings", label: "Settings" },
];

/** Nav that keeps the chosen time range across pages, as Grafana does. */
export function NavLinks() {
  const path = usePathname();
  const params = useSearchParams();
  const keep = new URLSearchParams();
  for (const k of ["range", "from", "to"]) {
    const v = params.get(k);
    if (v) keep.set(k, v);
  }
  const qs = keep.toString();
  return (
    <nav className="flex flex-col gap-1 text-sm md:flex-row">
      {LINKS.map((l) => {
        const active = l.href === "/" ? path === "/" : path.startsWith(l.href);
        return (
          <Link
            key={l.href}
            href={qs && l.href !== "/settings" ? `${l.href}?${qs}` : l.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-md px-3 py-1.5 ${active ? "bg-bg font-medium text-fg" : "text-muted hover:bg-bg hover:text-fg"}`}
          >
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
