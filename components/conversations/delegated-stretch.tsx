// A delegated stretch on the drill-down timeline (issue 15 item 7): what happened while `lead`
// waited for `worker`, indented under the delegation card on a rail, ending with the worker's
// return (or a note that it never returned) and a "back to lead" line. A delegation inside the
// stretch draws its own rail one level deeper. Grouping: nest-delegations.ts.
import type { ReactNode } from "react";

export function DelegatedStretch({ lead, worker, returned, children }: { lead: string; worker: string; returned: boolean; children: ReactNode }) {
  return (
    <section aria-label={`Delegated from ${lead} to ${worker}`} className="ml-3 mt-2 border-l-2 pl-3 max-sm:ml-1.5 max-sm:pl-2" style={{ borderColor: "var(--accent)" }}>
      <div className="mb-2 text-xs text-muted">
        <span className="font-mono text-fg">{worker}</span> works for <span className="font-mono text-fg">{lead}</span>
        {returned ? "" : " · no return yet"}
      </div>
      <ol className="space-y-3">{children}</ol>
      <div className="mt-2 text-xs text-muted" aria-label="Back to lead">
        {returned ? (
          <>↩ back to <span className="font-mono text-fg">{lead}</span></>
        ) : (
          <span className="rounded-md border border-dashed border-border px-2 py-1">{worker} has not returned to {lead}</span>
        )}
      </div>
    </section>
  );
}
