// Intent preservation (SPEC §3.3): similarity between the user's original request (the first user
// message, plus the second when the first is only a greeting; a terse customer's fragments typed
// before anything on the agents' side happened, all of them: rule leadingRun) and the final agent's
// interpretation (the last `intent` event, else the last agent's last message). Drift = below the
// project threshold. The judge is pluggable: offline by default (judge-offline.ts), an LLM when
// configured (judge-llm.ts); either way the result says which judge scored it and how sure it was.
// Rules that need the whole conversation rather than two texts live here:
//   - partial loss: an ask of several parts ("a window seat, and a vegetarian meal") where a part
//     is named by no handoff summary or payload, by no agent after the first handoff and by no tool
//     an agent called (by the part's own words: its things, not a label of an id downstream — "Member
//     M-30992" — nor an action it shares with another part; a part marked as an addition, "could you *also* send
//     me …", only when one of its things is named) — drift, naming the lost part; a part the user took
//     back ("forget the repaint"), a contact instruction (intent-contact.ts) and a fact given beside
//     the ask ("ref JMP-448120", "my DOB is … if you need it": state, whose loss is dropout) are never lost;
//   - the user's own change of mind: an interpretation that contradicts the first ask but follows
//     a later request of the user ("can I just move it to the 10th instead?"), or a later message
//     announcing the change ("no wait, downgrade it", "on second thought …"), or the words after
//     such a marker within the ask itself ("cancel our table … um actually could we just move it"), is not drift;
//   - the user's objection or correction after the final agent spoke ("No, I said cancel it", "I
//     didnt say cancel, I said hold it", "that's fewer not more", "I don't think you understood",
//     "That is not what I asked for"), or the ask pressed again after an acknowledgement ("ok but the
//     appointment?"), or by a closing "but" question naming a thing of the ask after another sentence ("Er,
//     maybe. But what about the trail?": intent-pressed-again.ts): drift unless the interpretation keeps
//     what the user insists on;
//   - the user going along with another thing: a reluctant or hesitant acceptance of the final
//     agent's proposal ("uh sure i guess", "er, go on then") and an interpretation about none of the
//     things the user asked about (intent-went-along.ts): topic drift; so is such an interpretation
//     when the user left (the conversation's resolution is "abandoned").
import { blankTokens, tokensAsWords } from "../privacy/tokens";
import type { ScoringContext } from "./context";
import { askClauses, CACHED_VERDICTS, coverage, coverageTracker, directionOf, modifiesNoun, offlineAssess, type DriftKind, type IntentAssessment, type InterpretationContext } from "./judge-offline";
import { OFFLINE_JUDGE } from "./judge-name";
import { contactOnly, factOnly, placesOf, WH_QUESTION } from "./intent-contact";
import { aboutOtherThing, reluctant } from "./intent-went-along";
import { steeredAway } from "./intent-steered";
import { ratedLowUnexplained } from "./intent-low-rating";
import { rhetoricalQuestion } from "./intent-rhetorical";
import { WITHDRAWS } from "./withdrawal";
import { areOpposed, areOpposedQualifiers, comparativeForms } from "./nlp/lexicon";
import { actionsOf, parseText, SPECIFIC_RANK, stemOf, type Clause, type Term } from "./nlp/parse";
import { quickCoverage, quickRead, type QuickWord } from "./nlp/quick";
import { contentOf, hasMessageContent, isAgentMessage, isHandoff, isToolCall, isUserMessage, type TimedEvent } from "./timeline";
import { MISSING_START_REASON, startsMidConversation } from "./missing-start";
import { LETTERED_POSTCODE } from "./values";
import { Memo } from "./memo";
import { DRIFT_RULE_ON as RULE, DRIFT_TUNING as TUNE, onDriftTuning } from "./drift-tuning";
import { allMatches } from "./all-matches";
import { restOfPart, saysAll } from "./intent-restated";
import { assertedAfterDenial, objectionForms, restatedWant } from "./intent-objection-forms";
import { refersBack } from "./intent-refers-back";
import { asksWhether } from "./intent-asks-whether";
import { readAsEmails, withoutHeading } from "./intent-email";
import { lostRestriction, ONLY } from "./intent-only-part";
import { lostPair } from "./intent-both-part";
import { pressedAgain, thingsOfAsk } from "./intent-pressed-again";
import { ratedTop, withTopRating } from "./intent-top-rating";
import { leftObjecting } from "./intent-left-objecting";
import { ratedBottomUnexplained } from "./intent-bottom-rating";
import { disbelief, hesitantAcceptance, surprisedAcceptance, takenElsewhere } from "./intent-last-word";

export interface IntentJudge {
  /** "offline", or the LLM judge's model */
  name: string;
  assess(original: string, interpretation: string, seen?: InterpretationContext): Promise<IntentAssessment>;
}

export const offlineJudge: IntentJudge = { name: OFFLINE_JUDGE, assess: async (a, b, seen) => offlineAssess(a, b, seen) };

export interface IntentResult {
  value: number | null;
  reason: string;
  judge: string | null;
  confidence: number | null;
  driftKind: DriftKind | null;
  lostPart: string | null;
  /**
   * the rule that decided: a VerdictPath of the judge (judge-offline.ts), "lostPart" or
   * "unaddressedPart" (partial loss), "correction"/"contrast" (the user's correction), or a judge's
   * path reached through "objection>", "earlier>" (an earlier statement) or "later>" (a later request);
   * null for an abstention or a judge that names none (the LLM)
   */
  path: string | null;
}

const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening))\b[\s,.!]*(there)?[\s,.!]*$/i;

export function originalRequest(ctx: ScoringContext): string | null {
  const users = ctx.timeline.filter((t) => isUserMessage(t.event) && contentOf(t).trim()).map(contentOf);
  if (!users.length) return null;
  const run = RULE.leadingRun ? leadingRun(ctx.timeline) : [];
  if (run.length > 1 && (RULE.wholeRun || run.every(isFragment))) return run.map((m, i) => (i < run.length - 1 ? asClause(m) : m)).join(" ");
  return GREETING.test(users[0]) && users[1] ? `${users[0]} ${users[1]}` : users[0];
}

/**
 * The user's messages before anything on the agents' side happens (an agent message, a handoff, a
 * tool call, a state snapshot, an intent event): a terse customer types the ask in pieces ("show
 * closed early" / "want to off hire HR-55790 wed instead of fri" / "collect wed?"), and all of them
 * are the original request (SPEC §3.3 "first user message(s)"); nobody had answered yet, so none of
 * them is a later change of mind (rule `leadingRun`). A system message does not end the run. Until
 * the thirty-seventh session only a run of fragments (FRAGMENT_WORDS words at most each) was read so,
 * on the view that a customer who writes the ask out in full and sends a second message before
 * anyone answers corrects it; but a chat's second message as often adds a request ("hi can u resize
 * my locket chain to 18in" / "oh and engrave the back too pls"), which then was no part of the ask
 * and could not be found lost. Rule `wholeRun` reads every run whole, as SPEC §3.3's "first user
 * message(s)" says; a correction in it ("Wait, sorry — it's 548213970") is no request of its own.
 * On the held-out gate: +10 drifts found, +2 false alarms (none on clean) on the 57 held-out corpora
 * other than blind-bg2 (whose author's note — partial losses in a second message — led to the
 * reading), and no change on the development corpora.
 */
function leadingRun(timeline: TimedEvent[]): string[] {
  const run: string[] = [];
  for (const { event: e } of timeline) {
    if (e.type === "message" && e.role === "system") continue;
    if (!isUserMessage(e)) {
      if (run.length) break;
      continue;
    }
    if (e.content.trim()) run.push(e.content);
  }
  return run;
}

/** The length of a terse customer's message: "want to off hire HR-55790 wed instead of fri" is 9 words. */
const FRAGMENT_WORDS = 12;
const isFragment = (m: string) => m.trim().split(/\s+/).length <= FRAGMENT_WORDS;

/**
 * A message of the run ends its clause: the next message is a clause of its own, not words of this
 * one. A semicolon, not a full stop: "hazer for sat." reads as an abbreviation ("Sat.") before a
 * message in lower case, and the parser would run the two messages together.
 */
const asClause = (m: string) => (/[.!?…;:]\s*$/.test(m) ? m : `${m};`);

interface Interpretation {
  text: string;
  fromIntentEvent: boolean;
  index: number;
  /** the final agent's other messages and the summary handed to it */
  support: string[];
  /**
   * what the final agent told the user after its intent event: it acts on its own statement of the
   * ask, in words nearer the user's ("sign a first-timer up for the heated-class trial week" → "I'll
   * text the intro week schedule"). A summary it was handed is not counted: it repeats the user's
   * words whether or not the agent then departs from them.
   */
  replies: string[];
}

export function finalInterpretation(ctx: ScoringContext): Interpretation | null {
  let found: { text: string; fromIntentEvent: boolean; index: number; agent?: string } | null = null;
  for (let i = ctx.timeline.length - 1; i >= 0 && !found; i--) {
    const e = ctx.timeline[i].event;
    if (e.type === "intent") found = { text: e.intent, fromIntentEvent: true, index: i, agent: e.agent };
  }
  for (let i = ctx.timeline.length - 1; i >= 0 && !found; i--) {
    const e = ctx.timeline[i].event;
    if (isAgentMessage(e) && e.content.trim()) found = { text: e.content, fromIntentEvent: false, index: i, agent: e.agent };
  }
  if (!found) return null;
  const agent = found.agent;
  const support = ctx.timeline.flatMap(({ event: e }, i) => {
    if (i === found.index || !agent) return [];
    if (isAgentMessage(e) && e.agent === agent) return [e.content];
    if (isHandoff(e) && e.to === agent && e.summary) return [e.summary];
    return [];
  });
  const after = found.index;
  const replies = found.fromIntentEvent ? ctx.timeline.flatMap(({ event: e }, i) => (i > after && isAgentMessage(e) && e.agent === agent ? [e.content] : [])) : [];
  // (written out: `{ ...found, support, replies }` cost microseconds a call on Node 20, speed15; `agent` stays even when undefined, as the spread kept it)
  const interpretation: Interpretation & { agent?: string } = { text: found.text, fromIntentEvent: found.fromIntentEvent, index: found.index, agent: found.agent, support, replies };
  return interpretation;
}

/**
 * What the other scorers found, for the rules that read the user's rating (intent-low-rating.ts):
 * `otherFailure` when a dropout, re-ask, stale use, ping-pong, role confusion or a deep chain
 * already explains a user's displeasure. Without it those rules do not run.
 */
export interface IntentEvidence {
  otherFailure?: boolean;
}

export async function scoreIntent(anyCtx: ScoringContext, anyJudge: IntentJudge, evidence: IntentEvidence = {}): Promise<IntentResult> {
  const result = await judgeIntent(anyCtx, anyJudge, evidence);
  // (a drift verdict other than partial loss, on a conversation the user resolved and rated 5 of 5: intent-top-rating.ts)
  return RULE.topRating && anyCtx.settings.ratingEvidence ? withTopRating(anyCtx.timeline, result, anyCtx.settings.driftThreshold) : result;
}

