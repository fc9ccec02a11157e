// Hourly worker task: records contract drift as a metric so alert rules can fire on it (issue 16
// §5). For every edge with traffic in the window, the shape changes its *latest* release made
// (relative to the release before it) are written to metric_rollups as `contract_drift` for the
// current hour — per edge (dim "edge") and for the project — with count 1, so the value is the
// number of changes. Not a conversation contribution: rescores never touch these rows.
import type { Task } from "graphile-worker";
import { db } from "../db/client";
import { hourOf } from "../scoring/rollups";
import { readEdgeStats } from "./edge-stats";
import { latestRelease, releaseDrift } from "./infer";
import { getContractSettings } from "./queries";

export const CONTRACT_DRIFT_TASK = "contract_drift";
const METRIC = "contract_drift";

export async function recordContractDrift({ projectId, now = new Date() }: { projectId: string; now?: Date }) {
  const settings = await getContractSettings({ projectId });
  // one read of every edge's incremental statistics (./stats.ts) over the window
  const edges = await readEdgeStats({ projectId, since: new Date(now.getTime() - settings.days * 86_400_000) });
  const bucket = new Date(hourOf(now.toISOString()));
  let total = 0;
  const perEdge: Array<{ edge: string; changes: number }> = [];
  for (const [edge, e] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    const latest = latestRelease(e.releases);
    const changes = releaseDrift(e.releases, { presence: settings.presence }).filter((d) => d.release === latest).length;
    perEdge.push({ edge, changes });
    total += changes;
  }
  const rows = [{ dim: "", dimValue: "", sum: total }, ...perEdge.map((p) => ({ dim: "edge", dimValue: p.edge, sum: p.changes }))];
  for (const r of rows) {
    const key = { projectId, metric: METRIC, dim: r.dim, bucket, dimValue: r.dimValue };
    await db().metricRollup.upsert({
      where: { projectId_metric_dim_bucket_dimValue: key },
      create: { ...key, sum: r.sum, count: 1 },
      update: { sum: r.sum, count: 1 },
    });
  }
  return { edges: perEdge, total };
}

export const contractDriftTask: Task = async () => {
  const projects = await db().project.findMany({ select: { id: true } });
  for (const p of projects) await recordContractDrift({ projectId: p.id });
};
