import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { listAlertEvents, listAlertRules } from "@/lib/alerts/queries";
import { AlertEventQuery, type AlertRule } from "@/lib/alerts/schemas";
import { canEditProject } from "@/lib/auth/permissions";
import { edgeHrefOf } from "@/lib/edges/href";
import { formatAgo, formatValue } from "@/lib/dashboard/format";
import { metricMeta } from "@/lib/dashboard/metrics";
import { requireViewer } from "@/lib/dashboard/session";
import { getMetricSeries } from "@/lib/metrics/queries";
import { deleteRuleAction, toggleRuleAction } from "./actions";
import { RuleForm, TestButton, type RuleDefaults } from "./rule-form";

export const metadata = { title: "Alerts · Baton" };

const STATE_STYLE: Record<string, string> = {
  firing: "var(--c-dropout)",
  pending: "var(--c-reask)",
  nodata: "var(--muted)",
  ok: "var(--c-ok)",
  resolved: "var(--c-ok)",
};

/** Only what the edit form shows: props of a client component are serialised into the page, so no secrets. */
function formDefaults(r: AlertRule): RuleDefaults {
  const { id, name, metric, kind, direction, comparator, threshold, windowMinutes, minSamples, intervalSeconds, pendingEvaluations, severity, groupBy } = r;
  return { id, name, metric, kind, direction, comparator, threshold, windowMinutes, minSamples, intervalSeconds, pendingEvaluations, severity, groupBy, webhookUrl: r.webhooks[0]?.url };
}

