"use client";
// A table row that opens its conversation wherever it is clicked (the id cell keeps a real link for
// keyboards, middle-click and screen readers; a click that selects text does not navigate).
import { useRouter } from "next/navigation";

export function RowLink({ href, children }: { href: string; children: React.ReactNode }) {
  const router = useRouter();
  return (
    <tr
      className="cursor-pointer border-t border-border hover:bg-bg"
      data-href={href}
      onClick={(e) => {
        if ((e.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
        if (e.metaKey || e.ctrlKey) window.open(href, "_blank");
        else router.push(href);
      }}
    >
      {children}
    </tr>
  );
}
