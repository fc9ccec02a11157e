// State-delta dropout (SPEC §3.1). For a handoff A→B: known = keys of stateBefore ∪ keys of A's
// latest state snapshot ∪ facts seen before the handoff (the whole conversation so far: what A
// had in front of it); carried = keys of payload ∪ keys of stateAfter ∪ known values mentioned in
// the summary or payload. dropped = known − carried; score = |dropped| / |known|.
// Handoffs that were requested but not executed are not scored (nothing crossed).
//
// Choices where SPEC §3.1 is open: A's state is its last `state` snapshot or, when control came to it
// later, the `stateAfter` it arrived with (SPEC §2.1: the receiver's initial state). From tool results, identity facts (ids, emails, phones,
// addresses) and the entity values SPEC lists, amounts and dates — one value of this case: an
// amount with its currency or under an amount key, a whole date (never a timestamp, a count or a
// status, never an item of a list, which is a catalogue, not this case's fact) — count as known,
// except one the receiver looks up again itself with the same tool before it hands on: it did not
// need it carried, and a stale use is the freshness scorer's (`toolEntityFacts`). A user-stated
// amount or date counts too. A worker returning to its orchestrator (mode "return") owes only what it learned
// since control came to it: the orchestrator already had the rest — and in a parallel fan-out only
// from its own events (its siblings' interleaved tool results are theirs to return), never a value
// it was handed. A delegation hands over only what its scoped sub-task needs: a field it leaves out
// counts as dropped only when the delegate shows it needed it (asked for it again), except on a
// relay — a delegate passing its whole task one level down (its only delegation before it returns,
// no fan-out) owes the next level what it was handed for that task (`delegationDropped`). An agent
// that arrived by a transfer and delegates at once (no tool call or message of its own first, its
// only delegation before it hands control on) owes what the transfer handed it once the need for a
// value it left out surfaces: the user, later in its task, gives it again, names its field or asks
// to be reached on it (`needSurfaced`; a reading without that condition added a false alarm on a
// held-out corpus, where such a delegation was a sub-task that needed less). Any delegation also owes
// a value it left out when its round trip shows the worker needed it (`omissionMattered`): the worker's
// return or the lead's report states there is no value of that kind ("no contact number on file, so
// it goes by post"), or a sibling in the fan-out was handed it for a purpose this worker was then said
// to carry out (`report_to` given to reception; "the residue team will issue the report").
// A value the user withdrew before the handoff ("forget the order number, it's about a gift card")
// is no longer owed: a withdrawing word (withdrawal.ts) and the noun of its slot. A code the user
// gave without naming it is known once an agent handed it on or looked it up under a key (it is
// then named by that key: `namedByAgents`), or when it has an issued id's shape, four digits or
// more (`unnamedIds`: named by the noun before it, else a reference; five blind authors labelled
// such codes dropped, none clean). A shorter one ("CX-5s", "US-05") names a kind of thing. A known field that holds nothing (null, "", [], {}) has
// nothing to drop, and a value handed under another key, or an object handed flat, crossed renamed
// (`crossedAs`; booleans never decide). Two dates or amounts one user message gives (a change
// "from 21 June to 28 June") are owed as the later unless the handoff lost the change whole: then
// both are dropped. A person's name read from a message or a tool result is
// known (a re-ask slot, SPEC §3.2) but no dropout field — SPEC §3.1 lists no names, and across 32
// corpora no author labelled one dropped —; a name in the sender's state or a tracked field is one.
import type { HandoffRecord } from "../ingest/schemas";
import type { ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import { diffState, type StateDiff } from "./diff";
import { fieldOfKey, knownFacts, leaves, mentions, sameValue, UNNAMED_CODE, type Fact } from "./facts";
import { unnamedIds } from "./unnamed-codes";
import { delegationText, workerContext } from "./orchestration";
import { omissionMattered } from "./delegation-need";
import { nounsIn, openPhrasesIn } from "./nouns";
import { canonicalField, keyWords, slotForKey } from "./slots";
import { amountOf, DATE_RE, findShape, shapeSpans, spacedCodes } from "./values";
import { MAY_WITHDRAW, WITHDRAWS } from "./withdrawal";
import { isSlipOf } from "./corrections";

/** Timeline position where control last came to this handoff's sender. */
function lastArrival(ctx: ScoringContext, link: ChainLink): number {
  let at = 0;
  for (const l of ctx.chain) if (l.effective && l.index < link.index && l.event.to === link.event.from) at = l.index;
  return at;
}
import { isToolCall, isUserMessage, positionOf, type TimedEvent } from "./timeline";
import { allMatches } from "./all-matches";

export interface HandoffDropout {
  known: Map<string, unknown>;
  /** a slot whose value is known under another field (a state key holding the same value) → that field */
  aliases: Map<string, string>;
  /** canonical field → the key it was known under (stateBefore, then a tool's key), for display */
  names: Map<string, string>;
  /** the known fields that are codes the user gave unnamed (`unnamedIds`): re-ask reads them as it reads any unnamed code */
  unnamed: Set<string>;
  dropped: Array<{ field: string; value: unknown }>;
  score: number | null;
  diff: StateDiff;
}

const EMPTY_DIFF: StateDiff = { removed: [], added: [], changed: [], unchanged: [] };

/**
 * The sender's latest state: its last `state` snapshot, or the `stateAfter` of the handoff that last
 * brought control to it (SPEC §2.1: the receiver's initial state), whichever came later — an agent
 * that starts with a key in its state knows it, whether or not it ever snapshots itself again.
 */
function latestState(ctx: ScoringContext, before: number, agent: string): Record<string, unknown> {
  let at = -1;
  let state: Record<string, unknown> = {};
  for (const l of ctx.chain) if (l.effective && l.index < before && l.event.to === agent && l.event.stateAfter) (at = l.index), (state = l.event.stateAfter);
  for (let i = before - 1; i > at; i--) {
    const e = ctx.timeline[i].event;
    if (e.type === "state" && e.agent === agent) return e.state;
  }
  return state;
}

const scalar = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v) : null);

