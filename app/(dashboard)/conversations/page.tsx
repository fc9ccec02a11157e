import Link from "next/link";
import { RangePicker } from "@/components/layout/range-picker";
import { DataTable } from "@/components/ui/data-table";
import { listConversations } from "@/lib/conversations/list";
import { parseFilterLeniently } from "@/lib/conversations/list-filter";
import { listAgents } from "@/lib/dashboard/agents";
import { parseRange } from "@/lib/dashboard/range";
import { toSearchParams, withParam, type SearchParams } from "@/lib/dashboard/search-params";
import { requireViewer } from "@/lib/dashboard/session";
import { zoneLabel } from "@/lib/dashboard/timezone";
import { getTimeZone } from "@/lib/dashboard/timezone-cookie";
import { conversationColumns } from "./columns";
import { ConversationFilters } from "./filters";

export const metadata = { title: "Conversations · Baton" };

const LIST_KEYS = ["flag", "agent", "status", "edge", "release", "meta", "depth", "review", "csatMin", "csatMax", "q", "sort", "dir", "cursor"];

export default async function ConversationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const v = await requireViewer();
  const sp = await searchParams;
  const range = parseRange(sp);
  const tz = await getTimeZone();
  const raw: Record<string, unknown> = Object.fromEntries(LIST_KEYS.filter((k) => sp[k] !== undefined).map((k) => [k, single(k, sp[k])]));
  const { filter, ignored } = parseFilterLeniently({ ...raw, from: range.from.toISOString(), to: range.to.toISOString() });
  const [page, agents] = await Promise.all([
    listConversations({ projectId: v.projectId, filter }),
    listAgents(v.projectId, new Date(Date.now() - 30 * 86_400_000)),
  ]);
  const here = toSearchParams(sp);
  const rowHref = (c: { id: string }) => `/conversations/${encodeURIComponent(c.id)}?list=${encodeURIComponent(here.toString())}`;
  const pageHref = (cursor: string) => {
    const q = toSearchParams(sp, ["cursor"]);
    q.set("cursor", cursor);
    return `/conversations?${q.toString()}`;
  };
  const byLast = filter.sort === "last" && filter.dir === "desc";
  const chips = activeChips(sp);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Conversations</h1>
        <RangePicker current={range.key} from={range.from.toISOString()} to={range.to.toISOString()} tz={tz} />
      </div>
      <ConversationFilters agents={agents} />
      {chips.length > 0 && (
        <div className="flex flex-wrap items-center gap-2 text-xs" aria-label="Active filters">
          {chips.map((c) => (
            <Link key={`${c.key}=${c.value}`} href={`/conversations?${withParam(sp, c.key, ["csatMin", "csatMax", "q", "depth", "review"].includes(c.key) ? { set: null } : { remove: c.value }).toString()}`} className="rounded-full border border-border bg-panel px-2 py-0.5 hover:border-dropout" title="Remove this filter">
              {c.key} {c.value} ✕
            </Link>
          ))}
          <Link className="text-muted hover:underline" href={`/conversations?${toSearchParams(sp, LIST_KEYS.filter((k) => k !== "sort" && k !== "dir")).toString()}`}>clear all</Link>
        </div>
      )}
      {ignored.length > 0 && (
        <p role="status" className="text-sm text-dropout">
          Ignored what was not understood: {ignored.join(", ")}.{ignored.includes("cursor") && " Showing the first page."}
        </p>
      )}
      <p className="text-sm text-muted" aria-live="polite" data-testid="result-count">
        {page.total.toLocaleString("en-US")}{page.totalCapped ? "+" : ""} conversation{page.total === 1 ? "" : "s"} match
        {filter.sort === "csat" && " (sorted by CSAT: rated conversations only)"} · times in {zoneLabel(tz)}
      </p>
      <DataTable
        className="panel px-4 py-2"
        aria-label="Conversations"
        columns={conversationColumns({ sp, sort: filter.sort, dir: filter.dir, tz, href: rowHref })}
        rows={page.data}
        rowKey={(c) => c.id}
        rowHref={rowHref}
        empty="No conversations match these filters in this range."
        minWidth={860}
        minWidthFromSm
      />
      <nav className="flex justify-between" aria-label="Pages">
        {page.prevCursor ? <Link className="btn" href={pageHref(page.prevCursor)}>{byLast ? "← Newer" : "← Previous"}</Link> : <span />}
        {page.nextCursor && <Link className="btn" href={pageHref(page.nextCursor)}>{byLast ? "Older →" : "Next →"}</Link>}
      </nav>
    </div>
  );
}

/** A list parameter keeps all its values (repeated in the URL); any other takes the first. */
function single(k: string, v: string | string[] | undefined) {
  const lists = ["flag", "agent", "status", "edge", "release", "meta"];
  return Array.isArray(v) && !lists.includes(k) ? v[0] : v;
}

function activeChips(sp: SearchParams) {
  const out: Array<{ key: string; value: string }> = [];
  for (const key of ["flag", "agent", "status", "edge", "release", "meta", "depth", "review", "csatMin", "csatMax", "q"]) {
    const v = sp[key];
    for (const one of (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => (key === "q" ? [s] : s.split(","))).filter(Boolean)) out.push({ key, value: one });
  }
  return out;
}
