// The erasure audit log on /settings: who erased what (identifier masked), when, and how many rows.
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatAgo } from "@/lib/dashboard/format";
import { listErasures, type ErasureLogEntry } from "@/lib/erasure/queries";

const COLUMNS: Column<ErasureLogEntry>[] = [
  { header: "when", className: "text-xs", cell: (e) => formatAgo(e.createdAt.toISOString()) },
  { header: "by", className: "text-xs", cell: (e) => e.actor },
  { header: "what", className: "font-mono text-xs", cell: (e) => `${e.kind === "conversation" ? "conversation" : "identifier"} ${e.identifier}` },
  { header: "matched", numeric: true, cell: (e) => e.matched },
  { header: "conversations erased", numeric: true, cell: (e) => e.erased },
  {
    header: "rows deleted",
    numeric: true,
    cell: ({ rows: r }) => (
      <span title={`events ${r.events}, handoffs ${r.handoffs}, conversations ${r.conversations}, staged spans ${r.spans}, jobs ${r.jobs}, review notes naming the identifier ${r.notes}`}>
        {(r.events + r.handoffs + r.conversations + r.spans).toLocaleString("en-US")}
      </span>
    ),
  },
  { header: "status", className: "text-xs", cell: (e) => (e.status === "running" ? "unfinished — resend the request" : e.status) },
];

export async function ErasureLog({ projectId }: { projectId: string }) {
  const entries = await listErasures({ projectId });
  return (
    <section className="panel min-w-0 space-y-3 p-5" aria-label="Erasures">
      <div>
        <h2 className="font-medium">Erasures</h2>
        <p className="text-xs text-muted">
          DELETE /api/v1/conversations/&#123;id&#125; and POST /api/v1/erasure. Identifiers are never stored, only their first two characters.
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">No erasures yet.</p>
      ) : (
        <DataTable columns={COLUMNS} rows={entries} rowKey={(e) => e.id} minWidth={640} />
      )}
    </section>
  );
}
