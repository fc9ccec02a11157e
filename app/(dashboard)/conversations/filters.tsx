"use client";
// The triage table's filter form: multi-value flags, agents and statuses (checkbox menus), edges,
// releases and metadata key=value (comma-separated), a CSAT range and free text. Submitting keeps the
// range and sort, drops the cursor (a new filter starts at the first page) and leaves out empty fields.
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { CONVERSATION_STATUSES as STATUSES } from "@/lib/conversations/status";
import { FLAG_META } from "@/lib/dashboard/metrics";
import { FLAGS } from "@/lib/scoring/flags";
import { REVIEW_FILTERS } from "@/lib/reviews/filters";

const KEEP = ["range", "from", "to", "sort", "dir"];

export function ConversationFilters({ agents }: { agents: string[] }) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const all = (k: string) => params.getAll(k).flatMap((v) => v.split(",")).filter(Boolean);
  const text = (k: string) => all(k).join(", ");
  return (
    <form
      aria-label="Filters"
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        const q = new URLSearchParams();
        for (const k of KEEP) for (const v of params.getAll(k)) q.append(k, v);
        for (const [k, v] of new FormData(e.currentTarget)) {
          const s = String(v).trim();
          if (s) q.append(k, s);
        }
        router.push(`${path}?${q.toString()}`);
      }}
    >
      <Menu label="Flags" name="flag" options={FLAGS.map((f) => [f, FLAG_META[f]?.label ?? f])} chosen={all("flag")} />
      <Menu label="Agents" name="agent" options={[...new Set([...agents, ...all("agent")])].map((a) => [a, a])} chosen={all("agent")} />
      <Menu label="Status" name="status" options={STATUSES.map((s) => [s, s])} chosen={all("status")} />
      <Field label="Edge" name="edge" value={text("edge")} placeholder="from→to, …" width="w-40" />
      <Field label="Release" name="release" value={text("release")} placeholder="v2.3, …" width="w-28" />
      <Field label="Metadata" name="meta" value={text("meta")} placeholder="key=value, …" width="w-36" />
      <label className="flex flex-col text-xs text-muted">
        CSAT
        <span className="mt-1 flex items-center gap-1">
          <Csat name="csatMin" value={params.get("csatMin")} aria="CSAT at least" />–<Csat name="csatMax" value={params.get("csatMax")} aria="CSAT at most" />
        </span>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Review
        <select name="review" aria-label="Review" defaultValue={params.get("review") ?? ""} className="input mt-1 w-44">
          <option value="">any conversation</option>
          {REVIEW_FILTERS.map((r) => <option key={r} value={r}>{reviewLabel(r)}</option>)}
        </select>
      </label>
      <Field label="Search" name="q" value={params.get("q") ?? ""} placeholder="first message, or an id" width="w-56" />
      <button className="btn-primary" type="submit">Apply</button>
    </form>
  );
}

function Menu({ label, name, options, chosen }: { label: string; name: string; options: Array<[string, string]>; chosen: string[] }) {
  return (
    <details className="relative text-xs text-muted">
      <summary className="flex cursor-pointer list-none flex-col">
        {label}
        <span className="input mt-1 w-36 truncate text-fg">{chosen.length ? chosen.join(", ") : "any"}</span>
      </summary>
      <fieldset className="panel absolute z-20 mt-1 max-h-64 w-56 overflow-auto p-2 shadow-lg" aria-label={label}>
        {options.map(([v, l]) => (
          <label key={v} className="flex items-center gap-2 rounded px-1 py-1 text-sm text-fg hover:bg-bg">
            <input type="checkbox" name={name} value={v} defaultChecked={chosen.includes(v)} /> {l}
          </label>
        ))}
        {!options.length && <span className="text-xs">none seen yet</span>}
      </fieldset>
    </details>
  );
}

/** "wrong:drift" → "false alarm: drift" (reviewed no, flagged); "missed:drift" → "missed: drift" (reviewed yes, not flagged). */
function reviewLabel(r: string): string {
  if (r === "any") return "reviewed";
  if (r === "disagree") return "review disagrees";
  const [kind, flag] = r.split(":");
  return `${kind === "wrong" ? "false alarm" : "missed"}: ${FLAG_META[flag]?.label ?? flag}`;
}

function Field({ label, name, value, placeholder, width }: { label: string; name: string; value: string; placeholder: string; width: string }) {
  return (
    <label className="flex flex-col text-xs text-muted">
      {label}
      <input name={name} aria-label={label} defaultValue={value} placeholder={placeholder} className={`input mt-1 ${width}`} />
    </label>
  );
}

function Csat({ name, value, aria }: { name: string; value: string | null; aria: string }) {
  return (
    <select name={name} aria-label={aria} defaultValue={value ?? ""} className="input w-14 px-1">
      <option value="">·</option>
      {[1, 2, 3, 4, 5].map((n) => <option key={n} value={n}>{n}</option>)}
    </select>
  );
}
