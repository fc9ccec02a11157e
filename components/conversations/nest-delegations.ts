// Nests the drill-down timeline's delegated stretches (issue 15 item 7): a single `delegate`
// handoff (not part of a parallel fan-out, which has its own lanes) opens a stretch that holds
// everything after it up to and including its paired `return` (lib/scoring/chain.ts pairs them);
// a delegation inside that stretch opens a deeper one. A delegation that never returned nests to
// the end of the conversation. Transfers never nest: control moved on, nobody is waiting for it to
// come back. Pure, over the items lib/conversations/fan-out.ts lays out, so fan-out blocks nest too.
import type { TimelineItem } from "@/lib/conversations/fan-out";

export interface NestableHandoff {
  index: number;
  from: string;
  to: string;
  mode: string;
  fanOut?: unknown;
  pair?: number | null;
}

export interface DelegationItem<E, H> {
  kind: "delegation";
  /** the delegating agent and the worker it waits for */
  lead: string;
  worker: string;
  delegation: H;
  /** the delegate handoff's event */
  event: E;
  /** the paired return, null while the worker has not returned */
  ret: H | null;
  /** what happened in the stretch, the return's event last */
  items: Array<NestedItem<E, H>>;
}

export type NestedItem<E, H> = TimelineItem<E, H> | DelegationItem<E, H>;

export function nestDelegations<E, H extends NestableHandoff>(items: Array<TimelineItem<E, H>>, handoffOf: (e: E) => H | undefined): Array<NestedItem<E, H>> {
  const root: Array<NestedItem<E, H>> = [];
  const open: Array<DelegationItem<E, H>> = [];
  const here = () => (open.length ? open[open.length - 1].items : root);
  for (const item of items) {
    const h = item.kind === "event" ? handoffOf(item.event) : undefined;
    if (item.kind === "event" && h?.mode === "delegate" && !h.fanOut) {
      const block: DelegationItem<E, H> = { kind: "delegation", lead: h.from, worker: h.to, delegation: h, event: item.event, ret: null, items: [] };
      here().push(block);
      open.push(block);
      continue;
    }
    // a return ends its own delegation's stretch, and any deeper one that never returned
    const at = h?.mode === "return" ? open.findLastIndex((b) => b.delegation.index === h.pair) : -1;
    if (at < 0) {
      here().push(item);
      continue;
    }
    open[at].items.push(item);
    open[at].ret = h!;
    open.length = at;
  }
  return root;
}
