import Link from "next/link";
import { RangePicker } from "@/components/layout/range-picker";
import { AgentPath, FlagBadge } from "@/components/ui/flag-badge";
import { ConversationFilter, listConversations } from "@/lib/conversations/list";
import { listAgents } from "@/lib/dashboard/agents";
import { formatAgo } from "@/lib/dashboard/format";
import { parseRange } from "@/lib/dashboard/range";
import { requireViewer } from "@/lib/dashboard/session";
import { ConversationFilters } from "./filters";

export const metadata = { title: "Conversations · Baton" };

export default async function ConversationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const v = await requireViewer();
  const sp = await searchParams;
  const range = parseRange(sp);
  const one = (k: string) => (Array.isArray(sp[k]) ? sp[k]![0] : (sp[k] as string | undefined)) || undefined;
  const raw: Record<string, unknown> = {
    flag: one("flag"), agent: one("agent"), status: one("status"), q: one("q"), edge: one("edge"), cursor: one("cursor"),
    from: range.from.toISOString(), to: range.to.toISOString(), limit: 50,
  };
  // A parameter that does not parse (a hand-edited cursor, %00 in the search) is dropped and named
  // on the page; the others still apply.
  const parsed = ConversationFilter.safeParse(raw);
  const ignored = parsed.success ? [] : [...new Set(parsed.error.issues.map((i) => String(i.path[0])))];
  const filter = parsed.success
    ? parsed.data
    : ConversationFilter.parse(Object.fromEntries(Object.entries(raw).filter(([k]) => !ignored.includes(k))));
  const [page, agents] = await Promise.all([
    listConversations({ projectId: v.projectId, filter }),
    listAgents(v.projectId, new Date(Date.now() - 30 * 86_400_000)),
  ]);
  const next = new URLSearchParams(Object.entries(sp).flatMap(([k, val]) => (typeof val === "string" ? [[k, val]] : [])));
  if (page.nextCursor) next.set("cursor", page.nextCursor);
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">Conversations</h1>
        <RangePicker current={range.key} />
      </div>
      <ConversationFilters agents={agents} />
      {ignored.length > 0 && (
        <p role="status" className="text-sm text-dropout">
          Ignored what was not understood: {ignored.join(", ")}.{ignored.includes("cursor") && " Showing the first page."}
        </p>
      )}
      <div className="panel overflow-hidden">
        <table className="w-full text-sm">
          <thead className="bg-bg text-xs text-muted">
            <tr>
              <th className="px-4 py-2 text-left font-normal">Conversation</th>
              <th className="px-4 py-2 text-left font-normal">Agent path</th>
              <th className="px-4 py-2 text-left font-normal">Flags</th>
              <th className="num px-4 py-2 font-normal">Handoffs</th>
              <th className="px-4 py-2 text-left font-normal">Status</th>
              <th className="num px-4 py-2 font-normal">Last event</th>
            </tr>
          </thead>
          <tbody>
            {page.data.map((c) => (
              <tr key={c.id} className="border-t border-border hover:bg-bg">
                <td className="max-w-sm px-4 py-2">
                  <Link href={`/conversations/${encodeURIComponent(c.id)}`} className="block">
                    <div className="font-mono text-xs text-accent">{c.id}</div>
                    <div className="truncate text-xs text-muted">{c.preview}</div>
                  </Link>
                </td>
                <td className="px-4 py-2"><AgentPath path={c.agentPath} /></td>
                <td className="px-4 py-2"><span className="flex flex-wrap gap-1">{c.flags.map((f) => <FlagBadge key={f} flag={f} />)}</span></td>
                <td className="num px-4 py-2">{c.handoffCount}</td>
                <td className="px-4 py-2 text-xs">{c.status}</td>
                <td className="num px-4 py-2 text-xs text-muted">{formatAgo(c.lastAt)}</td>
              </tr>
            ))}
            {!page.data.length && (
              <tr>
                <td colSpan={6} className="px-4 py-10 text-center text-sm text-muted">No conversations match these filters in this range.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      {page.nextCursor && (
        <div className="flex justify-end">
          <Link className="btn" href={`/conversations?${next.toString()}`}>Older →</Link>
        </div>
      )}
    </div>
  );
}
