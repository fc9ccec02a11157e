// The orchestrator–worker scores of one delegation (lib/scoring/orchestration.ts), as the handoff
// cards show them: on the delegation whether it carried the user's ask; on the worker's return how
// hard it compressed what it consumed and whether the lead's answer used it.
import type { DelegationScores } from "@/lib/conversations/read-model";

const pct = (v: number) => `${Math.round(v * 100)}%`;

function Row({ label, bad, value, children }: { label: string; bad: boolean; value: string; children?: React.ReactNode }) {
  return (
    <div className="rounded-md bg-bg px-2 py-1.5 text-xs" data-bad={bad || undefined}>
      <span className="text-muted">{label}: </span>
      <b className="tabular-nums" style={bad ? { color: "var(--c-dropout)" } : undefined}>{value}</b>
      {children ? <span className="text-muted"> — {children}</span> : null}
    </div>
  );
}

export function AskCarried({ o, lost }: { o: DelegationScores; lost: boolean }) {
  return (
    <Row label="Ask carried" bad={lost} value={o.askCarried === null ? "—" : lost ? `lost (${pct(o.askCarried)})` : pct(o.askCarried)}>
      {o.askPart ? <>{lost ? "not handed over" : "carries"}: “{o.askPart}”</> : o.askReason}
    </Row>
  );
}

export function WorkerReturnScores({ o, flags }: { o: DelegationScores; flags: string[] }) {
  const over = flags.includes("over_compressed");
  const unused = flags.includes("result_unused");
  return (
    <div className="mt-2 grid gap-1" aria-label="Worker return scores">
      <Row
        label="Compression"
        bad={over}
        value={o.compressionRatio === null ? "—" : `${o.compressionRatio}×`}
      >
        {o.compressionRatio === null
          ? o.compressionReason
          : `${o.consumedTokens.toLocaleString("en")} tokens consumed (${o.tokensFrom === "usage" ? "reported usage" : "estimated"}; ${o.consumedToolResults} tool result${o.consumedToolResults === 1 ? "" : "s"}) → ${o.returnedTokens.toLocaleString("en")} returned`}
      </Row>
      {o.lostFacts.length > 0 && (
        <div className="px-2 text-xs" style={{ color: over ? "var(--c-dropout)" : "var(--muted)" }}>
          Seen but not returned: <span className="break-all font-mono">{o.lostFacts.map((f) => `${f.field}=${f.value}`).join(", ")}</span>
        </div>
      )}
      <Row label="Result used" bad={unused} value={o.resultUsed === null ? "—" : unused ? (o.contradicted.length ? "contradicted" : "unused") : pct(o.resultUsed)}>
        {o.resultReason}
      </Row>
    </div>
  );
}
