import { shortenPath } from "@/lib/dashboard/format";
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

/**
 * The agents a conversation went through, in order. `max` shortens a long path for a table cell
 * (first agent, "+N", the last ones; lib/dashboard/format.ts shortenPath); the full path stays in
 * the title and in the accessible name.
 */
export function AgentPath({ path, max }: { path: string[]; max?: number }) {
  const steps = max ? shortenPath(path, max) : path.map((agent) => ({ agent }));
  const full = path.join(" → ");
  const shortened = steps.length !== path.length || steps.some((s) => "hidden" in s);
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-xs" title={shortened ? full : undefined} aria-label={shortened ? `Agent path: ${full}` : undefined}>
      {steps.map((s, i) => (
        <span key={i} className="inline-flex items-center gap-1">
          {i > 0 && <span className="text-muted">→</span>}
          {"agent" in s ? (
            <span className="rounded bg-bg px-1.5 py-0.5 font-mono">{s.agent}</span>
          ) : (
            <span className="rounded border border-dashed border-border px-1.5 py-0.5 text-muted">+{s.hidden.length}</span>
          )}
        </span>
      ))}
    </span>
  );
}