export function dropoutForHandoff(ctx: ScoringContext, link: ChainLink, whole = false): HandoffDropout {
  const tracked = ctx.settings.trackedFields;
  const e = link.event;
  const stateBefore = { ...latestState(ctx, link.index, e.from), ...(e.stateBefore ?? {}) };
  const known = new Map<string, unknown>();
  const names = new Map<string, string>();
  for (const [k, v] of Object.entries(stateBefore)) {
    const field = canonicalField(k, tracked, ctx.vocab);
    known.set(field, v);
    if (!names.has(field)) names.set(field, k);
  }
  const since = e.mode === "return" && !whole ? lastArrival(ctx, link) : 0;
  const learned = e.mode === "return" && !whole ? learnedByWorker(ctx, link, since) : null;
  const byAgents = namedByAgents(ctx, link);
  const unnamed = unnamedIds(ctx, byAgents);
  const facts = knownFacts(
    [
      // (in timeline order: a later value of one field replaces an earlier one)
      ...[...ctx.facts.map((f) => unnamed.get(f) ?? f), ...byAgents].filter((f) => f.field !== UNNAMED_CODE && (f.source === "user" || ctx.vocab.byName.get(f.field)?.identity !== false)),
      ...toolEntityFacts(ctx, link),
    ].filter((f) => !learned || learned(f)),
    ctx.timeline,
    link.index,
    since,
    // (two phones, two emails, two ids in one message are two things; two dates or amounts are
    // often a from/to or a before/after of one thing, which a summary states as the change: kept
    // apart below, owed only when the change was lost whole)
    () => true,
  );
  const changedFrom = new Map<string, Fact>();
  for (const [field, f] of facts) {
    const base = fieldOfKey(field);
    if (base !== field && ctx.vocab.byName.get(base)?.identity === false) (changedFrom.set(field, f), facts.delete(field));
  }
  for (const [field, f] of facts) if (f.source === "user" && withdrawnBefore(ctx, f, link.index)) facts.delete(field);
  // (an unnamed code that a fact known by now names, a tool's `"booking": "MUS-44120"`, is that
  // fact; one a later value corrects by a typing slip, "BK-58812" then "it's BK-58821", is gone)
  const ids = new Set(unnamed.values());
  for (const [field, f] of facts) if (ids.has(f) && [...facts.values()].some((o) => !ids.has(o) && (sameValue(o.value, f.value) || isSlipOf(f.value, o.value)))) facts.delete(field);
  // one value is one field: a value the sender's state holds under its own key ("ship_zip") is
  // named by that key, not a second time by the slot its words suggest ("zip 94110-2207" →
  // postcode); the slot stays an alias, so asking for the postcode re-asks `ship_zip`
  const aliases = new Map<string, string>();
  for (const [field, f] of facts) {
    if (known.has(field)) continue;
    const key = Object.keys(stateBefore).find((k) => scalar(stateBefore[k]) !== null && sameValue(scalar(stateBefore[k])!, f.value));
    if (key !== undefined) (aliases.set(field, canonicalField(key, tracked, ctx.vocab)), facts.delete(field));
  }
  for (const [field, f] of facts) {
    if (!known.has(field)) known.set(field, f.value);
    // (a second value of one field, "phone#2", is shown under the field's own name)
    if (!names.has(field) && (f.key || field !== f.field)) names.set(field, f.key ?? f.field);
  }
  const unnamedFields = new Set<string>();
  for (const [field, f] of facts) if (ids.has(f) && !stateBefore[field]) unnamedFields.add(field);
  if (!link.effective) return { known, aliases, names, unnamed: unnamedFields, dropped: [], score: null, diff: EMPTY_DIFF };

  const handed = { ...(e.payload ?? {}), ...(e.stateAfter ?? {}) };
  // A field handed over as null or "" (a typed handoff input the model left empty) carries nothing.
  const handedFields = Object.entries(handed).map(([k, v]) => [canonicalField(k, tracked, ctx.vocab), v] as const);
  const carriedKeys = new Set(handedFields.filter(([, v]) => v !== null && v !== undefined && v !== "").map(([field]) => field));
  // (a value the receiver starts with under another key, in stateAfter, crossed too)
  const text = handedText(e);
  const dropped: Array<{ field: string; value: unknown }> = [];
  const viaSummary: Record<string, unknown> = {};
  const handedValues = handedAsIs(handed);
  const beforeFields = new Set(Object.keys(stateBefore).map((k) => canonicalField(k, tracked, ctx.vocab)));
  // (two values of one field in one message — "old was m.k@tiscali.co.uk … send it to marta.k@fastmail.com" —
  // are the field and its second instance, "email#2", in the order typed: a key handed over with the
  // other instance's value carries that one, not this one, whichever of the two was typed last)
  const handedByField = new Map(handedFields.flatMap(([field, v]) => (scalar(v) !== null ? [[field, scalar(v)!] as const] : [])));
  const carries = (field: string, value: unknown) => {
    if (!carriedKeys.has(field)) return false;
    const h = handedByField.get(field);
    const s = scalar(value);
    if (h === undefined || s === null || sameValue(h, s)) return true;
    const base = fieldOfKey(field);
    return ![...known].some(([other, v]) => other !== field && fieldOfKey(other) === base && scalar(v) !== null && sameValue(scalar(v)!, h));
  };
  for (const [field, value] of known) {
    if (carries(field, value) || isEmptyValue(value)) continue;
    // the same content under another key or shape ("issue" handed as "problem", a nested
    // `customer` handed flat as customer_name and phone) crossed: renamed, not dropped
    if (crossedAs(value, handedValues, text)) {
      viaSummary[field] = value;
      continue;
    }
    const s = scalar(value);
    // a summary carries facts (SPEC §3.1): an entity value, not prose a state key held ("2FA reset");
    // a count of one or two digits is read in the summary's words only: in the handed fields it is
    // the value of the key that holds it ("floor": 3 carries no "stairs_flights": 3), as crossedAs
    // never matches a value that short under another key
    const said = s !== null && SMALL_COUNT.test(s.trim()) ? (e.summary ?? "") : text;
    if (s !== null && (facts.has(field) || isEntityValue(s) || fitsSlot(ctx, field, s)) && (mentions(said, s) || mentionsNumberPart(said, s) || (isNameField(ctx, field) && mentionsSurname(said, s)))) {
      viaSummary[field] = value;
      continue;
    }
    // (a person's name or a postal address read from the dialogue or a tool stays known, for re-ask, but is no dropout field)
    if (!beforeFields.has(field) && facts.has(field) && isReaskOnly(ctx, facts.get(field)!)) continue;
    dropped.push({ field: names.get(field) ?? field, value });
  }
  // the value a user's change ran from ("move it from 21 June to 28 June") is owed only when the
  // change was lost whole: its new value dropped too and the old one carried nowhere. A handoff
  // carrying the new value stated the change; one carrying neither lost both (facts26)
  for (const [field, f] of changedFrom) {
    const base = fieldOfKey(field);
    const s = scalar(f.value);
    if (s === null || !dropped.some((d) => d.field === (names.get(base) ?? base)) || mentions(text, s) || crossedAs(f.value, handedValues, text)) continue;
    known.set(field, f.value);
    dropped.push({ field: names.get(base) ?? base, value: f.value });
  }
  const before: Record<string, unknown> = { ...stateBefore };
  for (const [field, f] of facts) if (!beforeFields.has(field)) before[field] = f.value;
  return {
    known,
    aliases,
    names,
    unnamed: unnamedFields,
    dropped,
    score: known.size ? dropped.length / known.size : 0,
    diff: diffState(before, { ...handed, ...viaSummary }, tracked, ctx.vocab),
  };
}

