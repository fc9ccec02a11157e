// The agents page's edge list: every from → to pair of the range (the graph draws only the busiest),
// worst dropout volume first. A row opens its edge page; the dropout rate opens the conversations
// that dropped a field there, "conversations" all that crossed it, "contract" its contract.
import Link from "next/link";
import { dropoutColor } from "@/components/charts/agent-graph";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { GraphEdge } from "@/lib/dashboard/agents";
import { formatValue } from "@/lib/dashboard/format";
import { rangeQuery, type TimeRange } from "@/lib/dashboard/range";
import { edgeHref, edgeKey } from "@/lib/edges/href";

const contractHref = (e: GraphEdge) => `/contracts/${encodeURIComponent(e.from)}/${encodeURIComponent(e.to)}`;

function columns(range: TimeRange): Column<GraphEdge>[] {
  const list = (e: GraphEdge, extra: Record<string, string> = {}) => `/conversations?${rangeQuery(range, { edge: edgeKey(e.from, e.to), ...extra })}`;
  return [
    {
      header: "from → to",
      cell: (e) => (
        <Link className="font-mono text-xs hover:underline" href={`${edgeHref(e.from, e.to)}?${rangeQuery(range)}`}>
          {e.from} → {e.to}
        </Link>
      ),
    },
    { header: "handoffs", numeric: true, cell: (e) => Math.round(e.handoffs).toLocaleString("en-US") },
    {
      header: "dropout",
      numeric: true,
      cell: (e) => (
        <Link className="hover:underline" style={{ color: dropoutColor(e.dropoutRate) }} href={list(e, { flag: "dropout" })} title="Conversations that dropped a field on this edge">
          {formatValue(e.dropoutRate, "rate")}
        </Link>
      ),
    },
    { header: "conversations", numeric: true, cell: (e) => <Link className="text-xs hover:underline" href={list(e)}>list</Link> },
    { header: "contract", numeric: true, cell: (e) => <Link className="text-xs hover:underline" href={contractHref(e)}>contract</Link> },
  ];
}

export function AgentEdgeTable({ edges, range }: { edges: GraphEdge[]; range: TimeRange }) {
  return (
    <section className="panel min-w-0 p-4" aria-label="Edge table">
      <h2 className="text-sm font-medium">Edges</h2>
      <p className="text-xs text-muted">Worst first (dropout rate × handoffs). A row opens its edge page.</p>
      <DataTable
        className="mt-2"
        columns={columns(range)}
        rows={edges}
        rowKey={(e) => edgeKey(e.from, e.to)}
        rowHref={(e) => `${edgeHref(e.from, e.to)}?${rangeQuery(range)}`}
        minWidth={360}
        nowrap
      />
    </section>
  );
}
