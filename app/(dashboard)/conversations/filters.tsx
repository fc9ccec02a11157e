"use client";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { CONVERSATION_STATUSES } from "@/lib/conversations/status";
import { FLAG_META } from "@/lib/dashboard/metrics";

const FLAGS = ["dropout", "reask", "stale", "drift", "role_confusion", "deep", "ping_pong", "contract_break", "ask_lost", "over_compressed", "result_unused"];
const STATUSES = CONVERSATION_STATUSES;

export function ConversationFilters({ agents }: { agents: string[] }) {
  const router = useRouter();
  const path = usePathname();
  const params = useSearchParams();
  const set = (k: string, v: string) => {
    const q = new URLSearchParams(params.toString());
    if (v) q.set(k, v);
    else q.delete(k);
    q.delete("cursor");
    router.push(`${path}?${q.toString()}`);
  };
  return (
    <form
      className="flex flex-wrap items-end gap-3"
      onSubmit={(e) => {
        e.preventDefault();
        set("q", String(new FormData(e.currentTarget).get("q") ?? "").trim());
      }}
    >
      <label className="flex flex-col text-xs text-muted">
        Flag
        <select aria-label="Flag" className="input mt-1 w-40" value={params.get("flag") ?? ""} onChange={(e) => set("flag", e.target.value)}>
          <option value="">any</option>
          {FLAGS.map((f) => (
            <option key={f} value={f}>{FLAG_META[f].label}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Agent
        <select aria-label="Agent" className="input mt-1 w-40" value={params.get("agent") ?? ""} onChange={(e) => set("agent", e.target.value)}>
          <option value="">any</option>
          {agents.map((a) => (
            <option key={a} value={a}>{a}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Status
        <select aria-label="Status" className="input mt-1 w-36" value={params.get("status") ?? ""} onChange={(e) => set("status", e.target.value)}>
          <option value="">any</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>{s}</option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-muted">
        Search
        <input name="q" aria-label="Search" defaultValue={params.get("q") ?? ""} placeholder="text of the first message, or an id" className="input mt-1 w-72" />
      </label>
      <button className="btn" type="submit">Search</button>
      {params.get("edge") && (
        <button type="button" className="btn" onClick={() => set("edge", "")}>
          edge {params.get("edge")} ✕
        </button>
      )}
    </form>
  );
}