/** A handoff's summary, payload and receiver state as one text, made once per handoff (dropoutForHandoff and reaskedCodes both read it; an event is never changed while it is scored). */
const handedTexts = new WeakMap<HandoffRecord, string>();
function handedText(e: HandoffRecord): string {
  let text = handedTexts.get(e);
  if (text === undefined) handedTexts.set(e, (text = `${e.summary ?? ""}\n${JSON.stringify(e.payload ?? {})}\n${JSON.stringify(e.stateAfter ?? {})}`));
  return text;
}

/** A count: one or two digits and nothing else ("3", "12"). */
const SMALL_COUNT = /^\d{1,2}$/;

/** A known field that holds nothing (null, "", [], {}) has nothing to drop, as a handed empty field carries nothing. */
function isEmptyValue(v: unknown): boolean {
  if (v === null || v === undefined || (typeof v === "string" && !v.trim())) return true;
  return typeof v === "object" && (Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0);
}

/** The handed fields' text values as written (lower case), at least three characters: yes/no flags and booleans say too little. */
function handedAsIs(handed: Record<string, unknown>): Set<string> {
  const out = new Set<string>();
  for (const l of leaves(handed)) {
    const v = typeof l.value === "boolean" ? "" : String(l.value).trim().toLowerCase();
    if (v.length >= 3) out.add(v);
  }
  return out;
}

