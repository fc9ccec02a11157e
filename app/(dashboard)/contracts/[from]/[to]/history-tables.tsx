// The contract page's two histories: the handoffs that broke the contract (a row opens the
// conversation, at the handoff) and the versions it was pinned in, with what each changed.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { describeBreak } from "@/lib/contracts/check";
import type { listContractVersions, listEdgeBreaks } from "@/lib/contracts/queries";

type Break = Awaited<ReturnType<typeof listEdgeBreaks>>[number];
type Version = Awaited<ReturnType<typeof listContractVersions>>[number];
type VersionChange = { field: string | null; change: string; before: unknown; after: unknown };

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");
const conversationHref = (b: Break) => `/conversations/${encodeURIComponent(b.conversationId)}#event-${encodeURIComponent(b.eventId)}`;

const BREAK_COLUMNS: Column<Break>[] = [
  { header: "when (UTC)", className: "whitespace-nowrap text-xs text-muted", cell: (b) => when(b.at) },
  { header: "conversation", className: "font-mono text-xs", cell: (b) => <Link className="hover:underline" href={conversationHref(b)}>{b.conversationId}</Link> },
  { header: "broken", className: "text-xs", cell: (b) => b.breaks.map(describeBreak).join("; ") },
];

const VERSION_COLUMNS: Column<Version>[] = [
  { header: "version", cell: (v) => `v${v.version}${v.schema === null ? " · removed" : ""}` },
  { header: "by", className: "text-xs", cell: (v) => v.author },
  { header: "when (UTC)", className: "whitespace-nowrap text-xs text-muted", cell: (v) => when(v.createdAt) },
  {
    header: "changes",
    className: "font-mono text-xs",
    cell: (v) => (v.diff as VersionChange[]).map((d) => `${d.change} ${d.field ?? ""} ${d.before === null ? "" : show(d.before)}→${d.after === null ? "" : show(d.after)}`).join("; ") || "no change",
  },
];

export function BreaksTable({ breaks }: { breaks: Break[] }) {
  return <DataTable className="mt-2" columns={BREAK_COLUMNS} rows={breaks} rowKey={(b) => `${b.conversationId}${b.eventId}`} rowHref={conversationHref} minWidth={480} empty="No breaks." />;
}

export function VersionsTable({ versions }: { versions: Version[] }) {
  return <DataTable className="mt-2" columns={VERSION_COLUMNS} rows={versions} rowKey={(v) => String(v.version)} minWidth={480} empty="Never pinned." />;
}
