// The triage table's columns on the shared DataTable (components/ui/data-table.tsx): the id and
// first message (a real link; the whole row opens too), path, flags, the sortable figures (their
// headers link to the other order and carry aria-sort), status, release, duration and last event
// in the viewer's time zone. On a phone (below `sm`) only the first column is shown, and it carries
// the flags, handoffs, status and last event itself: a table of eleven columns scrolled sideways hid
// the flags, the reason anyone opens the list, past the screen's edge.
import Link from "next/link";
import type { Column } from "@/components/ui/data-table";
import { AgentPath, FlagBadge } from "@/components/ui/flag-badge";
import type { ConversationRow } from "@/lib/conversations/list";
import { SORTS, type SortDir, type SortKey } from "@/lib/conversations/sorts";
import { formatDuration } from "@/lib/dashboard/format";
import { withParam, type SearchParams } from "@/lib/dashboard/search-params";
import { formatInZone } from "@/lib/dashboard/timezone";

const muted = <span className="text-muted">—</span>;

export function conversationColumns({ sp, sort, dir, tz, href }: { sp: SearchParams; sort: SortKey; dir: SortDir; tz: string; href: (c: ConversationRow) => string }): Column<ConversationRow>[] {
  const sortable = (key: SortKey): Pick<Column<ConversationRow>, "header" | "sort" | "numeric"> => ({
    header: <SortLink sp={sp} sort={key} current={sort} dir={dir} />,
    sort: key === sort ? (dir === "asc" ? "ascending" : "descending") : "none",
    numeric: true,
  });
  // (shared by their own columns and the first column's phone summary)
  const flags = (c: ConversationRow) => c.flags.map((f) => <FlagBadge key={f} flag={f} />);
  const last = (c: ConversationRow) => formatInZone(c.lastAt, tz, { label: false, seconds: false });
  return [
    {
      header: "Conversation",
      className: "max-w-xs",
      cell: (c) => (
        <Link href={href(c)} className="block">
          <div className="font-mono text-xs text-accent">{c.id}</div>
          <div className="truncate text-xs text-muted">{c.preview}</div>
          <div className="mt-1 flex flex-wrap items-center gap-1 text-xs text-muted sm:hidden" data-testid="row-summary">
            {flags(c)}
            <span>
              {c.handoffCount} handoff{c.handoffCount === 1 ? "" : "s"} · {c.status} · {last(c)}
            </span>
          </div>
        </Link>
      ),
    },
    ...wideOnly<ConversationRow>([
      { header: "Agent path", cell: (c) => <AgentPath path={c.agentPath} max={4} /> },
      { header: "Flags", cell: (c) => <span className="flex flex-wrap gap-1">{flags(c)}</span> },
      { ...sortable("handoffs"), cell: (c) => c.handoffCount },
      { ...sortable("depth"), cell: (c) => c.maxDepth },
      { ...sortable("csat"), cell: (c) => c.csat ?? muted, cellClassName: (c) => (c.csat !== null && c.csat <= 2 ? "text-dropout" : "") },
      { header: "Status", className: "text-xs", cell: (c) => c.status },
      { header: "Release", className: "font-mono text-xs", cell: (c) => c.release ?? muted },
      { ...sortable("duration"), className: "text-xs", cell: (c) => formatDuration(Math.round(c.durationMs / 1000)) },
      { ...sortable("last"), className: "whitespace-nowrap text-xs text-muted", cell: last },
    ]),
  ];
}

/** Columns shown from `sm` up only (the first column summarises them on a phone). */
function wideOnly<T>(columns: Column<T>[]): Column<T>[] {
  return columns.map((c) => ({ ...c, className: `hidden sm:table-cell ${c.className ?? ""}`, headerClassName: `hidden sm:table-cell ${c.headerClassName ?? ""}` }));
}

/** A sortable header: first click sorts worst-first for CSAT (lowest), biggest-first for the rest; a second click flips. */
function SortLink({ sp, sort, current, dir }: { sp: SearchParams; sort: SortKey; current: SortKey; dir: SortDir }) {
  const active = sort === current;
  const first = sort === "csat" ? "asc" : "desc";
  const next = active ? (dir === "desc" ? "asc" : "desc") : first;
  const q = withParam(sp, "sort", { set: sort });
  q.set("dir", next);
  return (
    <Link href={`/conversations?${q.toString()}`} className={`hover:underline ${active ? "font-medium text-fg" : ""}`}>
      {SORTS[sort].label} {active ? (dir === "asc" ? "▲" : "▼") : ""}
    </Link>
  );
}
