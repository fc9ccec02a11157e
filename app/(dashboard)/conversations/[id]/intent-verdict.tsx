// The intent judgment of one conversation, under its scores: which judge scored it (the offline
// judge or the LLM's model), how sure it was, what kind of drift it saw, the part of the ask that
// was lost, the rule that decided (lib/scoring/intent.ts IntentResult.path) and the judge's reason —
// so a drift flag can be checked rather than taken on trust. Beside the rule of an offline drift flag,
// how often that rule's flags were right in the held-out tests (lib/scoring/drift-record.ts) and, when
// the project reviewed flags of that rule, how its own reviews found them (lib/reviews/rule-reviews.ts).
import type { ConversationDetail, Scores } from "@/lib/conversations/read-model";
import { heldOutRecordText, reviewsRecordText } from "@/lib/dashboard/rule-record-text";
import { OFFLINE_JUDGE } from "@/lib/scoring/judge-name";
import { isRuleDriftFlag } from "@/lib/scoring/drift-record";

type Records = Pick<ConversationDetail, "intentRuleRecord" | "intentRuleReviews">;

export function IntentVerdict({ scores, records }: { scores: Scores; records: Records }) {
  const { intentJudge: judge, intentDriftKind: kind, intentLostPart: lost, intentReason: reason } = scores;
  if (judge === null) return null;
  const confidence = scores.intentConfidence === null ? "—" : `${Math.round(scores.intentConfidence * 100)}%`;
  return (
    <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 border-t border-border pt-3 text-sm" aria-label="Intent judgment">
      <div>
        <dt className="inline text-xs text-muted">Intent judge </dt>
        <dd className="inline">{judge === OFFLINE_JUDGE ? "offline" : `LLM · ${judge}`}</dd>
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
      {isRuleDriftFlag(scores) && (
        <div data-testid="intent-rule-record">
          <dt className="inline text-xs text-muted">Rule&apos;s record </dt>
          <dd className="inline">
            {heldOutRecordText(records.intentRuleRecord)}
            {records.intentRuleReviews && <span className="text-muted"> · {reviewsRecordText(records.intentRuleReviews)}</span>}
          </dd>
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
