// The handoff chain: every handoff with its turn, which of several requested handoffs took effect
// (read from who acted next, never assumed: the OpenAI Agents SDK and LangGraph swarm execute the
// first, OpenAI Swarm documented the last), and the depth of the sequential chain.
//
// Depth choices: a transfer or delegate goes one level deeper; a `return` (a worker handing back
// to its orchestrator) comes one level back up, so a supervisor round trip does not look like a
// long chain. Ignored handoffs (requested but not executed) do not move the depth.
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
    .map((t) => ({ event: t.event, index: t.index, turn: t.turn, at: t.at, requested: null, ignored: [], effective: true, depth: 0 }));

  // Group handoffs by the same sender in the same turn with nobody else acting in between.
  let i = 0;
  while (i < links.length) {
    let j = i + 1;
    while (
      j < links.length &&
      links[j].event.from === links[i].event.from &&
      links[j].turn === links[i].turn &&
      !othersActBetween(timeline, links[j - 1].index, links[j].index, links[i].event.from)
    ) j++;
    const group = links.slice(i, j);
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

  let depth = 0;
  for (const l of links) {
    if (l.effective) depth = l.event.mode === "return" ? Math.max(0, depth - 1) : depth + 1;
    l.depth = depth;
  }
  return links;
}

function othersActBetween(timeline: TimedEvent[], a: number, b: number, from: string): boolean {
  for (let k = a + 1; k < b; k++) {
    const e = timeline[k].event;
    const actor = e.type === "handoff" ? e.from : e.agent;
    if (actor && actor !== from) return true;
  }
  return false;
}

/** Agents in the order control passed through them. */
export function agentPath(timeline: TimedEvent[], chain: ChainLink[]): string[] {
  const path: string[] = [];
  const first = chain[0]?.event.from ?? timeline.find((t) => t.event.agent)?.event.agent;
  if (first) path.push(first);
  for (const l of chain) if (l.effective) path.push(l.event.to);
  return path;
}