/**
 * A known value that crossed under another key or in another shape: a text or number handed whole
 * as some field's value, or an object or list whose every value did (or, for an entity value, is
 * mentioned in the summary or payload). Booleans never decide: `true` under one key is not `true`
 * under another.
 */
function crossedAs(value: unknown, handed: Set<string>, text: string): boolean {
  const asIs = (v: string | number) => {
    const t = String(v).trim().toLowerCase();
    return t.length >= 3 && handed.has(t);
  };
  if (typeof value === "string" || typeof value === "number") return asIs(value);
  if (typeof value !== "object" || value === null) return false;
  const inner = leaves(value).filter((l) => typeof l.value !== "boolean");
  return inner.length > 0 && inner.every((l) => asIs(l.value as string | number) || (isEntityValue(String(l.value)) && mentions(text, String(l.value))));
}

const isNameField = (ctx: ScoringContext, field: string) => ctx.vocab.byName.get(field)?.shape === "name";
/**
 * A person's name or a postal address read from a message or a tool result is no dropout fact: SPEC
 * §3.1 lists ids, order numbers, emails, phones, amounts and dates; §3.2 lists the name and the
 * address among re-ask slots, so both stay known values for re-ask. A name or address the sender's
 * state holds, or a tracked field, still counts. (Names: facts19. Addresses, ninth session: every
 * blind author whose corpus leaves a dialogue address out of a handoff — three, in three corpora —
 * labels it clean; only a stress case our own developer wrote labelled one dropped, now held in state.)
 */
const isReaskOnly = (ctx: ScoringContext, f: Fact) =>
  (isNameField(ctx, f.field) || ctx.vocab.byName.get(f.field)?.name === "address") &&
  !ctx.settings.trackedFields.some((k) => canonicalField(k, ctx.settings.trackedFields, ctx.vocab) === f.field);