async function judgeIntent(anyCtx: ScoringContext, anyJudge: IntentJudge, evidence: IntentEvidence): Promise<IntentResult> {
  const judge = withoutTokens(anyJudge);
  // (an email's quoted message and signature are no one's ask nor interpretation: intent-email.ts)
  const ctx = RULE.emailBody ? readAsEmails(anyCtx) : anyCtx;
  if (!hasMessageContent(ctx.timeline) && !ctx.timeline.some((t) => t.event.type === "intent")) {
    return abstain("no message content in trace");
  }
  if (startsMidConversation(ctx.timeline)) return abstain(MISSING_START_REASON);
  const original = originalRequest(ctx);
  if (!original) return abstain("no user message to compare with");
  const interpretation = finalInterpretation(ctx);
  if (!interpretation) return abstain("no intent event or agent message to compare with");

  const drifted = (v: IntentAssessment) => v.score !== null && v.score < ctx.settings.driftThreshold;
  // an intent event is the agent's own statement of the ask: it is judged with what that agent
  // then told the user (RULE.replies), not with the summary it was handed
  const seen = { fromIntentEvent: interpretation.fromIntentEvent, support: seenBy(interpretation) };
  let verdict = await judge.assess(original, interpretation.text, seen);
  let followsLater = false;
  // (and when the first ask is too far in words to judge: the user may have changed it since —
  // "Maybe I keep my tank and only get better filter?" — and the latest ask is the one followed)
  if (RULE.followsLater && (drifted(verdict) || (RULE.laterOnAbstain && verdict.score === null))) {
    const revised = await followsLaterRequest(ctx, judge, original, interpretation, drifted);
    if (revised) (verdict = revised), (followsLater = true);
  }
  if (RULE.throughEarlier && (verdict.score === null || verdict.byAbsence)) verdict = (await throughEarlier(ctx, judge, original, interpretation, drifted)) ?? verdict;
  if (RULE.objection && !drifted(verdict)) {
    const objected = await objection(ctx, judge, original, interpretation, drifted);
    if (objected) return objected;
  }
  if (!drifted(verdict)) {
    // (an email's subject line and salutation head the ask: no part of it of their own, intent-email.ts)
    const asked = RULE.emailBody ? withoutHeading(original) : original;
    // (nor when the user changed their mind before the ask was handed on: the handoff carries the ask as revised)
    const revised = RULE.revisedFirst && RULE.changedMind && revisedBeforeHandoff(ctx, original);
    const unreached = RULE.lostPart && !revised ? (lostPart(ctx, asked, undefined, verdict.score !== null) ?? (RULE.onlyPart ? lostOnly(ctx, asked, interpretation.text) : null)) : null;
    let lost = unreached ?? (RULE.unaddressedPart && !revised ? (unaddressedPart(ctx, asked) ?? (RULE.bothPart ? pairLeft(ctx, asked) : null)) : null);
    // (a part an earlier hop of a relay handed on and no later hop carried to the final agent)
    const dropped = !lost && RULE.relayDropped && RULE.lostPart && !revised ? relayDropped(ctx, asked, interpretation) : null;
    lost ??= dropped;
    // (a part read from a sentence of its own, against the user's top rating of the answer: intent-top-rating.ts, rule topRatingPart)
    if (lost && RULE.topRatingPart && ctx.settings.ratingEvidence && standsAlone(asked, lost) && ratedTop(ctx.timeline)) lost = null;
    if (lost) {
      return {
        value: 0.3, judge: OFFLINE_JUDGE, confidence: dropped ? 0.65 : 0.7,
        reason: dropped
          ? `part of the ask was handed on at an earlier hop and dropped before the final agent: “${lost}”`
          : unreached ? `part of the ask reached no agent: “${lost}”` : `part of the ask was handed on but no agent took it up: “${lost}”`,
        driftKind: "partial", lostPart: lost, path: dropped ? "relayDropped" : unreached ? "lostPart" : "unaddressedPart",
      };
    }
    // (not when the interpretation follows a later request of the user's: they asked for it then)
    const along = RULE.wentAlong && !followsLater ? wentAlong(ctx, original, interpretation) : null;
    if (along) return { value: 0.25, judge: OFFLINE_JUDGE, confidence: 0.6, reason: along, driftKind: "topic", lostPart: null, path: "wentAlong" };
    // (also when it follows the user's later words: a hedged yes to an agent's proposal takes it up, it asks for nothing of its own)
    const steered = RULE.steered ? steeredAway(ctx.timeline, original, interpretation) : null;
    if (steered) return { value: 0.25, judge: OFFLINE_JUDGE, confidence: 0.6, reason: steered, driftKind: "topic", lostPart: null, path: "steered" };
    const left = RULE.abandoned && !followsLater ? leftWithout(ctx, original, interpretation) : null;
    if (left) return { value: 0.25, judge: OFFLINE_JUDGE, confidence: 0.55, reason: left, driftKind: "topic", lostPart: null, path: "abandoned" };
    // (not when the interpretation follows a later request: the rating may be about that change; and
    // the kind is not known — the rating says the ask was not met, not how)
    const rated = RULE.lowRating && !followsLater && evidence.otherFailure !== undefined ? ratedLowUnexplained(ctx.timeline, verdict, evidence.otherFailure, ctx.settings.ratingEvidence) : null;
    if (rated) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.55, reason: rated, driftKind: null, lostPart: null, path: "lowRating" };
    // (a rating of 1, nothing else explaining it, whatever the words kept: intent-bottom-rating.ts)
    const bottom = RULE.bottomRating && ctx.settings.ratingEvidence && !followsLater && evidence.otherFailure !== undefined ? ratedBottomUnexplained(ctx.timeline, evidence.otherFailure) : null;
    if (bottom) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.55, reason: bottom, driftKind: null, lostPart: null, path: "bottomRating" };
    // (the user pushed back and left, whatever the words keep: intent-left-objecting.ts)
    const finalAgent = (ctx.timeline[interpretation.index].event as { agent?: string }).agent;
    const pushedBack = RULE.leftObjecting && !followsLater && evidence.otherFailure !== undefined ? leftObjecting(ctx.timeline, original, finalAgent, evidence.otherFailure, isClosing) : null;
    if (pushedBack) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.55, reason: pushedBack, driftKind: null, lostPart: null, path: "leftObjecting" };
    // (the user said they would ring, call or email instead, met the last word with disbelief, took it as news or only hesitantly acknowledged it, nothing else explaining it: intent-last-word.ts)
    const elsewhere = RULE.takenElsewhere && !followsLater && evidence.otherFailure === false ? takenElsewhere(ctx.timeline) : null;
    if (elsewhere) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.55, reason: elsewhere, driftKind: null, lostPart: null, path: "takenElsewhere" };
    // (disbelief is read beside another failure too — a re-ask or a bounce on the way does not make a user say "you did
    // WHAT" to the final answer: rule disbeliefBeside, intent-last-word.ts)
    const beside = evidence.otherFailure === true && RULE.disbeliefBeside;
    const doubted = RULE.disbelief && !followsLater && (evidence.otherFailure === false || beside) ? disbelief(ctx.timeline, beside) : null;
    if (doubted) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.55, reason: doubted, driftKind: null, lostPart: null, path: beside ? "disbeliefBeside" : "disbelief" };
    const acquiesced = RULE.surprisedAcceptance && !followsLater && evidence.otherFailure === false ? surprisedAcceptance(ctx.timeline) : null;
    if (acquiesced) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.5, reason: acquiesced, driftKind: null, lostPart: null, path: "surprisedAcceptance" };
    const hesitated = RULE.hesitantAcceptance && !followsLater && evidence.otherFailure === false ? hesitantAcceptance(ctx.timeline) : null;
    if (hesitated) return { value: 0.3, judge: OFFLINE_JUDGE, confidence: 0.5, reason: hesitated, driftKind: null, lostPart: null, path: "hesitantAcceptance" };
  }
  if (verdict.score === null) return { ...abstain(verdict.reason), judge: verdict.judge };
  return {
    value: Math.max(0, Math.min(1, verdict.score)),
    reason: verdict.reason,
    judge: verdict.judge,
    confidence: verdict.confidence,
    driftKind: verdict.driftKind ?? null,
    lostPart: verdict.lostPart ?? null,
    path: verdict.path ?? null,
  };
}

/**
 * The user accepted the final agent's proposal reluctantly (intent-went-along.ts RELUCTANT: "uh sure
 * i guess") and the interpretation is about none of the things the user asked about: the user went
 * along with another thing.
 */
function wentAlong(ctx: ScoringContext, original: string, interp: Interpretation): string | null {
  const finalAgent = (ctx.timeline[interp.index].event as { agent?: string }).agent;
  let lastSpeaker: string | undefined;
  let accepted: string | null = null;
  for (const { event: e } of ctx.timeline) {
    if (e.type !== "message") continue;
    if (e.role === "agent") lastSpeaker = e.agent;
    else if (e.role === "user" && lastSpeaker === finalAgent && !original.includes(e.content) && reluctant(e.content)) accepted ??= e.content;
  }
  if (!accepted) return null;
  const other = otherThingThanAsked(original, interp);
  return other ? `the user went along with the final agent (“${accepted.slice(0, 80)}”): ${other}` : null;
}

/**
 * The user left (the conversation's resolution is "abandoned", SPEC §2.1) and the interpretation is
 * about none of the things the user asked about: the user went away without what they asked for.
 */
function leftWithout(ctx: ScoringContext, original: string, interp: Interpretation): string | null {
  const end = ctx.timeline.findLast((t) => t.event.type === "resolution")?.event;
  if (end?.type !== "resolution" || end.status !== "abandoned") return null;
  const other = otherThingThanAsked(original, interp);
  return other ? `the user left without what they asked for (the conversation was abandoned): ${other}` : null;
}

/** Why the interpretation is about none of the things the user asked about (intent-went-along.ts aboutOtherThing), or null. */
function otherThingThanAsked(original: string, interp: Interpretation): string | null {
  const parsed = parseText(tokensAsWords(original));
  return aboutOtherThing(original, askClauses(parsed.clauses), parsed.terms, tokensAsWords(interp.text));
}

/** What else the final agent said: its replies after an intent event (RULE.replies), else its other messages and the summary it was handed. */
const seenBy = (interp: Interpretation) => (interp.fromIntentEvent ? (RULE.replies ? interp.replies : []) : interp.support);

/** PII redaction tokens (`<email:…>`) are values, not words of the ask: the judge never sees them. */
function withoutTokens(judge: IntentJudge): IntentJudge {
  return {
    name: judge.name,
    assess: (a, b, seen) =>
      judge.assess(blankTokens(a), blankTokens(b), seen?.support ? { ...seen, support: seen.support.map(blankTokens) } : seen),
  };
}

export const abstain = (reason: string): IntentResult => ({ value: null, reason, judge: null, confidence: null, driftKind: null, lostPart: null, path: null });

/**
 * A drift verdict is withdrawn when the interpretation follows a later request of the user's own.
 * (Exported so that scripts/tool-acts.mts reads a tool's act against the ask the judge would follow.)
 */
export async function followsLaterRequest(
  ctx: ScoringContext,
  judge: IntentJudge,
  original: string,
  interp: Interpretation,
  drifted: (v: IntentAssessment) => boolean,
) {
  // a later message that takes the first ask's action back ("actually dont cancel then, can we
  // just do it sunday instead") is a change of mind too, however the parser splits its clauses
  const asked = new Set(parseText(original).terms.filter((t) => t.pos === "VERB" && !t.negated).map((t) => t.stem));
  const withdraws = (m: string) => RULE.withdrawn && parseText(m).terms.some((t) => t.negated && t.pos === "VERB" && asked.has(t.stem));
  const finalAgent = (ctx.timeline[interp.index].event as { agent?: string }).agent;
  const finalSpoke = ctx.timeline.findIndex((t) => isAgentMessage(t.event) && t.event.agent === finalAgent);
  const later = ctx.timeline
    .filter((t) => t.index < interp.index && isUserMessage(t.event) && !original.includes(contentOf(t)))
    .filter((t) => !(RULE.objectingLater && finalSpoke >= 0 && t.index > finalSpoke && objectsTo(contentOf(t))))
    .map(contentOf)
    .filter((m) => newWishes(m).length || withdraws(m) || (RULE.changedMind && CHANGES_MIND.test(m)));
  // (latest first; last, a change of mind inside the ask itself)
  const within = RULE.changedWithin ? changesWithin(original) : [];
  later.reverse();
  // ("Sorry, scrap that … We actually need FEWER people, 40 in total" answered "lower the headcount from 55 to 40": the
  // user said in so many words that the first ask no longer stands, and the judge cannot read the new one against the
  // interpretation — no verdict against an ask withdrawn, rule `changeUnread`. "Actually, thanks, that's all" closes the
  // conversation: "actually" set aside, a closing changes nothing. The latest such change is judged in the loop below,
  // whole, like every later message: its verdict is kept rather than asked for again.)
  const changed = RULE.changeUnread ? later.find((m) => CHANGES_MIND.test(m) && !isClosing(m.replace(ACTUALLY, " "))) : undefined;
  let changeUnread = false;
  for (const m of [...later, ...within]) {
    // the whole message, then each of its requests alone: a change of mind names what it drops
    // beside what it now wants ("forget the downgrade then, just put a cap on"), and the
    // interpretation follows the latter
    const asks = newWishes(m);
    for (const ask of asks.length > 1 ? [m, ...asks] : [m]) {
      const v = await judge.assess(ask, interp.text, { fromIntentEvent: interp.fromIntentEvent });
      if (ask === changed) changeUnread = v.score === null;
      if (v.score !== null && !drifted(v)) {
        const how = within.includes(m) ? "change of mind within the ask" : "later request";
        return { ...v, reason: `follows the user's ${how} (“${ask.slice(0, 120)}”)`, path: `later>${v.path ?? "judge"}` };
      }
    }
  }
  if (changed && changeUnread) {
    return { score: null, judge: judge.name, reason: `too little evidence: the user changed the ask since (“${changed.slice(0, 120)}”), and the new ask cannot be compared with the interpretation`, path: "later>unread" };
  }
  return null;
}

/**
 * The user's answer to the final agent opens in disbelief ("wait what", "wait, what? I said I'm
 * better", "sing what? i'm not recording anything else", "What?! …"): it rejects what the agent proposed or did,
 * and the words it has echo the agent's ("sing", "what" near "worry"), so the judge finds them in the
 * interpretation. It is no later ask the interpretation follows (rule `objectingLater`), unless it
 * says the user changes the ask. ("Wait - my physio cleared me, keep me in" opens a change of mind:
 * "wait" alone is no disbelief; "what" must stand alone, not ask "what time…") ("no wait, downgrade it to the beginner kite": CHANGES_MIND).
 */
