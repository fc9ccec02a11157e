// The contracts page's list: every edge seen in the contract window or pinned, with its contract's
// status, handoffs and break rate. A row opens the edge's contract page; the break rate opens the
// conversations whose handoffs broke it on that edge.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { listContractEdges } from "@/lib/contracts/queries";
import { formatValue } from "@/lib/dashboard/format";
import { edgeKey } from "@/lib/edges/href";

type ContractEdge = Awaited<ReturnType<typeof listContractEdges>>[number];

const STATUS_COLOR: Record<string, string> = { pinned: "var(--c-ok)", inferred: "var(--muted)", none: "var(--muted)" };

export const contractHref = (from: string, to: string) => `/contracts/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
/** The conversations behind an edge's breaks, over the contract window (the list's custom range). */
const breaksHref = (e: ContractEdge, since: string) =>
  `/conversations?${new URLSearchParams({ range: "custom", from: since, edge: edgeKey(e.from, e.to), flag: "contract_break" })}`;

const columns = (since: string): Column<ContractEdge>[] => [
  {
    header: "from → to",
    cell: (e) => (
      <Link className="font-mono text-xs hover:underline" href={contractHref(e.from, e.to)}>
        {e.from} → {e.to}
      </Link>
    ),
  },
  { header: "contract", cell: (e) => <span style={{ color: STATUS_COLOR[e.status] }}>{e.status}{e.version ? ` v${e.version}` : ""}</span> },
  { header: "handoffs", numeric: true, cell: (e) => e.handoffs.toLocaleString("en-US") },
  {
    header: "break rate",
    numeric: true,
    cellClassName: (e) => (e.broken ? "text-dropout" : ""),
    cell: (e) =>
      e.breakRate === null ? "—" : e.broken ? (
        <Link className="hover:underline" href={breaksHref(e, since)} title={`${e.broken} of ${e.checked} handoffs broke the contract: show the conversations`}>
          {formatValue(e.breakRate, "rate")}
        </Link>
      ) : (
        formatValue(e.breakRate, "rate")
      ),
  },
  { header: "last break", numeric: true, className: "text-xs", cell: (e) => (e.lastBreakAt ? new Date(e.lastBreakAt).toISOString().slice(0, 16).replace("T", " ") : "—") },
];

export function ContractEdgesTable({ edges, since }: { edges: ContractEdge[]; since: string }) {
  return (
    <DataTable
      columns={columns(since)}
      rows={edges}
      rowKey={(e) => edgeKey(e.from, e.to)}
      rowHref={(e) => contractHref(e.from, e.to)}
      minWidth={460}
      nowrap
      empty="No handoffs and no contracts yet."
    />
  );
}
