"use client";
// The time-range picker: presets, or a custom range typed in the viewer's time zone (labelled; the
// URL always carries absolute UTC instants so a shared link means the same window everywhere).
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { DEFAULT_TZ, fromZonedInput, toZonedInput, zoneLabel } from "@/lib/dashboard/timezone";

const OPTIONS = [
  { key: "1h", label: "1 h" },
  { key: "24h", label: "24 h" },
  { key: "7d", label: "7 d" },
  { key: "30d", label: "30 d" },
];

export function RangePicker({ current, from, to, tz = DEFAULT_TZ }: { current: string; from?: string; to?: string; tz?: string }) {
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
  const label = zoneLabel(tz);
  const presetHref = (range: string) => {
    const q = new URLSearchParams(params.toString());
    q.set("range", range);
    for (const k of ["cursor", "from", "to"]) q.delete(k);
    return `${path}?${q.toString()}`;
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <div className="inline-flex overflow-hidden rounded-md border border-border text-sm" role="group" aria-label="Time range">
        {OPTIONS.map((o) => (
          // a real link (role kept as a toggle button): it works before the page has hydrated
          <Link
            key={o.key}
            role="button"
            href={presetHref(o.key)}
            aria-pressed={current === o.key}
            className={`px-3 py-1.5 ${current === o.key ? "bg-accent text-white" : "bg-panel hover:bg-bg"}`}
          >
            {o.label}
          </Link>
        ))}
      </div>
      <details className="relative text-sm">
        <summary className={`btn cursor-pointer list-none ${current === "custom" ? "border-accent" : ""}`}>
          {current === "custom" && from && to ? `${toZonedInput(new Date(from), tz).replace("T", " ")} → ${toZonedInput(new Date(to), tz).replace("T", " ")} ${label}` : "Custom…"}
        </summary>
        <form
          className="panel absolute right-0 z-10 mt-1 flex w-72 flex-col gap-2 p-3 shadow-lg"
          onSubmit={(e) => {
            e.preventDefault();
            const f = new FormData(e.currentTarget);
            const a = fromZonedInput(String(f.get("from")), tz);
            const b = fromZonedInput(String(f.get("to")), tz);
            if (a && b) go("custom", { from: a.toISOString(), to: b.toISOString() });
          }}
        >
          <label className="text-xs text-muted">From ({label}) <input name="from" type="datetime-local" required defaultValue={from ? toZonedInput(new Date(from), tz) : undefined} className="input mt-1" /></label>
          <label className="text-xs text-muted">To ({label}) <input name="to" type="datetime-local" required defaultValue={to ? toZonedInput(new Date(to), tz) : undefined} className="input mt-1" /></label>
          <button className="btn-primary" type="submit">Apply</button>
        </form>
      </details>
    </div>
  );
}