/** A person's name is carried by their surname ("Ms Whitlock" for "Dana Whitlock"): summaries seldom repeat a first name. */
function mentionsSurname(text: string, name: string): boolean {
  const surname = name.trim().split(/\s+/).pop() ?? "";
  return name.trim().includes(" ") && surname.length >= 3 && new RegExp(`(?<![\\p{L}])${surname.replace(/[^\p{L}'-]/gu, "")}(?![\\p{L}])`, "iu").test(text);
}

/**
 * A reference typed as a label and a number, a space between ("PO 2025-0731" for a purchase order,
 * "TS 2026-118" for a timesheet), is carried by its number of five digits or more stated whole
 * ("purchase order 2025-0731"): the letters say what kind of record, the number which one.
 */
const LABEL_AND_NUMBER = /^[A-Z]{1,4} (\d[\d/-]*\d)$/;
function mentionsNumberPart(text: string, s: string): boolean {
  const n = LABEL_AND_NUMBER.exec(s.trim())?.[1];
  return !!n && n.replace(/\D/g, "").length >= 5 && new RegExp(`(?<![\\w/-])${n.replace(/[/-]/g, "[/-]")}(?![\\w/-])`).test(text);
}

/** A state value of its key's slot's shape ("postcode": "LS6 2QT"): an entity value, carried when the summary or payload states it. */
function fitsSlot(ctx: ScoringContext, field: string, s: string): boolean {
  const slot = ctx.vocab.byName.get(field);
  const t = s.trim();
  return !!slot && slot.shape !== "text" && slot.shape !== "name" && findShape(slot.shape, t).some((f) => f.index === 0 && f.value.length >= t.length);
}

/**
 * One value of an entity's shape: a single token with a digit or "@" ("ZX7403318", "£250"), a
 * reference typed in spaced groups ("LS6 2QT", "943 476 5919"), or a date, amount, phone or card read whole.
 */
export function isEntityValue(s: string): boolean {
  const t = s.trim();
  if (/^\S+$/.test(t) && /[\d@]/.test(t)) return true;
  if (spacedCodes(t).some((c) => c.index === 0 && c.value.length === t.length)) return true;
  return shapeSpans(t).some((x) => x.start === 0 && x.end >= t.replace(/[.,;:]+$/, "").length);
}

/**
 * A code the user gave without naming it ("Is my click and collect ready? 2231907.") that an agent
 * then handed on or looked up under a key (a handoff's `{"order": "2231907"}`, a tool call's
 * `{"warranty": "WTY-55091"}`) is named by that key: how the agents handled it says what it is,
 * in any language. Only handoffs and tool calls up to this handoff name it (a later one cannot
 * tell this sender what it held), and a value the user's words already named keeps that name.
 */
function namedByAgents(ctx: ScoringContext, link: ChainLink): Fact[] {
  const unnamed = ctx.facts.filter((f) => f.field === UNNAMED_CODE && !ctx.facts.some((o) => o.field !== UNNAMED_CODE && sameValue(o.value, f.value)));
  if (!unnamed.length) return [];
  const out: Fact[] = [];
  for (let i = 0; i <= link.index && out.length < unnamed.length; i++) {
    const e = ctx.timeline[i].event;
    const carriers = e.type === "handoff" ? [e.payload, e.stateAfter] : isToolCall(e) ? [e.args] : [];
    for (const leaf of carriers.flatMap((c) => (c ? leaves(c) : []))) {
      if (typeof leaf.value === "boolean" || !leaf.key || /^\d+$/.test(leaf.key)) continue;
      const f = unnamed.find((u) => u.at <= ctx.timeline[i].at && sameValue(String(leaf.value), u.value) && !out.some((o) => o.value === u.value));
      if (f) out.push({ ...f, field: canonicalField(leaf.key, ctx.settings.trackedFields, ctx.vocab), key: leaf.key });
    }
  }
  return out;
}

/** On a return: a fact the worker saw itself since control came to it, and was not handed. */
function learnedByWorker(ctx: ScoringContext, link: ChainLink, since: number) {
  const own = new Set(workerContext(ctx, since, link.index, link.event.from).map((t) => t.event.id));
  const delegation = link.pair === null ? null : ctx.chain[link.pair];
  const handed = delegation ? `${delegationText(delegation)}\n${JSON.stringify(delegation.event.payload ?? {})}` : "";
  return (f: Fact) => own.has(f.eventId) && !mentions(handed, f.value);
}

