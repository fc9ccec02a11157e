import Link from "next/link";
import { getEdgeContract } from "@/lib/contracts/queries";
import { describeBreak } from "@/lib/contracts/check";
import { ReleaseDrift } from "@/components/contracts/release-drift";
import { edgeConversationsQuery, edgeHref } from "@/lib/edges/href";
import { requireViewer } from "@/lib/dashboard/session";
import { ContractEditor } from "./contract-editor";
import { FieldsTable } from "./fields-table";

export const metadata = { title: "Contract · Baton" };

const show = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
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
        <span className="text-sm" data-testid="contract-status">{c.status}{c.pinned ? ` · version ${c.pinned.version} by ${c.pinned.updatedBy}, ${when(c.pinned.updatedAt)}` : ""}</span>
      </div>
      {c.pinned?.rescore && (
        <p className="text-sm text-muted" role="status" aria-label="Rescore progress">
          Rescoring the last window: {c.pinned.rescore.done} / {c.pinned.rescore.total} conversations re-checked
        </p>
      )}
      {c.inferred.drift.length > 0 && (
        <ReleaseDrift id="release-drift" drift={c.inferred.drift} other={{ href: `${edgeHref(from, to)}#contract-drift`, label: "On the edge page →" }} />
      )}
      <section className="panel min-w-0 p-4" aria-label="Fields">
        <h2 className="text-sm font-medium">Fields carried ({c.inferred.handoffs} handoffs since {when(c.inferred.since)})</h2>
        <FieldsTable fields={c.inferred.fields} pinned={pinnedFields} required={required} conversationsHref={conversations} />
      </section>
      <section className="panel p-4" aria-label="Contract">
        <h2 className="mb-2 text-sm font-medium">{c.pinned ? "Pinned contract" : "Contract (not pinned; the inferred one is shown)"}</h2>
        <ContractEditor from={from} to={to} initial={JSON.stringify(c.pinned?.schema ?? c.inferred.schema, null, 2)} canPinInferred={c.inferred.handoffs > 0} />
      </section>
      <section className="panel p-4" aria-label="Break history">
        <h2 className="text-sm font-medium">Breaks</h2>
        {!c.breaks.length ? (
          <p className="mt-2 text-sm text-muted">No breaks.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {c.breaks.map((b) => (
              <li key={`${b.conversationId}${b.eventId}`}>
                <span className="text-xs text-muted">{when(b.at)}</span>{" "}
                <Link className="font-mono text-xs hover:underline" href={`/conversations/${encodeURIComponent(b.conversationId)}`}>{b.conversationId}</Link>{" "}
                <span className="text-xs">{b.breaks.map(describeBreak).join("; ")}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="panel p-4" aria-label="Version history">
        <h2 className="text-sm font-medium">History</h2>
        {!c.versions.length ? (
          <p className="mt-2 text-sm text-muted">Never pinned.</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {c.versions.map((ver) => (
              <li key={ver.version}>
                v{ver.version} · {ver.author} · {when(ver.createdAt)}{ver.schema === null ? " · removed" : ""}:{" "}
                <span className="font-mono text-xs">
                  {(ver.diff as Array<{ field: string | null; change: string; before: unknown; after: unknown }>).map((d) => `${d.change} ${d.field ?? ""} ${d.before === null ? "" : show(d.before)}→${d.after === null ? "" : show(d.after)}`).join("; ") || "no change"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
