// /settings "Scorer accuracy on your reviews": how often Baton's flags agree with the labels people
// gave on the drill-down (lib/reviews/review.ts), per failure — counted as `npm run eval` counts a
// labelled corpus. Every false-alarm and miss count links to those conversations.
import Link from "next/link";
import { FLAG_META } from "@/lib/dashboard/metrics";
import { reviewAccuracy } from "@/lib/reviews/accuracy";

const pct = (x: number) => `${Math.round(x * 100)}%`;
const label = (flag: string) => FLAG_META[flag]?.label ?? flag;

export async function ReviewAccuracyPanel({ projectId }: { projectId: string }) {
  const a = await reviewAccuracy(projectId);
  // the list always has a time range: the reviewed conversations' own (a millisecond past the newest, the end is exclusive)
  const list = (review: string) => {
    const q = new URLSearchParams({ review });
    if (a.span) {
      q.set("range", "custom");
      q.set("from", a.span.from);
      q.set("to", new Date(Date.parse(a.span.to) + 1).toISOString());
    }
    return `/conversations?${q.toString()}`;
  };
  return (
    <section className="panel min-w-0 space-y-3 p-5" aria-label="Scorer accuracy">
      <div>
        <h2 className="font-medium">Scorer accuracy on your reviews</h2>
        <p className="text-xs text-muted">
          Baton&apos;s current flags against the labels your team gave under “Review” on a conversation: precision (flags that were right), recall (failures
          flagged) and false alarms on conversations reviewed as clean. A rescore updates them.
        </p>
      </div>
      {a.reviewed === 0 ? (
        <p className="text-sm text-muted">
          No reviews yet. Open a <Link className="underline" href="/conversations">conversation</Link> and confirm or correct its flags under Review.
        </p>
      ) : (
        <>
          <p className="text-sm" data-testid="review-totals">
            <Link className="underline" href={list("any")}>{a.reviewed.toLocaleString("en-US")} reviewed</Link> ({a.clean.toLocaleString("en-US")} clean) ·{" "}
            {a.disagree ? <Link className="text-dropout underline" href={list("disagree")}>Baton disagrees on {a.disagree.toLocaleString("en-US")}</Link> : "Baton agrees on all"}
            {a.capped && <span className="text-xs text-muted"> (the newest 20,000)</span>}
          </p>
          <div className="overflow-x-auto">
            <table className="w-full text-sm tabular-nums">
              <thead>
                <tr className="text-left text-xs text-muted">
                  <th className="py-1 pr-3 font-normal">failure</th>
                  <th className="py-1 pr-3 font-normal">labelled</th>
                  <th className="py-1 pr-3 font-normal">right</th>
                  <th className="py-1 pr-3 font-normal">false alarms</th>
                  <th className="py-1 pr-3 font-normal">missed</th>
                  <th className="py-1 pr-3 font-normal">precision</th>
                  <th className="py-1 pr-3 font-normal">recall</th>
                  <th className="py-1 font-normal">on clean</th>
                </tr>
              </thead>
              <tbody>
                {a.flags.map((f) => (
                  <tr key={f.flag} className="border-t border-border" data-testid={`accuracy-${f.flag}`}>
                    <td className="py-1 pr-3">{label(f.flag)}</td>
                    <td className="py-1 pr-3">{f.labelled}</td>
                    <td className="py-1 pr-3">{f.tp}</td>
                    {/* a bare count is no link name for a screen reader: say what it lists (the name starts with the number shown) */}
                    <td className="py-1 pr-3">{f.fp ? <Link className="text-dropout underline" href={list(`wrong:${f.flag}`)} aria-label={`${f.fp} ${f.fp === 1 ? "false alarm" : "false alarms"} on ${label(f.flag)}`}>{f.fp}</Link> : 0}</td>
                    <td className="py-1 pr-3">{f.missed ? <Link className="text-dropout underline" href={list(`missed:${f.flag}`)} aria-label={`${f.missed} missed ${label(f.flag)}`}>{f.missed}</Link> : 0}</td>
                    <td className="py-1 pr-3">{f.tp + f.fp ? pct(f.precision) : "—"}</td>
                    <td className="py-1 pr-3">{f.labelled ? pct(f.recall) : "—"}</td>
                    <td className="py-1">{a.clean ? pct(f.fpRateClean) : "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