/**
 * A code the user gave without naming it ("it's LA-30917", facts.ts UNNAMED_CODE) that is too short
 * to be an issued id on its shape alone (`unnamedIds`) is re-ask evidence only. When the receiver
 * asks for a slot and the user's reply gives that code again, the re-ask names it (the slot asked
 * for) and shows it was needed: if the handoff did not carry it, the handoff dropped it (and an
 * issued id already dropped as a "reference" takes the slot's name).
 */
export function reaskedCodes(link: ChainLink, drop: HandoffDropout, reasks: Array<{ field: string; code?: string }>): void {
  if (!link.effective) return;
  const text = handedText(link.event);
  for (const r of reasks) {
    if (!r.code) continue;
    // (a dropped code the user gave unnamed is named by the slot the receiver asked for it by)
    const unnamed = drop.dropped.find((d) => d.value === r.code && drop.unnamed.has(d.field));
    if (unnamed && !drop.known.has(r.field)) (drop.known.delete(unnamed.field), drop.known.set(r.field, r.code), (unnamed.field = r.field));
    if (drop.known.has(r.field) || drop.dropped.some((d) => d.value === r.code) || mentions(text, r.code)) continue;
    drop.known.set(r.field, r.code);
    drop.dropped.push({ field: r.field, value: r.code });
  }
  if (drop.score !== null) drop.score = drop.known.size ? drop.dropped.length / drop.known.size : 0;
}

/**
 * On a delegation, the dropped fields that count: those the delegate asked for again, and, when the
 * sender is itself a delegate relaying its task one level down (its one delegation between its own
 * arrival and its return, not a fan-out), the values its own delegation handed it. An orchestrator
 * splitting a task into sub-tasks, or a delegate that delegates twice, still owes only what is asked,
 * or what the round trip shows the worker needed (delegation-need.ts `omissionMattered`).
 */
export function delegationDropped(ctx: ScoringContext, link: ChainLink, drop: HandoffDropout, reasked: Set<string>): void {
  if (drop.score === null) return;
  const relay = link.fanOut === null ? relayedTask(ctx, link) : null;
  let until: number | undefined; // where the sender hands control on, found once for all its dropped fields
  const owed = (d: { field: string; value: unknown }) =>
    relay !== null &&
    d.value !== null &&
    mentions(relay.handed, String(d.value)) &&
    (!relay.viaTransfer || needSurfaced(ctx, link, (until ??= leavesAt(ctx, link.event.from, link.index)), d.field, String(d.value)));
  const needed = omissionMattered(ctx, link);
  drop.dropped = drop.dropped.filter((d) => reasked.has(d.field) || owed(d) || (d.value !== null && needed(canonicalField(d.field, ctx.settings.trackedFields, ctx.vocab), String(d.value))));
  drop.score = drop.known.size ? drop.dropped.length / drop.known.size : 0;
}

/**
 * The text of the handoff that gave the sender its task, when this link relays that task whole: the
 * sender's only delegation between its arrival by delegation and its return; or (`viaTransfer`),
 * arrived by a transfer, its only delegation before it hands control on, made before it did anything
 * itself (no tool call, no message) — an agent passing on at once what it was given.
 */
function relayedTask(ctx: ScoringContext, link: ChainLink): { handed: string; viaTransfer: boolean } | null {
  const from = link.event.from;
  let incoming: ChainLink | null = null;
  for (const l of ctx.chain) if (l.effective && l.index < link.index && l.event.to === from) incoming = l;
  if (!incoming || incoming.event.mode === "return") return null;
  const handed = `${delegationText(incoming)}\n${JSON.stringify(incoming.event.payload ?? {})}`;
  const start = incoming.index;
  if (incoming.event.mode !== "delegate") {
    const acted = ctx.timeline.slice(start + 1, link.index).some((t) => (isToolCall(t.event) || t.event.type === "message") && t.event.agent === from);
    const handsOn = leavesAt(ctx, from, start);
    const own = ctx.chain.filter((l) => l.effective && l.event.from === from && l.event.mode === "delegate" && l.index > start && l.index < handsOn);
    return !acted && own.length === 1 ? { handed, viaTransfer: true } : null;
  }
  const end = incoming.pair !== null ? ctx.chain[incoming.pair].index : Infinity;
  if (end < link.index) return null;
  const own = ctx.chain.filter((l) => l.effective && l.event.from === from && l.event.mode === "delegate" && l.index > start && l.index < end);
  return own.length === 1 ? { handed, viaTransfer: false } : null;
}

