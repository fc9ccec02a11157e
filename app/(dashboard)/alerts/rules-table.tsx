// The rules table on /alerts: each rule's condition, its worst state now (with the firing edges),
// its last value, a 24 h sparkline against the threshold, and for editors test/toggle/delete/edit.
import Link from "next/link";
import { Sparkline } from "@/components/charts/sparkline";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { AlertRule } from "@/lib/alerts/schemas";
import { drillHref } from "@/lib/dashboard/explain";
import { formatAgo, formatValue } from "@/lib/dashboard/format";
import { metricMeta } from "@/lib/dashboard/metrics";
import { edgeHrefOf } from "@/lib/edges/href";
import { deleteRuleAction, toggleRuleAction } from "./actions";
import { RuleForm, TestButton, type RuleDefaults } from "./rule-form";
import { STATE_STYLE } from "./state-style";

interface RuleLine {
  rule: AlertRule;
  state: string;
  last: number | null;
  spark: Array<number | null>;
}

/** Only what the edit form shows: props of a client component are serialised into the page, so no secrets. */
function formDefaults(r: AlertRule): RuleDefaults {
  const { id, name, metric, kind, direction, comparator, threshold, windowMinutes, minSamples, intervalSeconds, pendingEvaluations, severity, groupBy, enabled } = r;
  return { id, name, metric, kind, direction, comparator, threshold, windowMinutes, minSamples, intervalSeconds, pendingEvaluations, severity, groupBy, enabled, webhookUrls: r.webhooks.map((w) => w.url) };
}

function worst(states: string[]): string {
  for (const s of ["firing", "pending", "nodata", "ok"]) if (states.includes(s)) return s;
  return "not evaluated";
}

function line(rule: AlertRule, spark: Array<number | null>): RuleLine {
  const groups = Object.entries(rule.state);
  const state = rule.enabled ? worst(groups.map(([, g]) => g.state)) : "disabled";
  const last = groups.find(([, g]) => g.state === state)?.[1]?.lastValue ?? groups[0]?.[1]?.lastValue ?? null;
  return { rule, state, last, spark };
}

function condition(r: AlertRule) {
  const meta = metricMeta(r.metric);
  const main =
    r.kind === "change"
      ? `${meta.label}: level shift ${{ up: "up", down: "down", any: "either way" }[r.direction]}${r.threshold > 0 ? ` of ≥ ${formatValue(r.threshold, meta.unit)}` : ""} over ${r.windowMinutes} min`
      : `${meta.label} ${{ gt: ">", gte: "≥", lt: "<", lte: "≤" }[r.comparator ?? "gt"]} ${formatValue(r.threshold, meta.unit)} over ${r.windowMinutes} min`;
  return `${main}${r.minSamples ? `, ≥ ${r.minSamples} samples` : ""}${r.groupBy ? `, per ${r.groupBy}` : ""}`;
}

function columns(editor: boolean): Column<RuleLine>[] {
  return [
    {
      header: "Rule",
      cell: ({ rule: r }) => (
        <>
          <div className="font-medium">{r.name}</div>
          <div className="text-xs text-muted">{r.severity} · every {r.intervalSeconds}s · {r.webhooks.length} webhook{r.webhooks.length === 1 ? "" : "s"}</div>
        </>
      ),
    },
    { header: "Condition", className: "text-xs", cell: ({ rule }) => condition(rule) },
    {
      header: "State",
      cell: ({ rule: r, state }) => (
        <>
          <span className="rounded-full border px-2 py-0.5 text-xs font-medium" style={{ color: STATE_STYLE[state] ?? "var(--muted)", borderColor: STATE_STYLE[state] ?? "var(--border)" }}>{state}</span>
          {r.lastEvaluatedAt && <div className="mt-1 text-xs text-muted">checked {formatAgo(r.lastEvaluatedAt)}</div>}
          {r.groupBy === "edge" && Object.entries(r.state).filter(([g, x]) => x.state === "firing" && edgeHrefOf(g)).map(([g]) => (
            <Link key={g} className="mt-1 block font-mono text-xs hover:underline" href={edgeHrefOf(g)!}>{g}</Link>
          ))}
        </>
      ),
    },
    {
      header: "Last value",
      numeric: true,
      cell: ({ rule, last }) => {
        const value = formatValue(last, metricMeta(rule.metric).unit);
        const at = rule.lastEvaluatedAt ? new Date(rule.lastEvaluatedAt) : null;
        if (!at || last === null) return value;
        // the conversations behind the value: the metric's drill over the window of the last evaluation
        const href = drillHref(rule.metric, new Date(at.getTime() - rule.windowMinutes * 60_000), at);
        return <Link className="hover:underline" href={href} title="The conversations of the last evaluated window">{value}</Link>;
      },
    },
    { header: "Last 24 h vs threshold", cell: ({ rule, spark }) => <Sparkline values={spark} threshold={rule.threshold} color={metricMeta(rule.metric).color} /> },
    {
      header: <span className="sr-only">actions</span>,
      align: "right",
      className: "space-y-2",
      cell: ({ rule: r }) =>
        editor && (
          <>
            <div className="flex justify-end gap-2">
              <TestButton id={r.id} name={r.name} />
              <form action={toggleRuleAction}><input type="hidden" name="id" value={r.id} /><button className="btn">{r.enabled ? "Disable" : "Enable"}</button></form>
              <form action={deleteRuleAction}><input type="hidden" name="id" value={r.id} /><button className="btn text-dropout" aria-label={`Delete ${r.name}`}>Delete</button></form>
            </div>
            <details className="text-left">
              <summary className="cursor-pointer text-xs text-muted">Edit</summary>
              <div className="mt-2"><RuleForm rule={formDefaults(r)} /></div>
            </details>
          </>
        ),
    },
  ];
}

export function RulesTable({ rules, sparks, editor }: { rules: AlertRule[]; sparks: Array<Array<number | null>>; editor: boolean }) {
  return (
    <DataTable
      columns={columns(editor)}
      rows={rules.map((r, i) => line(r, sparks[i]))}
      rowKey={(l) => l.rule.id}
      rowClassName="align-top"
      minWidth={760}
      empty="No rules yet. Create one below, e.g. “re-ask rate above 8% over 1 h, at least 50 handoffs”."
    />
  );
}
