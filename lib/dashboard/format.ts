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
