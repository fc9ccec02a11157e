import { FlagBadge } from "@/components/ui/flag-badge";
import { describeBreak } from "@/lib/contracts/check";
import type { Handoff } from "@/lib/conversations/read-model";
import { AskCarried, WorkerReturnScores } from "./orchestration-scores";
import { StateDiffTable } from "./state-diff-table";

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/** One handoff of the read model (lib/conversations/read-model.ts); `pairOf`: the paired delegation of a return (whose scores the return card shows). */
export function HandoffCard({ h, pairOf }: { h: Handoff; pairOf?: Handoff | null }) {
  const scored = h.mode === "return" ? pairOf : h.pair === null ? h : null;
  return (
    <div id={`handoff-${h.index}`} className="panel border-l-4 p-4 max-sm:p-3" style={{ borderLeftColor: h.dropped.length ? "var(--c-dropout)" : "var(--accent)" }}>
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-xs font-medium uppercase tracking-wide text-muted">Handoff #{h.index + 1}</span>
        <span className="font-mono text-sm">{h.from}</span>
        <span className="text-muted">→</span>
        <span className="font-mono text-sm">{h.to}</span>
        <span className="text-xs text-muted">
          {h.mode}{h.fanOut ? ` (parallel, 1 of ${h.fanOut.width})` : ""} · depth {h.depth} · turn {h.turn} · {h.contextBytes} B handed over
          {h.mode === "return" && pairOf ? <> · answers <a className="underline" href={`#handoff-${pairOf.index}`}>handoff #{pairOf.index + 1}</a></> : null}
        </span>
        <span className="ml-auto flex flex-wrap gap-1">{h.flags.map((f) => <FlagBadge key={f} flag={f} />)}</span>
      </div>
      {h.summary && (
        <p className="mt-2 text-sm">
          <span className="text-xs text-muted">Summary handed over: </span>“{h.summary}”
        </p>
      )}
      {h.mode === "delegate" && h.orchestration && <div className="mt-2"><AskCarried o={h.orchestration} lost={h.flags.includes("ask_lost")} /></div>}
      {scored?.orchestration && <WorkerReturnScores o={scored.orchestration} flags={scored.flags} />}
      {h.requested && (
        <p className="mt-2 rounded-md bg-bg p-2 text-sm" style={{ color: "var(--c-role)" }}>
          Several handoffs requested at once: {h.requested.join(", ")}.{" "}
          {h.ignored.length ? <>Executed: <b>{h.requested.filter((a) => !h.ignored.includes(a)).join(", ")}</b>; ignored: {h.ignored.join(", ")}.</> : "Who took over could not be read from the events."}
        </p>
      )}
      {h.contractBreaks !== null && h.contractBreaks.length > 0 && (
        <div className="mt-2 rounded-md bg-bg p-2 text-sm" style={{ color: "var(--c-role)" }} aria-label="Contract breaks">
          Contract {h.from} → {h.to} broken (<a className="underline" href={`/contracts/${encodeURIComponent(h.from)}/${encodeURIComponent(h.to)}`}>contract</a>):
          <ul className="ml-4 list-disc font-mono text-xs">
            {h.contractBreaks.map((b) => <li key={`${b.rule}${b.field}`}>{describeBreak(b)}</li>)}
          </ul>
        </div>
      )}
      <StateDiffTable h={h} />
      {h.diff.unchanged.length > 0 && (
        <details className="mt-1 text-xs text-muted">
          <summary className="cursor-pointer">{h.diff.unchanged.length} unchanged field{h.diff.unchanged.length > 1 ? "s" : ""} carried over</summary>
          <ul className="mt-1 font-mono">
            {h.diff.unchanged.map((u) => (
              <li key={u.path}>{u.path} = {show(u.value)}</li>
            ))}
          </ul>
        </details>
      )}
      {h.payload !== null && (
        <details className="mt-1 text-xs text-muted">
          <summary className="cursor-pointer">payload</summary>
          <pre className="mt-1 overflow-x-auto rounded bg-bg p-2">{JSON.stringify(h.payload, null, 2)}</pre>
        </details>
      )}
    </div>
  );
}
