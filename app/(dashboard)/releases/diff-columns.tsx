// The columns of a release comparison table (components/ui/data-table.tsx): one compared metric a
// row — A, B, B − A with its 95 % interval and p-value; B − A red when significantly worse.
import type { Column } from "@/components/ui/data-table";
import type { Diff } from "@/lib/releases/stats";

export type Unit = "rate" | "number";

export interface DiffLine {
  label: string;
  d: Diff;
  unit: Unit;
  higherIsWorse: boolean;
}

const show = (v: number | null, unit: Unit, signed = false) => {
  if (v === null) return "—";
  const s = unit === "rate" ? `${(v * 100).toFixed(1)}%` : v.toFixed(2);
  return signed && v > 0 ? `+${s}` : s;
};

const count = (n: number) => <span className="text-xs text-muted">n={Math.round(n).toLocaleString("en-US")}</span>;

function tone({ d, higherIsWorse }: DiffLine): string {
  const worse = d.significant && d.diff !== null && d.diff !== 0 && (d.diff > 0) === higherIsWorse;
  const better = d.significant && !worse && d.diff !== 0;
  return worse ? "text-dropout" : better ? "text-ok" : "";
}

export function diffColumns(a: string, b: string, metric = "metric"): Column<DiffLine>[] {
  return [
    { header: metric, cell: (l) => l.label },
    { header: `A ${a}`, numeric: true, cell: (l) => <>{show(l.d.a, l.unit)} {count(l.d.nA)}</> },
    { header: `B ${b}`, numeric: true, cell: (l) => <>{show(l.d.b, l.unit)} {count(l.d.nB)}</> },
    { header: "B − A", numeric: true, cell: (l) => show(l.d.diff, l.unit, true), cellClassName: (l) => `font-medium ${tone(l)}` },
    {
      header: "95 % interval",
      numeric: true,
      className: "text-xs",
      cell: ({ d, unit }) => (d.lo === null || d.hi === null ? "too few" : `${show(d.lo, unit, true)} … ${show(d.hi, unit, true)}`),
    },
    { header: "p", numeric: true, className: "text-xs", cell: ({ d }) => `${d.p === null ? "—" : d.p < 0.001 ? "< 0.001" : d.p.toFixed(3)}${d.significant ? " *" : ""}` },
  ];
}
