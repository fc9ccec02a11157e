// The contract page's field table: per field carried on the edge, its presence, JSON types, how
// often the receiver used it, an example and what the contract says of it (required / optional /
// expected). A row opens the conversations on the edge (over the contract window) behind the figures.
import { DataTable, type Column } from "@/components/ui/data-table";
import type { FieldStat } from "@/lib/contracts/infer";
import { formatValue } from "@/lib/dashboard/format";

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

export interface FieldsTableProps {
  fields: FieldStat[];
  /** names in the pinned contract, and the required ones among them */
  pinned: Set<string>;
  required: Set<string>;
  /** the conversations on this edge */
  conversationsHref: string;
}

export function FieldsTable({ fields, pinned, required, conversationsHref }: FieldsTableProps) {
  const columns: Column<FieldStat>[] = [
    { header: "field", className: "font-mono text-xs", cell: (f) => `${f.name}${f.source === "prose" ? " (only in summary)" : ""}` },
    { header: "presence", numeric: true, cell: (f) => formatValue(f.presence, "rate") },
    { header: "type", className: "font-mono text-xs", cell: (f) => Object.keys(f.types).join(" | ") },
    { header: "used downstream", numeric: true, cell: (f) => (f.source === "prose" ? "—" : formatValue(f.usedRate, "rate")) },
    { header: "example", className: "max-w-64 truncate font-mono text-xs", cell: (f) => <span title={show(f.example)}>{show(f.example)}</span> },
    { header: "contract", className: "text-xs", cell: (f) => (required.has(f.name) ? "required" : pinned.has(f.name) ? "optional" : f.expected ? "expected" : "") },
  ];
  return (
    <DataTable
      className="mt-2"
      columns={columns}
      rows={fields}
      rowKey={(f) => `${f.source}${f.name}`}
      rowHref={() => conversationsHref}
      minWidth={560}
      nowrap
      empty="No handoffs on this edge yet — a pinned contract waits for traffic."
    />
  );
}
