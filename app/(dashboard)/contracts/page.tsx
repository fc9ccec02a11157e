import Link from "next/link";
import { listContractEdgesForProject } from "@/lib/contracts/queries";
import { formatValue } from "@/lib/dashboard/format";
import { requireViewer } from "@/lib/dashboard/session";
import { ImportForm } from "./import-form";

export const metadata = { title: "Contracts · Baton" };

const STATUS_COLOR: Record<string, string> = { pinned: "var(--c-ok)", inferred: "var(--muted)", none: "var(--muted)" };

export default async function ContractsPage() {
  const v = await requireViewer();
  const { days, data } = await listContractEdgesForProject({ projectId: v.projectId });
  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-xl font-semibold">Handoff contracts</h1>
        <a className="btn" href="/api/v1/contracts/export" download="contracts.json">Export contracts.json</a>
      </div>
      <p className="text-sm text-muted">
        Each edge&apos;s contract is inferred from the last {days} days of its handoffs; pin it (or write one) to check every handoff as it is scored.
        The exported file is what <code>npx baton-contracts check</code> reads in CI.
      </p>
      <section className="panel p-4" aria-label="Contract edges">
        {!data.length ? (
          <p className="py-6 text-center text-sm text-muted">No handoffs and no contracts yet.</p>
        ) : (
          <table className="w-full text-sm">
            <thead className="text-xs text-muted">
              <tr>
                <th className="py-1 text-left font-normal">from → to</th>
                <th className="text-left font-normal">contract</th>
                <th className="num font-normal">handoffs</th>
                <th className="num font-normal">break rate</th>
                <th className="num font-normal">last break</th>
              </tr>
            </thead>
            <tbody>
              {data.map((e) => (
                <tr key={`${e.from}→${e.to}`} className="border-t border-border">
                  <td className="py-1.5">
                    <Link className="font-mono text-xs hover:underline" href={`/contracts/${encodeURIComponent(e.from)}/${encodeURIComponent(e.to)}`}>
                      {e.from} → {e.to}
                    </Link>
                  </td>
                  <td style={{ color: STATUS_COLOR[e.status] }}>{e.status}{e.version ? ` v${e.version}` : ""}</td>
                  <td className="num">{e.handoffs.toLocaleString("en-US")}</td>
                  <td className="num">{e.breakRate === null ? "—" : formatValue(e.breakRate, "rate")}</td>
                  <td className="num text-xs">{e.lastBreakAt ? new Date(e.lastBreakAt).toISOString().slice(0, 16).replace("T", " ") : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section className="panel p-4" aria-label="Import contracts">
        <h2 className="text-sm font-medium">Import a contracts file</h2>
        <ImportForm />
      </section>
    </div>
  );
}
