import type { Diff } from "@/lib/releases/stats";

export type Unit = "rate" | "number";

const show = (v: number | null, unit: Unit, signed = false) => {
  if (v === null) return "—";
  const s = unit === "rate" ? `${(v * 100).toFixed(1)}%` : v.toFixed(2);
  return signed && v > 0 ? `+${s}` : s;
};

/** One compared metric: A, B, B − A with its 95 % interval and p-value; red when significantly worse. */
export function DiffRow({ label, d, unit, higherIsWorse }: { label: string; d: Diff; unit: Unit; higherIsWorse: boolean }) {
  const worse = d.significant && d.diff !== null && d.diff !== 0 && (d.diff > 0) === higherIsWorse;
  const better = d.significant && !worse && d.diff !== 0;
  return (
    <tr className="border-t border-border" data-metric={label}>
      <td className="py-1.5">{label}</td>
      <td className="num">{show(d.a, unit)} <span className="text-xs text-muted">n={Math.round(d.nA).toLocaleString("en-US")}</span></td>
      <td className="num">{show(d.b, unit)} <span className="text-xs text-muted">n={Math.round(d.nB).toLocaleString("en-US")}</span></td>
      <td className={`num font-medium ${worse ? "text-dropout" : better ? "text-ok" : ""}`}>{show(d.diff, unit, true)}</td>
      <td className="num text-xs">{d.lo === null || d.hi === null ? "too few" : `${show(d.lo, unit, true)} … ${show(d.hi, unit, true)}`}</td>
      <td className="num text-xs">{d.p === null ? "—" : d.p < 0.001 ? "< 0.001" : d.p.toFixed(3)}{d.significant ? " *" : ""}</td>
    </tr>
  );
}
