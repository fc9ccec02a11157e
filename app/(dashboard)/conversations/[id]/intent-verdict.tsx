// The intent judgment of one conversation, under its scores: which judge scored it (the offline
// judge or the LLM's model), how sure it was, what kind of drift it saw, the part of the ask that
// was lost, the rule that decided (lib/scoring/intent.ts IntentResult.path) and the judge's reason —
// so a drift flag can be checked rather than taken on trust.
import type { Scores } from "@/lib/conversations/read-model";

export function IntentVerdict({ scores }: { scores: Scores }) {
  const { intentJudge: judge, intentDriftKind: kind, intentLostPart: lost, intentReason: reason } = scores;
  if (judge === null) return null;
  const confidence = scores.intentConfidence === null ? "—" : `${Math.round(scores.intentConfidence * 100)}%`;
  return (
    <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 border-t border-border pt-3 text-sm" aria-label="Intent judgment">
      <div>
        <dt className="inline text-xs text-muted">Intent judge </dt>
        <dd className="inline">{judge === "offline" ? "offline" : `LLM · ${judge}`}</dd>
      </div>
      <div>
        <dt className="inline text-xs text-muted">Confidence </dt>
        <dd className="inline tabular-nums">{confidence}</dd>
      </div>
      {kind && (
        <div>
          <dt className="inline text-xs text-muted">Drift </dt>
          <dd className="inline">{kind}</dd>
        </div>
      )}
      {scores.intentPath && (
        <div>
          <dt className="inline text-xs text-muted">Rule </dt>
          <dd className="inline">{scores.intentPath}</dd>
        </div>
      )}
      {lost && (
        <div>
          <dt className="inline text-xs text-muted">Lost part </dt>
          <dd className="inline">“{lost}”</dd>
        </div>
      )}
      {reason && (
        <div className="basis-full text-xs text-muted">
          <dt className="sr-only">Reason</dt>
          <dd>{reason}</dd>
        </div>
      )}
    </dl>
  );
}
