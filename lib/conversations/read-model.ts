// The drill-down's read model, declared once: a conversation, its handoffs (diff, dropped fields,
// re-asks, stale uses, flags, fan-out, pair, orchestration scores, contract breaks) and its
// scores. The TypeScript types are the scorers' own output types (lib/scoring/run-scorers.ts and
// the scorer files), so a change to what a scorer returns breaks the worker's write, this file and
// the components that show it at compile time. The zod schemas below are typed against those
// types (`z.ZodType<T>`): they are how jsonb read back from PostgreSQL becomes `T` without a cast,
// and a stored row that no longer matches fails naming the path. Written by lib/scoring/persist.ts
// (toHandoffRow, the row it stores), read by queries.ts (fromHandoffRow), returned by GET
// /api/v1/conversations/{id} and imported by components/conversations and components/handoffs.
import { z } from "zod";
import type { BreakRule, ContractBreak } from "../contracts/check";
import type { EventRecord } from "../ingest/schemas";
import type { Review } from "../reviews/review";
import type { RuleRecord } from "../scoring/drift-record";
import type { StateDiff } from "../scoring/diff";
import type { StaleUse } from "../scoring/freshness";
import type { DelegationScores } from "../scoring/orchestration";
import type { Reask } from "../scoring/reask";
import type { ConversationAnalysis, HandoffAnalysis, Scores } from "../scoring/run-scorers";
import type { DepthLevel } from "../scoring/structure";
import { CONVERSATION_STATUSES } from "./status";

export type { DelegationScores, Reask, Scores, StaleUse };

/** A handoff as stored and shown: the scorer's analysis without what only the worker uses (its shape is stored apart, for contracts). */
export type Handoff = Omit<HandoffAnalysis, "shape" | "contextTokens" | "release">;

/** The conversation header: the worker's row, or (before it is scored) what the events say (maxDepth unknown). */
export type ConversationSummary = Pick<
  ConversationAnalysis["conversation"],
  "status" | "firstAt" | "lastAt" | "agents" | "agentPath" | "handoffCount" | "userTurns" | "flags" | "csat" | "release"
> & { id: string; maxDepth: number | null };

/** GET /api/v1/conversations/{id} (SPEC §2.3) and the drill-down page. */
export interface ConversationDetail {
  conversation: ConversationSummary;
  events: EventRecord[];
  handoffs: Handoff[];
  scores: Scores | null;
  scoredAt: string | null;
  scoreReasons: Record<string, string>;
  /** a person's labels for the scored failures (lib/reviews/review.ts); null = not reviewed */
  review: Review | null;
  /** a drift flag of the offline judge: its rule's held-out record (lib/scoring/drift-record.ts); else null */
  intentRuleRecord: RuleRecord | null;
  /** the same rule's drift flags among the project's reviewed conversations, and how many the reviews call right (lib/reviews/rule-reviews.ts); null when none */
  intentRuleReviews: RuleRecord | null;
}

/** A schema whose parsed value is exactly T and which accepts T as it is (the write side types against it too). */
type Exactly<T> = z.ZodType<T, T>;

/** A value a newer worker adds: absent from a row stored by an older one, read as null. */
const added = <T extends z.ZodType>(s: T) => s.nullable().default(null);

const Path = z.object({ path: z.string(), value: z.unknown() });
export const StateDiffSchema: Exactly<StateDiff> = z.object({
  removed: z.array(Path),
  added: z.array(Path),
  changed: z.array(z.object({ path: z.string(), from: z.unknown(), to: z.unknown() })),
  unchanged: z.array(Path),
});

export const ReaskSchema: Exactly<Reask> = z.object({ eventId: z.string(), field: z.string() });

export const StaleUseSchema: Exactly<StaleUse> = z.object({
  eventId: z.string(),
  tool: z.string(),
  ageTurns: z.number(),
  ageSeconds: z.number(),
});

const BREAK_RULES = ["missing", "only_in_prose", "wrong_type", "unexpected"] as const satisfies readonly BreakRule[];
export const ContractBreakSchema: Exactly<ContractBreak> = z.object({
  rule: z.enum(BREAK_RULES),
  field: z.string(),
  expected: z.string(),
  got: z.string(),
});

export const DelegationScoresSchema: Exactly<DelegationScores> = z.object({
  askCarried: z.number().nullable(),
  askPart: z.string().nullable(),
  askReason: z.string(),
  compressionRatio: z.number().nullable(),
  consumedTokens: z.number(),
  returnedTokens: z.number(),
  tokensFrom: z.enum(["usage", "estimate"]),
  consumedToolResults: z.number(),
  consumedMessages: z.number(),
  lostFacts: z.array(z.object({ field: z.string(), value: z.string() })),
  overCompressed: z.boolean(),
  compressionReason: z.string(),
  resultUsed: z.number().nullable(),
  usedFacts: z.array(z.string()),
  contradicted: z.array(z.object({ field: z.string(), returned: z.string(), answered: z.string() })),
  resultReason: z.string(),
});

