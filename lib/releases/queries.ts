// Reads behind /releases, the release markers on trend panels and the release comparison — all from
// metric_rollups (dims written by lib/releases/rollups.ts), each an equality on the rollups' primary
// key: never a scan of events or conversations. Prisma's groupBy for the sums (typed rows; the
// rollup columns are float8, so sums arrive as numbers): on 20,000 seeded conversations it took
// 8.5 vs 8.0 ms (listReleases) and 5.0 vs 5.1 ms (compareReleases) against the same SQL through
// $queryRaw (medians of 60 interleaved, load ~20, 2026-11-29).
import { db } from "../db/client";
import { parseSettings } from "../projects/settings";
import { SEP, releaseEdgeDim, releaseEdgeKeyDim } from "./rollups";
import type { MapOptions } from "./sources";
import { meanDiff, proportionDiff, rateDiff, type Diff } from "./stats";

/** What the framework adapters need to know about the project when they map a trace. */
export async function mapOptionsFor(projectId: string): Promise<MapOptions> {
  const project = await db().project.findUnique({ where: { id: projectId }, select: { settings: true } });
  const key = parseSettings(project?.settings).releaseKey;
  return key ? { releaseKey: key } : {};
}

export interface ReleaseRow {
  release: string;
  firstSeen: string;
  lastSeen: string;
  conversations: number;
  handoffs: number;
}

/** Every release with its first and last hour seen and its volumes, newest first. */
export async function listReleases(projectId: string): Promise<ReleaseRow[]> {
  const groups = await db().metricRollup.groupBy({
    by: ["dimValue", "metric"],
    where: { projectId, metric: { in: ["conversations", "handoffs"] }, dim: "release", count: { gt: 0 } },
    _min: { bucket: true },
    _max: { bucket: true },
    _sum: { count: true },
  });
  const by = new Map<string, ReleaseRow>();
  // every group has a row (count > 0), so its min/max bucket and sum are never null
  const rows = groups.map((g) => ({ release: g.dimValue, metric: g.metric, first: g._min.bucket!, last: g._max.bucket!, n: g._sum.count ?? 0 }));
  for (const r of rows) {
    const e = by.get(r.release) ?? { release: r.release, firstSeen: r.first.toISOString(), lastSeen: r.last.toISOString(), conversations: 0, handoffs: 0 };
    if (r.first.toISOString() < e.firstSeen) e.firstSeen = r.first.toISOString();
    if (r.last.toISOString() > e.lastSeen) e.lastSeen = r.last.toISOString();
    if (r.metric === "conversations") e.conversations = r.n;
    else e.handoffs = r.n;
    by.set(r.release, e);
  }
  return [...by.values()].sort((a, b) => b.firstSeen.localeCompare(a.firstSeen) || a.release.localeCompare(b.release));
}

export interface ReleaseMarker {
  release: string;
  /** the first hour the release was seen */
  at: string;
}

/** Releases first seen inside [from, to): the markers on every trend panel. */
export async function getReleaseMarkers(projectId: string, from: Date, to: Date): Promise<ReleaseMarker[]> {
  return (await listReleases(projectId))
    .filter((r) => Date.parse(r.firstSeen) >= from.getTime() - 3_600_000 && Date.parse(r.firstSeen) < to.getTime())
    .map((r) => ({ release: r.release, at: r.firstSeen }))
    .sort((a, b) => a.at.localeCompare(b.at));
}

export interface KeyChange {
  key: string;
  /** handoffs carrying (or dropping) it, per release */
  countA: number;
  countB: number;
  diff: Diff;
}

export interface EdgeComparison {
  edge: string;
  from: string;
  to: string;
  handoffs: { a: number; b: number };
  conversations: { a: number; b: number };
  dropout: Diff;
  reask: Diff;
  intentDrift: Diff;
  handoffsToResolution: Diff;
  csat: Diff;
  summaryLength: Diff;
  /** top-level payload keys, with the share of handoffs carrying each */
  payloadKeys: KeyChange[];
  keysAdded: string[];
  keysRemoved: string[];
  /** fields dropped on B but never on A, and the reverse */
  startedDropping: KeyChange[];
  stoppedDropping: KeyChange[];
}

export interface ReleaseComparison {
  a: string;
  b: string;
  edges: EdgeComparison[];
}

const METRICS = [
  "handoffs", "conversations", "dropout_rate", "reask_rate", "intent_drift_rate", "handoffs_to_resolution",
  "handoffs_to_resolution_sq", "csat_mean", "csat_mean_sq", "summary_length", "summary_length_sq", "payload_key", "dropped_field",
];

