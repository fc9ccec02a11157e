// Runs the nine scorers of SPEC §3 over one conversation's events and assembles what the worker
// stores: the conversation summary, one analysis per handoff (the §2.3 shape), the scores, and the
// reason for every score that could not be computed. Pure apart from the optional LLM judge.
import type { ContractBreak } from "../contracts/check";
import { observeHandoff, type HandoffShape } from "../contracts/observe";
import type { EventRecord } from "../ingest/schemas";
import type { ProjectSettings } from "../projects/settings";
import { releasesOf } from "../releases/extract";
import { agentPath, buildChain, type ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import type { StateDiff } from "./diff";
import { delegationDropped, dropoutForHandoff, reaskedCodes, type HandoffDropout } from "./dropout";
import { extractFacts, fieldOfKey } from "./facts";
import { staleUsesIn, type StaleUse } from "./freshness";
import { abstain, offlineJudge, scoreIntent, type IntentJudge } from "./intent";
import type { Asked } from "./asks";
import { delegationFlags, isEffectiveDelegation, scoreConversationOrchestration, scoreDelegation, type DelegationScores } from "./orchestration";
import { reasksAfter, type Reask } from "./reask";
import { vocabularyFor } from "./slots";
import {
  contextBytes,
  pingPongLinks,
  scoreContextOf,
  scoreDepth,
  scoreResolution,
  scoreRoleConfusion,
  type DepthLevel,
  type Status,
} from "./structure";
import { buildTimeline, hasMessageContent, isAgentMessage, isoOf, isUserMessage, type TimedEvent } from "./timeline";

export type { IntentJudge };

export interface HandoffAnalysis {
  index: number;
  eventId: string;
  from: string;
  to: string;
  turn: number;
  at: string;
  depth: number;
  mode: "transfer" | "delegate" | "return";
  summary: string | null;
  payload: Record<string, unknown> | null;
  diff: StateDiff;
  dropped: Array<{ field: string; value: unknown }>;
  reasks: Reask[];
  staleUses: StaleUse[];
  requested: string[] | null;
  ignored: string[];
  dropoutScore: number | null;
  contextBytes: number;
  contextTokens: number;
  flags: string[];
  /** what crossed (lib/contracts/observe.ts); null for a handoff that never took effect */
  shape: HandoffShape | null;
  /** set by lib/contracts/apply.ts when the edge has a contract; null = not checked */
  contractBreaks: ContractBreak[] | null;
  /** the release live when control moved (lib/releases/extract.ts); null = none reported */
  release: string | null;
  /** on each delegation of a parallel fan-out: which fan-out of the conversation (0, 1, …) and its width */
  fanOut: { group: number; width: number } | null;
  /** index of the paired return (on a delegation) or delegation (on a return) */
  pair: number | null;
  /** orchestrator–worker scores of a delegation (lib/scoring/orchestration.ts); null otherwise */
  orchestration: DelegationScores | null;
}

export interface Scores {
  dropoutRate: number | null;
  droppedFields: number;
  reaskCount: number | null;
  intentPreservation: number | null;
  intentDrift: boolean | null;
  /** which judge scored intent ("offline" or the LLM's model), how sure it was, and what drifted */
  intentJudge: string | null;
  intentConfidence: number | null;
  intentDriftKind: "antonym" | "partial" | "topic" | null;
  intentLostPart: string | null;
  /** what the judge saw: a drift's cause, or why it is preserved */
  intentReason: string | null;
  /** the judge's rule that decided (intent.ts IntentResult.path), so a verdict can be traced to it */
  intentPath: string | null;
  handoffsToResolution: number | null;
  staleUseCount: number;
  maxDepth: number;
  depthLevel: DepthLevel;
  roleConfusion: boolean;
  pingPong: boolean;
  contextBytes: number | null;
  /** orchestrator–worker (lib/scoring/orchestration.ts): the weakest delegation's ask carried … */
  askCarried: number | null;
  /** … the highest worker compression ratio … */
  compressionRatio: number | null;
  /** … and the share of returned worker results the lead's final answer used */
  resultUsed: number | null;
}

export interface ConversationAnalysis {
  conversation: {
    status: Status;
    /** the latest CSAT (1–5) of the conversation's resolution events, null when unrated */
    csat: number | null;
    firstAt: string;
    lastAt: string;
    agents: string[];
    agentPath: string[];
    handoffCount: number;
    maxDepth: number;
    userTurns: number;
    eventCount: number;
    flags: string[];
    preview: string;
    /** the release that finished it (lib/releases/extract.ts); null = none reported */
    release: string | null;
  };
  handoffs: HandoffAnalysis[];
  scores: Scores;
  scoreReasons: Record<string, string>;
}

/** Conversation flags, as the dashboard filters name them. */
export { FLAGS } from "./flags";

/**
 * The judge reads free text (wink-nlp's parse, the lexicon, or an LLM client), the one part of the
 * scorers that has thrown on text nobody foresaw ("I cannot." before topic23). A throw there costs the
 * judgment of this conversation — the intent score abstains and says so; a delegation whose ask could not
 * be judged is left out of the orchestration figures — and not every score of it: without this the
 * scoring job fails, retries and leaves the conversation unscored. The reason names the error's class
 * only: a message could carry text of the conversation or of a judge's configuration.
 */
async function judgedSafely<T>(work: () => Promise<T>, failed: (reason: string) => T): Promise<T> {
  try {
    return await work();
  } catch (err) {
    return failed(`the intent judge failed on this conversation (${err instanceof Error ? err.name : "error"}); its other scores stand`);
  }
}

export async function analyzeConversation(
  events: EventRecord[],
  settings: ProjectSettings,
  opts: { judge?: IntentJudge } = {},
): Promise<ConversationAnalysis> {
  const timeline = buildTimeline(events);
  const chain = buildChain(timeline);
  const vocab = vocabularyFor(settings.vocabulary);
  const asks = new Map<string, Asked[]>();
  const ctx: ScoringContext = { timeline, chain, facts: extractFacts(timeline, settings.trackedFields, vocab, asks), settings, vocab, asks };
  const effective = chain.filter((l) => l.effective);
  const pingPong = pingPongLinks(ctx);
  const content = hasMessageContent(timeline);
  const reasons: Record<string, string> = {};

  const releases = releasesOf(timeline, settings.releaseKey);
  const handoffs = chain.map((link, i) => {
    const h = analyzeHandoff(ctx, link, i, nextEffectiveIndex(ctx, link), pingPong.has(link), releases.atIndex(link.index));
    // contract statistics and drift group shapes by the same release as every release figure
    if (h.shape) h.shape.release = h.release;
    return h;
  });
  const delegations: DelegationScores[] = [];
  for (const [i, link] of chain.entries()) {
    // (only an effective delegation has scores: tested here too, so the other handoffs cost no
    // promise and no turn of the event loop each)
    if (!isEffectiveDelegation(link)) continue;
    const o = await judgedSafely(() => scoreDelegation(ctx, link, opts.judge ?? offlineJudge), () => null);
    if (!o) continue;
    delegations.push(o);
    handoffs[i].orchestration = o;
    const f = delegationFlags(o, settings.driftThreshold);
    handoffs[i].flags.push(...[f.askLost && "ask_lost", f.overCompressed && "over_compressed", f.resultUnused && "result_unused"].filter((x): x is string => !!x));
  }
  const orchestration = scoreConversationOrchestration(delegations, settings.driftThreshold);
  Object.assign(reasons, orchestration.reasons);
  const depth = scoreDepth(ctx);
  const roleConfusion = scoreRoleConfusion(chain);
  // (a user's low rating is drift evidence only when no other failure explains it: intent-low-rating.ts)
  const otherFailure = handoffs.some((h) => h.dropped.length > 0 || h.reasks.length > 0 || h.staleUses.length > 0) || pingPong.size > 0 || roleConfusion || depth.level !== "ok";
  const intent = await judgedSafely(() => scoreIntent(ctx, opts.judge ?? offlineJudge, { otherFailure }), abstain);
  if (intent.value === null) reasons.intentPreservation = reasons.intentDrift = intent.reason;
  const resolution = scoreResolution(ctx);
  if (resolution.handoffsToResolution.value === null) reasons.handoffsToResolution = resolution.handoffsToResolution.reason;
  // (the effective handoffs' bytes as analyzeHandoff measured them: serialising each handed context once, not twice)
  const context = scoreContextOf(handoffs.flatMap((h, i) => (chain[i].effective ? [h.contextBytes] : [])));
  if (context.value === null) reasons.contextBytes = context.reason;

  const scoredHandoffs = handoffs.filter((h) => h.dropoutScore !== null);
  const dropoutRate = scoredHandoffs.length
    ? scoredHandoffs.filter((h) => h.dropped.length > 0).length / scoredHandoffs.length
    : null;
  if (dropoutRate === null) reasons.dropoutRate = chain.length ? "no handoff took effect" : "no handoffs";
  const reaskCount = content ? handoffs.reduce((n, h) => n + h.reasks.length, 0) : null;
  if (reaskCount === null) reasons.reaskCount = "no message content in trace";
  const staleUseCount = handoffs.reduce((n, h) => n + h.staleUses.length, 0);
  const intentDrift = intent.value === null ? null : intent.value < settings.driftThreshold;

  const scores: Scores = {
    dropoutRate,
    droppedFields: handoffs.reduce((n, h) => n + h.dropped.length, 0),
    reaskCount,
    intentPreservation: intent.value,
    intentDrift,
    intentJudge: intent.judge,
    intentConfidence: intent.confidence,
    intentDriftKind: intentDrift ? intent.driftKind : null,
    intentLostPart: intentDrift ? intent.lostPart : null,
    intentReason: intent.value === null ? null : intent.reason,
    intentPath: intent.path,
    handoffsToResolution: resolution.handoffsToResolution.value,
    staleUseCount,
    maxDepth: depth.maxDepth,
    depthLevel: depth.level,
    roleConfusion,
    pingPong: pingPong.size > 0,
    contextBytes: context.value,
    askCarried: orchestration.askCarried,
    compressionRatio: orchestration.compressionRatio,
    resultUsed: orchestration.resultUsed,
  };
  const flags = [
    scores.droppedFields > 0 && "dropout",
    (reaskCount ?? 0) > 0 && "reask",
    staleUseCount > 0 && "stale",
    intentDrift === true && "drift",
    scores.roleConfusion && "role_confusion",
    depth.level !== "ok" && "deep",
    scores.pingPong && "ping_pong",
    handoffs.some((h) => h.flags.includes("ask_lost")) && "ask_lost",
    handoffs.some((h) => h.flags.includes("over_compressed")) && "over_compressed",
    handoffs.some((h) => h.flags.includes("result_unused")) && "result_unused",
  ].filter((f): f is string => !!f);

  const users = timeline.filter((t) => isUserMessage(t.event));
  const first = users[0]?.event;
  return {
    conversation: {
      status: resolution.status,
      csat: resolution.csat,
      firstAt: timeline.length ? isoOf(timeline[0]) : new Date(0).toISOString(),
      lastAt: timeline.length ? isoOf(timeline[timeline.length - 1]) : new Date(0).toISOString(),
      agents: agentsOf(timeline),
      agentPath: agentPath(timeline, chain),
      handoffCount: effective.length,
      maxDepth: depth.maxDepth,
      userTurns: users.length,
      eventCount: timeline.length,
      flags,
      preview: first && first.type === "message" ? first.content.slice(0, 200) : "",
      release: releases.conversation,
    },
    handoffs,
    scores,
    scoreReasons: reasons,
  };
}

/** Every agent named, in order of first appearance: an event's own agent, then a handoff's from and to (a loop: no array per event). */
function agentsOf(timeline: TimedEvent[]): string[] {
  const seen = new Set<string>();
  for (const t of timeline) {
    const e = t.event;
    if (e.agent) seen.add(e.agent);
    if (e.type === "handoff") {
      if (e.from) seen.add(e.from);
      if (e.to) seen.add(e.to);
    }
  }
  return [...seen];
}

/** The return's own known values, with the identity values the receiving orchestrator held beside them. */
function withHeldIdentities(ctx: ScoringContext, own: HandoffDropout, whole: HandoffDropout): HandoffDropout {
  const known = new Map(own.known);
  for (const [field, value] of whole.known) if (!known.has(field) && ctx.vocab.byName.get(fieldOfKey(field))?.identity !== false) known.set(field, value);
  return { ...own, known, aliases: new Map([...whole.aliases, ...own.aliases]), names: new Map([...whole.names, ...own.names]), unnamed: new Set([...own.unnamed, ...whole.unnamed]) };
}

function nextEffectiveIndex(ctx: ScoringContext, link: ChainLink): number {
  const next = ctx.chain.find((l) => l.effective && l.index > link.index);
  return next ? next.index : ctx.timeline.length;
}

/** (`release` last, as the spread `{ ...analyzeHandoff(…), release }` put it: that literal cost microseconds a handoff, speed15) */
function analyzeHandoff(ctx: ScoringContext, link: ChainLink, i: number, nextIndex: number, pingPong: boolean, release: HandoffAnalysis["release"]): HandoffAnalysis {
  const e = link.event;
  const drop = dropoutForHandoff(ctx, link);
  // fields are shown under the key they were known by ("pnr"), else their slot name
  // (a code the user gave unnamed is re-ask evidence as such: the slot asked for names it)
  // (a worker's return owes only its news, but the orchestrator it returns to held the user's
  // identity values — ids, emails, phones — from before it delegated: asking for one again is a
  // re-ask all the same. A date or an amount asked then is often another thing's: not added)
  const asksAfter = e.mode === "return" && link.effective && ctx.timeline.slice(link.index + 1, nextIndex).some((t) => isAgentMessage(t.event));
  const held = asksAfter ? withHeldIdentities(ctx, drop, dropoutForHandoff(ctx, link, true)) : drop;
  const known = held.unnamed.size ? new Map([...held.known].filter(([f]) => !held.unnamed.has(f))) : held.known;
  const found = reasksAfter(ctx, link, nextIndex, known, held.aliases);
  reaskedCodes(link, drop, found);
  const reasks = found.map((r) => ({ eventId: r.eventId, field: held.names.get(r.field) ?? r.field }));
  // (a scoped sub-task owes only what the delegate asks for again; a relay owes what it was handed)
  if (e.mode === "delegate") delegationDropped(ctx, link, drop, new Set(reasks.map((r) => r.field)));
  const staleUses = link.effective ? staleUsesIn(ctx, link.index, link.index + 1, nextIndex) : [];
  const bytes = contextBytes(link);
  const flags = [
    drop.dropped.length > 0 && "dropout",
    reasks.length > 0 && "reask",
    staleUses.length > 0 && "stale",
    link.requested !== null && "role_confusion",
    !link.effective && "ignored",
    link.depth > ctx.settings.depthWarn && "deep",
    pingPong && "ping_pong",
  ].filter((f): f is string => !!f);
  return {
    index: i,
    eventId: e.id,
    from: e.from,
    to: e.to,
    turn: link.turn,
    at: isoOf(link),
    depth: link.depth,
    mode: e.mode ?? "transfer",
    summary: e.summary ?? null,
    payload: e.payload ?? null,
    diff: drop.diff,
    dropped: drop.dropped,
    reasks,
    staleUses,
    requested: link.requested,
    ignored: link.ignored,
    dropoutScore: drop.score,
    contextBytes: bytes,
    contextTokens: Math.ceil(bytes / 4),
    flags,
    shape: link.effective ? observeHandoff(ctx.timeline, ctx.facts, link) : null,
    contractBreaks: null,
    fanOut: link.fanOut,
    pair: link.pair,
    orchestration: null,
    release,
  };
}