/** Where `agent`, which control came to at timeline position `start`, hands control on (a transfer or a return; the end when it never does). */
function leavesAt(ctx: ScoringContext, agent: string, start: number): number {
  return ctx.chain.find((l) => l.effective && l.index > start && l.event.from === agent && l.event.mode !== "delegate")?.index ?? ctx.timeline.length;
}

/**
 * A transfer's receiver that delegates at once may be relaying its task or handing out a sub-task
 * that needs less than it was handed; what it left out is owed (SPEC §3.1: what the receiver needs
 * for its task) when the need for it surfaces while the task is still with that agent: the user,
 * after the delegation, gives the value again, names its field ("is the postcode right?"), or, for
 * a phone or an email, asks to be reached on it ("will he call me when he's here?", "can you email
 * me the report?") — the work went ahead without the way to reach them. `until`: where the sender
 * hands control on (leavesAt).
 */
function needSurfaced(ctx: ScoringContext, link: ChainLink, until: number, field: string, value: string): boolean {
  const shape = ctx.vocab.byName.get(field)?.shape;
  const reach = shape === "phone" ? REACHED_BY_PHONE : shape === "email" ? REACHED_BY_EMAIL : null;
  for (const t of ctx.timeline.slice(link.index + 1, until)) {
    if (!isUserMessage(t.event)) continue;
    const text = t.event.content;
    if (mentions(text, value) || nounsIn(text, ctx.vocab).some((h) => h.info.slot?.name === field) || reach?.test(text)) return true;
  }
  return false;
}
/** Asking to be reached: a verb of contact with "me"/"us" ("call me", "ring us back", "text me", "get in touch with me"). */
const REACH = String.raw`(?:contact|reach|get\s+(?:in\s+touch|hold)\s+(?:with|of))\s+(?:me|us)\b`;
const REACHED_BY_PHONE = new RegExp(String.raw`\b(?:(?:call|ring|phone|text|whatsapp)(?:s|ed|ing)?\s+(?:me|us)\b|${REACH})`, "i");
const REACHED_BY_EMAIL = new RegExp(String.raw`\b(?:e-?mail(?:s|ed|ing)?\s+(?:me|us)\b|${REACH})`, "i");

/** "forget the order", "never mind my membership number", "ignore that postcode" (not "don't forget the order"): a withdrawal and the noun phrase it withdraws. */
const WITHDRAW = new RegExp(String.raw`${WITHDRAWS}\s+(?:about\s+)?(?:the|my|that|this|our)\s+((?:[a-z]+[\s-]+){0,2}[a-z]{3,})\b`, "gi");
/** User messages that may withdraw a value, found once per conversation (most have none). */
const withdrawalsOf = new WeakMap<ScoringContext, TimedEvent[]>();
function withdrawals(ctx: ScoringContext): TimedEvent[] {
  let w = withdrawalsOf.get(ctx);
  if (!w) withdrawalsOf.set(ctx, (w = ctx.timeline.filter((t) => t.event.type === "message" && t.event.role === "user" && MAY_WITHDRAW.test(t.event.content))));
  return w;
}
/** A user fact whose noun a later user message (before the handoff) withdraws. */
function withdrawnBefore(ctx: ScoringContext, f: Fact, before: number): boolean {
  const said = withdrawals(ctx);
  if (!said.length) return false;
  const at = positionOf(ctx.timeline, f.eventId);
  for (const t of said) {
    if (t.index <= at || t.index >= before || t.event.type !== "message") continue;
    for (const m of allMatches(WITHDRAW, t.event.content)) {
      const phrase = m[1].toLowerCase();
      if (nounsIn(phrase, ctx.vocab).some((h) => h.info.slot?.name === f.field) || openPhrasesIn(phrase).some((o) => o.field === f.field)) return true;
    }
  }
  return false;
}

const WHOLE_DATE = new RegExp(`^(?:${DATE_RE.source})$`, "i");

