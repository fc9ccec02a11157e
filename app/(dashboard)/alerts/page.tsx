import Link from "next/link";
import { listAlertEvents, listAlertRules } from "@/lib/alerts/queries";
import { AlertEventQuery } from "@/lib/alerts/schemas";
import { canEditProject } from "@/lib/auth/permissions";
import { requireViewer } from "@/lib/dashboard/session";
import { getMetricSeries } from "@/lib/metrics/queries";
import { HistoryTable } from "./history-table";
import { RuleForm } from "./rule-form";
import { RulesTable } from "./rules-table";

export const metadata = { title: "Alerts · Baton" };

export default async function AlertsPage({ searchParams }: { searchParams: Promise<{ state?: string; rule?: string }> }) {
  const v = await requireViewer();
  const editor = canEditProject(v.role);
  const sp = await searchParams;
  // Unparseable filters (%00, an unknown state, a repeated parameter) are dropped, not sent to SQL.
  const state = AlertEventQuery.shape.state.safeParse(sp.state).data;
  const ruleId = AlertEventQuery.shape.ruleId.safeParse(sp.rule).data;
  const [rules, history] = await Promise.all([
    listAlertRules({ projectId: v.projectId }),
    listAlertEvents({ projectId: v.projectId, filter: { state, ruleId, limit: 50 } }),
  ]);
  const since = new Date(Date.now() - 24 * 3_600_000);
  const sparks = await Promise.all(
    rules.map((r) => getMetricSeries({ projectId: v.projectId, query: { metric: r.metric as never, from: since, to: new Date(), bucket: "hour" } })),
  );
  return (
    <div className="space-y-6">
      <h1 className="text-xl font-semibold">Alerts</h1>
      <section className="panel min-w-0 p-4" aria-label="Rules">
        <RulesTable rules={rules} sparks={sparks.map((s) => s.points.map((p) => p.value))} editor={editor} />
      </section>
      {editor && (
        <section className="panel p-5" aria-label="Create rule">
          <h2 className="mb-3 font-medium">New rule</h2>
          <RuleForm />
        </section>
      )}
      <section className="panel min-w-0 p-5" aria-label="History">
        <div className="mb-3 flex items-center gap-3">
          <h2 className="font-medium">History</h2>
          {["all", "firing", "resolved", "nodata"].map((s) => (
            <Link key={s} href={s === "all" ? "/alerts" : `/alerts?state=${s}`} className={`text-xs ${(state ?? "all") === s ? "font-semibold text-fg" : "text-muted hover:underline"}`}>{s}</Link>
          ))}
        </div>
        <HistoryTable events={history.data} rules={rules} />
      </section>
    </div>
  );
}
