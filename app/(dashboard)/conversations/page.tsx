import Link from "next/link";
import { RangePicker } from "@/components/layout/range-picker";
import { AgentPath, FlagBadge } from "@/components/ui/flag-badge";
import { listConversations } from "@/lib/conversations/list";
import { parseFilterLeniently } from "@/lib/conversations/list-filter";
import { SORTS, type SortKey } from "@/lib/conversations/sorts";
import { listAgents } from "@/lib/dashboard/agents";
import { formatDuration } from "@/lib/dashboard/format";
import { parseRange } from "@/lib/dashboard/range";
import { toSearchParams, withParam, type SearchParams } from "@/lib/dashboard/search-params";
import { requireViewer } from "@/lib/dashboard/session";
import { formatInZone, zoneLabel } from "@/lib/dashboard/timezone";
import { getTimeZone } from "@/lib/dashboard/timezone-cookie";
import { ConversationFilters } from "./filters";
import { RowLink } from "@/components/ui/row-link";

export const metadata = { title: "Conversations · Baton" };

const LIST_KEYS = ["flag", "agent", "status", "edge", "release", "meta", "depth", "csatMin", "csatMax", "q", "sort", "dir", "cursor"];

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
            <Link key={`${c.key}=${c.value}`} href={`/conversations?${withParam(sp, c.key, ["csatMin", "csatMax", "q", "depth"].includes(c.key) ? { set: null } : { remove: c.value }).toString()}`} className="rounded-full border border-border bg-panel px-2 py-0.5 hover:border-dropout" title="Remove this filter">
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
      <div className="panel overflow-x-auto">
        <table className="w-full min-w-[860px] text-sm">
          <thead className="bg-bg text-xs text-muted">
            <tr>
              <th className="px-4 py-2 text-left font-normal">Conversation</th>
              <th className="px-3 py-2 text-left font-normal">Agent path</th>
              <th className="px-3 py-2 text-left font-normal">Flags</th>
              <SortHeader sp={sp} sort="handoffs" current={filter.sort} dir={filter.dir} />
              <SortHeader sp={sp} sort="depth" current={filter.sort} dir={filter.dir} />
              <SortHeader sp={sp} sort="csat" current={filter.sort} dir={filter.dir} />
              <th className="px-3 py-2 text-left font-normal">Status</th>
              <th className="px-3 py-2 text-left font-normal">Release</th>
              <SortHeader sp={sp} sort="duration" current={filter.sort} dir={filter.dir} />
              <SortHeader sp={sp} sort="last" current={filter.sort} dir={filter.dir} />
            </tr>
          </thead>
          <tbody>
            {page.data.map((c) => {
              const href = `/conversations/${encodeURIComponent(c.id)}?list=${encodeURIComponent(here.toString())}`;
              return (
                <RowLink key={c.id} href={href}>
                  <td className="max-w-xs px-4 py-2">
                    <Link href={href} className="block">
                      <div className="font-mono text-xs text-accent">{c.id}</div>
                      <div className="truncate text-xs text-muted">{c.preview}</div>
                    </Link>
                  </td>
                  <td className="px-3 py-2"><AgentPath path={c.agentPath} /></td>
                  <td className="px-3 py-2"><span className="flex flex-wrap gap-1">{c.flags.map((f) => <FlagBadge key={f} flag={f} />)}</span></td>
                  <td className="num px-3 py-2">{c.handoffCount}</td>
                  <td className="num px-3 py-2">{c.maxDepth}</td>
                  <td className={`num px-3 py-2 ${c.csat !== null && c.csat <= 2 ? "text-dropout" : ""}`}>{c.csat ?? <span className="text-muted">—</span>}</td>
                  <td className="px-3 py-2 text-xs">{c.status}</td>
                  <td className="px-3 py-2 font-mono text-xs">{c.release ?? <span className="text-muted">—</span>}</td>
                  <td className="num px-3 py-2 text-xs">{formatDuration(Math.round(c.durationMs / 1000))}</td>
                  <td className="num whitespace-nowrap px-3 py-2 text-xs text-muted">{formatInZone(c.lastAt, tz, { label: false, seconds: false })}</td>
                </RowLink>
              );
            })}
            {!page.data.length && (
              <tr>
                <td colSpan={10} className="px-4 py-10 text-center text-sm text-muted">No conversations match these filters in this range.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
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
  for (const key of ["flag", "agent", "status", "edge", "release", "meta", "depth", "csatMin", "csatMax", "q"]) {
    const v = sp[key];
    for (const one of (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => (key === "q" ? [s] : s.split(","))).filter(Boolean)) out.push({ key, value: one });
  }
  return out;
}

function SortHeader({ sp, sort, current, dir }: { sp: SearchParams; sort: SortKey; current: SortKey; dir: "asc" | "desc" }) {
  const active = sort === current;
  // First click sorts worst-first for CSAT (lowest), biggest-first for the rest; a second click flips.
  const first = sort === "csat" ? "asc" : "desc";
  const next = active ? (dir === "desc" ? "asc" : "desc") : first;
  const q = withParam(sp, "sort", { set: sort });
  q.set("dir", next);
  return (
    <th className="num px-3 py-2 font-normal" aria-sort={active ? (dir === "asc" ? "ascending" : "descending") : "none"}>
      <Link href={`/conversations?${q.toString()}`} className={`hover:underline ${active ? "font-medium text-fg" : ""}`}>
        {SORTS[sort].label} {active ? (dir === "asc" ? "▲" : "▼") : ""}
      </Link>
    </th>
  );
}
