// Orchestrator–worker scores (issue 14 item 2), per delegation and per conversation. A lead
// dispatches workers (alone or in a parallel fan-out, lib/scoring/chain.ts); each worker explores
// in its own context and returns a condensed summary. Three things go wrong there:
//
// - ask carried: the delegation (summary, payload, receiver state) must carry the part of the
//   user's request the worker needs. The ask (the latest user request before the delegation) is
//   split into its parts (each clause naming something specific); each part is judged against the
//   delegation's text by the intent judge (offline by default, the LLM judge when configured). The delegation's
//   score is its best-carried part — a worker of a fan-out needs only its own part. Below the drift
//   threshold: the ask was lost (`ask_lost`). A judge that abstains on every part abstains here.
// - compression ratio: what the worker consumed between its delegation and its return (the text
//   handed to it, its tool calls and results, its own messages, the user's replies to it, its
//   sub-workers' returns) over what it returned (summary + payload + receiver state), in tokens:
//   the events' usage (`metadata.usage.input_tokens`/`prompt_tokens`/`inputTokens`, or
//   `gen_ai.usage.input_tokens`) where the trace has it, else bytes / 4. Compression is the point
//   of a worker (10k+ tokens of exploration into 1–2k), so a high ratio alone is fine: it is
//   flagged (`over_compressed`) only above the project's `compressionFlagRatio` (20×) *and* when
//   the return loses facts the worker saw (facts.ts: ids, amounts, dates… from its tool results
//   and the user's replies, not already handed to it, mentioned nowhere in the return).
// - result used: does the lead's final answer (its last message after the return) use the
//   worker's result — the facts the return states (by value, facts.ts `mentions`), else its
//   numbers and codes, else the specific words of the result or of the task the worker was sent on
//   (the judge's coverage, with paraphrases: ≥ 25 % as intent's "preserved")? A result never used, or one
//   whose value the answer contradicts (same field, another value), is flagged (`result_unused`).
//
// Every score is null with a reason when it cannot be computed (no content, no return yet, no
// answer yet). Conversation scores: the weakest delegation's ask carried, the highest compression
// ratio, and the share of returned results the lead used.
import type { ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import { ANSWER, factsFromJson, factsFromText, mentions, UNNAMED_CODE } from "./facts";
import { coverage } from "./judge-offline";
import { payloadText, specific, type IntentJudge } from "./intent";
import { parseText } from "./nlp/parse";
import { contextBytes } from "./structure";
import { contentOf, hasMessageContent, isAgentMessage, isUserMessage, type TimedEvent } from "./timeline";

export interface DelegationScores {
  /** best share of one part of the user's ask carried into the delegation, 0..1 (null: abstained) */
  askCarried: number | null;
  /** the part of the ask judged (the best-carried one, or the one lost) */
  askPart: string | null;
  askReason: string;
  /** worker's consumed tokens / returned tokens (null: no return yet, or no content) */
  compressionRatio: number | null;
  consumedTokens: number;
  returnedTokens: number;
  /** "usage" when the events reported token usage, else an estimate from bytes */
  tokensFrom: "usage" | "estimate";
  consumedToolResults: number;
  consumedMessages: number;
  /** facts the worker saw that its return does not mention */
  lostFacts: Array<{ field: string; value: string }>;
  overCompressed: boolean;
  compressionReason: string;
  /** share of the returned facts (or specific words) the lead's final answer uses, 0..1 */
  resultUsed: number | null;
  usedFacts: string[];
  /** returned values the final answer states differently */
  contradicted: Array<{ field: string; returned: string; answered: string }>;
  resultReason: string;
}

export interface OrchestrationFlags {
  askLost: boolean;
  overCompressed: boolean;
  resultUnused: boolean;
}

/** Share of a return's specific words the final answer must cover to count as using it (as intent's PRESERVED). */
const USED = 0.25;
const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
const tokens = (bytes: number) => Math.ceil(bytes / 4);
const bytesOf = (v: unknown) => (v === undefined ? 0 : Buffer.byteLength(typeof v === "string" ? v : JSON.stringify(v), "utf8"));

/** Input tokens an event reports, in the spellings the SDKs and OTLP GenAI use. */
export function usageTokens(metadata: Record<string, unknown> | undefined): number | null {
  if (!metadata) return null;
  const usage = (metadata.usage ?? {}) as Record<string, unknown>;
  const v = usage.input_tokens ?? usage.prompt_tokens ?? usage.inputTokens ?? usage.promptTokens ?? metadata["gen_ai.usage.input_tokens"];
  return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : null;
}

export function delegationText(link: ChainLink): string {
  const e = link.event;
  return [e.summary ?? "", e.payload ? payloadText(e.payload) : "", e.stateAfter ? payloadText(e.stateAfter) : ""].filter(Boolean).join(". ");
}

/** The user's request the delegation serves: the latest user message before it that asks something. */
function askBefore(ctx: ScoringContext, index: number): string | null {
  const users = ctx.timeline.filter((t) => t.index < index && isUserMessage(t.event) && contentOf(t).trim());
  for (let i = users.length - 1; i >= 0; i--) {
    const text = contentOf(users[i]);
    if (parseText(text).clauses.some((c) => c.request && c.terms.some(specific))) return text;
  }
  return users.length ? contentOf(users[users.length - 1]) : null;
}

async function scoreAskCarried(ctx: ScoringContext, link: ChainLink, judge: IntentJudge) {
  const ask = askBefore(ctx, link.index);
  if (!ask) return { askCarried: null, askPart: null, askReason: "no user request before the delegation" };
  const handed = delegationText(link);
  if (!handed.trim()) return { askCarried: 0, askPart: ask.slice(0, 200), askReason: "the delegation handed the worker no summary or payload" };
  // every clause naming something specific is a part: a worker may need the request itself or
  // its context ("charged twice for order 88123"); the parser marks some imperatives as no request
  const clauses = parseText(ask).clauses.filter((c) => !c.refused && c.terms.some(specific));
  const parts = clauses.length ? clauses.map((c) => c.text) : [ask];
  let best: { score: number; part: string; reason: string } | null = null;
  let worst: { score: number; part: string; reason: string } | null = null;
  let abstained = "";
  for (const part of parts) {
    // a part carried in full (score 1) fixes the result: no later part can beat it, and the worst
    // part is shown only when the best is lost; the rest are not judged (issue 12 throughput)
    if (best && best.score >= 1 && best.score >= ctx.settings.driftThreshold) break;
    const v = await judge.assess(part, handed, { fromIntentEvent: true });
    if (v.score === null) {
      abstained ||= v.reason;
      continue;
    }
    const r = { score: Math.max(0, Math.min(1, v.score)), part, reason: v.reason };
    if (!best || r.score > best.score) best = r;
    if (!worst || r.score < worst.score) worst = r;
  }
  if (!best) return { askCarried: null, askPart: null, askReason: `the judge abstained: ${abstained}` };
  const lost = best.score < ctx.settings.driftThreshold;
  const shown = lost ? worst! : best;
  return { askCarried: round(best.score), askPart: shown.part.trim().slice(0, 200), askReason: shown.reason };
}

/** Events of the worker's own context between its delegation and its return. */
export function workerContext(ctx: ScoringContext, from: number, to: number, worker: string): TimedEvent[] {
  const out: TimedEvent[] = [];
  let lastActor: string | null = null;
  for (const t of ctx.timeline.slice(from + 1, to)) {
    const e = t.event;
    if (isUserMessage(e)) {
      if (lastActor === worker) out.push(t);
      continue;
    }
    const actor = e.type === "handoff" ? e.from : e.agent;
    if (actor) lastActor = actor;
    if (actor === worker || (e.type === "handoff" && e.to === worker)) out.push(t);
  }
  return out;
}

function scoreCompression(ctx: ScoringContext, link: ChainLink, ret: ChainLink) {
  const worker = link.event.to;
  const seen = workerContext(ctx, link.index, ret.index, worker);
  let bytes = contextBytes(link);
  let usage = 0;
  let usageSeen = false;
  let toolResults = 0;
  let messages = 0;
  for (const { event: e } of seen) {
    const u = usageTokens(e.metadata);
    if (u !== null) (usage += u), (usageSeen = true);
    if (e.type === "tool_call") (bytes += bytesOf(e.args) + bytesOf(e.result)), toolResults++;
    else if (e.type === "message") (bytes += bytesOf(e.content)), messages++;
    else if (e.type === "handoff") bytes += bytesOf({ summary: e.summary, payload: e.payload, stateAfter: e.stateAfter });
  }
  const consumedTokens = usageSeen ? usage : tokens(bytes);
  const returnedTokens = Math.max(1, tokens(contextBytes(ret)));
  const ratio = round(consumedTokens / returnedTokens, 1);
  // facts the worker found for itself: not already in what it was handed
  const handed = `${delegationText(link)}\n${JSON.stringify(link.event.payload ?? {})}`;
  const returned = `${delegationText(ret)}\n${JSON.stringify(ret.event.payload ?? {})}`;
  const ids = new Set(seen.map((t) => t.event.id));
  const lost = new Map<string, { field: string; value: string }>();
  for (const f of ctx.facts) {
    if (!ids.has(f.eventId) || f.field === UNNAMED_CODE || f.field === ANSWER) continue;
    if (mentions(handed, f.value) || mentions(returned, f.value)) continue;
    lost.set(f.value, { field: f.key ?? f.field, value: f.value });
  }
  const lostFacts = [...lost.values()];
  const limit = ctx.settings.compressionFlagRatio;
  const overCompressed = ratio > limit && lostFacts.length > 0;
  const reason = overCompressed
    ? `the return is ${ratio}× smaller than what ${worker} consumed (over ${limit}×) and loses ${lostFacts.length} fact${lostFacts.length === 1 ? "" : "s"} it saw`
    : ratio > limit
      ? `${ratio}× compression, but every fact ${worker} saw is in the return`
      : lostFacts.length
        ? `${ratio}× compression (within ${limit}×); ${lostFacts.length} fact${lostFacts.length === 1 ? "" : "s"} it saw not returned`
        : `${ratio}× compression, nothing the worker saw lost`;
  return { compressionRatio: ratio, consumedTokens, returnedTokens, tokensFrom: usageSeen ? ("usage" as const) : ("estimate" as const), consumedToolResults: toolResults, consumedMessages: messages, lostFacts, overCompressed, compressionReason: reason };
}

function returnedFacts(ret: ChainLink, ctx: ScoringContext): Array<{ field: string; value: string }> {
  const e = ret.event;
  const out = [
    ...(e.summary ? factsFromText(e.summary, ctx.vocab) : []),
    ...factsFromJson(e.payload ?? {}, ctx.settings.trackedFields, ctx.vocab),
    ...factsFromJson(e.stateAfter ?? {}, ctx.settings.trackedFields, ctx.vocab),
  ].filter((f) => f.field !== UNNAMED_CODE && f.field !== ANSWER);
  return [...new Map(out.map((f) => [f.value, { field: f.field, value: f.value }])).values()];
}

function scoreResultUsed(ctx: ScoringContext, link: ChainLink, ret: ChainLink) {
  const lead = link.event.from;
  const answer = [...ctx.timeline].reverse().find((t) => t.index > ret.index && isAgentMessage(t.event) && t.event.agent === lead);
  if (!answer) return { resultUsed: null, usedFacts: [], contradicted: [], resultReason: `${lead} has not answered since the return` };
  const text = contentOf(answer);
  const facts = returnedFacts(ret, ctx);
  const usedFacts = facts.filter((f) => mentions(text, f.value)).map((f) => f.value);
  const answered = factsFromText(text, ctx.vocab);
  const contradicted = facts
    .filter((f) => !usedFacts.includes(f.value))
    .flatMap((f) => {
      const other = answered.find((a) => a.field === f.field && a.value !== f.value && !mentions(f.value, a.value));
      return other ? [{ field: f.field, returned: f.value, answered: other.value }] : [];
    });
  // without a fact in common: the numbers and codes it returned, else the specific words of the
  // result or of the task it was sent on ("collect reviews" → "C has the best reviews")
  const values = [...new Set((delegationText(ret).match(/[A-Za-z0-9][\w./-]*\d[\w./-]*/g) ?? []).map((v) => v.replace(/[.\/-]+$/, "")))].filter((v) => v.length >= 2 && mentions(text, v));
  // the words are parsed only when the facts and values above leave the score open: every returned
  // fact stated, a value stated without facts, or a contradiction (scored 0) fix it (issue 12 throughput)
  const settled = contradicted.length > 0 || (facts.length ? usedFacts.length === facts.length : values.length > 0);
  const words = settled ? [] : parseText(`${delegationText(ret)}. ${link.event.summary ?? ""}`).terms.filter(specific);
  const wordsUsed = Math.min(1, words.length ? coverage(words, parseText(text).terms) : 0);
  const value = facts.length ? Math.max(usedFacts.length / facts.length, wordsUsed) : values.length ? 1 : wordsUsed;
  const used = usedFacts.length > 0 || values.length > 0 || wordsUsed >= USED;
  const reason = contradicted.length
    ? `the final answer contradicts the result: ${contradicted.map((c) => `${c.field} ${c.returned} returned, ${c.answered} answered`).join("; ")}`
    : used
      ? usedFacts.length
        ? `the final answer states ${usedFacts.length} of the ${facts.length} returned fact${facts.length === 1 ? "" : "s"}`
        : values.length
          ? `the final answer states ${values.slice(0, 3).join(", ")} from the result`
          : `the final answer covers ${Math.round(wordsUsed * 100)}% of the result's specific words`
      : words.length || facts.length
        ? "the final answer uses nothing the worker returned"
        : "the worker returned nothing to use";
  return { resultUsed: round(contradicted.length ? 0 : value), usedFacts, contradicted, resultReason: reason };
}

const NOT_RETURNED = { compressionRatio: null, consumedTokens: 0, returnedTokens: 0, tokensFrom: "estimate" as const, consumedToolResults: 0, consumedMessages: 0, lostFacts: [], overCompressed: false };

/** A handoff that took effect as a delegation: the only kind scoreDelegation scores. */
export const isEffectiveDelegation = (link: ChainLink) => link.event.mode === "delegate" && link.effective;

/** Scores of one delegation (null for a handoff that is not an effective delegation). */
export async function scoreDelegation(ctx: ScoringContext, link: ChainLink, judge: IntentJudge): Promise<DelegationScores | null> {
  if (!isEffectiveDelegation(link)) return null;
  if (!hasMessageContent(ctx.timeline)) {
    const reason = "no message content in trace";
    return { askCarried: null, askPart: null, askReason: reason, ...NOT_RETURNED, compressionReason: reason, resultUsed: null, usedFacts: [], contradicted: [], resultReason: reason };
  }
  const ask = await scoreAskCarried(ctx, link, judge);
  const ret = link.pair === null ? null : ctx.chain[link.pair];
  if (!ret) {
    const reason = `${link.event.to} has not returned`;
    return { ...ask, ...NOT_RETURNED, compressionReason: reason, resultUsed: null, usedFacts: [], contradicted: [], resultReason: reason };
  }
  // (onto the ask's own new object: a literal of three spreads costs microseconds on Node 20, speed15)
  return Object.assign(ask, scoreCompression(ctx, link, ret), scoreResultUsed(ctx, link, ret));
}

export function delegationFlags(s: DelegationScores, driftThreshold: number): OrchestrationFlags {
  return {
    askLost: s.askCarried !== null && s.askCarried < driftThreshold,
    overCompressed: s.overCompressed,
    resultUnused: s.resultUsed !== null && (s.contradicted.length > 0 || s.resultUsed < USED),
  };
}

export interface ConversationOrchestration {
  askCarried: number | null;
  compressionRatio: number | null;
  resultUsed: number | null;
  reasons: Record<string, string>;
}

/** The weakest delegation's ask carried, the highest compression, the share of results used. */
export function scoreConversationOrchestration(list: DelegationScores[], driftThreshold: number): ConversationOrchestration {
  const reasons: Record<string, string> = {};
  const none = (key: string, empty: string, why: string[]) => (reasons[key] = list.length ? (why[0] ?? empty) : "no delegations");
  const asks = list.flatMap((s) => (s.askCarried === null ? [] : [s.askCarried]));
  const ratios = list.flatMap((s) => (s.compressionRatio === null ? [] : [s.compressionRatio]));
  const results = list.filter((s) => s.resultUsed !== null);
  if (!asks.length) none("askCarried", "no delegation could be judged", list.map((s) => s.askReason));
  if (!ratios.length) none("compressionRatio", "no worker returned", list.map((s) => s.compressionReason));
  if (!results.length) none("resultUsed", "no result to check", list.map((s) => s.resultReason));
  return {
    askCarried: asks.length ? Math.min(...asks) : null,
    compressionRatio: ratios.length ? Math.max(...ratios) : null,
    resultUsed: results.length ? round(results.filter((s) => !delegationFlags(s, driftThreshold).resultUnused).length / results.length) : null,
    reasons,
  };
}
