// Overview table: per edge, the CSAT of rated conversations where that edge dropped a field vs
// where it did not (lib/metrics/edge-csat.ts), worst gap first.
import Link from "next/link";
import { formatValue } from "@/lib/dashboard/format";
import { rangeQuery, type TimeRange } from "@/lib/dashboard/range";
import type { EdgeCsat } from "@/lib/metrics/edge-csat";

const cell = (mean: number | null, n: number) => (
  <>
    {formatValue(mean, "score")} <span className="text-xs text-muted">({Math.round(n).toLocaleString("en-US")})</span>
  </>
);

export function EdgeCsatTable({ rows, range }: { rows: EdgeCsat[]; range: TimeRange }) {
  return (
    <section className="panel p-4" aria-label="CSAT by edge dropout">
      <h3 className="text-sm font-medium">CSAT with vs without a dropout on the edge</h3>
      <p className="text-xs text-muted">Mean CSAT of rated conversations (count) that crossed the edge, split by whether it dropped a field there.</p>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full text-sm">
          <thead className="text-xs text-muted">
            <tr>
              <th className="py-1 text-left font-normal">from → to</th>
              <th className="num font-normal">with dropout</th>
              <th className="num font-normal">without</th>
              <th className="num font-normal">difference</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.edge} className="border-t border-border">
                <td className="py-1.5">
                  <Link className="hover:underline" href={`/conversations?${rangeQuery(range, { edge: e.edge })}`}>
                    <span className="font-mono text-xs">{e.from}</span> → <span className="font-mono text-xs">{e.to}</span>
                  </Link>
                </td>
                <td className="num">{cell(e.withDropout.mean, e.withDropout.conversations)}</td>
                <td className="num">{cell(e.withoutDropout.mean, e.withoutDropout.conversations)}</td>
                <td className={`num ${e.difference !== null && e.difference < 0 ? "text-dropout" : ""}`}>
                  {e.difference === null ? "—" : `${e.difference > 0 ? "+" : e.difference < 0 ? "−" : ""}${Math.abs(e.difference).toFixed(2)}`}
                </td>
              </tr>
            ))}
            {!rows.length && (
              <tr>
                <td colSpan={4} className="py-6 text-center text-xs text-muted">No rated conversations crossed an edge in this range.</td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </section>
  );
}
