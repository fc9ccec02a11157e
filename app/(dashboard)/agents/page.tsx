import { AgentGraph } from "@/components/charts/agent-graph";
import { RangePicker } from "@/components/layout/range-picker";
import { getAgentGraph } from "@/lib/dashboard/agents";
import { edgeHref } from "@/lib/edges/href";
import { parseRange, rangeQuery } from "@/lib/dashboard/range";
import { requireViewer } from "@/lib/dashboard/session";
import { AgentEdgeTable } from "./edge-table";

export const metadata = { title: "Agents · Baton" };
const GRAPH_EDGES = 40;

export default async function AgentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const v = await requireViewer();
  const range = parseRange(await searchParams);
  const { nodes, edges } = await getAgentGraph(v.projectId, range);
  const sorted = [...edges].sort((a, b) => b.dropoutRate * b.handoffs - a.dropoutRate * a.handoffs || b.handoffs - a.handoffs);
  // A graph with hundreds of edges is unreadable: draw the busiest ones, list them all.
  const drawn = [...edges].sort((a, b) => b.handoffs - a.handoffs).slice(0, GRAPH_EDGES);
  const drawnNodes = nodes.filter((n) => drawn.some((e) => e.from === n.id || e.to === n.id));
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Agents</h1>
        <RangePicker current={range.key} />
      </div>
      {!edges.length ? (
        <div className="panel p-10 text-center text-sm text-muted">No handoffs in this range.</div>
      ) : (
        <div className="grid grid-cols-[minmax(0,1fr)] items-start gap-4">
          <section className="panel min-w-0 p-4" aria-label="Agent graph">
            <div className="mb-2 flex flex-wrap items-center gap-4 text-xs text-muted">
              <span>Node size: handoff volume · edge width: handoffs · colour: dropout rate · dashed: workers returning to their lead</span>
              <span className="flex items-center gap-1"><i className="inline-block h-2 w-4 rounded" style={{ background: "var(--c-ok)" }} /> &lt; 10%</span>
              <span className="flex items-center gap-1"><i className="inline-block h-2 w-4 rounded" style={{ background: "var(--c-reask)" }} /> 10–25%</span>
              <span className="flex items-center gap-1"><i className="inline-block h-2 w-4 rounded" style={{ background: "var(--c-dropout)" }} /> ≥ 25%</span>
            </div>
            <AgentGraph
              nodes={drawnNodes}
              edges={drawn}
              nodeHref={(agent) => `/conversations?${rangeQuery(range, { agent })}`}
              edgeHref={(from, to) => `${edgeHref(from, to)}?${rangeQuery(range)}`}
            />
            <p className="mt-1 text-xs text-muted">Scroll or use + / − to zoom, drag to pan. Click an agent for its conversations, an edge for its edge page.</p>
            {edges.length > drawn.length && <p className="mt-2 text-xs text-muted">Showing the {drawn.length} busiest of {edges.length} edges; the table lists all.</p>}
          </section>
          <AgentEdgeTable edges={sorted} range={range} />
        </div>
      )}
    </div>
  );
}
