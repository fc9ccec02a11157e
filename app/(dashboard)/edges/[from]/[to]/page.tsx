import Link from "next/link";
import { releaseMarkers } from "@/components/charts/markers";
import { ReleaseDrift } from "@/components/contracts/release-drift";
import { RangePicker } from "@/components/layout/range-picker";
import { formatTime, formatValue } from "@/lib/dashboard/format";
import { parseRange, rangeQuery } from "@/lib/dashboard/range";
import { getEdgeDrift } from "@/lib/contracts/queries";
import { requireViewer } from "@/lib/dashboard/session";
import { edgeConversationsQuery, edgeKey } from "@/lib/edges/href";
import { EDGE_TREND_METRICS, getDroppedFields, getEdgeCsat, getEdgeTotals, getEdgeTrends, getReaskExamples } from "@/lib/edges/queries";
import { getReleaseMarkers } from "@/lib/releases/queries";
import { TrendPanel } from "../../../trend-panel";
import { DroppedFieldsTable } from "./dropped-fields-table";

export const metadata = { title: "Edge · Baton" };

type Params = Promise<{ from: string; to: string }>;
type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function EdgePage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const v = await requireViewer();
  const p = await params;
  const from = decodeURIComponent(p.from);
  const to = decodeURIComponent(p.to);
  const range = parseRange(await searchParams);
  const [trends, totals, fields, reasks, csat, releases, drift] = await Promise.all([
    getEdgeTrends(v.projectId, from, to, range),
    getEdgeTotals(v.projectId, from, to, range),
    getDroppedFields(v.projectId, from, to, range),
    getReaskExamples(v.projectId, from, to, range),
    getEdgeCsat(v.projectId, from, to, range),
    getReleaseMarkers(v.projectId, range.from, range.to),
    getEdgeDrift({ projectId: v.projectId, from, to }),
  ]);
  // change-points on this edge's series (issue 15 item 2, the detector's markers) join these here
  const markers = releaseMarkers(releases);
  const conversations = `/conversations?${rangeQuery(range, Object.fromEntries(edgeConversationsQuery(from, to)))}`;
  const contract = `/contracts/${encodeURIComponent(from)}/${encodeURIComponent(to)}`;
  // the rated conversations behind each CSAT figure (the list cannot exclude a flag: "without" lists all rated ones)
  const rated = (dropout: boolean) => `/conversations?${rangeQuery(range, { ...Object.fromEntries(edgeConversationsQuery(from, to)), csatMin: "1", ...(dropout ? { flag: "dropout" } : {}) })}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex flex-wrap items-center gap-3">
          <Link href={`/agents?${rangeQuery(range)}`} className="text-sm text-muted hover:underline">Agents</Link>
          <h1 className="font-mono text-xl font-semibold">{from} → {to}</h1>
        </div>
        <RangePicker current={range.key} />
      </div>
      <div className="flex flex-wrap gap-4 text-sm" aria-label="Edge summary">
        <span>{Math.round(totals.handoffs).toLocaleString("en-US")} handoffs</span>
        <span className={totals.dropouts ? "text-dropout" : "text-muted"}>
          {Math.round(totals.dropouts).toLocaleString("en-US")} with a dropout ({formatValue(totals.handoffs ? totals.dropouts / totals.handoffs : null, "rate")})
        </span>
        <span className="text-muted">{Math.round(totals.reasks).toLocaleString("en-US")} re-asks</span>
        <Link className="hover:underline" href={conversations}>Conversations on this edge →</Link>
        <Link className="hover:underline" href={contract}>Contract →</Link>
      </div>
      {drift.drift.length > 0 && (
        <ReleaseDrift
          id="contract-drift"
          drift={drift.drift}
          other={{ href: `${contract}#release-drift`, label: "On the contract page →" }}
          caption={`Releases compared over the contract window (last ${drift.days} days), as on the contract page and in the contract_drift metric.`}
          conversationsOf={(release) => `/conversations?${new URLSearchParams({ range: "custom", from: drift.since, edge: edgeKey(from, to), release })}`}
        />
      )}
      {totals.handoffs === 0 && <div className="panel p-6 text-center text-sm text-muted">No handoffs on this edge in this range.</div>}
      <section className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Edge trends">
        {EDGE_TREND_METRICS.map((m) => (
          <TrendPanel key={m} metric={m} points={trends[m]} bucket={range.bucket} markers={markers} drill={{ edge: edgeKey(from, to) }} />
        ))}
      </section>
      <div className="grid gap-4 lg:grid-cols-2">
        <section className="panel min-w-0 p-4" aria-label="Dropped fields">
          <h2 className="text-sm font-medium">Fields dropped most</h2>
          <DroppedFieldsTable fields={fields} conversationsHref={`/conversations?${rangeQuery(range, { ...Object.fromEntries(edgeConversationsQuery(from, to)), flag: "dropout" })}`} />
          <p className="mt-2 text-xs text-muted">First and last seen are hours (UTC) over all time; counts are handoffs in the range.</p>
        </section>
        <section className="panel min-w-0 p-4" aria-label="CSAT and dropout">
          <h2 className="text-sm font-medium">CSAT with vs without a dropout on this edge</h2>
          <dl className="mt-3 grid grid-cols-2 gap-4 text-sm">
            {([["with a dropout", csat.withDropout, "text-dropout"], ["without", csat.withoutDropout, "text-ok"]] as const).map(([label, s, cls]) => (
              <div key={label}>
                <dt className="text-xs text-muted">{label}</dt>
                <dd className={`text-2xl font-semibold tabular-nums ${s.n ? cls : "text-muted"}`}>{s.mean === null ? "—" : s.mean.toFixed(2)}</dd>
                <dd className="text-xs text-muted">
                  <Link className="hover:underline" href={rated(label === "with a dropout")}>{Math.round(s.n).toLocaleString("en-US")} rated conversations</Link>
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-2 text-xs text-muted">CSAT 1–5 from the conversation&apos;s resolution event; only rated conversations that crossed this edge.</p>
        </section>
      </div>
      <section className="panel min-w-0 p-4" aria-label="Re-ask examples">
        <h2 className="text-sm font-medium">Re-asks after this handoff</h2>
        <ul className="mt-2 space-y-2 text-sm">
          {reasks.map((r) => (
            <li key={`${r.conversationId}-${r.handoffIndex}`} className="border-t border-border pt-2">
              <Link className="font-mono text-xs hover:underline" href={`/conversations/${encodeURIComponent(r.conversationId)}`}>{r.conversationId}</Link>
              <span className="ml-2 text-xs text-muted">{formatTime(r.at)} · asked again for <b className="text-reask">{r.field}</b></span>
              {r.text && <p className="mt-1 break-words text-sm">“{r.text.slice(0, 240)}”</p>}
            </li>
          ))}
          {!reasks.length && <li className="py-4 text-center text-xs text-muted">No re-asks after this handoff in this range.</li>}
        </ul>
      </section>
    </div>
  );
}
