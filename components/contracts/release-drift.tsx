// "Changed in release X" (issue 16 §5): an edge's shape changes between consecutive releases with
// before/after presence, shown on the contract page and on the edge page. Each page links to the
// other's list (#release-drift / #contract-drift), and each release to the /releases comparison of
// the pair, and (given `conversationsOf`) to the edge's conversations in that release. A server
// component: plain props from lib/contracts/queries.ts.
import Link from "next/link";
import type { ReleaseChange } from "@/lib/contracts/infer";
import { formatValue } from "@/lib/dashboard/format";

export interface ReleaseDriftProps {
  drift: ReleaseChange[];
  other: { href: string; label: string };
  id: string;
  caption?: string;
  /** the edge's conversations in a release */
  conversationsOf?: (release: string) => string;
}

export function ReleaseDrift({ drift, other, id, caption, conversationsOf }: ReleaseDriftProps) {
  return (
    <section id={id} className="panel p-4" aria-label="Release drift">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-sm font-medium">Shape changed across releases</h2>
        <Link className="text-xs hover:underline" href={other.href}>{other.label}</Link>
      </div>
      <ul className="mt-2 space-y-1 text-sm">
        {drift.map((d) => (
          <li key={`${d.release}${d.kind}${d.field}`} style={{ color: "var(--c-drift)" }}>
            changed in release{" "}
            <Link className="font-semibold hover:underline" href={`/releases?${new URLSearchParams({ a: d.previous, b: d.release })}`}>{d.release}</Link> (after {d.previous}): {d.detail}
            {d.kind === "summary_length" ? "" : ` — presence ${formatValue(d.before, "rate")} → ${formatValue(d.after, "rate")}`}
            {conversationsOf && (
              <Link className="ml-2 text-xs text-muted hover:underline" href={conversationsOf(d.release)}>conversations in {d.release} →</Link>
            )}
          </li>
        ))}
        {!drift.length && <li className="text-xs text-muted">No release changed this edge&apos;s shape.</li>}
      </ul>
      {caption && <p className="mt-2 text-xs text-muted">{caption}</p>}
    </section>
  );
}
