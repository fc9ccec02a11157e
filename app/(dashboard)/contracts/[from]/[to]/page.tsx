import Link from "next/link";
import { getEdgeContract } from "@/lib/contracts/queries";
import { ReleaseDrift } from "@/components/contracts/release-drift";
import { edgeConversationsQuery, edgeHref } from "@/lib/edges/href";
import { requireViewer } from "@/lib/dashboard/session";
import { ContractEditor } from "./contract-editor";
import { FieldsTable } from "./fields-table";
import { BreaksTable, VersionsTable } from "./history-tables";

export const metadata = { title: "Contract · Baton" };

const STATUS_TEXT = { none: "no contract yet", inferred: "inferred, not pinned", pinned: "pinned" } as const;
const when = (iso: string) => iso.slice(0, 16).replace("T", " ");

export default async function ContractPage({ params }: { params: Promise<{ from: string; to: string }> }) {
  const v = await requireViewer();
  const p = await params;
  const from = decodeURIComponent(p.from);
  const to = decodeURIComponent(p.to);
  const c = await getEdgeContract({ projectId: v.projectId, from, to });
  const pinnedFields = new Set(Object.keys(c.pinned?.schema.properties ?? {}));
  const required = new Set(c.pinned?.schema.required ?? []);
  // the contract's window as the list's custom range, so the figures here and the list agree
  const conversations = `/conversations?range=custom&from=${encodeURIComponent(c.inferred.since)}&${edgeConversationsQuery(from, to)}`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <Link href="/contracts" className="text-sm text-muted hover:underline">Contracts</Link>
        <h1 className="font-mono text-xl font-semibold">{from} → {to}</h1>
        <Link href={edgeHref(from, to)} className="text-sm hover:underline">Edge page →</Link>
        <Link href={conversations} className="text-sm hover:underline">Conversations on this edge →</Link>
        <span className="text-sm" data-testid="contract-status">{c.pinned ? `pinned · version ${c.pinned.version} by ${c.pinned.updatedBy}, ${when(c.pinned.updatedAt)}` : STATUS_TEXT[c.status]}</span>
      </div>
      {c.pinned?.rescore && (
        <p className="text-sm text-muted" role="status" aria-label="Rescore progress">
          Rescoring the last window: {c.pinned.rescore.done} / {c.pinned.rescore.total} conversations re-checked
        </p>
      )}
      {c.inferred.drift.length > 0 && (
        <ReleaseDrift
          id="release-drift"
          drift={c.inferred.drift}
          other={{ href: `${edgeHref(from, to)}#contract-drift`, label: "On the edge page →" }}
          conversationsOf={(release) => `${conversations}&${new URLSearchParams({ release })}`}
        />
      )}
      <section className="panel min-w-0 p-4" aria-label="Fields">
        <h2 className="text-sm font-medium">Fields carried ({c.inferred.handoffs} handoffs since {when(c.inferred.since)})</h2>
        <FieldsTable fields={c.inferred.fields} pinned={pinnedFields} required={required} conversationsHref={conversations} />
      </section>
      <section className="panel p-4" aria-label="Contract">
        <h2 className="mb-2 text-sm font-medium">{c.pinned ? "Pinned contract" : "Contract (not pinned; the inferred one is shown)"}</h2>
        <ContractEditor from={from} to={to} initial={JSON.stringify(c.pinned?.schema ?? c.inferred.schema, null, 2)} canPinInferred={c.inferred.handoffs > 0} />
      </section>
      <section className="panel min-w-0 p-4" aria-label="Break history">
        <h2 className="text-sm font-medium">Breaks</h2>
        <BreaksTable breaks={c.breaks} />
      </section>
      <section className="panel min-w-0 p-4" aria-label="Version history">
        <h2 className="text-sm font-medium">History</h2>
        <VersionsTable versions={c.versions} />
      </section>
    </div>
  );
}