const DEPTH_LEVELS = ["ok", "warn", "critical"] as const satisfies readonly DepthLevel[];
export const ScoresSchema: z.ZodType<Scores> = z.object({
  dropoutRate: z.number().nullable(),
  droppedFields: z.number(),
  reaskCount: z.number().nullable(),
  intentPreservation: z.number().nullable(),
  intentDrift: z.boolean().nullable(),
  intentJudge: added(z.string()),
  intentConfidence: added(z.number()),
  intentDriftKind: added(z.enum(["antonym", "partial", "topic"])),
  intentLostPart: added(z.string()),
  intentReason: added(z.string()),
  intentPath: added(z.string()),
  handoffsToResolution: z.number().nullable(),
  staleUseCount: z.number(),
  maxDepth: z.number(),
  depthLevel: z.enum(DEPTH_LEVELS),
  roleConfusion: z.boolean(),
  pingPong: z.boolean(),
  contextBytes: z.number().nullable(),
  askCarried: added(z.number()),
  compressionRatio: added(z.number()),
  resultUsed: added(z.number()),
});

export const ScoreReasonsSchema = z.record(z.string(), z.string());

export const ConversationStatusSchema = z.enum(CONVERSATION_STATUSES);

const MODES = ["transfer", "delegate", "return"] as const satisfies readonly HandoffAnalysis["mode"][];

/**
 * One `handoffs` row under the Prisma model's field names (prisma/schema.prisma): what persist.ts
 * writes (z.input) and what queries.ts reads back through Prisma, parsed into a `Handoff`.
 */
const HandoffRowSchema = z.object({
  idx: z.number().int(),
  eventId: z.string(),
  fromAgent: z.string(),
  toAgent: z.string(),
  turn: z.number().int(),
  at: z.date(),
  depth: z.number().int(),
  mode: z.enum(MODES),
  summary: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()).nullable(),
  diff: StateDiffSchema,
  dropped: z.array(z.object({ field: z.string(), value: z.unknown() })),
  reasks: z.array(ReaskSchema),
  staleUses: z.array(StaleUseSchema),
  requested: z.array(z.string()).nullable(),
  ignored: z.array(z.string()),
  dropoutScore: z.number().nullable(),
  contextBytes: z.number().int(),
  flags: z.array(z.string()),
  contractBreaks: z.array(ContractBreakSchema).nullable(),
  fanOutGroup: z.number().int().nullable(),
  fanOutWidth: z.number().int().nullable(),
  pairIdx: z.number().int().nullable(),
  orchestration: DelegationScoresSchema.nullable(),
});
export type HandoffRow = z.input<typeof HandoffRowSchema>;
/** The columns queries.ts selects through Prisma: every field of the row, no more (checked by `satisfies`). */
export const HANDOFF_ROW_SELECT = {
  idx: true, eventId: true, fromAgent: true, toAgent: true, turn: true, at: true, depth: true, mode: true, summary: true,
  payload: true, diff: true, dropped: true, reasks: true, staleUses: true, requested: true, ignored: true, dropoutScore: true,
  contextBytes: true, flags: true, contractBreaks: true, fanOutGroup: true, fanOutWidth: true, pairIdx: true, orchestration: true,
} as const satisfies Record<keyof HandoffRow, true>;

/** The stored row of a handoff the worker analysed (its shape travels beside it, for lib/contracts). */
export function toHandoffRow(h: Handoff): HandoffRow {
  return {
    idx: h.index,
    eventId: h.eventId,
    fromAgent: h.from,
    toAgent: h.to,
    turn: h.turn,
    at: new Date(h.at),
    depth: h.depth,
    mode: h.mode,
    summary: h.summary,
    payload: h.payload,
    diff: h.diff,
    dropped: h.dropped,
    reasks: h.reasks,
    staleUses: h.staleUses,
    requested: h.requested,
    ignored: h.ignored,
    dropoutScore: h.dropoutScore,
    contextBytes: h.contextBytes,
    flags: h.flags,
    contractBreaks: h.contractBreaks,
    fanOutGroup: h.fanOut?.group ?? null,
    fanOutWidth: h.fanOut?.width ?? null,
    pairIdx: h.pair,
    orchestration: h.orchestration,
  };
}

/** A stored row back as the handoff the scorer produced; throws (naming the path) when the row does not match. */
export function fromHandoffRow(row: unknown): Handoff {
  const r = HandoffRowSchema.parse(row);
  return {
    index: r.idx,
    eventId: r.eventId,
    from: r.fromAgent,
    to: r.toAgent,
    turn: r.turn,
    at: r.at.toISOString(),
    depth: r.depth,
    mode: r.mode,
    summary: r.summary,
    payload: r.payload,
    diff: r.diff,
    dropped: r.dropped,
    reasks: r.reasks,
    staleUses: r.staleUses,
    requested: r.requested,
    ignored: r.ignored,
    dropoutScore: r.dropoutScore,
    contextBytes: r.contextBytes,
    flags: r.flags,
    contractBreaks: r.contractBreaks,
    fanOut: r.fanOutGroup === null ? null : { group: r.fanOutGroup, width: r.fanOutWidth ?? 0 },
    pair: r.pairIdx,
    orchestration: r.orchestration,
  };
}

