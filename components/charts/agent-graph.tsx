// The agent graph as SVG, laid out with dagre (a maintained layered-graph layout; recharts has no
// graph layout). Nodes are sized by handoff volume, edges weighted by count and coloured by
// dropout rate on a green → amber → red scale. Rendered on the server: no client JS needed.
import dagre from "@dagrejs/dagre";
import { edgeHref } from "@/lib/edges/href";

interface Node { id: string; volume: number }
interface Edge { from: string; to: string; handoffs: number; dropoutRate: number; returns?: number }

export function dropoutColor(rate: number): string {
  if (rate >= 0.25) return "var(--c-dropout)";
  if (rate >= 0.1) return "var(--c-reask)";
  return "var(--c-ok)";
}

export function AgentGraph({ nodes, edges, edgeQuery = "" }: { nodes: Node[]; edges: Edge[]; edgeQuery?: string }) {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 40, ranksep: 110, marginx: 20, marginy: 20 });
  g.setDefaultEdgeLabel(() => ({}));
  const maxVol = Math.max(1, ...nodes.map((n) => n.volume));
  const maxEdge = Math.max(1, ...edges.map((e) => e.handoffs));
  for (const n of nodes) {
    const r = 18 + 22 * Math.sqrt(n.volume / maxVol);
    g.setNode(n.id, { width: Math.max(2 * r, n.id.length * 7.5 + 16), height: 2 * r, r });
  }
  edges.forEach((e, i) => g.setEdge(e.from, e.to, { width: 10 }, `e${i}`));
  dagre.layout(g);
  const { width = 400, height = 200 } = g.graph();
  return (
    <div className="max-h-[70vh] overflow-auto">
    <svg viewBox={`0 0 ${width} ${height}`} style={{ width: "100%", minWidth: Math.min(width, 1100), height: "auto" }} role="img" aria-label="Agent graph">
      <defs>
        {["ok", "reask", "dropout"].map((c) => (
          <marker key={c} id={`arrow-${c}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={`var(--c-${c})`} />
          </marker>
        ))}
      </defs>
      {edges.map((e, i) => {
        const pts = g.edge({ v: e.from, w: e.to, name: `e${i}` })?.points ?? [];
        if (!pts.length) return null;
        const color = dropoutColor(e.dropoutRate);
        const kind = color.includes("dropout") ? "dropout" : color.includes("reask") ? "reask" : "ok";
        const d = pts.map((p: { x: number; y: number }, k: number) => `${k ? "L" : "M"} ${p.x} ${p.y}`).join(" ");
        const mid = pts[Math.floor(pts.length / 2)];
        return (
          // an edge opens its page (/edges/[from]/[to]); `query` keeps the time range
          <a key={i} href={`${edgeHref(e.from, e.to)}${edgeQuery ? `?${edgeQuery}` : ""}`} aria-label={`edge ${e.from} → ${e.to}`} className="cursor-pointer">
            <title>{`${e.from} → ${e.to}: ${Math.round(e.handoffs)} handoffs${e.returns ? ` (${Math.round(e.returns)} worker returns)` : ""}, ${(e.dropoutRate * 100).toFixed(0)}% dropout`}</title>
            {/* a worker returning to its lead closes a dispatch: drawn dashed */}
            <path d={d} fill="none" stroke={color} strokeOpacity={0.8} strokeWidth={1.5 + 6 * (e.handoffs / maxEdge)} strokeDasharray={e.returns && e.returns >= e.handoffs ? "6 4" : undefined} markerEnd={`url(#arrow-${kind})`} />
            <text x={mid.x} y={mid.y - 6} textAnchor="middle" fontSize="10" fill="var(--muted)">
              {Math.round(e.handoffs)} · {(e.dropoutRate * 100).toFixed(0)}%
            </text>
          </a>
        );
      })}
      {nodes.map((n) => {
        const p = g.node(n.id) as { x: number; y: number; width: number; height: number };
        return (
          <g key={n.id}>
            <rect x={p.x - p.width / 2} y={p.y - p.height / 2} width={p.width} height={p.height} rx={p.height / 2} fill="var(--panel)" stroke="var(--accent)" strokeWidth={1.5} />
            <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize="12" fontFamily="var(--font-geist-mono), monospace" fill="var(--fg)">
              {n.id}
            </text>
          </g>
        );
      })}
    </svg>
    </div>
  );
}
