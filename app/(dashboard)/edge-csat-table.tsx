// Overview table: per edge, the CSAT of rated conversations where that edge dropped a field vs
// where it did not (lib/metrics/edge-csat.ts), worst gap first.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatValue } from "@/lib/dashboard/format";
import { rangeQuery, type TimeRange } from "@/lib/dashboard/range";
import type { CsatSplit, EdgeCsat } from "@/lib/metrics/edge-csat";

const split = ({ mean, conversations }: CsatSplit) => (
  <>
    {formatValue(mean, "score")} <span className="text-xs text-muted">({Math.round(conversations).toLocaleString("en-US")})</span>
  </>
);

const signed = (d: number | null) => (d === null ? "—" : `${d > 0 ? "+" : d < 0 ? "−" : ""}${Math.abs(d).toFixed(2)}`);

function columns(range: TimeRange): Column<EdgeCsat>[] {
  return [
    {
      header: "from → to",
      cell: (e) => (
        <Link className="hover:underline" href={`/conversations?${rangeQuery(range, { edge: e.edge })}`}>
          <span className="font-mono text-xs">{e.from}</span> → <span className="font-mono text-xs">{e.to}</span>
        </Link>
      ),
    },
    { header: "with dropout", numeric: true, cell: (e) => split(e.withDropout) },
    { header: "without", numeric: true, cell: (e) => split(e.withoutDropout) },
    { header: "difference", numeric: true, cellClassName: (e) => (e.difference !== null && e.difference < 0 ? "text-dropout" : ""), cell: (e) => signed(e.difference) },
  ];
}

export function EdgeCsatTable({ rows, range }: { rows: EdgeCsat[]; range: TimeRange }) {
  return (
    <section className="panel min-w-0 p-4" aria-label="CSAT by edge dropout">
      <h3 className="text-sm font-medium">CSAT with vs without a dropout on the edge</h3>
      <p className="text-xs text-muted">Mean CSAT of rated conversations (count) that crossed the edge, split by whether it dropped a field there.</p>
      <DataTable className="mt-2" columns={columns(range)} rows={rows} rowKey={(e) => e.edge} minWidth={420} empty="No rated conversations crossed an edge in this range." />
    </section>
  );
}
