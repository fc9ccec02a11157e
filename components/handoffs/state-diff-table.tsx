// A handoff's state diff, field by field (SPEC §3.1): removed (or "dropped", when the dropout scorer
// counted it) in red, changed in amber, added in green — on the dashboard's one table
// (components/ui/data-table.tsx), which scrolls sideways inside the card on a phone.
import { DataTable, type Column } from "@/components/ui/data-table";
import type { Handoff } from "@/lib/conversations/read-model";

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

interface DiffRow {
  change: "dropped" | "removed" | "changed" | "added";
  path: string;
  value: string;
}

const COLOUR: Record<DiffRow["change"], string> = { dropped: "text-dropout", removed: "text-dropout", changed: "text-reask", added: "text-ok" };

const COLUMNS: Column<DiffRow>[] = [
  { header: "change", headerClassName: "w-24", className: "font-mono text-xs", cell: (r) => r.change },
  { header: "field", className: "break-all font-mono text-xs", cell: (r) => r.path },
  { header: "value", className: "break-all font-mono text-xs", cell: (r) => r.value },
];

/** The diff's rows in reading order: what was lost first, then what changed, then what was added. */
export function diffRows(h: Pick<Handoff, "diff" | "dropped">): DiffRow[] {
  const dropped = new Set(h.dropped.map((d) => d.field));
  return [
    ...h.diff.removed.map((r): DiffRow => ({ change: dropped.has(r.path) ? "dropped" : "removed", path: r.path, value: show(r.value) })),
    ...h.diff.changed.map((c): DiffRow => ({ change: "changed", path: c.path, value: `${show(c.from)} → ${show(c.to)}` })),
    ...h.diff.added.map((a): DiffRow => ({ change: "added", path: a.path, value: show(a.value) })),
  ];
}

export function StateDiffTable({ h }: { h: Pick<Handoff, "diff" | "dropped"> }) {
  const rows = diffRows(h);
  if (!rows.length) return <p className="mt-3 border-t border-border pt-1 font-mono text-xs text-muted">no state changed across this handoff</p>;
  return (
    <DataTable
      aria-label="State diff"
      className="mt-3"
      columns={COLUMNS}
      rows={rows}
      rowKey={(r) => `${r.change}${r.path}`}
      rowClassName={(r) => COLOUR[r.change]}
    />
  );
}
