// The erasure audit log on /settings: who erased what (identifier masked), when, and how many rows.
import { formatAgo } from "@/lib/dashboard/format";
import { listErasures } from "@/lib/erasure/queries";

export async function ErasureLog({ projectId }: { projectId: string }) {
  const entries = await listErasures({ projectId });
  return (
    <section className="panel space-y-3 p-5" aria-label="Erasures">
      <div>
        <h2 className="font-medium">Erasures</h2>
        <p className="text-xs text-muted">
          DELETE /api/v1/conversations/&#123;id&#125; and POST /api/v1/erasure. Identifiers are never stored, only their first two characters.
        </p>
      </div>
      {entries.length === 0 ? (
        <p className="text-sm text-muted">No erasures yet.</p>
      ) : (
        <table className="w-full text-sm">
          <thead className="text-xs text-muted">
            <tr>
              <th className="py-1 text-left font-normal">when</th>
              <th className="text-left font-normal">by</th>
              <th className="text-left font-normal">what</th>
              <th className="num font-normal">matched</th>
              <th className="num font-normal">conversations erased</th>
              <th className="num font-normal">rows deleted</th>
              <th className="text-left font-normal">status</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-t border-border">
                <td className="py-1.5 text-xs">{formatAgo(e.createdAt.toISOString())}</td>
                <td className="text-xs">{e.actor}</td>
                <td className="font-mono text-xs">{e.kind === "conversation" ? "conversation " : "identifier "}{e.identifier}</td>
                <td className="num">{e.matched}</td>
                <td className="num">{e.erased}</td>
                <td className="num" title={`events ${e.rows.events}, handoffs ${e.rows.handoffs}, conversations ${e.rows.conversations}, staged spans ${e.rows.spans}, jobs ${e.rows.jobs}`}>
                  {(e.rows.events + e.rows.handoffs + e.rows.conversations + e.rows.spans).toLocaleString("en-US")}
                </td>
                <td className="text-xs">{e.status === "running" ? "unfinished — resend the request" : e.status}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
