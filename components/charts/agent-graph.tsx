// The agent graph as SVG, laid out with dagre (a maintained layered-graph layout; recharts has no
// graph layout). Nodes are sized by handoff volume, edges weighted by count and coloured by
// dropout rate on a green → amber → red scale. Drawn on the server; ZoomPan (client) only moves the
// viewBox. Edge labels are laid out by dagre as label nodes, so they never sit on each other or on an
// agent. A node links to its conversations, an edge to its edge page. It is laid out twice, left to
// right for a wide screen and top to bottom for a phone, and ZoomPan shows the one that fits: a chain
// of five agents drawn left to right on a 390 px screen would be a strip too small to read.
import dagre from "@dagrejs/dagre";
import { ZoomPan, type Drawing } from "./zoom-pan";

interface Node { id: string; volume: number }
interface Edge { from: string; to: string; handoffs: number; dropoutRate: number; returns?: number }

export function dropoutColor(rate: number): string {
  if (rate >= 0.25) return "var(--c-dropout)";
  if (rate >= 0.1) return "var(--c-reask)";
  return "var(--c-ok)";
}

interface GraphProps { nodes: Node[]; edges: Edge[]; nodeHref?: (agent: string) => string; edgeHref?: (from: string, to: string) => string }

export function AgentGraph(props: GraphProps) {
  return <ZoomPan label="Agent graph" wide={draw(props, "LR")} narrow={draw(props, "TB")} />;
}

function draw({ nodes, edges, nodeHref, edgeHref }: GraphProps, rankdir: "LR" | "TB"): Drawing {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph(rankdir === "LR" ? { rankdir, nodesep: 40, ranksep: 110, marginx: 20, marginy: 20 } : { rankdir, nodesep: 24, ranksep: 70, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  const maxVol = Math.max(1, ...nodes.map((n) => n.volume));
  const maxEdge = Math.max(1, ...edges.map((e) => e.handoffs));
  for (const n of nodes) {
    const r = 18 + 22 * Math.sqrt(n.volume / maxVol);
    g.setNode(n.id, { width: Math.max(2 * r, n.id.length * 7.5 + 16), height: 2 * r, r });
  }
  edges.forEach((e, i) => g.setEdge(e.from, e.to, { width: edgeLabel(e).length * 6 + 8, height: 14, labelpos: "c" }, `e${i}`));
  dagre.layout(g);
  const { width = 400, height = 200 } = g.graph();
  const drawing = (
    <>
      <defs>
        {["ok", "reask", "dropout"].map((c) => (
          <marker key={c} id={`arrow-${c}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill={`var(--c-${c})`} />
          </marker>
        ))}
      </defs>
      {edges.map((e, i) => {
        const laid = g.edge({ v: e.from, w: e.to, name: `e${i}` }) as { points?: Array<{ x: number; y: number }>; x?: number; y?: number } | undefined;
        const pts = laid?.points ?? [];
        if (!pts.length) return null;
        const color = dropoutColor(e.dropoutRate);
        const kind = color.includes("dropout") ? "dropout" : color.includes("reask") ? "reask" : "ok";
        const d = pts.map((p: { x: number; y: number }, k: number) => `${k ? "L" : "M"} ${p.x} ${p.y}`).join(" ");
        const mid = laid?.x !== undefined && laid.y !== undefined ? { x: laid.x, y: laid.y + 4 } : pts[Math.floor(pts.length / 2)];
        return (
          <a key={i} href={edgeHref?.(e.from, e.to)} data-edge={`${e.from}→${e.to}`} aria-label={`edge ${e.from} → ${e.to}`} className="cursor-pointer">
            <title>{`${e.from} → ${e.to}: ${Math.round(e.handoffs)} handoffs${e.returns ? ` (${Math.round(e.returns)} worker returns)` : ""}, ${(e.dropoutRate * 100).toFixed(0)}% dropout`}</title>
            {/* a worker returning to its lead closes a dispatch: drawn dashed */}
            <path d={d} fill="none" stroke={color} strokeOpacity={0.8} strokeWidth={1.5 + 6 * (e.handoffs / maxEdge)} strokeDasharray={e.returns && e.returns >= e.handoffs ? "6 4" : undefined} markerEnd={`url(#arrow-${kind})`} />
            <path d={d} fill="none" stroke="transparent" strokeWidth={14} />
            <text x={mid.x} y={mid.y} textAnchor="middle" fontSize="10" fill="var(--muted)" paintOrder="stroke" stroke="var(--panel)" strokeWidth={3}>
              {edgeLabel(e)}
            </text>
          </a>
        );
      })}
      {nodes.map((n) => {
        const p = g.node(n.id) as { x: number; y: number; width: number; height: number };
        return (
          <a key={n.id} href={nodeHref?.(n.id)} data-agent={n.id} className="cursor-pointer">
            <title>{`${n.id}: show its conversations`}</title>
            <rect x={p.x - p.width / 2} y={p.y - p.height / 2} width={p.width} height={p.height} rx={p.height / 2} fill="var(--panel)" stroke="var(--accent)" strokeWidth={1.5} />
            <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize="12" fontFamily="var(--font-geist-mono), monospace" fill="var(--fg)">
              {n.id}
            </text>
          </a>
        );
      })}
    </>
  );
  return { width, height, drawing };
}

const edgeLabel = (e: Edge) => `${Math.round(e.handoffs)} · ${(e.dropoutRate * 100).toFixed(0)}%`;