const DISBELIEF = /^\W*(?:(?:wait|hang on|hold on|sorry)\W+)?(?:[a-z]+\s+)?what\b\s*(?:[?!.,…]|$)|^\W*(?:[a-z]+\W+)?(?:that(?:['’]?s| is)|is that)\b[^.!?]*\?[?!]*\s*$/i;
const objectsTo = (m: string) => DISBELIEF.test(m) && !CHANGES_MIND.test(m);

/**
 * A change of mind said as a statement, not a request ("no wait, downgrade it to the beginner kite",
 * "on second thought we'll bring it back a day early instead", "scrap that, I'll keep it"): the
 * lite model reads "wait" and "I'll keep" as no request, so the words that announce the change
 * (a closed class of English discourse markers) admit the message as a later ask. It still must
 * say what the interpretation says to withdraw a drift verdict: a remark ("actually, thanks") does not.
 */
const CHANGES_MIND = /\b(?:actually|on second thoughts?|scrap that|forget (?:that|it)|no,? wait|wait,? no|changed? (?:my|our) minds?|change of plans?|instead|rather|never ?mind|make (?:it|that) (?:a|an|the|\d))\b/i;
const ACTUALLY = /\bactually\b/gi;

/**
 * "want new batt fitted" … (agent: "Best number to text?") … "actually nah" / "just test it first": the
 * user changed their mind after the ask and before any handoff (a later message announcing the change,
 * CHANGES_MIND). What the first agent handed on is the ask as revised, so a part of the first ask it
 * left out is no part lost on the way (rule `revisedFirst`); the judge still reads the whole ask.
 */
function revisedBeforeHandoff(ctx: ScoringContext, original: string): boolean {
  const first = ctx.timeline.findIndex((t) => isHandoff(t.event));
  if (first < 0) return false;
  return ctx.timeline.slice(0, first).some((t) => isUserMessage(t.event) && !original.includes(contentOf(t)) && CHANGES_MIND.test(contentOf(t)));
}

/**
 * A change of mind inside the ask itself, said in one breath ("i need to cancel our table tomorrow
 * night um actually could we just move it to next thursday", "stop my adoption … actually you know
 * what is there a cheaper one i could do instead"): what follows the marker is the latest ask, as a
 * later message would be (rule `changedWithin`). The markers are CHANGES_MIND's that open a change
 * (not "instead"/"rather", which close one, nor a withdrawal, which names what is dropped), after
 * words of the ask; an interpretation that follows only what the user first said still drifts.
 */
/**
 * What opens a new clause after "actually" when it announces a change ("um actually could we just move
 * it", "actually, …", "actually you know what"): punctuation, a subject pronoun, a modal or a request
 * opener — not a verb it modifies ("something I'd actually wear", "it actually arrived broken").
 */
const CLAUSE_OPENER = String.raw`(?:you know what|i|i'?d|i'?ll|i'?m|we|we'?d|we'?ll|could|can|would|will|shall|may|might|let'?s|please|just|no|make|maybe|is there|are there|do you|how about|what about)\b`;
const CHANGE_IN_ASK = new RegExp(
  String.raw`\b(?:actually(?=\s*[,.;:!?—–-]|\s+${CLAUSE_OPENER})|on second thoughts?|scrap that|no,? wait|wait,? no|changed? (?:my|our) minds?|change of plans?|or rather|(?<!\b(?:do|if) )you know what)\b`,
  "gi",
);
function changesWithin(original: string): string[] {
  return allMatches(CHANGE_IN_ASK, original)
    .filter((m) => /\p{L}{3,}/u.test(original.slice(0, m.index)))
    .map((m) => original.slice(m.index));
}

/**
 * "forget the repaint, just the service please", "scrap the shield", "never mind the smoker": what
 * follows a withdrawal (up to the next punctuation or "just"/"but"/"and") is a part the user took
 * back, so it is no part that got lost on the way.
 */
// (the withdrawing words and their negation guard are dropout's too: withdrawal.ts)
const WITHDRAWAL = new RegExp(String.raw`${WITHDRAWS}\s+([^,.;:!?]+)`, "gi");
function withdrawnStems(ctx: ScoringContext, original: string): Set<string> {
  const stems = new Set<string>();
  if (!RULE.changedMind) return stems;
  for (const t of ctx.timeline) {
    // (the ask's own message is no later withdrawal, also when its salutation was cut from the ask: withoutHeading)
    if (!isUserMessage(t.event) || original.includes(contentOf(t)) || contentOf(t).includes(original)) continue;
    for (const [, what] of allMatches(WITHDRAWAL, contentOf(t))) {
      const words = what.split(/\b(?:just|but|and|then|please|i|we|it'?s)\b/i)[0];
      for (const term of parseText(words).terms) if (term.pos !== "VERB" || !LIGHT_WITHDRAWN.has(term.lemma)) stems.add(term.stem);
    }
  }
  return stems;
}
/** Words after a withdrawal that name no part ("forget *it*", "never mind *that*" carry no content word anyway). */
const LIGHT_WITHDRAWN = new Set(["do", "be", "have"]);
/** The part names something the user withdrew (by a specific word of its own). */
const withdrawnFrom = (part: Clause, withdrawn: Set<string>) => withdrawn.size > 0 && part.terms.some((t) => !common(t) && withdrawn.has(t.stem));

/**
 * When the final interpretation is too far in words from the ask to judge, an earlier statement of
 * it on the way (an agent's intent event, a handoff summary) may bridge them: the ask preserved in
 * it, and it preserved in the final interpretation ("Can I get my money back?" → "refund of the
 * £5.00 taken" → "reimbursed for a charge that delivered no energy"). Only a weak case is decided
 * this way (an abstention, or drift read from absence alone: nothing shared), never an opposite
 * action or another thing done, and with the lower confidence of the two steps. An opposite or
 * another thing read against the earlier statement is drift only when the user asked again
 * (askedAgain, RULE.askedAgain and RULE.bridgeOpposite); otherwise the judge abstains.
 */
async function throughEarlier(ctx: ScoringContext, judge: IntentJudge, original: string, interp: Interpretation, drifted: (v: IntentAssessment) => boolean): Promise<IntentAssessment | null> {
  const bridges: string[] = [];
  for (const { event: e, index } of ctx.timeline) {
    if (index >= interp.index) break;
    if (e.type === "intent" && e.intent.trim() && e.intent !== interp.text) bridges.push(e.intent);
    else if (isHandoff(e) && e.summary?.trim()) bridges.push(e.summary);
  }
  const ownWords = seenBy(interp).filter((s) => !bridges.includes(s));
  let asked: boolean | undefined;
  for (const bridge of bridges) {
    const first = await judge.assess(original, bridge, { fromIntentEvent: true });
    if (first.score === null || drifted(first)) continue;
    // two statements of an ask share their subject ("Client wants …" / "Client needs …"), which says nothing of the ask
    // (with what else the final agent said, as the final interpretation itself is judged: its replies
    // may name the thing the earlier statement asked for — "a courier collects the camera tomorrow";
    // the summaries it was handed are statements like this one, not its own words)
    const second = await judge.assess(withoutSubject(bridge), withoutSubject(interp.text), { fromIntentEvent: interp.fromIntentEvent, statedAsk: !RULE.askedAgain || (asked ??= askedAgain(ctx, original, interp)), ...(RULE.bridgeSupport ? { support: ownWords } : {}) });
    if (second.score === null) continue;
    // the ask reached an agent intact and the final interpretation departs from that statement of
    // it: drift on the way ("a burst pipe, needs an emergency plumber" → "a quote for a bathroom refit")
    if (drifted(second)) {
      // an opposite read only against an agent's restatement is no stronger evidence than another thing
      // done (RULE.bridgeOpposite): the restatement may carry the first agent's misreading, or the
      // user may have turned the ask round since ("the latest ask is the ask"); corroborated the same
      // way, by the user asking again for what they first asked, or the judge abstains saying why
      if (RULE.bridgeOpposite && OPPOSITE_PATHS.has(second.path ?? "") && !(asked ??= askedAgain(ctx, original, interp))) {
        return { score: null, judge: second.judge, reason: `too little evidence: read against an earlier statement of the ask (“${bridge.slice(0, 120)}”), ${second.reason}; but that statement is one agent's reading, and the user never asked again for what they first asked` };
      }
      return { ...second, confidence: Math.min(first.confidence, second.confidence) * 0.8, reason: `the ask is kept in an earlier statement of it (“${bridge.slice(0, 120)}”), from which the final interpretation departs: ${second.reason}`, path: `earlier>${second.path ?? "judge"}` };
    }
    return {
      score: Math.min(first.score, second.score), confidence: Math.min(first.confidence, second.confidence) * 0.8, judge: second.judge,
      reason: `the ask is kept in an earlier statement of it (“${bridge.slice(0, 120)}”), which the final interpretation keeps: ${second.reason}`,
      path: `earlier>${second.path ?? "judge"}`,
    };
  }
  return null;
}

/** The judge's verdicts that read an opposite (an action, a direction, a way on the same thing). */
const OPPOSITE_PATHS = new Set(["antonym", "direction", "polarity", "exception", "count"]);

/**
 * The user asked again, after the ask was first handed on and before the final interpretation, for
 * something their first request named ("OK fine, but can I book the jab?", "No, I need to claim for
 * damage"): a later request of theirs sharing a specific word of the first request's clauses. Another
 * thing done, read against an earlier statement of the ask, is drift only with this corroboration
 * (RULE.askedAgain): a specialist states the ask in its trade's words ("a chimney sweep" → "clear
 * the soot from the flue"), which the vectors cannot pair any better than the user's words, the
 * reason the judge abstains on another thing read from the user's own words. A user whose ask the
 * agents left asks for it again; one whose ask was taken up in other words does not.
 */
function askedAgain(ctx: ScoringContext, original: string, interp: Interpretation): boolean {
  const first = ctx.timeline.findIndex((t) => isHandoff(t.event));
  if (first < 0) return false;
  const requested = new Set(parseText(original).clauses.filter((c) => c.request).flatMap((c) => c.terms.filter((t) => !t.negated && specific(t)).map((t) => t.stem)));
  return ctx.timeline.slice(first + 1).some(
    (t) => t.index < interp.index && isUserMessage(t.event) && !original.includes(contentOf(t)) && parseText(contentOf(t)).clauses.some((c) => c.request && c.terms.some((x) => !x.negated && specific(x) && requested.has(x.stem))),
  );
}

/**
 * "Client wants the images published" → "wants the images published": a statement of an ask
 * without who asks (the request word stays: it says the rest is what is wanted).
 */
const SUBJECT = /^\s*(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+((?:wants|needs|would like|asked|asks|is asking|requests|requested|has asked)\s)/i;
const withoutSubject = (statement: string) => statement.replace(SUBJECT, "$1");

/** The objection forms (intent-objection-forms.ts) under the rules that widen them; `unheard` set apart for unheardAtValue. */
const forms = (unheard = RULE.unheardObjection) => objectionForms({ wide: RULE.correctionForms, hedged: RULE.hedgedObjection, focused: RULE.focusedObjection, unheard, notTo: RULE.askedNotTo, acked: RULE.acknowledgedObjection, emphatic: RULE.emphaticObjection, notItIs: RULE.notItIs });

/** "that's fewer not more", "lower, not higher", "OFF, not on": a contrast of two opposed qualifiers or actions (WordNet) says which way the agent got it wrong. */
const CONTRAST = /\b([a-z]+),?\s+not\s+([a-z]+)\b/gi;
/**
 * Rule `contrastAcrossNoun`: the contrast may name the thing once between its two qualifiers — "More
 * tiles not less", "a longer slot, not shorter", "LOWER price not higher" —; only an opposed pair counts.
 */
const CONTRAST_ACROSS = /\b([a-z]+)\s+[a-z]+,?\s+not\s+([a-z]+)\b/gi;
function contrastedWant(text: string): string | null {
  let terms: Term[] | undefined;
  const pairs = RULE.contrastAcrossNoun ? [...allMatches(CONTRAST, text), ...allMatches(CONTRAST_ACROSS, text)] : allMatches(CONTRAST, text);
  for (const [, a, b] of pairs) {
    const [x, y] = [a.toLowerCase(), b.toLowerCase()];
    if (areOpposedQualifiers(x, y) || areOpposed(x, y)) return x;
    // as lemmas, a verb with "off" as the action remove (nlp/parse.ts): "ADDED not taken off"
    if (!RULE.contrastLemmas) continue;
    terms ??= parseText(text).terms;
    const lemmas = (w: string) => [w, ...terms!.filter((t) => t.value.toLowerCase() === w || t.value.toLowerCase().startsWith(`${w} …`)).map((t) => t.lemma)];
    if (lemmas(x).some((p) => lemmas(y).some((q) => p !== q && areOpposed(p, q)))) return x;
  }
  return null;
}
/** The interpretation says the way the contrast wants ("fewer" → "fewer", "few"; by stem or comparative base). */
function saysWant(want: string, interpretation: string): boolean {
  const wantForms = comparativeForms(want);
  const forms = new Set([want, stemOf(want), ...(wantForms ?? [])]);
  const parsed = parseText(interpretation);
  if (parsed.terms.some((t) => forms.has(t.lemma) || forms.has(t.stem) || forms.has(t.value.toLowerCase()) || (comparativeForms(t.value.toLowerCase()) ?? []).some((f) => forms.has(f)))) return true;
  // ("EARLIER not later" kept by "brought forward a week", "LATER" by "postponed": an action that says its direction, rule directionSaid)
  return RULE.directionSaid && (wantForms ?? []).length > 0 && parsed.clauses.some((c) => actionsOf(c).some((t) => directionOf(t).some((d) => forms.has(d))));
}

/** The score (judge-offline.ts: 0.5 + half the share kept, over 0.7) from which an interpretation keeps a correction: half of it kept. */
const CORRECTION_KEPT = 0.85;


/**
 * The user takes the agent's reply and asks again for what is still open: an acknowledgement, then a
 * question turned against it by "but" ("ok but the appointment?", "OK fine, but can I book the
 * jab?", "Okay... but can I still get a room in halls?"). The contrastive "but" after "ok" grants
 * what the agent did and says it is not what was asked, so the question points back at the ask,
 * whatever words it uses: the interpretation must keep what it asks for (as after an objection). A
 * question without the acknowledgement ("but how long will it take?" is rarely typed so) or with "and"
 * ("ok and the double invoice?": a second part) does not; nor does "but" inside the message.
 */
const STILL_OPEN = /^\W*(?:(?:ok(?:ay)?|fine|right|sure|thanks|thank you|cheers|great|cool|yes|yeah|yep|alright|all right)\b[\s.,!…-]*)+but\b[^?]*\?/i;

/**
 * "no, I don't need anything else, thanks", "nope, that's all", "No thank you, nothing more": the user
 * declines further help after the agent's "anything else?" ("no, not right now" too). It starts like an objection ("no …") and
 * refuses something, but what it refuses is more help, not what the agent did about the ask: no
 * objection (rule `closing`). A message with anything more in it ("no, nothing else, but the refund
 * still isn't there") is read as before.
 */
const CLOSING = /\b(?:(?:i|we)\s+(?:(?:do not|don['’]?t|did not|didn['’]?t)\s+)?(?:need|want|require|have)\s+(?:anything|nothing)\s+(?:else|more)|(?:anything|nothing)\s+(?:else|more)|that(?:['’]?s| is)\s+(?:all|it|everything)|all\s+(?:good|set|sorted|done)|not\s+(?:right\s+now|now|at\s+the\s+moment|for\s+now|today))\b/gi;
const COURTESY = /\b(?:no|nope|nah|not|thanks|thank you|thankyou|thx|ty|cheers|ok(?:ay)?|great|perfect|lovely|brilliant|bye|goodbye|for now|today|i(?:['’]m| am) (?:fine|good|ok(?:ay)?))\b/gi;
export function isClosing(text: string): boolean {
  const rest = text.replace(CLOSING, " ");
  return rest !== text && !/\p{L}/u.test(rest.replace(COURTESY, " "));
}

/**
 * Rule `objectsToLater` (fifty-seventh session): the words of what the user asked after the first message and before the
 * final agent first spoke — the latest ask — which an objection may name instead of the first message's ("No, EARLIER.
 * midnight." after "Could we finish at midnight rather than 2am?", the first message having asked what was left to pay).
 */
function laterAskTerms(ctx: ScoringContext, original: string, finalAgent: string | undefined): Term[] {
  const spoke = ctx.timeline.findIndex((t) => isAgentMessage(t.event) && t.event.agent === finalAgent);
  // (the user's messages not in the first ask, as followsLaterRequest reads them)
  return ctx.timeline
    .filter((t) => (spoke < 0 || t.index < spoke) && isUserMessage(t.event) && !original.includes(contentOf(t)))
    .flatMap((t) => parseText(contentOf(t)).clauses.filter((c) => c.request).flatMap((c) => c.terms));
}

/**
 * The user's objection: after the final agent has spoken, the user rejects it ("No, I said cancel
 * it") and the interpretation still drifts from what they then said. The objection must be about
 * the ask (it shares a word of it or of a later request, rule objectsToLater, or refuses an action), so a
 * follow-up question is none.
 */
async function objection(ctx: ScoringContext, judge: IntentJudge, original: string, interp: Interpretation, drifted: (v: IntentAssessment) => boolean): Promise<IntentResult | null> {
  const finalAgent = (ctx.timeline[interp.index].event as { agent?: string }).agent;
  let spoke = false;
  const askTerms = parseText(original).terms;
  const askStems = new Set(askTerms.map((t) => t.stem));
  const askNouns = new Set(askTerms.filter((t) => t.pos === "NOUN" || t.pos === "PROPN").map((t) => t.stem));
  // (read only when a reply's words are looked for in the ask: the user messages are parsed then)
  let later: Set<string> | undefined;
  const inLaterAsk = (stem: string) => RULE.objectsToLater && (later ??= new Set(laterAskTerms(ctx, original, finalAgent).map((x) => x.stem))).has(stem);
  for (const t of ctx.timeline) {
    // (an objection after an intent event answers the same agent's reply to it: "No, my Outlook crashes";
    // after the final agent's last message, which is the interpretation, it answers that message:
    // "wait no, I wanted her ADDED not taken off")
    if (t.index > interp.index && (!(interp.fromIntentEvent || RULE.replyAfterLast) || isHandoff(t.event))) break;
    if (isAgentMessage(t.event) && t.event.agent === finalAgent) spoke = true;
    if (!spoke || !isUserMessage(t.event)) continue;
    if (RULE.closing && isClosing(t.event.content)) continue;
    // ("wait no, 6mm. the joints are drawn for 6. my bad": the user owns the mistake, so this is a change of their own
    // ask (the latest ask is the ask), not something the agent got wrong; rule ownMistake)
    if (RULE.ownMistake && OWN_MISTAKE.test(t.event.content)) continue;
    const want = RULE.correction ? contrastedWant(t.event.content) : null;
    if (want && !saysWant(want, interp.text)) {
      return { value: 0.2, reason: `the user corrected the agent (“${t.event.content.slice(0, 120)}”): the interpretation does not say ${want}`, judge: OFFLINE_JUDGE, confidence: 0.6, driftKind: "antonym", lostPart: null, path: "contrast" };
    }
    const corrects = (RULE.correction && forms().corrects.test(t.event.content)) || (RULE.misunderstood && forms().misunderstood.test(t.event.content));
    if (corrects && RULE.valueAgain && valueOnly(t.event.content)) continue;
    if (corrects && RULE.unheardObjection && unheardAtValue(ctx, t)) continue;
    const presses = RULE.stillOpen && STILL_OPEN.test(t.event.content);
    const pressed = !corrects && !presses && RULE.pressedAgain ? pressedAgain(t.event.content, askNouns, original) : null;
    const restated = !corrects && !presses && !pressed && RULE.refusedOffer ? restatedWant(t.event.content, RULE.dismissedOffer) : null;
    if (!corrects && !presses && !pressed && !restated && !forms().objects.test(t.event.content)) continue;
    if (!corrects && !presses && !pressed) {
      const parsed = parseText(t.event.content);
      if (!parsed.clauses.some((c) => c.refused) && !parsed.terms.some((x) => askStems.has(x.stem) || inLaterAsk(x.stem))) continue;
    }
    if (RULE.settled && settledAfter(ctx, t.index, finalAgent)) continue;
    // ("It's not an event, it's every week": what the correction says the ask is, not the misreading it denies, when it
    // names a thing of its own — "it's the old one serviced" names none, and is read with the rest; rule notItIs)
    const said = corrects && RULE.notItIs ? assertedAfterDenial(t.event.content) : null;
    const asserted = said && parseText(said).terms.some((x) => (x.pos === "NOUN" || x.pos === "PROPN") && x.lemma !== "one") ? said : null;
    const v = await judge.assess(pressed?.question ?? restated ?? asserted ?? t.event.content, interp.text, { fromIntentEvent: interp.fromIntentEvent, rejection: true });
    if (v.score !== null && drifted(v)) {
      return {
        value: v.score, reason: `the user ${pressed ? "asked again" : "objected"} (“${t.event.content.slice(0, 120)}”) and ${v.reason}`, judge: v.judge, confidence: v.confidence,
        driftKind: v.driftKind ?? "topic", lostPart: null, path: `${pressed ? "pressed" : "objection"}>${v.path ?? "judge"}`,
      };
    }
    // ("Thanks but... what about my camera??", the last word: the acknowledged "but" question names a
    // thing of the ask that the interpretation does not name — a loose likeness of other words to it
    // does not answer it; rule stillOpenNamed)
    if (presses && RULE.stillOpenNamed && !drifted(v)) {
      const things = thingsOfAsk(t.event.content.replace(/^[^]*?\bbut\b/i, ""), askNouns, original);
      if (things.length && !namesAnyOf(interp.text, things)) {
        return { value: 0.3, reason: `the user asked again (“${t.event.content.slice(0, 120)}”) and the interpretation names none of ${things.join(", ")}`, judge: OFFLINE_JUDGE, confidence: 0.55, driftKind: "topic", lostPart: null, path: "pressed" };
      }
    }
    // (a question of a few words — "but the bag?" — may give the judge too little to read: it is
    // drift when the interpretation names none of the ask's things the question names)
    // ("ok maybe 'Hilsen fra Oslo'. but how many weeks they keep?" after the shelf life was first asked: the "but" question
    // names a thing of the ask, and an interpretation that names none of them has not answered it, however near its
    // other words come — as stillOpenNamed; rule pressedNamed)
    if (pressed && (v.score === null || (RULE.pressedNamed && !drifted(v))) && !namesAnyOf(interp.text, pressed.things)) {
      return { value: 0.3, reason: `the user asked again (“${t.event.content.slice(0, 120)}”) and the interpretation names none of ${pressed.things.join(", ")}`, judge: OFFLINE_JUDGE, confidence: 0.55, driftKind: "topic", lostPart: null, path: "pressed" };
    }
    // (the user has just said the agent got it wrong: a loose match of a few words — "less" near
    // "full", "break" near "place" — does not show the interpretation keeps the correction)
    if (corrects && (v.score === null || v.score < CORRECTION_KEPT)) {
      return { value: 0.3, reason: `the user corrected the agent (“${t.event.content.slice(0, 120)}”), and the interpretation is not shown to keep what they insist on`, judge: v.judge, confidence: 0.55, driftKind: "topic", lostPart: null, path: "correction" };
    }
  }
  return null;
}

/** The text names one of the things (stems, or values as typed). */
function namesAnyOf(text: string, things: string[]): boolean {
  const stems = quickRead(tokensAsWords(text)).stems;
  return things.some((x) => stems.has(x) || text.includes(x));
}

/**
 * "I said already - treasurer@stmaryswi.org.uk", "I said, 07700 900 123!": the user gives a value again
 * after an agent's question for it. It protests at being asked, not at what the agent made of the ask
 * (that is re-ask's evidence), so it is no correction (rule `valueAgain`): after the correcting words
 * and the values (a token with a digit or an "@"), nothing is left that names a thing or an action.
 */
function valueOnly(text: string): boolean {
  const rest = text.replace(forms().corrects, " ");
  if (!/[\d@]/.test(rest)) return false;
  return parseText(rest.replace(/\S*[\d@]\S*/g, " ")).terms.length === 0;
}

/**
 * "are you even reading this? I gave it already. IB-55102": the user asks whether the agent read what
 * they wrote while typing again a value they had given before (a token with a digit or an "@" of an
 * earlier user message). That protests at being asked again (re-ask's evidence), not at what the
 * agent made of the ask: no objection (rule `unheardObjection` reads the hearer's failure to attend
 * only without it).
 */
function unheardAtValue(ctx: ScoringContext, at: TimedEvent): boolean {
  const content = (at.event as { content: string }).content;
  if (!forms(true).misunderstood.test(content)) return false;
  if (forms(false).misunderstood.test(content) || (RULE.correction && forms().corrects.test(content))) return false;
  const values = content.match(/[^\s,.;:!?()]*[\d@][^\s,;:!?()]*/g)?.map((v) => v.replace(/[.]+$/, "")) ?? [];
  if (!values.length) return false;
  const earlier = ctx.timeline.filter((t) => t.index < at.index && isUserMessage(t.event)).map(contentOf).join(" ");
  return values.some((v) => earlier.includes(v));
}

/**
 * The speaker owns a mistake: "my bad", "my mistake", "my fault", "my error" — not denied ("it's not my fault"). "I
 * meant …" is left out: "No, I meant the blue one" tells the agent what it misread.
 */
const OWN_MISTAKE = /(?<!\bnot\s|n['’]t\s)\bmy (?:bad|mistake|fault|error)\b/i;

/**
 * The objection was settled: the final agent answered it and the user then accepted plainly ("6 June.
 * Thank you", "yes that's the one, thanks", "perfect"): the agent turned round to what the user insisted
 * on, so the objection is evidence of a misreading put right, not of drift (rule `settled`; blind-v1's
 * clean conversations restate the ask wrongly, are corrected, and restate it right). A hedged or
 * resigned yes ("whatever, fine", "thanks I guess": RELUCTANT), a question, a "but", or another
 * objection settles nothing.
 */
const THANKS = /\b(?:thanks|thank you|thankyou|thx|cheers|perfect|great|lovely|brilliant|excellent|wonderful|spot on|that(?:['’]s| is) (?:it|right|the one|better|more like it))\b/i;
function settledAfter(ctx: ScoringContext, index: number, finalAgent: string | undefined): boolean {
  let answered = false;
  for (const { event: e, index: i } of ctx.timeline) {
    if (i <= index) continue;
    if (isHandoff(e)) return false;
    if (isAgentMessage(e) && e.agent === finalAgent) answered = true;
    else if (isUserMessage(e)) {
      const m = e.content;
      if (!answered || !THANKS.test(m) || reluctant(m) || /\?|\bbut\b/i.test(m) || forms().objects.test(m) || forms().corrects.test(m) || forms().misunderstood.test(m)) return false;
      return true;
    }
  }
  return false;
}

/**
 * A message's requests that name something wanted (a term not negated), without those that only
 * refer back to the ask ("I just want it sorted before …": rule refersBack, intent-refers-back.ts).
 */
function newWishes(message: string): string[] {
  return parseText(message).clauses.filter((c) => c.request && c.terms.some((x) => !x.negated) && !(RULE.refersBack && refersBack(c)) && !(RULE.asksWhether && asksWhether(c))).map((c) => c.text);
}

/**
 * Words specific enough to tell one part of an ask from another: not the commonest ("thing",
 * "time", "today"), but a name is always specific ("before *Friday*", "to *London*"): it picks
 * out one thing however common the word.
 */
export const specific = (t: Term) => common(t) === false || (!t.negated && t.pos === "PROPN");
/** false for a word specific by its frequency (or an id); a name alone does not make a clause a part ("Thanks Tom.") */
const common = (t: Term) => t.negated || !specificWord(t);
/** A word specific by its frequency, or an id, negated or not. */
const specificWord = (t: Term) => /\d/.test(t.lemma) || t.rank >= SPECIFIC_RANK;
/**
 * "please make sure there's *no price or invoice* in the box", "don't put the *receipt* in the parcel": a thing the
 * request wants kept out is still the thing it is about, and an agent who acts on it names it ("the invoice won't go in
 * the box"). A negated noun of a specific word traces a part as the word unnegated would (rule `negatedThing`); without
 * it such a part was traced by its leftovers ("sure"), which any polite word downstream came near.
 */
const tracedThing = (t: Term) => specific(t) || (t.negated && (t.pos === "NOUN" || t.pos === "PROPN") && specificWord(t));
/** A word that makes a clause a part of the ask: a specific thing, outside a prepositional phrase (lostPart, framedOnly) */
const namesThing = (t: Term) => !common(t) && t.pos !== "VERB" && !t.inPhrase;

/**
 * The first part of a multi-part ask that no agent-side text names after it left the user: handoff
 * summaries and payloads, every agent message and intent event from the first handoff on, and the
 * first agent's messages the user answered before it handed on.
 *
 * Rule `soleLost` (fifty-seventh session; `kept`: the judge read the ask as a whole as kept): a request set beside the
 * rest by "and", "also" or "as well" may be lost though no other part was traced, when it is the one request among the
 * parts — "During week 3 … I was in HOSPITAL … I want the £30 back for that session, and send me the recording of week
 * 3" (blind-ac2: the refund, a want with no specific thing of its own, is no part, so the recording had no reached
 * part beside it). The judge found the rest of the ask in the final agent's words; the request added beside it reached
 * no one.
 */
export function lostPart(ctx: ScoringContext, original: string, leg?: RelayLeg, kept = false): string | null {
  const first = ctx.timeline.findIndex((t) => isHandoff(t.event));
  if (first < 0) return null;
  // one clause is one part (cheap first pass, nlp/quick.ts)
  const quick = quickRead(tokensAsWords(original));
  if (quick.single) return null;
  // a part names a thing ("a vegetarian meal"), outside a prepositional phrase ("at the moment" is
  // a circumstance); "am I owed anything?" is a question about the rest
  // ("Two things please:" announces the parts that follow; it is none of them)
  // (a request saying how to reach the user is a fact handed on, not a part: intent-contact.ts)
  // ("I AM a member. Am I supposed to wear the badge on my forehead?": venting, intent-rhetorical.ts)
  // ("… or is there a secret password?": the other side of an alternative question is the same question, nlp/parse.ts Clause.alternative)
  // The ask's parts are read before any downstream text: the judge has parsed the ask already (a
  // memo hit), and an ask of fewer than two parts needs no downstream text read, not even by the
  // cheap pass below (issue 12 throughput).
  const asked = tokensAsWords(original);
  const parts = parseText(asked).clauses.filter((c, _, all) => !/:\s*$/.test(c.text) && (c.terms.some(namesThing) || phraseOnly(c)) && !(RULE.contact && contactOnly(c, all)) && !(RULE.factPart && c.request && factOnly(c)) && !(RULE.whoPart && !c.request && namesOnly(c)) && !(RULE.alternativePart && c.alternative) && !(RULE.rhetorical && rhetoricalQuestion(c, asked)) && !(RULE.discoursePart && discourseOnly(c)) && !(RULE.framedPart && framedOnly(c)) && !(RULE.checkBack && checkBack(c)));
  if (RULE.addedFragment) for (const [i, p] of parts.entries()) if (addedFragment(p)) parts[i] = { ...p, request: true };
  // ("one of them without swede for my lad", "3 of the cups without pearls": rule partitiveExclusion, before the parts are
  // counted, since such a request traces no part of its own)
  if (RULE.partitiveExclusion && PARTITIVE_WITHOUT.test(asked)) {
    const excepted = partitiveLeftIn(parseText(asked).clauses, handedOn(ctx, first, RULE.addedPart && additive(original), leg).texts.map(tokensAsWords));
    if (excepted) return excepted;
  }
  if (parts.length < 2 || !parts.some((p) => p.request)) return null;
  const added = RULE.addedPart && additive(original);
  const { texts, values } = handedOn(ctx, first, added, leg);
  // (a question by inversion is held to the joined bar only while no downstream text answers a question: joinedAsk)
  const answered = RULE.auxQuestion && parts.some((p) => p.yesNo) && answersQuestion(texts);
  // a tool an agent called names what it acted on ("book_lesson", {"pupil": "Amy"}): a part whose own
  // words it names by stem reached that agent (its name and the words it was given, not the argument
  // names, and not by word vectors: "check" is near "monitor", and a terse tool name is no paraphrase)
  const tools = toolTexts(ctx);
  // (a word that labels an id downstream — "Member M-30992", "case LAB-73001" — says which record, not that a part reached an agent)
  const carried = (t: string) => (RULE.idLabels ? withoutIdLabels(t) : t);
  // (an added part is reached only when a thing of its own is named, which the cheap pass cannot tell: the parser decides)
  // (a conversation the user resolved and rated top keeps every part at the quarter bar: partBar)
  const rated = RULE.topRatingPart && ctx.settings.ratingEvidence && ratedTop(ctx.timeline);
  const bar = (p: Clause) => (rated ? TUNE.partReached : partBar(p, answered));
  if (!added && quickReached(quick.pieces, texts.map(carried), rated ? TUNE.partReached : QUICK_BAR())) return null;
  // (a part the user later took back — "forget the repaint" — traced as reached: it cannot be lost, and it still counts as a part)
  const withdrawn = withdrawnStems(ctx, original);
  const toolStems = new Set(tools.flatMap((t) => [...quickRead(tokensAsWords(t)).stems]));
  const key = `${rated ? 1 : 0}${kept ? 1 : 0}${original}\u0000${texts.join("\u0001")}\u0000${[...withdrawn].join(" ")}\u0000${tools.join("\u0001")}`;
  const hit = lostParts.get(key);
  if (hit !== undefined) return hit;
  // (a part named by the value the user gave right after it in the same message — "want same model. STRIKER 4cv" — reached an agent with that value, rule `valueNamesPart`)
  const namedByValue = RULE.valueNamesPart ? valueNamed(parseText(asked).clauses, texts, ctx.timeline.filter((t) => isUserMessage(t.event)).map(contentOf)) : () => false;
  // ("where is my kedgeree order KG-2281?": a question about a record is taken up by any agent text naming its value, rule askedOfValue)
  const byValue = RULE.askedOfValue ? askedOfValue(texts, namedByValue) : namedByValue;
  // ("Did my email come through?" answered "Yes, got them": settled, as a part taken back is — rule sentChecked; the
  // downstream texts are read for an answer only for such a part)
  const checked = (p: Clause) => RULE.sentChecked && SENT_CHECK.test(p.text) && answersQuestion(texts);
  const lost = findLostPart(parts, texts.map(tokensAsWords), (p) => withdrawnFrom(p, withdrawn) || checked(p), (words) => namedByTools(words, toolStems), carried, (at) => values.get(at), byValue, bar, answered, kept);
  lostParts.set(key, lost);
  return lost;
}

/**
 * The handoffs whose words reach the final agent of a relay (relayLeg): the one that brought the task to it (its last
 * handoff in, not a return) and every handoff after it, the delegations its sender made beside it (a fan-out's
 * siblings), and every return (a worker's result). A relay's earlier hops are left out.
 */
interface RelayLeg {
  carries: (index: number, e: { from: string; to: string; mode?: string }) => boolean;
}

/** A tool named as a read ("lookup_order", "stock_check", "lab_job_status", "get_quote"): it looks something up, it does nothing. */
const READ_TOOL = /(?:^|[_\-.\s])(?:get|lookup|look|check|find|search|list|fetch|query|view|read|status|info|details|availability|verify)(?:[_\-.\s]|$)/i;

function relayLeg(ctx: ScoringContext, interp: Interpretation): RelayLeg | null {
  const agent = (ctx.timeline[interp.index].event as { agent?: string }).agent;
  if (!agent) return null;
  const links = ctx.chain.filter((l) => l.effective && l.index < interp.index);
  const into = links.findLast((l) => l.event.to === agent && l.event.mode !== "return");
  // (a relay: the task was handed on at least once before the handoff that brought it to the final agent)
  const before = into ? links.filter((l) => l.index < into.index && l.event.mode !== "return") : [];
  if (!into || !before.length) return null;
  // (the task went onward to an agent that had not held it: not back to a desk it passed through, a hub or a ping-pong)
  if (before.some((l) => l.event.from === agent || l.event.to === agent) || ctx.timeline.some(({ event: e, index }) => index < into.index && isAgentMessage(e) && e.agent === agent)) return null;
  // (and the user asked for nothing more once it was first handed on: a later request may be what the hops carried)
  if (ctx.timeline.some(({ event: e, index }) => index > before[0].index && index < interp.index && isUserMessage(e) && parseText(tokensAsWords(e.content)).clauses.some((c) => c.request))) return null;
  // an agent on the way that did something (a tool that is not a read: "reserve", "book_interpreter") may have done a
  // part itself and passed on the rest, as a hub-and-spoke desk does; only agents that merely read and passed on are a relay
  const passedOn = new Set(before.map((l) => l.event.to).filter((a) => a !== agent));
  if (ctx.timeline.some(({ event: e, index }) => index < into.index && isToolCall(e) && passedOn.has(e.agent ?? "") && !READ_TOOL.test(e.tool))) return null;
  const sender = into.event.from;
  return { carries: (index, e) => index >= into.index || e.mode === "return" || (e.mode === "delegate" && e.from === sender) };
}

/**
 * Rule `relayDropped`: a part of the ask handed on at an earlier hop of a relay ("+ cab photography add-on") that no
 * later hop carries to the final agent ("FP-TASTER x1, 9 August, AM"), and that no agent's message, intent, tool or
 * returned result names: the handoff in the middle dropped it. lostPart reads every hop, so a part the first hop
 * carried counts as reached there; this reads the hops from the final agent's side only. A part an agent on the way
 * took up in words or by a tool, or a worker reported back on, is not lost.
 */
function relayDropped(ctx: ScoringContext, asked: string, interp: Interpretation): string | null {
  const leg = relayLeg(ctx, interp);
  return leg ? lostPart(ctx, asked, leg) : null;
}

/**
 * The lost part named is a clause of its own in the ask — not set beside another request by "and"
 * (nlp/parse.ts Clause.joined), nor marked as one more by "also", "too" or "as well" ("Could you
 * *also* arrange a vegetarian lunch?"): a sentence among the background of a long message, the
 * weakest reading of a part (rule topRatingPart, intent-top-rating.ts). A name no clause gives (a
 * pair left, a restriction) is not one.
 */
function standsAlone(asked: string, lost: string): boolean {
  const clause = parseText(tokensAsWords(asked)).clauses.find((c) => partName(c.text) === lost);
  return clause !== undefined && !clause.joined && !additive(clause.text);
}

/**
 * "my instructor says I need a 17.5", "Since half the team went remote we only need one": a clause whose
 * specific words all stand in the frame before what is asked — who said so, or why — names no part of its
 * own (rule `framedPart`): the thing asked for is the value or the word after the frame ("a 17.5", "one"),
 * taken up by the agents under its own name ("the 17.5-inch", "the 2nd-floor console"). The frame is a
 * reporting subject and verb ("X says", "X told me") or a leading clause of reason ("since …", "because …")
 * up to the subject of the main clause; a part with a word of its own after the frame stays a part.
 */
const FRAME = /^\W*(?:(?:(?:since|because|cos|coz)\b[^,]*?(?=\b(?:we|i|you|they|he|she|it)\b))|(?:(?:my|our|the|his|her|their)\s+)?[\p{L}'-]+\s+(?:says|said|reckons|thinks|told me|tells me)\b)/iu;
function framedOnly(c: Clause): boolean {
  const m = FRAME.exec(c.text);
  if (!m) return false;
  const end = m[0].length;
  const places = placesOf(c.text.toLowerCase(), c.terms);
  const own = c.terms.flatMap((t, i) => (namesThing(t) ? [places[i].at] : []));
  return own.length > 0 && own.every((at) => at >= 0 && at < end);
}

/**
 * "Wait, sorry —", "oops sorry", "hang on, ok": a clause of discourse words only (a pause, an apology,
 * an acknowledgement: a closed class of English) introduces what follows — a correction, the next
 * message of a terse ask — and names no part of its own (rule `discoursePart`). The parser may read
 * "Wait" as an imperative and "sorry" as a thing named.
 */
const DISCOURSE = /^(?:wait|hang|hold|on|sorry|oops|whoops|hmm+|um+|er+m?|uh+|oh|ah|ok(?:ay)?|right|well|actually|please|so|anyway)$/i;
const discourseOnly = (c: Clause) => c.terms.length > 0 && c.terms.every((t) => DISCOURSE.test(t.value));

/**
 * "Is that doable?", "would this be possible?", "is it even allowed": a question whose subject points back ("that",
 * "this", "it") and whose only word judges whether what was asked can be done (a closed class of English adjectives of
 * feasibility and permission) is about the request before it; it names no part of its own (rule `checkBack`). "Is it
 * washable?" asks about the thing, and stays a part.
 */
const CHECK_BACK = /^\W*(?:and\s+|but\s+|so\s+)?(?:is|are|would|will|could|can|was)\s+(?:that|this|it)\s+(?:be\s+|even\s+|still\s+|at\s+all\s+|actually\s+|really\s+)*\w+/i;
const FEASIBLE = new Set(["possible", "feasible", "doable", "ok", "okay", "alright", "allowed", "permitted", "realistic", "achievable", "manageable", "workable", "practical", "viable"]);
const checkBack = (c: Clause) => c.terms.length > 0 && c.terms.every((t) => FEASIBLE.has(t.lemma) || FEASIBLE.has(t.value.toLowerCase())) && CHECK_BACK.test(c.text);

/**
 * "also 20m dmx cable 5pin", "+ screen protector fitted too", "n late checkout sun": a terse customer
 * adds an item to what they want as a bare noun phrase — an opening "and"/"also"/"plus" (or its
 * texting forms "n", "&", "+"), or a closing "too" — and the item is wanted as the rest of the ask is
 * (rule `addedFragment`): a request part, which can be lost. Only a fragment: a few words, no verb,
 * no copula or modal, no question word. "The grass box also came back with a crack in it", "also
 * while its with you what would a better card cost" and "and it leaks" stay as they were.
 */
const ADDED_OPENING = /^\W*(?:and|also|plus|n|&|\+)\s+[\p{L}\d]|\btoo[\s.!;]*$/iu;
const NOT_FRAGMENT = /\b(?:is|are|was|were|am|be|been|being|has|have|had|does|do|did|would|could|can|will|shall|should|might|may|must|what|which|who|how|why|when|where|if|isn['’]?t|aren['’]?t|wasn['’]?t|doesn['’]?t|don['’]?t|didn['’]?t|won['’]?t|wont|can['’]?t|cant)\b|['’](?:s|re|m|d|ll|ve)\b/i;
/**
 * "+ 10 spare invitations too while the press is set up": what follows a comma, a semicolon or a
 * subordinating conjunction says when, why or on what condition — an adjunct of the item, not the item
 * (rule fragmentAdjunct): the fragment test reads the item up to it.
 */
const FRAGMENT_END = /[,;]|\s(?:while|because|since|as|so|if|when|before|after|until|cos|coz)\s/i;
/**
 * "… and I used it only 3 times because first I had the flu": a subject pronoun makes the piece a clause of its own,
 * no bare noun phrase added to the ask, even when its only verb is a light one the parser keeps out of the terms
 * (rule fragmentSubject; blind-ax1: the report was read as an item of the ask that reached no agent).
 */
const SUBJECT_PRONOUN = /\b(?:i|we|he|she|they)\b/i;
const fragmentHead = (text: string) => (RULE.fragmentAdjunct ? text.split(FRAGMENT_END)[0] : text);
const addedFragment = (c: Clause) => {
  const item = fragmentHead(c.text);
  const words = new Set(item.split(/[^\p{L}\p{N}'’-]+/u));
  return !c.request && ADDED_OPENING.test(item) && item.trim().split(/\s+/).length <= 7 && !c.terms.some((t) => t.pos === "VERB" && words.has(t.value)) && !NOT_FRAGMENT.test(item) && !(RULE.fragmentSubject && SUBJECT_PRONOUN.test(item));
};

/**
 * "want same model. STRIKER 4cv", "swap the adapter / TX-220B": a terse customer names the thing of a
 * part by a value given next, a clause of its own of a few words with a digit in it and no request.
 * When that value reached an agent as written (letters and digits alike, spacing aside), the part it
 * names reached that agent with it, whatever words the part used (rule `valueNamesPart`). Only the
 * clause just before the value, in the same message, is named by it. A postcode names no thing ("could your lads take
 * away the old pallet … ? HR2 6PB": where, not which; rule `addressValue`, fifty-second session: development +1 found,
 * held out no change, no false alarm).
 */
function valueNamed(clauses: Clause[], texts: string[], messages: string[]): (p: Clause) => boolean {
  const named = new Set<string>();
  const handed = texts.map(bare).join("\u0000");
  const said = messages.map(bare);
  for (const [i, c] of clauses.entries()) {
    const value = bare(c.text);
    if (i === 0 || c.request || !/\d/.test(c.text) || value.length < 4 || !BARE_VALUE.test(asWritten(c.text))) continue;
    // (a postcode says where, not which thing: "could your lads take away the old pallet … ? HR2 6PB", rule `addressValue`)
    // (asWritten joins "6 PB" as "6PB"; runs of spaces are one)
    if (RULE.addressValue && LETTERED_POSTCODE.test(asWritten(c.text).replace(/[.,;]$/, "").replace(/\s+/g, " "))) continue;
    const before = bare(clauses[i - 1].text);
    if (handed.includes(value) && said.some((m) => m.includes(before + value))) named.add(clauses[i - 1].text);
  }
  return (p) => named.has(p.text);
}
/**
 * "Where is my kedgeree order KG-2281?", "when will DC-3188 be sent out?": a question about a record, asked by a
 * question word and an auxiliary (intent-contact.ts WH_QUESTION), is a part of the ask (no fact given: factOnly), and
 * any agent text that names the record's value as written has taken it up ("KG-2281 left the kitchen at 7:40"), whatever
 * words it uses for the thing (rule `askedOfValue`).
 */
function askedOfValue(texts: string[], named: (p: Clause) => boolean): (p: Clause) => boolean {
  let handed: string | undefined;
  return (p) => {
    if (named(p)) return true;
    if (!WH_QUESTION.test(p.text)) return false;
    const values = p.terms.filter((t) => /\d/.test(t.value) && bare(t.value).length >= 4);
    handed ??= texts.map(bare).join("\u0000");
    return values.some((t) => handed!.includes(bare(t.value)));
  };
}
/** A value as printed, with no label word: each word has a digit or is in capitals ("STRIKER 4cv", "TX-220B"; not "Order BW-60917"). */
const BARE_VALUE = /^(?:(?:\S*\d\S*|[\p{Lu}\d-]{2,}[.,;]?)\s*){1,4}$/u;
/** (the parser splits a number from the letters after it, "4cv" → "4 cv": joined again, as the user wrote it) */
const asWritten = (text: string) => text.trim().replace(/(\d)\s+(?=\p{L})/gu, "$1");
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\d]+/gu, "");

/**
 * A restriction of the ask ("re-ridge only the north side") whose own words reached no agent — the
 * texts lostPart reads, and the tools the agents called — while the final interpretation does all of
 * the thing (intent-only-part.ts, rule onlyPart).
 */
function lostOnly(ctx: ScoringContext, original: string, interp: string): string | null {
  if (!ONLY.test(original)) return null;
  const first = ctx.timeline.findIndex((t) => isHandoff(t.event));
  if (first < 0) return null;
  return lostRestriction(tokensAsWords(original), [...handedOn(ctx, first).texts, ...toolTexts(ctx)].map(tokensAsWords), tokensAsWords(interp));
}

/**
 * What reached an agent of the ask, as texts in timeline order: handoff summaries and payloads, every
 * agent message and intent event from the first handoff on (index `first` of the timeline), and the
 * first agent's messages the user answered before it handed on. With `added`, a payload's
 * values-only text is kept by its index in texts (rule addedKeys). With `leg`, only the handoffs on a relay's last leg
 * are read (rule relayDropped).
 */
export function handedOn(ctx: ScoringContext, first: number, added = false, leg?: RelayLeg): { texts: string[]; values: Map<number, string> } {
  const texts: string[] = [];
  // (a payload as an added part's thing is traced in it, by index in texts: without the keys that label a value, rule addedKeys)
  const values = new Map<number, string>();
  // a handoff that never took effect (role confusion: the SDK ran another) carried nothing to anyone
  const ignored = new Set(ctx.chain.filter((l) => !l.effective).map((l) => l.index));
  // an agent the user went on talking with before the first handoff took up what it answered
  // ("About loans: we have an M6 and an M10" → "how much is the M10 per week"): that part reached an
  // agent. A message the user did not answer before the handoff is routing, however much of the ask
  // it repeats ("I'll pass your refund and the new address to billing"), and carries nothing on.
  const talkedWith = (at: number) => RULE.answeredFirst && ctx.timeline.slice(at + 1, first).some((t) => isUserMessage(t.event));
  for (const [at, { event: e, index }] of ctx.timeline.entries()) {
    if (isHandoff(e)) {
      if (ignored.has(index) || (leg && !leg.carries(index, e))) continue;
      if (e.summary) texts.push(e.summary);
      if (e.payload) {
        if (added && RULE.addedKeys) values.set(texts.length, payloadText(e.payload, false));
        texts.push(payloadText(e.payload));
      }
    } else if ((index >= first || talkedWith(at)) && isAgentMessage(e)) texts.push(e.content);
    else if (index >= first && e.type === "intent") texts.push(e.intent);
  }
  return { texts, values };
}

/**
 * "Hi, I'm Priya at Ashdown Glazing", "Riverside Dental Practice here (Dr Amara Nwosu)": a statement
 * whose specific words are all names says who is asking, not what: no part of the ask, so the one
 * request beside it is the whole ask, which the judge compares (a request naming only a name —
 * "can you book the Ritz?" — stays a part).
 */
const namesOnly = (c: Clause) => {
  const own = c.terms.filter((t) => !common(t) && t.pos !== "VERB");
  // (a clause giving an id is a fact handed on, not who is asking: "Card 21234003377451.")
  return own.length > 0 && own.every((t) => t.pos === "PROPN") && !/\d/.test(c.text);
};

/**
 * A request whose every content word is in a prepositional phrase after a light verb ("put it *on
 * the steel bracelet*", "help *with his personal statement*") names its thing in the phrase: it is a
 * part by the phrase's nouns (a thing, not a name or date: "do it *by Friday*" is a circumstance).
 * So does a request with a phrasal verb, whose particle the parser reads as a preposition ("turn
 * off *the auto renewal on my membership*": the object follows the particle; rule idLabels).
 * So does a request set beside another with "and", asking in its own words, whose verb is the only
 * word outside its phrases ("And can you pop us *on the waiting list* for the Saturday one", "could
 * you also price up *a new loading ramp for the yard*": rule joinedPhrasePart) — a second item of the
 * ask, whatever verb carries it. Held-out gate +1 drift found, false alarms identical; development +1.
 * So does a request marked as an addition ("*Also* please can you quote *for the wooden decking*"), as partBar
 * treats the two alike (rule addedPhrasePart, thirty-third session).
 */
const phraseOnly = (c: Clause) => RULE.phrasePart && c.request && c.terms.length > 0 && (c.terms.every((t) => t.inPhrase || (RULE.proOne && modifiesOne(c, t)) || (RULE.joinedPhrasePart && t.pos === "VERB" && (joinedAsk(c) || (RULE.addedPhrasePart && additive(c.text))))) || (RULE.idLabels && c.phrasals.length > 0)) && (c.terms.some((t) => t.inPhrase && t.pos === "NOUN" && !common(t) && !t.negated) || (RULE.addedVerbPart && addedVerb(c)));

/**
 * "re-grip my *old* one", "re-tune the *blue* ones": an adjective before the pro-form "one(s)" describes a thing named
 * elsewhere, as "it" stands for one: no thing of the clause's own, so the clause is a part by its verb, as with "it"
 * (rule `proOne`). The lite model tags "left" and "right" there as nouns ("stretch the *right* one across the little
 * toe"): a noun before "one(s)" is read as the adjective is (rule `oneNoun`; blind-z1's shoemaker, development +1 found,
 * held out no change, no false alarm).
 */
function modifiesOne(c: Clause, t: Term): boolean {
  if (t.pos !== "ADJ" && !(RULE.oneNoun && t.pos === "NOUN")) return false;
  const text = c.text.toLowerCase();
  const place = placesOf(text, c.terms)[c.terms.indexOf(t)];
  return place.at >= 0 && /^\s+ones?\b/.test(text.slice(place.after));
}

/**
 * "And we'd *also* like you to get it *registered* with the Scottish Register of Tartans": a request marked as an
 * addition whose thing is "it" and whose phrase names only an institution is a part by its own specific verb — the
 * act asked for — as the phrase's noun makes one in "Also please quote for the decking" (rule addedVerbPart).
 */
const addedVerb = (c: Clause) => additive(c.text) && c.terms.some((t) => t.pos === "VERB" && !t.inPhrase && !common(t));

let lostParts = new Memo<string, string | null>(CACHED_VERDICTS);
onDriftTuning(() => (lostParts = new Memo(CACHED_VERDICTS)));

/**
 * Cheap first pass of lostPart: every piece of the ask (cut finer than the parser's clauses) has a
 * quarter of its specific words' weight named downstream by stem, so every clause made of them
 * has too, and no part can be lost. Otherwise the parser decides.
 */
function quickReached(pieces: QuickWord[][], texts: string[], bar: number): boolean {
  // (the pieces are not told joined from standalone: the higher of the two bars, so that the cheap
  // pass only ever answers "reached" where the parser would: partBar)
  // texts are read in order and only until every piece is reached: coverage only grows as stems
  // are added, so stopping early answers as reading them all would (issue 12 throughput)
  let open = pieces
    .map((p, i) => ownWords(wordsNotValues(p.filter((w) => w.digit || w.rank >= SPECIFIC_RANK), (w) => w.digit), pieces, i, (w) => w.stem))
    .filter((words) => words.length);
  const named = new Set<string>();
  for (const t of texts) {
    if (!open.length) return true;
    for (const s of quickRead(t).stems) named.add(s);
    open = open.filter((words) => quickCoverage(words, named) < bar);
  }
  return !open.length;
}

/**
 * An amount or id says which thing, not what is wanted of it: "£100" handed on as a reference does
 * not carry "make a £100 donation in her memory". A part is traced by its words, by its values only
 * when it has no words.
 */
function wordsNotValues<W>(words: W[], isValue: (w: W) => boolean): W[] {
  const named = words.filter((w) => !isValue(w));
  return named.length ? named : words;
}

/**
 * A word two parts share ("withdraw our *application*" / "would they need a fresh *application*")
 * shows that one of them reached an agent, not which: each part is traced by its own words (all
 * of them when it has none of its own).
 */
function ownWords<W>(words: W[], parts: Array<Array<{ stem: string }>>, i: number, stem: (w: W) => string): W[] {
  const others = new Set(parts.flatMap((q, j) => (j === i ? [] : q.map((t) => t.stem))));
  const distinct = words.filter((w) => !others.has(stem(w)));
  return distinct.length ? distinct : words;
}

/**
 * "Let's do the macaron boxes again this year. 40 boxes of 12, our logo on the ribbon": a part whose own words only
 * modify a noun another part names ("macaron", "Michelin", "junior" right before "boxes", "tyres", "lessons") is about
 * that thing, which the other part goes on to specify; it is traced by its modifiers and that head, so the agents
 * naming the boxes took it up, though no one repeats the shop's own product word (rule `sharedHead`; blind-bk1's clean
 * corporate order, held out unchanged). A part with a word of its own that modifies nothing ("the Pirelli tyres on
 * *the car*") is traced by its own words as before. Known limit, unchanged by the rule: "10 walnut trays … also 5 oak
 * trays" answered with the walnut ones alone is no lost part either way.
 */
function withSharedHead(p: Clause, own: Term[], words: Term[], parts: Clause[], i: number): Term[] | null {
  // (`own`: ownWords of `words`; as long as `words`, no word was another part's, or every one was)
  if (own.length === words.length) return null;
  const heads = own.map((w) => (modifiesNoun(p, w, true) ? p.terms[p.terms.indexOf(w) + 1] : undefined));
  if (heads.some((h) => h === undefined)) return null;
  const others = new Set(parts.flatMap((q, j) => (j === i ? [] : q.terms.map((t) => t.stem))));
  return heads.every((h) => others.has(h!.stem)) ? [...own, ...heads.map((h) => h!)] : null;
}

/** The words labelling an id in a text ("no." of "no. M-30992", "grant" and "ref" of "Grant ref SRT-2025-14"), lower-cased. */
const labelsOf = (text: string) => new Set(allMatches(LABELLED_ID, text).flatMap((m) => m[0].slice(0, m[0].length - m[1].length).toLowerCase().split(/[\s#]+/).filter(Boolean)));
/** A cosine no two words reach: coverage() then matches actions by stem and the lexicon's relations only (one action, its kind, its polarity), never by vectors. */
const SAME_ACTION_ONLY = 1.01;
/**
 * Two parts doing one action to two things ("cancel my sauna on Thursday and turn off the auto
 * renewal on my membership", "cancel the vase and bring the fitting forward") are told apart by
 * their things: a downstream "cancelled" takes up the first and says nothing of the second. So a
 * part is traced without its actions that match another part's (the same action or its kind, by
 * lexicon), and without a word labelling an id ("no." in "no. M-30992"), when things remain.
 */
function byThings(words: Term[], parts: Clause[], i: number): Term[] {
  const otherActions = parts.flatMap((q, j) => (j === i ? [] : actionsOf(q).filter((t) => t.pos === "VERB" && !t.negated)));
  const text = parts[i].text;
  const labels = labelsOf(text);
  const things = words.filter((t) => !labels.has(t.value.toLowerCase()));
  // (a part naming only an id and its label — "Card 21234003377451", "Grant ref SRT-2025-14" — is a
  // fact handed on, traced by its label as before: findLostPart reads downstream texts as written for it)
  if (!things.length) return words;
  const kept = things.filter((t) => !(t.pos === "VERB" && coverage([t], otherActions, 1, undefined, SAME_ACTION_ONLY) > 0));
  return kept.some((t) => t.pos !== "VERB") ? kept : things;
}

/**
 * "… and could you *also* send me a copy of the invoice?", "could you check the claws *too*": a part
 * the user marks as an addition (the closed class of English additive adverbs) is a thing of its own
 * beside the rest of the ask. Downstream, the handling of the rest shares its action ("the coins
 * returned by insured post" ~ send) and its domain's words (vector neighbours: "book" ~ copy,
 * "weekly" ~ newsletter), so an added part reaches an agent only when a text also names one of its
 * own things (a noun or name) by stem, the lexicon or a close neighbour, not by its action and
 * loose neighbours alone. ("too" after a word is a degree — "too stiff", "too late" — no addition.)
 * Nor by a payload key that labels a string value (rule addedKeys): "package" of {package: "Superhero
 * Training"} says which field was handed on, not that "add a pinata to the package too" was.
 */
const ADDITIVE = /\b(?:also|as well|additionally)\b|\btoo\b(?=\s*(?:$|[^\w\s]|(?:please|so|if|as|while|because|since|thanks|and|but|then)\b))/i;
/**
 * "could you re-grip my old one *while you're at it*", "*on top of that* …", "*in addition* …": idioms of English
 * that mark one more thing asked, as "also" does (rule `additiveIdiom`; the speaker's form too, "while I'm at it").
 */
const ADDITIVE_IDIOM = /\bwhile\s+(?:you(?:['’]|\s)?re|your|you\s+are|i(?:['’]|\s)?m|i\s+am|we(?:['’]|\s)?re|we\s+are)\s+at\s+it\b|\b(?:in\s+addition|on\s+top\s+of\s+that)\b/i;
const additive = (text: string) => ADDITIVE.test(text) || (RULE.additiveIdiom && ADDITIVE_IDIOM.test(text));
/**
 * The word-vector cosine from which a word names an added part's thing: above the judge's 0.6, whose
 * band 0.6–0.7 holds related things, not the same one ("photo" ~ "poster" 0.67, "copy" ~ "book"
 * 0.64, "newsletter" ~ "weekly" 0.63); on the development corpora 0.7 and 0.8 decide alike.
 */
const ADDED_THING_SIMILAR = 0.7;

/**
 * A day or a month by name in a part of the ask is taken up by itself alone when the part is traced downstream (rule
 * `calendarPart`, sixty-first session): in the vectors every weekday is near every other and near "days" and "news", so
 * "goes out on Monday" took up "please post the sample on Thursday". Development +3 found, held out +6, no false alarm
 * either. Not in unaddressedPart, whose lenient bar reads a part that did reach an agent (development +1 found and +2
 * false alarms, held out +1 false alarm).
 */
const CALENDAR_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const calendarWord = (t: Term) => t.pos === "PROPN" && CALENDAR_WORD.test(t.value);
const calendarOnly = () => (RULE.calendarPart ? calendarWord : undefined);
/** A tracker of whether a text names one of a part's things (none for a part of one word: loneWordPart's lenient bar decides it). */
function thingTracker(words: Term[]) {
  const things = words.filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && !t.negated);
  return things.length && words.length > 1 ? coverageTracker(things, ADDED_THING_SIMILAR, calendarOnly()) : null;
}

/**
 * "And is it allowed that I bring my folding bicycle on the ship?", "Does the price include helmets?": a question by
 * inversion of "be", "do" or "have" before its subject (nlp/parse.ts Clause.yesNo, rule auxQuestion) asks in its own
 * words as a modal before its subject does, so, set beside another request by "and", it is another item of the ask
 * held to joinedPart's bar. Only while no downstream text answers a question: a sentence opening with an answer
 * word ("Yes, …", "No need …", "Sadly …", "I'm afraid …") may be its answer in words of its own ("yes, bikes go in
 * the hold"), so then the question keeps the quarter bar every part has.
 */
const ANSWER_OPENING = /(?:^|[.!?\n]\s*)(?:(?:and|oh|but|so)\s+)?(?:yes|yeah|yep|no|nope|sure|of course|absolutely|certainly|unfortunately|sadly|i'm afraid|i am afraid)\b/i;
const answersQuestion = (texts: string[]) => texts.some((t) => ANSWER_OPENING.test(t));
/**
 * "Did my email come through?", "has our form reached you?": the user asks whether a thing of their own got to the
 * business — a polar question in the past or perfect with "my"/"our" as its subject's determiner. Answered downstream by
 * an answer word ("Yes, got them", "Yes, it arrived fine"), it is settled whatever words the answer uses, as a part taken
 * back is (rule `sentChecked`; blind-cd1, blind-ce1: the question was read as a part of the ask that reached no agent).
 */
const SENT_CHECK = /^\W*(?:(?:and|so|also|oh|but|just)\s+)?(?:did|has|have)\s+(?:my|our)\b[^?]*\?*\s*$/i;
/**
 * "Could you collect it? *And* can someone check the other one still in the hedge?", "… *and* … do
 * we need to book": a request the user sets beside another with "and", asking in its own
 * words (nlp/parse.ts Clause.joined, Clause.asking), is another item of the ask. The handling of the
 * first supplies the loose neighbours of its words ("check" ~ "keep" 0.67, "signs" ~ "end" 0.64,
 * "holidays" ~ "birthday" 0.63), so it reaches an agent only when a downstream text says one of its
 * own words by stem, the lexicon or a close neighbour (ADDED_THING_SIMILAR) — an action or a thing,
 * not only neighbours in the judge's related band (rule joinedPart). A part of one word keeps
 * loneWordPart's lenient bar.
 */
const joinedAsk = (c: Clause, answered = false) => c.request && c.joined && (c.asking || (!!c.yesNo && !answered));

/**
 * How much of a part's own words must be named downstream for the part to have reached an agent. A
 * request set beside another — joined by "and" and asking in its own words, or marked "also"/"too" —
 * is a second task, and it is short: a word or two of the setting it shares with the first
 * ("could you also price up a new loading ramp *for the yard*" while the welder is booked *at the
 * yard*; "pop us on the *waiting list*" while the *walk* is booked) reaches a quarter of it by
 * chance. Such a part needs two fifths of its words (TUNE.joinedPartReached); every other part a
 * quarter (TUNE.partReached), since a background clause or the first request is paraphrased more
 * than it is repeated. Where the user resolved the conversation and rated the final answer top
 * (rule topRatingPart, project setting ratingEvidence), every part keeps the quarter: the stricter
 * bar is a weaker reading than a user's own top mark (lostPart's `rated`). Measured on the held-out
 * gate: 343 → 352 drifts found, false alarms on clean 24 → 24 of 1,408 (without the rating
 * exception 354 and 26: both new false alarms on clean were rated 5, as two of the eleven found);
 * development 473 → 483, 21 → 21 (bars of 0.34 and 0.45 found fewer per false alarm).
 */
const partBar = (p: Clause, answered = false) => (p.request && ((RULE.joinedPart && joinedAsk(p, answered)) || (RULE.addedPart && additive(p.text))) ? Math.max(TUNE.partReached, TUNE.joinedPartReached) : TUNE.partReached);
const QUICK_BAR = () => Math.max(TUNE.partReached, TUNE.joinedPartReached);

/** The word-vector cosine from which a word near a part's only word takes the part up (unaddressedPart's bar). */
const LONE_WORD_SIMILAR = 0.5;

/**
 * Downstream texts are parsed one at a time, in timeline order, and only until every request part
 * has reached an agent (parsing is most of the judge's cost on text it has not seen). Coverage only
 * grows as texts are added, so stopping early gives the verdict that parsing them all would.
 */
function findLostPart(parts: Clause[], texts: string[], withdrawn: (p: Clause) => boolean, named: (words: Term[]) => boolean, carried: (text: string) => string, valuesAt: (at: number) => string | undefined, byValue: (p: Clause) => boolean = () => false, bar: (p: Clause) => number = partBar, answered = false, kept = false): string | null {
  const traced = parts.map((p) => wordsNotValues(p.terms.filter(RULE.negatedThing ? tracedThing : specific), (t) => /\d/.test(t.lemma)));
  const own = parts.map((p, i) => {
    const words = ownWords(traced[i], parts.map((q) => q.terms), i, (t) => t.stem);
    return (RULE.sharedHead ? withSharedHead(p, words, traced[i], parts, i) : null) ?? words;
  }).map((words, i) => (RULE.idLabels ? byThings(words, parts, i) : words));
  // (a fact handed on — "Card 21234003377451" — is traced by its label as written: byThings)
  const fact = parts.map((p, i) => RULE.idLabels && own[i].length > 0 && own[i].every((t) => labelsOf(p.text).has(t.value.toLowerCase())));
  // (a part traced by one word of its own has no second word to catch a paraphrase of the first —
  // "a new phone" → "the upgrade handset", "can the therapist see that" → "noted for your massage":
  // any word near it counts as taking it up, the bar unaddressedPart uses for every part)
  const trackers = own.map((words) => coverageTracker(words, RULE.loneWordPart && words.length < 2 ? LONE_WORD_SIMILAR : TUNE.similar, calendarOnly()));
  const addedThings = own.map((words, i) => (RULE.addedPart && !fact[i] && additive(parts[i].text) ? thingTracker(words) : null));
  const joined = own.map((words, i) => (RULE.joinedPart && !fact[i] && joinedAsk(parts[i], answered) && words.length > 1 ? coverageTracker(words, ADDED_THING_SIMILAR, calendarOnly()) : null));
  // (a part the user took back cannot be lost, nor does it show that another part was)
  const taken = parts.map(withdrawn);
  const reached = parts.map((p, i) => taken[i] || named(own[i]) || byValue(p));
  for (const [at, text] of texts.entries()) {
    const terms = parseText(text).terms;
    const without = carried(text);
    const things = without === text ? terms : parseText(without).terms;
    let asksReached = true;
    for (const [i, tracker] of trackers.entries()) {
      if (reached[i]) continue;
      tracker.add(fact[i] ? terms : things);
      if (addedThings[i]) {
        const bare = valuesAt(at);
        addedThings[i]!.add(bare === undefined ? things : parseText(carried(tokensAsWords(bare))).terms);
      }
      joined[i]?.add(things);
      reached[i] = tracker.value() >= bar(parts[i]) && (addedThings[i]?.value() ?? 1) > 0 && (joined[i]?.value() ?? 1) > 0;
      if (parts[i].request) asksReached &&= reached[i];
    }
    if (asksReached) return null;
  }
  // only a request can be lost, and only beside a part that did reach an agent (else it is not
  // a part that went missing but the whole ask, which the judge sees)
  const lost = parts.find((p, i) => p.request && !reached[i]);
  // (or, rule soleLost, the one request among the parts when the judge read the ask as kept and the request was set
  // beside the rest — "…, and send me the recording of week 3": the rest reached the agents in words of its own)
  const sole = RULE.soleLost && kept && lost && parts.filter((p) => p.request).length === 1 && (lost.joined || additive(lost.text));
  return lost && (reached.some((r, i) => r && !taken[i]) || sole) ? partName(lost.text) : null;
}


/**
 * Rule `partitiveExclusion` (sixty-second session; three authors: blind-cy1's "6 large traditional …, one of them without
 * swede for my lad as he wont eat it", blind-dc1's "cn u make one of the masala dosas without potato for my dad",
 * blind-dg1's "can u make 3 of the cups without pearls, two of the kids has braces"). A count of the things ordered set
 * apart with a thing kept out of them — "one of them without X", "3 of the cups with no X" — is a request of its own,
 * though its only things are the ones left out (so no part was traced from it): each was confirmed as the whole order
 * ("four masala and two onion uttapam", "twenty cups … with a tub of pearls"). It reached an agent only when an agent's
 * words say the thing is left out — the thing named under a negation ("one without swede", "no pearls in three"), or
 * "X-free", "minus X", "hold the X", "leave out the X" — not when they name it plainly or not at all. English's partitive
 * and its words of exclusion, a closed class.
 */
const PARTITIVE_WITHOUT = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}|half|some|a couple|a few) of (?:them|those|these|the [\p{L}-]+(?: [\p{L}-]+)?) (?:without|with no|minus)\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/iu;
function partitiveLeftIn(clauses: Clause[], texts: string[]): string | null {
  for (const c of clauses) {
    const m = PARTITIVE_WITHOUT.exec(c.text);
    if (!m) continue;
    const words = m[1].toLowerCase().split(/\s+/);
    // (the thing kept out: the first content word after "without", whatever the tagger made of it — "without glaze" may be a verb)
    const left = c.terms.find((t) => words.includes(t.value.toLowerCase()));
    if (!left) continue;
    const said = texts.some((text) => parseText(text).terms.some((t) => t.stem === left.stem && t.negated) || leftOut(text, left.value));
    if (!said) return partName(c.text);
  }
  return null;
}
const leftOut = (text: string, word: string) => {
  const w = word.toLowerCase().replace(/[^\p{L}]/gu, "").replace(/s$/, "");
  return !!w && new RegExp(`\\b${w}s?[- ]free\\b|\\bfree of (?:the )?${w}|\\bminus (?:the )?${w}|\\bhold(?:ing)? the ${w}|\\bleav(?:e|ing)(?: out| off)? the ${w}s?(?: out| off)?\\b|\\bleft (?:out|off)? ?the ${w}`, "iu").test(text);
};

/** A pair the ask asks for ("both tanks") whose count no agent's own words keep (intent-both-part.ts, rule bothPart). */
/** The agents' own words, in timeline order: their messages and intent events (not the summaries they were handed). */
const agentsOwnWords = (ctx: ScoringContext): string[] =>
  ctx.timeline.flatMap(({ event: e }) => (isAgentMessage(e) ? [e.content] : e.type === "intent" ? [e.intent] : []));

function pairLeft(ctx: ScoringContext, original: string): string | null {
  if (!/\bboth\b/i.test(original) || !ctx.timeline.some((t) => isHandoff(t.event))) return null;
  const said = agentsOwnWords(ctx);
  return lostPair(tokensAsWords(original), said.map(tokensAsWords));
}

/**
 * "copy my files onto the drive, *then wipe it*": a request opened by "then" is the next step of the
 * ask, done to the thing the step before named; its action alone says what is asked (rule thenStep).
 */
const thenStep = (c: Clause) => /^\s*(?:and\s+)?then\b/i.test(c.text) && c.terms.some((t) => t.pos === "VERB" && !t.inPhrase && !t.negated && !common(t));

/**
 * A part handed over but never acted on: an ask of two or more requests, each with an action of
 * its own ("extend my charter by two days *and add a skipper*"), where the agents' own words (their
 * messages and intent events, the whole conversation) keep one part and come nowhere near another
 * — not even a related word — is partial loss, though a summary relayed it. The bar is low on
 * purpose: agents paraphrase a part they act on ("smear test" → "cervical screening"), and any
 * word near it counts as acting on it.
 */
export function unaddressedPart(ctx: ScoringContext, original: string): string | null {
  // one clause is one part (cheap first pass, nlp/quick.ts)
  if (!ctx.timeline.some((t) => isHandoff(t.event)) || quickRead(tokensAsWords(original)).single) return null;
  const asked = tokensAsWords(original);
  // (the other side of an alternative question, and a question that vents, ask nothing of their own: as in lostPart)
  const acting = parseText(asked).clauses.filter(
    (c, _, all) => c.request && !/:\s*$/.test(c.text) && c.terms.some((t) => t.pos === "VERB" && !t.inPhrase && !t.negated) && (c.terms.some((t) => !common(t) && t.pos !== "VERB") || (RULE.thenStep && thenStep(c))) && !(RULE.contact && contactOnly(c, all)) && !(RULE.factPart && factOnly(c)) && !(RULE.alternativePart && c.alternative) && !(RULE.rhetorical && rhetoricalQuestion(c, asked)) && !(RULE.discoursePart && discourseOnly(c)),
  );
  if (acting.length < 2) return null;
  const withdrawn = withdrawnStems(ctx, original);
  const said = agentsOwnWords(ctx);
  const key = `${original}\u0000${said.join("\u0001")}\u0000${[...withdrawn].join(" ")}\u0000${toolTexts(ctx).join("\u0001")}`;
  const hit = unaddressed.get(key);
  if (hit !== undefined) return hit;
  const own = acting.map((p, i) => ownWords(wordsNotValues(p.terms.filter(specific), (t) => /\d/.test(t.lemma)), acting.map((q) => q.terms), i, (t) => t.stem));
  const trackers = own.map((words) => coverageTracker(words, LONE_WORD_SIMILAR));
  // (a part traced by one word whose other words an agent says was taken up in other words: intent-restated.ts)
  const rests = acting.map((p, i) => (RULE.restatedPart ? restOfPart(p, own[i], acting) : []));
  const restated = acting.map(() => false);
  for (const text of said) {
    const terms = parseText(tokensAsWords(text)).terms;
    for (const tracker of trackers) tracker.add(terms);
    for (const [i, rest] of rests.entries()) restated[i] ||= saysAll(rest, terms);
  }
  const shares = trackers.map((t) => t.value());
  // (a tool an agent called on the part acted on it: lostPart's toolEvidence)
  const toolStems = new Set(toolTexts(ctx).flatMap((t) => [...quickRead(tokensAsWords(t)).stems]));
  const lost = shares.findIndex((x, i) => x < TUNE.unaddressed && !restated[i] && !withdrawnFrom(acting[i], withdrawn) && !namedByTools(own[i], toolStems));
  const part = lost >= 0 && shares.some((x) => x >= 0.25) ? partName(acting[lost].text) : null;
  unaddressed.set(key, part);
  return part;
}

let unaddressed = new Memo<string, string | null>(CACHED_VERDICTS);
onDriftTuning(() => (unaddressed = new Memo(CACHED_VERDICTS)));

/** A tool named a part when it names by stem a share of the part's own specific words (TUNE.partReached). */
function namedByTools(words: Term[], toolStems: Set<string>): boolean {
  if (!toolStems.size) return false;
  return words.length > 0 && words.filter((t) => toolStems.has(t.stem)).length / words.length >= TUNE.partReached;
}

/** Every tool call's name (as words) and string arguments, when the rule is on. */
const toolTexts = (ctx: ScoringContext) => (RULE.toolEvidence ? ctx.timeline.flatMap(({ event: e }) => (isToolCall(e) ? [e.tool.replace(/[_-]+/g, " "), ...argValues(e.args)] : [])) : []);

/** A tool call's string arguments, nested ones too. */
export function argValues(args: unknown): string[] {
  if (typeof args === "string") return [args];
  if (Array.isArray(args)) return args.flatMap(argValues);
  return args && typeof args === "object" ? Object.values(args).flatMap(argValues) : [];
}

/**
 * Payload keys and string values as words ("travel_date" → "travel date"). Without `labels`, the key
 * of a string value is left out: it labels the value handed on ({package: "Superhero Training"} hands
 * on a package, which one the value says), while a key with any other value is the content itself
 * ({jacket_needed: true}).
 */
export function payloadText(payload: Record<string, unknown>, labels = true): string {
  const words: string[] = [];
  const walk = (v: unknown, key?: string) => {
    if (key && (labels || typeof v !== "string")) words.push(key.replace(/[_-]+/g, " "));
    if (typeof v === "string") words.push(v);
    else if (Array.isArray(v)) v.forEach((x) => walk(x));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(payload);
  return words.join(". ");
}

/**
 * "Member M-30992", "case LAB-73001", "acct no. 5562240019": a word labelling an id (a code with
 * letters and digits, or a number of four digits or more) names the record, not what is wanted of
 * it. Downstream, such a label is no evidence that a part of the ask naming the same word ("turn off
 * the auto renewal on my *membership*") reached an agent: the label is dropped, the id kept.
 */
const LABELLED_ID = /\b\p{L}+\.?\s+(?:(?:no|number|ref|#)\.?\s*)?((?:[A-Za-z]+-?\d|\d{4,})[\w-]*)/giu;
export const withoutIdLabels = (text: string) => text.replace(LABELLED_ID, "$1");

/** The part as the user said it, without the request's framing ("and I need to request a meal, please" → "request a meal"). */
function partName(clause: string): string {
  const FRAME = /^(?:[,;:.)\s]+|(?:and|but|also|plus|then|so|oh|please|i'd|i'm|i|we'd|we|you|would|could|can|will|like|love|want|need|wish|to|also)\b\s*)/i;
  let s = clause.trim();
  for (let prev = ""; prev !== s; ) (prev = s), (s = s.replace(FRAME, ""));
  return s.replace(/[.?!;—–\s]+$/, "").replace(/,?\s*please$/i, "").trim() || clause.trim();
}
