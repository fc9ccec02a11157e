import { FLAG_META } from "@/lib/dashboard/metrics";

export function FlagBadge({ flag }: { flag: string }) {
  const m = FLAG_META[flag] ?? { label: flag, color: "var(--muted)" };
  return (
    <span
      className="inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium"
      style={{ color: m.color, borderColor: m.color }}
    >
      {m.label}
    </span>
  );
}

export function AgentPath({ path }: { path: string[] }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-xs">
      {path.map((a, i) => (
        <span key={i} className="inline-flex items-center gap-1">
          {i > 0 && <span className="text-muted">→</span>}
          <span className="rounded bg-bg px-1.5 py-0.5 font-mono">{a}</span>
        </span>
      ))}
    </span>
  );
}
