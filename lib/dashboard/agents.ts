// Agents seen in a project recently (for filters) and the agent graph's nodes and edges, from
// metric_rollups.
import { pool } from "../db/pool";
import type { TimeRange } from "./range";

export async function listAgents(projectId: string, since: Date): Promise<string[]> {
  const { rows } = await pool().query<{ a: string }>(
    `SELECT DISTINCT dim_value AS a FROM metric_rollups WHERE project_id = $1 AND metric = 'handoffs' AND dim = 'agent'
        AND bucket >= $2
     UNION SELECT DISTINCT split_part(dim_value, '→', 1) FROM metric_rollups WHERE project_id = $1 AND metric = 'handoffs'
        AND dim = 'edge' AND bucket >= $2 ORDER BY 1 LIMIT 200`,
    [projectId, since],
  );
  return rows.map((r) => r.a);
}

export interface GraphEdge {
  from: string;
  to: string;
  handoffs: number;
  dropoutRate: number;
}

export async function getAgentGraph(projectId: string, r: TimeRange) {
  const { rows } = await pool().query<{ edge: string; handoffs: number; dropouts: number }>(
    `SELECT dim_value AS edge, sum(count)::float8 AS handoffs, sum(sum)::float8 AS dropouts FROM metric_rollups
      WHERE project_id = $1 AND metric = 'dropout_rate' AND dim = 'edge' AND bucket >= date_trunc('hour', $2::timestamptz, 'UTC') AND bucket < $3
      GROUP BY dim_value`,
    [projectId, r.from, r.to],
  );
  const edges: GraphEdge[] = rows.map((x) => {
    const [from, to] = x.edge.split("→");
    return { from, to, handoffs: x.handoffs, dropoutRate: x.handoffs ? x.dropouts / x.handoffs : 0 };
  });
  const volume = new Map<string, number>();
  for (const e of edges) {
    volume.set(e.from, (volume.get(e.from) ?? 0) + e.handoffs);
    volume.set(e.to, (volume.get(e.to) ?? 0) + e.handoffs);
  }
  return { nodes: [...volume].map(([id, v]) => ({ id, volume: v })), edges };
}
