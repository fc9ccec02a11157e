// The handoff chain: every handoff with its turn, which of several requested transfers took effect
// (read from who acted next, never assumed: the OpenAI Agents SDK and LangGraph swarm execute the
// first, OpenAI Swarm documented the last), parallel delegations (fan-outs), and the call-stack
// depth.
//
// Shapes (SPEC §3.6, §3.7):
// - Several *transfers* by one agent in one turn with nobody else acting in between: the model
//   asked for more than one, the SDK ran one — role confusion, the others "ignored".
// - Several *delegations* by one agent in one turn, with only that agent and the workers already
//   dispatched acting in between (parallel workers interleave), before any of them returned: a
//   fan-out of width k. All are effective; nothing is ignored; it is not role confusion.
// - Each `return` is paired with the open delegation of the worker that returns (of the same
//   `callId` when both carry one).
//
// Depth is the handoff call stack: a transfer or a single delegation goes one level deeper; a
// fan-out of k goes one level deeper once (width k); a `return` closes its worker's delegation and
// the level is left when the last worker of the fan-out has returned (a return with no open
// delegation goes one level up). Ignored handoffs do not move the depth.
import type { HandoffRecord } from "../ingest/schemas";
import { isHandoff, type TimedEvent } from "./timeline";

export interface ChainLink {
  event: HandoffRecord;
  index: number;
  turn: number;
  at: number;
  /** agents requested in the same turn/response, when more than one */
  requested: string[] | null;
  /** requested agents that never got control */
  ignored: string[];
  /** false when this handoff was requested alongside others and did not take effect */
  effective: boolean;
  depth: number;
  /** set on each delegation of a parallel fan-out: which fan-out (0, 1, …) and how many workers */
  fanOut: { group: number; width: number } | null;
  /** position in the chain of the matching delegation (on a return) or return (on a delegation) */
  pair: number | null;
}

function requestedFromMetadata(e: HandoffRecord): string[] | null {
  const m = e.metadata ?? {};
  const v = m.requested ?? m.requestedAgents ?? m.requested_agents;
  return Array.isArray(v) && v.length > 1 && v.every((x) => typeof x === "string") ? (v as string[]) : null;
}

/** The next agent (other than `from`) to emit anything after timeline position `after`. */
function nextActor(timeline: TimedEvent[], after: number, from: string): string | null {
  for (let i = after + 1; i < timeline.length; i++) {
    const e = timeline[i].event;
    const actor = e.type === "handoff" ? e.from : e.agent;
    if (actor && actor !== from && !(e.type === "message" && e.role === "user")) return actor;
  }
  return null;
}

export function buildChain(timeline: TimedEvent[]): ChainLink[] {
  const links: ChainLink[] = timeline
    .filter((t): t is TimedEvent & { event: HandoffRecord } => isHandoff(t.event))
    .map((t) => ({
      event: t.event, index: t.index, turn: t.turn, at: t.at, requested: null, ignored: [], effective: true, depth: 0, fanOut: null, pair: null,
    }));

  // Group handoffs by the same sender in the same turn, of the same kind (delegations apart).
  let i = 0;
  let fanOuts = 0;
  while (i < links.length) {
    // a return is one worker handing back, never a request among several: k workers of one name
    // returning in a row are not role confusion
    if (links[i].event.mode === "return") {
      i++;
      continue;
    }
    const from = links[i].event.from;
    const delegating = isDelegate(links[i]);
    const actors = new Set([from, ...(delegating ? [links[i].event.to] : [])]);
    let j = i + 1;
    while (
      j < links.length &&
      links[j].event.from === from &&
      links[j].turn === links[i].turn &&
      isDelegate(links[j]) === delegating &&
      links[j].event.mode !== "return" &&
      !othersActBetween(timeline, links[j - 1].index, links[j].index, actors)
    ) {
      if (delegating) actors.add(links[j].event.to);
      j++;
    }
    const group = links.slice(i, j);
    if (delegating) {
      if (group.length > 1) {
        for (const l of group) l.fanOut = { group: fanOuts, width: group.length };
        fanOuts++;
      }
      i = j;
      continue;
    }
    const fromMeta = group.length === 1 ? requestedFromMetadata(group[0].event) : null;
    if (group.length > 1 || fromMeta) {
      const requested = fromMeta ?? [...new Set(group.map((l) => l.event.to))];
      const actor = nextActor(timeline, group[group.length - 1].index, group[0].event.from);
      const executed = actor && requested.includes(actor) ? actor : null;
      const ignored = executed ? requested.filter((a) => a !== executed) : [];
      // Without evidence of who acted, keep every requested handoff effective-looking: the
      // first one only (the common framework behaviour) moves the chain.
      const winner = group.find((l) => l.event.to === executed) ?? group[0];
      for (const l of group) {
        l.requested = requested;
        l.ignored = ignored;
        l.effective = l === winner;
      }
    }
    i = j;
  }

  assignDepth(links);
  return links;
}

