import { DepthHistogram } from "@/components/charts/depth-histogram";
import { releaseMarkers } from "@/components/charts/markers";
import { prepareDepthHistogram } from "@/components/charts/prepare";
import { RangePicker } from "@/components/layout/range-picker";
import { EmptyProject } from "@/components/ui/empty-project";
import { KpiTile } from "@/components/ui/kpi-tile";
import { baseUrl } from "@/lib/dashboard/base-url";
import { drillHref } from "@/lib/dashboard/explain";
import { getDepthHistogram, getEdgeTable, getKpis, getTrends, hasAnyEvents, TREND_METRICS } from "@/lib/dashboard/overview";
import { parseRange, type TimeRange } from "@/lib/dashboard/range";
import { requireViewer } from "@/lib/dashboard/session";
import { getTimeZone } from "@/lib/dashboard/timezone-cookie";
import { getProjectSettings } from "@/lib/projects/manage";
import { getEdgeCsat } from "@/lib/metrics/edge-csat";
import { getLeadIndicator } from "@/lib/metrics/lead-indicator";
import { EdgeCsatTable } from "./edge-csat-table";
import { EdgeDropoutTable } from "./edge-dropout-table";
import { LeadIndicatorPanel } from "./lead-indicator-panel";
import { getReleaseMarkers } from "@/lib/releases/queries";
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
      {/* no Suspense of its own: its reads take tens of ms, and a streamed fallback cost more to
          send and swap than it saved (the route's loading.tsx still covers navigation) */}
      <Overview projectId={v.projectId} range={range} tz={tz} />
    </div>
  );
}

async function Overview({ projectId, range, tz }: { projectId: string; range: TimeRange; tz: string }) {
  const [kpis, trends, hist, edges, settings, lead, edgeCsat, releases] = await Promise.all([
    getKpis(projectId, range),
    getTrends(projectId, range),
    getDepthHistogram(projectId, range),
    getEdgeTable(projectId, range, 12),
    getProjectSettings(projectId),
    getLeadIndicator({ projectId, from: range.from, to: range.to }),
    getEdgeCsat({ projectId, from: range.from, to: range.to, limit: 12 }),
    getReleaseMarkers(projectId, range.from, range.to),
  ]);
  // release first-seen lines; TrendPanel adds each metric's detected level shifts
  const markers = releaseMarkers(releases);
  return (
    <>
      {/* two a row on a phone: one a row made fifteen screen-high cards before the first trend */}
      <section className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-4 xl:grid-cols-7" aria-label="Key figures">
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
        <EdgeDropoutTable rows={edges} range={range} />
      </div>
      <EdgeCsatTable rows={edgeCsat} range={range} />
    </>
  );
}
