// Number formatting for the dashboard: every value with its unit, null shown as an em dash.
import type { MetricMeta } from "./metrics";

export function formatValue(v: number | null | undefined, unit: MetricMeta["unit"]): string {
  if (v === null || v === undefined || Number.isNaN(v)) return "—";
  switch (unit) {
    case "rate":
      return v === 0 ? "0%" : `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;
    case "score":
      return v.toFixed(2);
    case "ratio":
      return v.toFixed(2);
    case "bytes":
      return v >= 1024 ? `${(v / 1024).toFixed(1)} KB` : `${Math.round(v)} B`;
    case "depth": {
      const n = Math.round(v);
      return `${n} ${n === 1 ? "hop" : "hops"}`;
    }
    default:
      return Math.round(v).toLocaleString("en-US");
  }
}

export function formatTime(iso: string): string {
  const d = new Date(iso);
  return d.toISOString().replace("T", " ").slice(0, 19) + " UTC";
}

export function formatAgo(iso: string, now = Date.now()): string {
  const s = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  if (s < 60) return `${s}s ago`;
  if (s < 3600) return `${Math.round(s / 60)}m ago`;
  if (s < 86400) return `${Math.round(s / 3600)}h ago`;
  return `${Math.round(s / 86400)}d ago`;
}

export function formatDuration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
  return `${(seconds / 3600).toFixed(1)}h`;
}

/** One step of a shortened agent path: an agent, or a gap standing for `hidden` agents left out. */
export type PathStep = { agent: string } | { hidden: string[] };

/**
 * A long agent path shortened for a table cell: the first agent, a gap naming how many were left
 * out, and the last `max - 2` agents (where the conversation ended up matters most in triage).
 * Paths of at most `max` agents come back whole.
 */
export function shortenPath(path: readonly string[], max: number): PathStep[] {
  if (max < 3 || path.length <= max) return path.map((agent) => ({ agent }));
  const tail = max - 2;
  return [{ agent: path[0] }, { hidden: path.slice(1, path.length - tail) }, ...path.slice(path.length - tail).map((agent) => ({ agent }))];
}
