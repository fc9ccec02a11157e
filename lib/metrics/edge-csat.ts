// CSAT of the rated conversations that crossed an edge, split by whether that edge dropped a field
// in them (rollups csat_edge_dropout / csat_edge_clean, written by lib/scoring/rollups.ts), so a
// page can say "conversations where triage→billing dropped state rate 2.9, the others 4.4".
// Reads metric_rollups only (typed prisma.$queryRaw: the hour truncation of `from` in UTC is beyond
// the model API; sums of float8 columns arrive as numbers). Used by the overview table and the edge page.
import { db } from "../db/client";
import { Prisma } from "../db/generated/client";

export interface CsatSplit {
  mean: number | null;
  conversations: number;
}

export interface EdgeCsat {
  edge: string;
  from: string;
  to: string;
  withDropout: CsatSplit;
  withoutDropout: CsatSplit;
  /** withDropout.mean − withoutDropout.mean; null unless both sides have ratings */
  difference: number | null;
}

/** Per edge over [from, to) (one edge when `edge` is given), largest CSAT gap first. */
export async function getEdgeCsat({ projectId, from, to, edge, limit = 50 }: { projectId: string; from: Date; to: Date; edge?: string; limit?: number }): Promise<EdgeCsat[]> {
  const rows = await db().$queryRaw<Array<{ dim_value: string; metric: string; sum: number; count: number }>>`
    SELECT dim_value, metric, sum(sum)::float8 AS sum, sum(count)::float8 AS count FROM metric_rollups
     WHERE project_id = ${projectId} AND dim = 'edge' AND metric IN ('csat_edge_dropout', 'csat_edge_clean')
       AND bucket >= date_trunc('hour', ${from}::timestamptz, 'UTC') AND bucket < ${to}
       ${edge === undefined ? Prisma.empty : Prisma.sql`AND dim_value = ${edge}`}
     GROUP BY dim_value, metric`;
  const empty = (): CsatSplit => ({ mean: null, conversations: 0 });
  const by = new Map<string, EdgeCsat>();
  for (const r of rows) {
    const [f, t] = r.dim_value.split("→");
    const e = by.get(r.dim_value) ?? { edge: r.dim_value, from: f, to: t, withDropout: empty(), withoutDropout: empty(), difference: null };
    const split = { mean: r.count > 0 ? r.sum / r.count : null, conversations: r.count };
    if (r.metric === "csat_edge_dropout") e.withDropout = split;
    else e.withoutDropout = split;
    by.set(r.dim_value, e);
  }
  const out = [...by.values()].map((e) => ({
    ...e,
    difference: e.withDropout.mean !== null && e.withoutDropout.mean !== null ? e.withDropout.mean - e.withoutDropout.mean : null,
  }));
  return out
    .sort((a, b) => (a.difference ?? 0) - (b.difference ?? 0) || b.withDropout.conversations - a.withDropout.conversations)
    .slice(0, limit);
}