function worst(states: string[]): string {
  for (const s of ["firing", "pending", "nodata", "ok"]) if (states.includes(s)) return s;
  return "not evaluated";
}

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
      <section className="panel overflow-hidden" aria-label="Rules">
        <table className="w-full text-sm">
          <thead className="bg-bg text-xs text-muted">
            <tr>
              <th className="px-4 py-2 text-left font-normal">Rule</th>
              <th className="px-4 py-2 text-left font-normal">Condition</th>
              <th className="px-4 py-2 text-left font-normal">State</th>
              <th className="num px-4 py-2 font-normal">Last value</th>
              <th className="px-4 py-2 text-left font-normal">Last 24 h vs threshold</th>
              <th className="px-4 py-2" />
            </tr>
          </thead>
          <tbody>
            {rules.map((r, i) => {
              const meta = metricMeta(r.metric);
              const groups = Object.entries(r.state);
              const st = r.enabled ? worst(groups.map(([, g]) => g.state)) : "disabled";
              const last = groups.find(([, g]) => g.state === st)?.[1]?.lastValue ?? groups[0]?.[1]?.lastValue ?? null;
              return (
                <tr key={r.id} className="border-t border-border align-top">
                  <td className="px-4 py-3">
                    <div className="font-medium">{r.name}</div>
                    <div className="text-xs text-muted">{r.severity} · every {r.intervalSeconds}s · {r.webhooks.length} webhook{r.webhooks.length === 1 ? "" : "s"}</div>
                  </td>
                  <td className="px-4 py-3 text-xs">
                    {r.kind === "change"
                      ? `${meta.label}: level shift ${{ up: "up", down: "down", any: "either way" }[r.direction]}${r.threshold > 0 ? ` of ≥ ${formatValue(r.threshold, meta.unit)}` : ""} over ${r.windowMinutes} min`
                      : <>{meta.label} {{ gt: ">", gte: "≥", lt: "<", lte: "≤" }[r.comparator]} {formatValue(r.threshold, meta.unit)} over {r.windowMinutes} min</>}
                    {r.minSamples ? `, ≥ ${r.minSamples} samples` : ""}{r.groupBy ? `, per ${r.groupBy}` : ""}
                  </td>
                  <td className="px-4 py-3">
                    <span className="rounded-full border px-2 py-0.5 text-xs font-medium" style={{ color: STATE_STYLE[st] ?? "var(--muted)", borderColor: STATE_STYLE[st] ?? "var(--border)" }}>{st}</span>
                    {r.lastEvaluatedAt && <div className="mt-1 text-xs text-muted">checked {formatAgo(r.lastEvaluatedAt)}</div>}
                    {r.groupBy === "edge" && groups.filter(([g, x]) => x.state === "firing" && edgeHrefOf(g)).map(([g]) => (
                      <Link key={g} className="mt-1 block font-mono text-xs hover:underline" href={edgeHrefOf(g)!}>{g}</Link>
                    ))}
                  </td>
                  <td className="num px-4 py-3">{formatValue(last, meta.unit)}</td>
                  <td className="px-4 py-3"><Sparkline values={sparks[i].points.map((p) => p.value)} threshold={r.threshold} color={meta.color} /></td>
                  <td className="space-y-2 px-4 py-3 text-right">
                    {editor && <>
                    <div className="flex justify-end gap-2">
                      <TestButton id={r.id} name={r.name} />
                      <form action={toggleRuleAction}><input type="hidden" name="id" value={r.id} /><button className="btn">{r.enabled ? "Disable" : "Enable"}</button></form>
                      <form action={deleteRuleAction}><input type="hidden" name="id" value={r.id} /><button className="btn text-dropout" aria-label={`Delete ${r.name}`}>Delete</button></form>
                    </div>
                    <details className="text-left">
                      <summary className="cursor-pointer text-xs text-muted">Edit</summary>
                      <div className="mt-2"><RuleForm rule={formDefaults(r)} /></div>
                    </details>
                    </>}
                  </td>
                </tr>
              );
            })}
            {!rules.length && (
              <tr><td colSpan={6} className="px-4 py-8 text-center text-sm text-muted">No rules yet. Create one below, e.g. “re-ask rate above 8% over 1 h, at least 50 handoffs”.</td></tr>
            )}
          </tbody>
        </table>
      </section>
      {editor && (
        <section className="panel p-5" aria-label="Create rule">
          <h2 className="mb-3 font-medium">New rule</h2>
          <RuleForm />
        </section>
      )}
      <section className="panel p-5" aria-label="History">
        <div className="mb-3 flex items-center gap-3">
          <h2 className="font-medium">History</h2>
          {["all", "firing", "resolved", "nodata"].map((s) => (
            <Link key={s} href={s === "all" ? "/alerts" : `/alerts?state=${s}`} className={`text-xs ${(state ?? "all") === s ? "font-semibold text-fg" : "text-muted hover:underline"}`}>{s}</Link>
          ))}
        </div>
        <table className="w-full text-sm">
          <thead className="text-xs text-muted">
            <tr>
              <th className="py-1 text-left font-normal">when</th>
              <th className="text-left font-normal">rule</th>
              <th className="text-left font-normal">state</th>
              <th className="num font-normal">value</th>
              <th className="num font-normal">threshold</th>
              <th className="pl-6 text-left font-normal">group</th>
              <th className="text-left font-normal">deliveries</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((e) => (
              <tr key={e.id} className="border-t border-border align-top">
                <td className="py-1.5 text-xs text-muted">{formatAgo(e.at)}</td>
                <td>{e.ruleName ?? e.ruleId}</td>
                <td><span className="text-xs font-medium" style={{ color: STATE_STYLE[e.state] }}>{e.state}</span></td>
                <td className="num">{formatValue(e.value, metricMeta(rules.find((r) => r.id === e.ruleId)?.metric ?? "").unit)}</td>
                <td className="num">{formatValue(e.threshold, metricMeta(rules.find((r) => r.id === e.ruleId)?.metric ?? "").unit)}</td>
                <td className="pl-6 font-mono text-xs">
                  {e.group && rules.find((r) => r.id === e.ruleId)?.groupBy === "edge" && edgeHrefOf(e.group) ? (
                    <Link className="hover:underline" href={edgeHrefOf(e.group)!}>{e.group}</Link>
                  ) : (e.group ?? "")}
                </td>
                <td className="text-xs">
                  {(e.deliveries as Array<{ url: string; status: string; attempt: number; statusCode: number | null; error: string | null }>).map((d, k) => (
                    <div key={k} title={d.url}>
                      <span style={{ color: d.status === "delivered" ? "var(--c-ok)" : d.status === "failed" ? "var(--c-dropout)" : "var(--c-reask)" }}>{d.status}</span>
                      {" "}· attempt {d.attempt}{d.statusCode ? ` · HTTP ${d.statusCode}` : ""}{d.error ? ` · ${d.error}` : ""}
                    </div>
                  ))}
                </td>
              </tr>
            ))}
            {!history.data.length && <tr><td colSpan={7} className="py-6 text-center text-xs text-muted">Nothing has fired yet.</td></tr>}
          </tbody>
        </table>
      </section>
    </div>
  );
}
