"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";

const OPTIONS = [
  { key: "1h", label: "1 h" },
  { key: "24h", label: "24 h" },
  { key: "7d", label: "7 d" },
  { key: "30d", label: "30 d" },
];

export function RangePicker({ current }: { current: string }) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const go = (range: string, extra: Record<string, string> = {}) => {
    const q = new URLSearchParams(params.toString());
    q.set("range", range);
    q.delete("cursor");
    if (range !== "custom") {
      q.delete("from");
      q.delete("to");
    }
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    router.push(`${path}?${q.toString()}`);
  };
  return (
    <div className="flex items-center gap-2">
      <div className="inline-flex overflow-hidden rounded-md border border-border text-sm" role="group" aria-label="Time range">
        {OPTIONS.map((o) => (
          <button
            key={o.key}
            type="button"
            onClick={() => go(o.key)}
            aria-pressed={current === o.key}
            className={`px-3 py-1.5 ${current === o.key ? "bg-accent text-white" : "bg-panel hover:bg-bg"}`}
          >
            {o.label}
          </button>
        ))}
      </div>
      <details className="relative text-sm">
        <summary className={`btn cursor-pointer list-none ${current === "custom" ? "border-accent" : ""}`}>Custom…</summary>
        <form
          className="panel absolute right-0 z-10 mt-1 flex w-72 flex-col gap-2 p-3 shadow-lg"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            go("custom", { from: new Date(String(f.get("from"))).toISOString(), to: new Date(String(f.get("to"))).toISOString() });
          }}
        >
          <label className="text-xs text-muted">From <input name="from" type="datetime-local" required className="input mt-1" /></label>
          <label className="text-xs text-muted">To <input name="to" type="datetime-local" required className="input mt-1" /></label>
          <button className="btn-primary" type="submit">Apply</button>
        </form>
      </details>
    </div>
  );
}
