// The edge page's "fields dropped most": per field, the handoffs in the range that dropped it and
// the first/last hour it was ever dropped. A row opens the edge's conversations that dropped a field.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatTime } from "@/lib/dashboard/format";
import type { DroppedField } from "@/lib/edges/queries";

export function DroppedFieldsTable({ fields, conversationsHref }: { fields: DroppedField[]; conversationsHref: string }) {
  const columns: Column<DroppedField>[] = [
    { header: "field", className: "font-mono text-xs", cell: (f) => <Link className="hover:underline" href={conversationsHref}>{f.field}</Link> },
    { header: "in range", numeric: true, className: "text-dropout", cell: (f) => Math.round(f.count).toLocaleString("en-US") },
    { header: "first seen", numeric: true, className: "text-xs", cell: (f) => formatTime(f.firstSeen).slice(0, 16) },
    { header: "last seen", numeric: true, className: "text-xs", cell: (f) => formatTime(f.lastSeen).slice(0, 16) },
  ];
  return (
    <DataTable
      className="mt-2"
      columns={columns}
      rows={fields}
      rowKey={(f) => f.field}
      rowHref={() => conversationsHref}
      minWidth={440}
      nowrap
      empty="This edge has never dropped a field."
    />
  );
}
