// The alert history on /alerts: each transition with its value, threshold, group (an edge links to
// its page) and the webhook deliveries it caused.
import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { listAlertEvents } from "@/lib/alerts/queries";
import type { AlertRule } from "@/lib/alerts/schemas";
import { formatAgo, formatValue } from "@/lib/dashboard/format";
import { metricMeta } from "@/lib/dashboard/metrics";
import { edgeHrefOf } from "@/lib/edges/href";
import { STATE_STYLE } from "./state-style";

type AlertEventRow = Awaited<ReturnType<typeof listAlertEvents>>["data"][number];

const DELIVERY_COLOR: Record<string, string> = { delivered: "var(--c-ok)", failed: "var(--c-dropout)" };

function columns(rules: AlertRule[]): Column<AlertEventRow>[] {
  const ruleOf = (e: AlertEventRow) => rules.find((r) => r.id === e.ruleId);
  const unit = (e: AlertEventRow) => metricMeta(ruleOf(e)?.metric ?? "").unit;
  return [
    { header: "when", className: "text-xs text-muted", cell: (e) => formatAgo(e.at) },
    { header: "rule", cell: (e) => e.ruleName ?? e.ruleId },
    { header: "state", cell: (e) => <span className="text-xs font-medium" style={{ color: STATE_STYLE[e.state] }}>{e.state}</span> },
    { header: "value", numeric: true, cell: (e) => formatValue(e.value, unit(e)) },
    { header: "threshold", numeric: true, cell: (e) => formatValue(e.threshold, unit(e)) },
    {
      header: "group",
      className: "font-mono text-xs",
      cell: (e) =>
        e.group && ruleOf(e)?.groupBy === "edge" && edgeHrefOf(e.group) ? <Link className="hover:underline" href={edgeHrefOf(e.group)!}>{e.group}</Link> : (e.group ?? ""),
    },
    {
      header: "deliveries",
      className: "text-xs",
      cell: (e) =>
        e.deliveries.map((d, k) => (
          <div key={k} title={d.url}>
            <span style={{ color: DELIVERY_COLOR[d.status] ?? "var(--c-reask)" }}>{d.status}</span>
            {" "}· attempt {d.attempt}{d.statusCode ? ` · HTTP ${d.statusCode}` : ""}{d.error ? ` · ${d.error}` : ""}
          </div>
        )),
    },
  ];
}

export function HistoryTable({ events, rules }: { events: AlertEventRow[]; rules: AlertRule[] }) {
  return <DataTable columns={columns(rules)} rows={events} rowKey={(e) => e.id} rowClassName="align-top" minWidth={720} empty="Nothing has fired yet." />;
}
