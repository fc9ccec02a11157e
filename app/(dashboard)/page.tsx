import Link from "next/link";
import { Suspense } from "react";
import { DepthHistogram } from "@/components/charts/depth-histogram";
import { releaseMarkers } from "@/components/charts/markers";
import { prepareDepthHistogram } from "@/components/charts/prepare";
import { RangePicker } from "@/components/layout/range-picker";
import { EmptyProject } from "@/components/ui/empty-project";
import { KpiTile } from "@/components/ui/kpi-tile";
import { baseUrl } from "@/lib/dashboard/base-url";
import { edgeHref } from "@/lib/edges/href";
import { drillHref } from "@/lib/dashboard/explain";
import { formatValue } from "@/lib/dashboard/format";
import { getDepthHistogram, getEdgeTable, getKpis, getTrends, hasAnyEvents, TREND_METRICS } from "@/lib/dashboard/overview";
import { parseRange, rangeQuery, type TimeRange } from "@/lib/dashboard/range";
import { requireViewer } from "@/lib/dashboard/session";
import { getTimeZone } from "@/lib/dashboard/timezone-cookie";
import { pool } from "@/lib/db/pool";
import { parseSettings } from "@/lib/projects/settings";
import { getEdgeCsat } from "@/lib/metrics/edge-csat";
import { getLeadIndicator } from "@/lib/metrics/lead-indicator";
import { EdgeCsatTable } from "./edge-csat-table";
import { LeadIndicatorPanel } from "./lead-indicator-panel";
import { getReleaseMarkers } from "@/lib/releases/queries";
import Loading from "./loading";
import { TrendPanel } from "./trend-panel";

export const metadata = { title: "Overview · Baton" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function OverviewPage({ searchParams }: { searchParams: Search }) {
  const v = await requireViewer();
  const range = parseRange(await searchParams);
  const tz = await getTimeZone();
  if (!(await hasAnyEvents(v.projectId))) return <EmptyProject baseUrl={await baseUrl()} />;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Overview</h1>
        <RangePicker current={range.key} from={range.from.toISOString()} to={range.to.toISOString()} tz={tz} />
      </div>
      <Suspense fallback={<Loading />}>
        <Overview projectId={v.projectId} range={range} tz={tz} />
      </Suspense>
    </div>
  );
}

async function Overview({ projectId, range, tz }: { projectId: string; range: TimeRange; tz: string }) {
  const [kpis, trends, hist, edges, settingsRow, lead, edgeCsat, releases] = await Promise.all([
    getKpis(projectId, range),
    getTrends(projectId, range),
    getDepthHistogram(projectId, range),
    getEdgeTable(projectId, range, 12),
    pool().query(`SELECT settings FROM projects WHERE id = $1`, [projectId]),
    getLeadIndicator({ projectId, from: range.from, to: range.to }),
    getEdgeCsat({ projectId, from: range.from, to: range.to, limit: 12 }),
    getReleaseMarkers(projectId, range.from, range.to),
  ]);
  // release first-seen lines; TrendPanel adds each metric's detected level shifts
  const markers = releaseMarkers(releases);
  const settings = parseSettings(settingsRow.rows[0]?.settings);
  return (
    <>
      <section className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7" aria-label="Key figures">
        {kpis.map((k) => (
          <KpiTile key={k.metric} metric={k.metric} value={k.value} previous={k.previous} samples={k.samples} previousSamples={k.previousSamples} href={drillHref(k.metric, range.from, range.to)} />
        ))}
      </section>
      <LeadIndicatorPanel data={lead} />
      <section className="grid grid-cols-1 gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Trends">
        {TREND_METRICS.map((m) => (
          <TrendPanel key={m} metric={m} points={trends[m]} bucket={range.bucket} tz={tz} markers={markers} />
        ))}
      </section>
      <div className="grid grid-cols-1 gap-4 lg:grid-cols-2">
        <section className="panel min-w-0 p-4" aria-label="Depth histogram">
          <h3 className="text-sm font-medium">Handoff chain depth</h3>
          <p className="text-xs text-muted">Conversations by their longest chain; bars past the dashed lines are at risk.</p>
          <DepthHistogram rows={prepareDepthHistogram(hist, settings.depthWarn, settings.depthCritical)} warn={settings.depthWarn} critical={settings.depthCritical} listHref={drillHref("conversations", range.from, range.to)} />
        </section>
        <section className="panel min-w-0 p-4" aria-label="Edges">
          <h3 className="text-sm font-medium">Handoff edges that drop the most</h3>
          <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[420px] text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th className="py-1 text-left font-normal">from → to</th>
                <th className="num font-normal">handoffs</th>
                <th className="num font-normal">dropouts</th>
                <th className="num font-normal">dropout rate</th>
                <th className="num font-normal">re-asks</th>
              </tr>
            </thead>
            <tbody>
              {edges.map((e) => (
                <tr key={e.edge} className="border-t border-border">
                  <td className="py-1.5">
                    <Link className="hover:underline" href={`${edgeHref(e.from, e.to)}?${rangeQuery(range)}`} title="Edge page">
                      <span className="font-mono text-xs">{e.from}</span> → <span className="font-mono text-xs">{e.to}</span>
                    </Link>
                  </td>
                  <td className="num">{Math.round(e.handoffs).toLocaleString("en-US")}</td>
                  <td className={`num ${e.dropouts ? "text-dropout" : "text-muted"}`}>
                    <Link className="hover:underline" href={drillHref("dropout_rate", range.from, range.to, { edge: e.edge })} title={`${Math.round(e.dropouts)} of ${Math.round(e.handoffs)} handoffs dropped a field: show the conversations`}>
                      {Math.round(e.dropouts).toLocaleString("en-US")}
                    </Link>
                  </td>
                  <td className="num">{formatValue(e.dropoutRate, "rate")}</td>
                  <td className="num">{Math.round(e.reasks).toLocaleString("en-US")}</td>
                </tr>
              ))}
              {!edges.length && (
                <tr>
                  <td colSpan={5} className="py-6 text-center text-xs text-muted">No handoffs in this range.</td>
                </tr>
              )}
            </tbody>
          </table>
          </div>
        </section>
      </div>
      <EdgeCsatTable rows={edgeCsat} range={range} />
    </>
  );
}
