// The API keys table on /settings: prefix, age, last use, ingest counters, and Revoke for editors.
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatAgo } from "@/lib/dashboard/format";
import type { listApiKeys } from "@/lib/projects/manage";
import { revokeKeyAction } from "./actions";

type ApiKeyRow = Awaited<ReturnType<typeof listApiKeys>>[number];

const counter = (name: keyof ApiKeyRow["counters"]): Column<ApiKeyRow> => ({
  header: name,
  numeric: true,
  cell: (k) => k.counters[name].toLocaleString("en-US"),
});

function columns(editor: boolean): Column<ApiKeyRow>[] {
  return [
    { header: "name", cell: (k) => k.name },
    { header: "key", className: "font-mono text-xs", cell: (k) => `${k.prefix}…` },
    { header: "created", className: "text-xs", cell: (k) => formatAgo(k.createdAt) },
    { header: "last used", className: "text-xs", cell: (k) => (k.lastUsedAt ? formatAgo(k.lastUsedAt) : "never") },
    counter("accepted"),
    counter("duplicates"),
    counter("rejected"),
    counter("throttled"),
    {
      header: <span className="sr-only">actions</span>,
      align: "right",
      cell: (k) =>
        k.revokedAt ? (
          <span className="text-xs">revoked</span>
        ) : !editor ? null : (
          <form action={revokeKeyAction}>
            <input type="hidden" name="keyId" value={k.id} />
            <button className="btn text-dropout" aria-label={`Revoke ${k.name}`}>Revoke</button>
          </form>
        ),
    },
  ];
}

export function ApiKeysTable({ keys, editor }: { keys: ApiKeyRow[]; editor: boolean }) {
  return <DataTable columns={columns(editor)} rows={keys} rowKey={(k) => k.id} rowClassName={(k) => (k.revokedAt ? "text-muted line-through" : "")} minWidth={720} nowrap />;
}
