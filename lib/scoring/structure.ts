// The structural scorers — they need no message content, so they work on every source, including
// OpenAI Responses-transport traces: handoffs-to-resolution (§3.4), depth (§3.6), role confusion
// (§3.7), ping-pong (§3.8) and context growth (§3.9).
import type { ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import { notScored, scored, type Scored } from "./context";

export type { ConversationStatus as Status } from "../conversations/status";
import type { ConversationStatus as Status } from "../conversations/status";

/**
 * The last resolution event decides the status; handoffs counted until the first "resolved".
 * H2R counts how often the conversation changed hands: each transfer once, each delegation once —
 * a parallel fan-out of k workers is one dispatch — and returns not at all (a worker handing its
 * result back to the orchestrator is the end of that dispatch, not a new handoff).
 */
export function scoreResolution(ctx: ScoringContext): { status: Status; csat: number | null; handoffsToResolution: Scored<number> } {
  let status: Status = "open";
  let resolvedAt: number | null = null;
  // the latest rating wins: a customer who re-rates (or a late survey) replaces the earlier one
  let csat: number | null = null;
  for (const t of ctx.timeline) {
    if (t.event.type !== "resolution") continue;
    status = t.event.status;
    if (t.event.csat !== undefined) csat = t.event.csat;
    if (t.event.status === "resolved" && resolvedAt === null) resolvedAt = t.index;
  }
  if (resolvedAt === null) return { status, csat, handoffsToResolution: notScored(`conversation is ${status}, not resolved`) };
  const counted = ctx.chain.filter(
    (l, pos) =>
      l.effective && l.index < resolvedAt! && l.event.mode !== "return" &&
      !(l.fanOut && ctx.chain[pos - 1]?.fanOut?.group === l.fanOut.group),
  );
  return { status, csat, handoffsToResolution: scored(counted.length) };
}

export type DepthLevel = "ok" | "warn" | "critical";

export function scoreDepth(ctx: ScoringContext): { maxDepth: number; level: DepthLevel } {
  const maxDepth = ctx.chain.reduce((m, l) => Math.max(m, l.depth), 0);
  const level = maxDepth > ctx.settings.depthCritical ? "critical" : maxDepth > ctx.settings.depthWarn ? "warn" : "ok";
  return { maxDepth, level };
}

export function scoreRoleConfusion(chain: ChainLink[]): boolean {
  return chain.some((l) => l.requested !== null);
}

/**
 * A→B→A within N hops: an effective transfer handing control back to an agent that handed off
 * within the previous N−1 transfers. Returns to an orchestrator (mode "return"/"delegate") are
 * the orchestrator pattern working as designed, not ping-pong.
 */
export function pingPongLinks(ctx: ScoringContext): Set<ChainLink> {
  const transfers = ctx.chain.filter((l) => l.effective && l.event.mode === "transfer");
  const out = new Set<ChainLink>();
  transfers.forEach((l, j) => {
    for (let k = 1; k < ctx.settings.pingPongHops && j - k >= 0; k++) {
      if (transfers[j - k].event.from === l.event.to) out.add(l);
    }
  });
  return out;
}

/** Bytes handed over: the summary, payload and receiver state that crossed the boundary. */
export function contextBytes(link: ChainLink): number {
  const e = link.event;
  const handed = { summary: e.summary, payload: e.payload, stateAfter: e.stateAfter };
  return Buffer.byteLength(JSON.stringify(handed), "utf8") - 2;
}

/** The context-bytes score: the largest of the effective handoffs' bytes, each already measured (run-scorers: contextBytes serialises the handed context, once per handoff). */
export function scoreContextOf(bytes: number[]): Scored<number> {
  if (!bytes.length) return notScored("no handoffs");
  return scored(Math.max(...bytes));
}