const isDelegate = (l: ChainLink) => l.event.mode === "delegate";

/** Call-stack depth and delegation/return pairing (see the header). */
function assignDepth(links: ChainLink[]): void {
  let depth = 0;
  // Open delegation frames: the chain positions of the delegations whose workers have not returned.
  const frames: number[][] = [];
  links.forEach((l, pos) => {
    if (!l.effective) return void (l.depth = depth);
    if (l.event.mode === "return") {
      const top = frames[frames.length - 1];
      // the worker's open delegation; with call ids on both sides (one worker called several
      // times at once), the one with the same id
      const sameCall = (p: number) => !l.event.callId || !links[p].event.callId || links[p].event.callId === l.event.callId;
      const open = top?.findIndex((p) => links[p].event.to === l.event.from && sameCall(p)) ?? -1;
      if (top && open >= 0) {
        const [p] = top.splice(open, 1);
        l.pair = p;
        links[p].pair = pos;
        if (!top.length) (frames.pop(), (depth = Math.max(0, depth - 1)));
      } else depth = Math.max(0, depth - 1);
    } else if (l.fanOut && pos > 0 && links[pos - 1].fanOut?.group === l.fanOut.group) {
      frames[frames.length - 1].push(pos); // a further worker of the same fan-out: same level
    } else {
      depth++;
      if (isDelegate(l)) frames.push([pos]);
    }
    l.depth = depth;
  });
}

function othersActBetween(timeline: TimedEvent[], a: number, b: number, allowed: Set<string>): boolean {
  for (let k = a + 1; k < b; k++) {
    const e = timeline[k].event;
    const actor = e.type === "handoff" ? e.from : e.agent;
    if (actor && !allowed.has(actor)) return true;
  }
  return false;
}

/** Between the workers of one fan-out in an agent path: they held control side by side. */
export const PARALLEL = " ∥ ";

/**
 * Agents in the order control passed through them. A fan-out is one step listing its workers
 * ("plans ∥ coverage ∥ reviews"), and its workers returning one after another bring control back
 * to the lead once.
 */
export function agentPath(timeline: TimedEvent[], chain: ChainLink[]): string[] {
  const path: string[] = [];
  const first = chain[0]?.event.from ?? timeline.find((t) => t.event.agent)?.event.agent;
  if (first) path.push(first);
  chain.forEach((l, pos) => {
    if (!l.effective) return;
    if (l.fanOut) {
      if (chain[pos - 1]?.fanOut?.group !== l.fanOut.group) {
        path.push(chain.filter((x) => x.fanOut?.group === l.fanOut!.group).map((x) => x.event.to).join(PARALLEL));
      }
    } else if (!(l.event.mode === "return" && path[path.length - 1] === l.event.to)) path.push(l.event.to);
  });
  return path;
}
