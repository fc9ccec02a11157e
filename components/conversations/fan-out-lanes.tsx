// One parallel fan-out on the drill-down timeline: the lead forks into one lane per worker (its
// delegation, what it did, its return), side by side from the md breakpoint and stacked on a phone,
// and the lanes join back at the lead. Grouping comes from lib/conversations/fan-out.ts; the cards
// and events inside are rendered by the timeline (passed in, so the two files do not import each
// other).
import type { ReactNode } from "react";
import type { Lane } from "@/lib/conversations/fan-out";
import type { Handoff } from "@/lib/conversations/read-model";

/** What the lanes read of a handoff (the read model's). */
type Returnable = Pick<Handoff, "index" | "flags">;

export function FanOutLanes<E extends { id: string }, H extends Returnable>({
  lead,
  lanes,
  renderEvent,
  renderHandoff,
}: {
  lead: string;
  lanes: Array<Lane<E, H>>;
  renderEvent: (e: E) => ReactNode;
  renderHandoff: (h: H) => ReactNode;
}) {
  const returned = lanes.filter((l) => l.ret).length;
  const unused = lanes.filter((l) => l.delegation.flags.includes("result_unused")).length;
  return (
    <section aria-label={`Fan-out from ${lead} to ${lanes.length} workers`} className="rounded-lg border border-border p-3 max-md:px-2">
      <div className="flex flex-wrap items-center gap-2 text-xs md:justify-center">
        <span className="rounded bg-bg px-1.5 py-0.5 font-mono text-sm">{lead}</span>
        <span className="font-medium uppercase tracking-wide text-muted">fans out to {lanes.length} workers in parallel</span>
      </div>
      {/* fork (side by side only): from the lead down to a rail over the lanes' centres */}
      <div aria-hidden className="mx-auto mt-1 hidden h-3 w-0.5 md:block" style={{ background: "var(--accent)" }} />
      <div aria-hidden className="mx-[calc(50%/var(--lanes))] hidden h-3 rounded-t-md border-x-2 border-t-2 md:block" style={{ borderColor: "var(--accent)", ["--lanes" as string]: lanes.length }} />
      <ol
        className="grid gap-3 md:grid-cols-[repeat(var(--lanes),minmax(0,1fr))]"
        style={{ ["--lanes" as string]: lanes.length }}
      >
        {lanes.map((l) => (
          <li key={l.delegation.index} aria-label={`Lane ${l.worker}`} className="flex min-w-0 flex-col gap-2 border-l-2 pl-2 md:border-l-0 md:pl-0" style={{ borderColor: "var(--accent)" }}>
            <div aria-hidden className="mx-auto hidden h-3 w-0.5 md:block" style={{ background: "var(--accent)" }} />
            <div className="flex items-center justify-center gap-2 text-xs max-md:justify-start">
              <span className="font-mono text-sm font-semibold">{l.worker}</span>
              <span className="text-muted">{l.ret ? "returned" : "no return yet"}</span>
            </div>
            {renderHandoff(l.delegation)}
            {l.events.map((e) => <div key={e.id} id={`event-${e.id}`}>{renderEvent(e)}</div>)}
            <div className="mt-auto">
              {l.ret ? renderHandoff(l.ret) : <div className="rounded-md border border-dashed border-border p-2 text-xs text-muted">{l.worker} has not returned to {lead}</div>}
            </div>
            <div aria-hidden className="mx-auto hidden h-3 w-0.5 md:block" style={{ background: "var(--accent)" }} />
          </li>
        ))}
      </ol>
      {/* join: the lanes meet again at the lead */}
      <div aria-hidden className="mx-[calc(50%/var(--lanes))] hidden h-3 rounded-b-md border-x-2 border-b-2 md:block" style={{ borderColor: "var(--accent)", ["--lanes" as string]: lanes.length }} />
      <div aria-hidden className="mx-auto hidden h-3 w-0.5 md:block" style={{ background: "var(--accent)" }} />
      <div className="mt-1 flex flex-wrap items-center gap-2 text-xs md:justify-center" aria-label="Join">
        <span className="text-muted">joins back at</span>
        <span className="rounded bg-bg px-1.5 py-0.5 font-mono text-sm">{lead}</span>
        <span className="text-muted">
          · {returned} of {lanes.length} returned{unused ? ` · ${unused} result${unused === 1 ? "" : "s"} unused` : ""}
        </span>
      </div>
    </section>
  );
}
