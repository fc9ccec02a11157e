// Agents seen in a project recently (for filters) and the agent graph's nodes and edges, from
// metric_rollups. Typed prisma.$queryRaw: a UNION with split_part and sums with FILTER are beyond
// the model API; the sums are of float8 columns, so they arrive as numbers (lib/db/rows.ts).
import { db } from "../db/client";
import type { TimeRange } from "./range";

export async function listAgents(projectId: string, since: Date): Promise<string[]> {
  const rows = await db().$queryRaw<Array<{ a: string }>>`
    SELECT DISTINCT dim_value AS a FROM metric_rollups WHERE project_id = ${projectId} AND metric = 'handoffs' AND dim = 'agent'
       AND bucket >= ${since}
    UNION SELECT DISTINCT split_part(dim_value, '→', 1) FROM metric_rollups WHERE project_id = ${projectId} AND metric = 'handoffs'
       AND dim = 'edge' AND bucket >= ${since} ORDER BY 1 LIMIT 200`;
  return rows.map((r) => r.a);
}

export interface GraphEdge {
  from: string;
  to: string;
  handoffs: number;
  dropoutRate: number;
  /** how many of the edge's handoffs were workers returning to their lead (drawn dashed, not counted as volume) */
  returns: number;
}

export async function getAgentGraph(projectId: string, r: TimeRange) {
  const rows = await db().$queryRaw<Array<{ edge: string; handoffs: number; dropouts: number; returns: number }>>`
    SELECT dim_value AS edge, sum(count) FILTER (WHERE metric = 'dropout_rate')::float8 AS handoffs,
           sum(sum) FILTER (WHERE metric = 'dropout_rate')::float8 AS dropouts,
           coalesce(sum(count) FILTER (WHERE metric = 'returns'), 0)::float8 AS returns
      FROM metric_rollups
     WHERE project_id = ${projectId} AND metric IN ('dropout_rate', 'returns') AND dim = 'edge'
       AND bucket >= date_trunc('hour', ${r.from}::timestamptz, 'UTC') AND bucket < ${r.to}
     GROUP BY dim_value HAVING sum(count) FILTER (WHERE metric = 'dropout_rate') > 0`;
  const edges: GraphEdge[] = rows.map((x) => {
    const [from, to] = x.edge.split("→");
    return { from, to, handoffs: x.handoffs, dropoutRate: x.handoffs ? x.dropouts / x.handoffs : 0, returns: x.returns };
  });
  // A fan-out of k is k dispatches (k edges lead→worker, one each); a worker's return closes its
  // dispatch and adds no volume, so an orchestrator is not counted twice for one round trip.
  const volume = new Map<string, number>();
  for (const e of edges) {
    const dispatched = e.handoffs - e.returns;
    volume.set(e.from, (volume.get(e.from) ?? 0) + dispatched);
    volume.set(e.to, (volume.get(e.to) ?? 0) + dispatched);
  }
  return { nodes: [...volume].map(([id, v]) => ({ id, volume: v })), edges };
}
