"use client";
// A table row that opens `href` wherever it is clicked (a cell keeps a real link for keyboards,
// middle-click and screen readers; a click on another link, or one that selects text, does not
// navigate). Used by the conversations list and by DataTable's rowHref.
import { useRouter } from "next/navigation";

export function RowLink({ href, className = "", children }: { href: string; className?: string; children: React.ReactNode }) {
  const router = useRouter();
  return (
    <tr
      className={`cursor-pointer border-t border-border hover:bg-bg ${className}`.trim()}
      data-href={href}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("a, button, form, details") || window.getSelection()?.toString()) return;
        if (e.metaKey || e.ctrlKey) window.open(href, "_blank");
        else router.push(href);
      }}
    >
      {children}
    </tr>
  );
}