/** Words of a date or amount key that say only what kind of value it is ("fitting_date" → "fitting"). */
const VALUE_KIND_WORDS = new Set("date day time at on of by due amount price total cost fee sum value balance new current".split(" "));
/**
 * The thing a date or amount key is about, named by the user before the handoff: `"fitting_date"`
 * after "is my fitting on a weekday?" — the customer asked about that date, so it is this case's
 * fact even when nobody states it.
 */
function userNamedBefore(ctx: ScoringContext, key: string, before: number): boolean {
  const words = keyWords(key).toLowerCase().split(" ").filter((w) => w.length >= 4 && !VALUE_KIND_WORDS.has(w));
  if (!words.length) return false;
  const re = new RegExp(`\\b(?:${words.join("|")})s?\\b`, "i");
  return ctx.timeline.slice(0, before).some((t) => isUserMessage(t.event) && re.test(t.event.content));
}

const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WEEK_MS = 7 * 86_400_000;
/**
 * "the heritage tram on saturday got cancelled", then a lookup's `"date": "2025-06-21"`: a message
 * before the handoff that names the date's weekday, written less than a week from it, named that
 * date — the customer said which day, in the words people use for a day this week or next.
 */
function weekdayNamed(ctx: ScoringContext, value: string, before: number): boolean {
  const iso = ISO_DAY.exec(value);
  if (!iso) return false;
  const day = Date.UTC(+iso[1], +iso[2] - 1, +iso[3]);
  const name = new RegExp(`\\b${WEEKDAYS[new Date(day).getUTCDay()]}(?:'?s)?\\b`, "i");
  return ctx.timeline.slice(0, before).some((t) => t.event.type === "message" && Math.abs(day - t.at) < WEEK_MS && name.test(t.event.content));
}

/**
 * Amounts and dates a tool returned before this handoff (SPEC §3.1 facts; identity facts come from
 * `extractFacts`): a leaf under an amount or date key ("balance", "due_date"), or, under any other
 * key, a value that is one amount with its currency ("£145.00") or one whole date. Not a leaf of a
 * list (a price list or a schedule is a catalogue, not this case's value), not a timestamp, and
 * not a value of a tool the receiver calls again itself after the handoff, before control leaves it.
 * Only a value that enters the dialogue — stated in a message, by the sender before the handoff or
 * by anyone after it — is this case's fact: a total nobody ever states is one field of a big result.
 */
function toolEntityFacts(ctx: ScoringContext, link: ChainLink): Fact[] {
  const receiver = link.event.to;
  const next = ctx.chain.find((l) => l.effective && l.index > link.index)?.index ?? ctx.timeline.length;
  const refetched = new Set<string>();
  for (let i = link.index + 1; i < next; i++) {
    const e = ctx.timeline[i].event;
    if (isToolCall(e) && e.agent === receiver) refetched.add(e.tool);
  }
  // what was said to or by the user, over the whole conversation
  let said: string | null = null;
  const out: Fact[] = [];
  for (let i = 0; i < link.index; i++) {
    const t = ctx.timeline[i];
    const e = t.event;
    if (!isToolCall(e) || refetched.has(e.tool)) continue;
    for (const leaf of leaves(e.result)) {
      if (typeof leaf.value === "boolean" || !leaf.key || /(?:^|\.)\d+(?:\.|$)/.test(leaf.path)) continue;
      const v = String(leaf.value).trim();
      if (!v || v.length > 40) continue;
      const slot = slotForKey(leaf.key, ctx.vocab);
      if (slot?.identity) continue;
      const entity = slot
        ? slot.shape === "amount" ? amountOf(v) !== null || /^\d[\d,]*(?:\.\d+)?$/.test(v) : WHOLE_DATE.test(v)
        : typeof leaf.value === "string" && (amountOf(v)?.cur != null || WHOLE_DATE.test(v));
      if (!entity) continue;
      said ??= ctx.timeline.map((x) => (x.event.type === "message" ? x.event.content : "")).join("\n");
      if (!mentions(said, v) && !userNamedBefore(ctx, leaf.key, link.index) && !weekdayNamed(ctx, v, link.index)) continue;
      const field = slot ? slot.name : canonicalField(leaf.key, ctx.settings.trackedFields, ctx.vocab);
      out.push({ field, value: v, key: leaf.key, eventId: e.id, turn: t.turn, at: t.at, source: "tool" });
    }
  }
  return out;
}
