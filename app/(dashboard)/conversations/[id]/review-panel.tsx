"use client";
// The drill-down's review: per scored failure, Baton's verdict beside the reviewer's own label (yes /
// no), prefilled with the saved review or else Baton's verdict, so a review is a confirmation with the
// wrong ones flipped. An abstention (drift or re-ask the scorer could not judge) is left unchosen.
// Viewers see the saved review and no form. The project's agreement with its reviews is on /settings.
import { useActionState } from "react";
import { shownActor } from "@/lib/auth/actor";
import { FLAG_META } from "@/lib/dashboard/metrics";
import type { Review, ReviewFlag } from "@/lib/reviews/review";
import { saveReviewAction, type ReviewFormState } from "./review-actions";

export interface ReviewRow {
  flag: ReviewFlag;
  /** Baton's verdict: null = the scorer abstained */
  baton: boolean | null;
}

const word = (v: boolean | null) => (v === null ? "abstained" : v ? "yes" : "no");

export function ReviewPanel({ projectId, conversationId, rows, review, canEdit, reviewedAgo, eventsNow }: { projectId: string; conversationId: string; rows: ReviewRow[]; review: Review | null; canEdit: boolean; reviewedAgo: string | null; eventsNow: number }) {
  const newer = review?.events !== undefined ? eventsNow - review.events : 0;
  const [s, action, pending] = useActionState<ReviewFormState, FormData>(saveReviewAction, {});
  const differs = review ? rows.filter((r) => review.labels[r.flag] !== (r.baton === true)) : [];
  return (
    <section className="panel p-4" aria-label="Review">
      <div className="mb-2 flex flex-wrap items-baseline gap-x-3 text-xs">
        <span className="font-medium uppercase tracking-wide text-muted">Review</span>
        {review ? (
          <span className="text-muted" data-testid="review-summary">
            {shownActor(review.by)} · {reviewedAgo} · {differs.length === 0 ? `agrees with Baton on all ${rows.length}` : `disagrees with Baton on ${differs.map((r) => FLAG_META[r.flag]?.label ?? r.flag).join(", ")}`}
            {newer > 0 && <span className="text-stale" data-testid="review-outdated"> · {newer} event{newer === 1 ? "" : "s"} since this review: it labelled an earlier version</span>}
          </span>
        ) : (
          <span className="text-muted">Not reviewed. {canEdit ? "Confirm or correct each verdict: your labels measure Baton's precision and recall on your own traffic (Settings → Scorer accuracy)." : ""}</span>
        )}
      </div>
      {review?.note && <p className="mb-2 text-sm">“{review.note}”</p>}
      <form action={action} key={review?.at ?? "unreviewed"}>
        <input type="hidden" name="conversationId" value={conversationId} />
        {/* the project and the review this page showed: lib/reviews/review-form.ts refuses a stale form */}
        <input type="hidden" name="projectId" value={projectId} />
        <input type="hidden" name="reviewedAt" value={review?.at ?? ""} />
        <table className="w-full text-sm">
          <thead>
            <tr className="text-left text-xs text-muted">
              <th className="py-1 font-normal">failure</th>
              <th className="py-1 font-normal">Baton</th>
              <th className="py-1 font-normal">{canEdit ? "your label" : "reviewer"}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => {
              const mine = review ? review.labels[r.flag] : r.baton;
              const off = review && review.labels[r.flag] !== (r.baton === true);
              return (
                <tr key={r.flag} className="border-t border-border" data-testid={`review-${r.flag}`}>
                  <td className="py-1">{FLAG_META[r.flag]?.label ?? r.flag}</td>
                  <td className={`py-1 ${r.baton === null ? "text-muted" : ""}`}>{word(r.baton)}</td>
                  <td className="py-1">
                    {canEdit ? (
                      <span className="flex flex-wrap items-center gap-x-3">
                        {(["yes", "no"] as const).map((x) => (
                          <label key={x} className="flex items-center gap-1">
                            <input type="radio" name={`label-${r.flag}`} value={x} defaultChecked={mine !== null && mine === (x === "yes")} aria-label={`${FLAG_META[r.flag]?.label ?? r.flag}: ${x}`} />
                            {x}
                          </label>
                        ))}
                        {off && <span className="text-xs font-medium text-dropout">≠ Baton</span>}
                      </span>
                    ) : (
                      <span className={off ? "font-medium text-dropout" : ""}>{review ? word(review.labels[r.flag]) : "—"}{off && " (≠ Baton)"}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {canEdit && (
          <div className="mt-3 flex flex-wrap items-end gap-2">
            <label className="flex min-w-0 basis-full flex-col text-xs text-muted sm:basis-0 sm:flex-1">
              Note (optional)
              <input name="note" maxLength={500} defaultValue={review?.note ?? ""} className="input mt-1 w-full" placeholder="why, for whoever reads this next" />
            </label>
            <button className="btn-primary" name="intent" value="save" disabled={pending}>Save review</button>
            {review && <button className="btn" name="intent" value="clear" disabled={pending}>Clear</button>}
          </div>
        )}
        {s.error && <p role="status" className="mt-2 text-sm text-dropout">{s.error}</p>}
        {s.ok && <p role="status" className="mt-2 text-sm text-ok">{s.ok}</p>}
      </form>
    </section>
  );
}