/** Per edge, release B against release A over each release's whole life (B − A). */
export async function compareReleases({ projectId, a, b }: { projectId: string; a: string; b: string }): Promise<ReleaseComparison> {
  const dims = [releaseEdgeDim(a), releaseEdgeDim(b), releaseEdgeKeyDim(a), releaseEdgeKeyDim(b)];
  const groups = await db().metricRollup.groupBy({
    by: ["dim", "dimValue", "metric"],
    where: { projectId, metric: { in: METRICS }, dim: { in: dims } },
    _sum: { sum: true, count: true },
  });
  const rows = groups.map((g) => ({ dim: g.dim, dim_value: g.dimValue, metric: g.metric, sum: g._sum.sum ?? 0, count: g._sum.count ?? 0 }));
  return { a, b, edges: shapeComparison(rows, a, b) };
}

type Row = { dim: string; dim_value: string; metric: string; sum: number; count: number };

/** Pure: rollup sums of both releases → the per-edge comparison (exported for tests). */
export function shapeComparison(rows: Row[], a: string, b: string): EdgeComparison[] {
  // a release compared with itself fills both sides
  const sides = (dim: string): Array<"a" | "b"> => [
    ...(dim === releaseEdgeDim(a) || dim === releaseEdgeKeyDim(a) ? (["a"] as const) : []),
    ...(dim === releaseEdgeDim(b) || dim === releaseEdgeKeyDim(b) ? (["b"] as const) : []),
  ];
  const cell = new Map<string, { sum: number; count: number }>();
  const edges = new Set<string>();
  const keys = new Map<string, Set<string>>();
  for (const r of rows) {
    const on = sides(r.dim);
    if (!on.length) continue;
    const isKey = r.dim.startsWith("release_edge_key:");
    const [edge, key] = isKey ? r.dim_value.split(SEP) : [r.dim_value, ""];
    edges.add(edge);
    if (isKey) (keys.get(`${edge}|${r.metric}`) ?? keys.set(`${edge}|${r.metric}`, new Set()).get(`${edge}|${r.metric}`)!).add(key);
    for (const s of on) cell.set(`${s}|${edge}|${r.metric}|${key}`, { sum: r.sum, count: r.count });
  }
  const get = (s: "a" | "b", edge: string, metric: string, key = "") => cell.get(`${s}|${edge}|${metric}|${key}`) ?? { sum: 0, count: 0 };
  const moments = (s: "a" | "b", edge: string, metric: string) => ({ n: get(s, edge, metric).count, sum: get(s, edge, metric).sum, sumSq: get(s, edge, `${metric}_sq`).sum });
  const prop = (edge: string, metric: string) => proportionDiff(get("a", edge, metric).sum, get("a", edge, metric).count, get("b", edge, metric).sum, get("b", edge, metric).count);

  return [...edges]
    .map((edge): EdgeComparison => {
      const [from, to] = edge.split("→");
      const handoffs = { a: get("a", edge, "handoffs").count, b: get("b", edge, "handoffs").count };
      const keyChanges = (metric: string): KeyChange[] =>
        [...(keys.get(`${edge}|${metric}`) ?? [])].sort().map((key) => {
          const countA = get("a", edge, metric, key).count;
          const countB = get("b", edge, metric, key).count;
          return { key, countA, countB, diff: proportionDiff(countA, handoffs.a, countB, handoffs.b) };
        });
      const payloadKeys = keyChanges("payload_key").filter((k) => k.countA > 0 || k.countB > 0);
      const dropped = keyChanges("dropped_field");
      return {
        edge,
        from,
        to,
        handoffs,
        conversations: { a: get("a", edge, "conversations").count, b: get("b", edge, "conversations").count },
        dropout: prop(edge, "dropout_rate"),
        reask: rateDiff(get("a", edge, "reask_rate").sum, get("a", edge, "reask_rate").count, get("b", edge, "reask_rate").sum, get("b", edge, "reask_rate").count),
        intentDrift: prop(edge, "intent_drift_rate"),
        handoffsToResolution: meanDiff(moments("a", edge, "handoffs_to_resolution"), moments("b", edge, "handoffs_to_resolution")),
        csat: meanDiff(moments("a", edge, "csat_mean"), moments("b", edge, "csat_mean")),
        summaryLength: meanDiff(moments("a", edge, "summary_length"), moments("b", edge, "summary_length")),
        payloadKeys,
        keysAdded: handoffs.a > 0 ? payloadKeys.filter((k) => k.countA === 0 && k.countB > 0).map((k) => k.key) : [],
        keysRemoved: handoffs.b > 0 ? payloadKeys.filter((k) => k.countA > 0 && k.countB === 0).map((k) => k.key) : [],
        startedDropping: handoffs.a > 0 ? dropped.filter((k) => k.countA === 0 && k.countB > 0) : [],
        stoppedDropping: handoffs.b > 0 ? dropped.filter((k) => k.countA > 0 && k.countB === 0) : [],
      };
    })
    .sort((x, y) => y.handoffs.b + y.handoffs.a - (x.handoffs.b + x.handoffs.a) || x.edge.localeCompare(y.edge));
}
