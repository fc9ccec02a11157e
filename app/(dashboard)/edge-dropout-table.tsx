// Overview table: the handoff edges that drop the most in the range; a row opens its edge page,
// the dropout count drills into the conversations that dropped a field there.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { drillHref } from "@/lib/dashboard/explain";
import { formatValue } from "@/lib/dashboard/format";
import type { EdgeRow } from "@/lib/dashboard/overview";
import { rangeQuery, type TimeRange } from "@/lib/dashboard/range";
import { edgeHref } from "@/lib/edges/href";

const count = (v: number) => Math.round(v).toLocaleString("en-US");
const pageOf = (e: EdgeRow, range: TimeRange) => `${edgeHref(e.from, e.to)}?${rangeQuery(range)}`;

function columns(range: TimeRange): Column<EdgeRow>[] {
  return [
    {
      header: "from → to",
      cell: (e) => (
        <Link className="hover:underline" href={pageOf(e, range)} title="Edge page">
          <span className="font-mono text-xs">{e.from}</span> → <span className="font-mono text-xs">{e.to}</span>
        </Link>
      ),
    },
    { header: "handoffs", numeric: true, cell: (e) => count(e.handoffs) },
    {
      header: "dropouts",
      numeric: true,
      cellClassName: (e) => (e.dropouts ? "text-dropout" : "text-muted"),
      cell: (e) => (
        <Link
          className="hover:underline"
          href={drillHref("dropout_rate", range.from, range.to, { edge: e.edge })}
          title={`${Math.round(e.dropouts)} of ${Math.round(e.handoffs)} handoffs dropped a field: show the conversations`}
        >
          {count(e.dropouts)}
        </Link>
      ),
    },
    { header: "dropout rate", numeric: true, cell: (e) => formatValue(e.dropoutRate, "rate") },
    { header: "re-asks", numeric: true, cell: (e) => count(e.reasks) },
  ];
}

export function EdgeDropoutTable({ rows, range }: { rows: EdgeRow[]; range: TimeRange }) {
  return (
    <section className="panel min-w-0 p-4" aria-label="Edges">
      <h3 className="text-sm font-medium">Handoff edges that drop the most</h3>
      <DataTable
        className="mt-2"
        columns={columns(range)}
        rows={rows}
        rowKey={(e) => e.edge}
        rowHref={(e) => pageOf(e, range)}
        minWidth={420}
        empty="No handoffs in this range."
      />
    </section>
  );
}
