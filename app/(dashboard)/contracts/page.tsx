import { listContractEdgesForProject } from "@/lib/contracts/queries";
import { requireViewer } from "@/lib/dashboard/session";
import { ContractEdgesTable } from "./edges-table";
import { ImportForm } from "./import-form";

export const metadata = { title: "Contracts · Baton" };

export default async function ContractsPage() {
  const v = await requireViewer();
  const { days, data } = await listContractEdgesForProject({ projectId: v.projectId });
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">Handoff contracts</h1>
        <a className="btn" href="/api/v1/contracts/export" download="contracts.json">Export contracts.json</a>
      </div>
      <p className="text-sm text-muted">
        Each edge&apos;s contract is inferred from the last {days} days of its handoffs; pin it (or write one) to check every handoff as it is scored.
        The exported file is what <code>npx baton-contracts check</code> reads in CI.
      </p>
      <section className="panel min-w-0 p-4" aria-label="Contract edges">
        <ContractEdgesTable edges={data} since={new Date(Date.now() - days * 86_400_000).toISOString()} />
      </section>
      <section className="panel p-4" aria-label="Import contracts">
        <h2 className="text-sm font-medium">Import a contracts file</h2>
        <ImportForm />
      </section>
    </div>
  );
}
