// Facts: entity values the conversation has established (SPEC §3.1) — ids, order numbers,
// emails, phones, amounts, dates and the project's tracked fields — found in user messages (by
// value shape and by the slot noun before a value) and in tool results (by key, walking the JSON).
// Dropout and re-ask compare what was known before a handoff with what crossed it.
//
// Choices (issue 12 item 3): facts are never invented. Each stretch of text yields at most one
// fact: where readings overlap, a value led by its noun ("order 4111…") beats a checksummed shape
// (card, IBAN, email), which beats a shape-only one (date, amount), which beats a formatted phone.
// A bare digit run is a phone only after phone words ("call me on …"). A reply that is mostly one
// value (at most six other words, any language) binds to the slot the agent just asked for.
// A code given through "it" ("…, it should be LN68 WPA") or after a copula ("my reg is …") is
// named by the identifier its subject names; a date is never named an identifier.
// Known limits: a value given two messages after the question is not bound; names and addresses
// are read only from English cues ("my name is", "I'm Ade Okafor", "12 Harbor Street").
import { appositionSpans } from "./appositions";
import { withCorrections } from "./corrections";
import { askedSlots, asksForValue, type Asked } from "./asks";
import { nounsIn, openPhrasesIn } from "./nouns";
import { canonicalField, DEFAULT_VOCABULARY, headNamesSlot, keyWords, normaliseKey, openField, openFieldForKey, slotForKey, type Slot, type Vocabulary } from "./slots";
import { isToolCall, positionOf, type TimedEvent } from "./timeline";
import { blankTokens, isToken, tokenField, tokenSpans } from "../privacy/tokens";
import { memosPer } from "./memo";
import { sameValue } from "./mentions";
import { BARE_DIGITS_RE, DIGIT_CODE_RE, findShape, isIssuedCode, isMeasure, isReferenceShape, MIXED_CODE_RE, PHONE_DIGITS_RE, referenceCodes, shapeSpans, spacedCodes, STREET_TYPE_WORDS, wordCount, type Span } from "./values";
import { allMatches } from "./all-matches";
import { writtenOut } from "./spoken";
import { sentLineRanges } from "./email-parts";

export interface Fact {
  field: string;
  value: string;
  /** the key it was found under in a tool call (its own spelling, shown when it is dropped) */
  key?: string;
  source: "user" | "tool";
  eventId: string;
  turn: number;
  at: number;
}

const MAX_WALK = 2000;

/** Scalar leaves of a JSON value with their key (the innermost object key above them). */
export function leaves(value: unknown, key = ""): Array<{ key: string; path: string; value: string | number | boolean }> {
  const out: Array<{ key: string; path: string; value: string | number | boolean }> = [];
  const stack: Array<[unknown, string, string]> = [[value, key, key]];
  while (stack.length && out.length < MAX_WALK) {
    const [v, k, p] = stack.pop()!;
    if (v === null || v === undefined) continue;
    if (typeof v === "object") {
      if (Array.isArray(v)) v.forEach((c, i) => stack.push([c, k, p ? `${p}.${i}` : String(i)]));
      else for (const [ck, cv] of Object.entries(v)) stack.push([cv, ck, p ? `${p}.${ck}` : ck]);
    } else if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
      out.push({ key: k, path: p, value: v });
    }
  }
  return out;
}

const CONTEXT_GAP = /^(?:\s*(?:is|was|are|it's|its|it is|reads|of|no\.?|number|=|:|#|-|–)\s*)*#?\s*/i;
// (case matters for the name, not for the words before it: "I'm Ade Okafor" — a full name after
// "I'm"/"I am", so "I'm English" is no name)
const NAME_RE = /\b(?:[Mm]y name is|[Mm]y name's|[Nn]ame is|this is|[Ii] am|[Ii]'m|I’m) ([A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)\b/g;
const ADDRESS_RE = new RegExp(String.raw`\b(\d{1,5} [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* (?:${STREET_TYPE_WORDS})\.?)`, "g");
const LAST4_CONTEXT = /\b(?:ending|ends|end)\s+(?:(?:in|with)\s+)?(\d{4})\b|\blast\s+(?:four|4)(?:\s+digits)?(?:\s+(?:are|is|were|was|of\s+\w+(?:\s+\w+)?\s+(?:are|is)))?\s*:?\s*(\d{4})\b/gi;
/**
 * "my flight ", "the invoice #": a determiner and one noun (not a verb form) right before a value.
 * (Widened once to prepositions and clause starts, "on quote Q-1", "…, job JB-7": that added two
 * dropout false alarms on the held-out blind-c and no hit on any corpus, so it was taken back.)
 */
const NOUN_BEFORE = /(?:^|[^\w'])(?:my|the|your|our|their|his|her)\s+([a-z]{3,}(?<!ed|ing))\s*[:#]?\s*$/i;
/**
 * "…, invoice INV-3310/B shows the wrong VAT", "Voucher VC-2210 didn't work": at a clause's start,
 * a noun and a code that are the clause's subject (a finite verb follows) name the code as
 * "<noun> number" would. An imperative ("Refund ORD-5512 please") or a greeting ("Thanks VC-2210 is
 * the one") is not a noun; a finite verb after the code and the closed class of interjections and
 * discourse words tell them apart without a vocabulary.
 */
const CLAUSE_NOUN = /(?:^|[,;.!?(]\s+|\n)\s*([a-z]{3,}(?<!ed|ing))\s*[:#]?\s*$/i;
const FINITE_AFTER = /^\s+(?:is|was|are|were|has|had|does|did|can|could|will|would|should|isn't|wasn't|hasn't|didn't|doesn't|won't|can't|still|never|[a-z]{2,}s)\b/i;
const DISCOURSE = new Set("hey hello thanks thank cheers yes yeah yep nope okay sorry please sure great right well also actually again morning evening".split(" "));
function subjectNoun(text: string, at: number, length: number): RegExpExecArray | null {
  if (!FINITE_AFTER.test(text.slice(at + length, at + length + 20))) return null;
  return clauseNoun(text, at);
}
/**
 * "…for six weeks? Member YG-30551. Thank you": a clause that is nothing but a noun and a code (a
 * label the user typed, no verb) names the code as the clause's subject does. The clause ends
 * right after the code, or a comma does ("Job JB-44172, the boiler's still leaking"); a discourse word ("Thanks VC-2210.") is no noun, and a number with a unit
 * ("maybe 300GB?", "around 5pm.") is a measure, not a code (values.ts isMeasure: the caller drops it).
 */
const CLAUSE_END_AFTER = /^\s*(?:[.;!?]|,\s|\n|$)/;
function labelNoun(text: string, at: number, length: number): RegExpExecArray | null {
  if (!CLAUSE_END_AFTER.test(text.slice(at + length, at + length + 3))) return null;
  return clauseNoun(text, at);
}
function clauseNoun(text: string, at: number): RegExpExecArray | null {
  const np = CLAUSE_NOUN.exec(text.slice(Math.max(0, at - 40), at));
  // (the 40 characters before the code must hold the clause start itself, not a cut mid-sentence)
  return np && (np.index > 0 || at <= 40) && !DISCOURSE.has(np[1].toLowerCase()) ? np : null;
}
/**
 * "The registration on my booking is wrong, it should be LN68 WPA": a value given through "it" or
 * "that" and a copula (is, was, should be, reads …) right before it is the value of the subject
 * of the clause or sentence before — a determiner and a noun at its start — when that noun names
 * an identifier (a slot noun, an open "<thing> number" phrase, or a noun whose "<noun> number" is a
 * slot's key: "registration"). "My laptop is slow, it's a T480" names a thing, not an identifier,
 * and "it says E-4410" reports, so both stay unnamed.
 */
const PRONOUN_COPULA = /\b(?:it|that)(?:'s|’s|\s+(?:is|was|should\s+(?:be|read|say)|must\s+be|ought\s+to\s+be|reads|read))(?:\s+(?:actually|now|really|definitely|just|correctly))?\s*[:#]?\s*$/i;
const SUBJECT_START = /(?:^|[.!?;,]\s+|\n|\b(?:and|but|so)\s+)(?:(?:hi|hello|hey|ok|okay|so|also|oh|sorry|well)[,!]?\s+)*(?:the|my|our|your|this)\s+((?:[a-z]+[\s-]+){0,2}?[a-z]{3,})(?=\s+(?:on|for|of|in|at|from|with|is|was|are|were|has|had|have|does|did|can|could|will|would|should|isn't|wasn't|hasn't|didn't|doesn't|won't|can't|still|keeps|got|[a-z]+ed)\b|\s*[,—–-])/gi;
/** "my reg is KP19 XRT", "The registration is …": the same subject, the copula right after it */
const SUBJECT_COPULA = /(?:^|[^\w'])(?:the|my|our|your|this)\s+((?:[a-z]+[\s-]+){0,2}?[a-z]{3,})(?:'s|’s|\s+(?:is|was|should\s+be|reads))\s*[:#]?\s*$/i;
/** a cheap first test on a text: a copula and a word, then a value with a digit (issue 12 throughput) */
const COPULA_VALUE = /(?:\b(?:is|was|be|reads|read)|['’]s)(?:\s+[a-z]+)?\s*[:#]?\s*[A-Za-z]{0,6}[-/]?\d/i;
/** a cheap first test on the words right before a value: a copula must end them (issue 12 throughput) */
const COPULA_END = /(?:\b(?:is|was|be|reads|read)|['’]s)(?:\s+[a-z]+)?\s*[:#]?\s*$/i;
/**
 * "you'll want my number, it's 48213", "My number's GM-51877": a person's own bare "number" whose
 * value cannot be a phone (a letter in it, or under a phone's seven digits) is their number with
 * the business they are talking to, the account slot. A run of 7–15 digits may be a phone: the
 * phone reader below decides ("my number is 07700900481"), or it stays unnamed. The "number" is
 * the subject of the copula or stands right before the "it" ("…my number, it's 48213").
 */
const OWN_BARE_NUMBER = /\b(?:my|our)\s+number\b/i;
const OWN_NUMBER_THEN_IT = /\b(?:my|our)\s+number\s*[,;:—–-]?\s*$/i;
const DIGIT_RUN = /^\+?(?:\d|[\s()-]|\.(?=\d))*\d/;
function ownAccountNumber(text: string, at: number, vocab: Vocabulary): string | null {
  const run = DIGIT_RUN.exec(text.slice(at))?.[0].replace(/\D/g, "") ?? "";
  return run.length >= 7 ? null : (slotForKey("customer number", vocab)?.name ?? null);
}
function anaphoraField(text: string, at: number, vocab: Vocabulary): string | null {
  if (!COPULA_END.test(text.slice(Math.max(0, at - 24), at))) return null;
  const before = text.slice(Math.max(0, at - 160), at);
  const direct = SUBJECT_COPULA.exec(before);
  const pronoun = direct ? null : PRONOUN_COPULA.exec(before);
  if (!direct && !pronoun) return null;
  if (pronoun && OWN_NUMBER_THEN_IT.test(before.slice(0, pronoun.index))) return ownAccountNumber(text, at, vocab);
  // the nearest clause or sentence start before the pronoun, with its subject
  let subject: RegExpMatchArray | null = direct;
  if (pronoun) for (const m of allMatches(SUBJECT_START, before.slice(0, pronoun.index))) subject = m;
  if (!subject) return null;
  if (subject[1].toLowerCase() === "number") return OWN_BARE_NUMBER.test(subject[0]) ? ownAccountNumber(text, at, vocab) : null;
  const np = subject[1].toLowerCase();
  const noun = nounsIn(np, vocab).find((h) => h.info.slot && h.end === np.length);
  if (noun) return noun.info.slot!.name;
  const open = openPhrasesIn(np).find((o) => o.end === np.length);
  if (open) return slotForKey(open.field, vocab)?.name ?? open.field;
  const field = openField(np.split(/[\s-]+/).pop()!);
  return field ? (slotForKey(field, vocab)?.name ?? null) : null;
}
const PHONE_WORD = /\b(?:phone|mobile|cell|call|text|reach|whatsapp|sms|tel|ring)\b/i;
const PHONE_CONTEXT = /\b(?:phone|mobile|cell|call|text|reach|whatsapp|sms|tel|ring)\b[^.?!\d]{0,25}$/i;
/**
 * "my number is 07700900481": a person's own "number" with nothing naming what it numbers is their
 * phone, when the digits have a phone's length and its trunk 0 or "+" ("my number is 48213" cannot be
 * a phone: it is the account, ownAccountNumber)
 */
const OWN_NUMBER = /\b(?:my|our)\s+(?:(?:best|contact|home|work|new)\s+)?number(?:'s|’s|\s+is|\s+was|\s*:)?\s*$/i;
const OWN_NUMBER_WORDS = /\b(?:my|our)\s+(?:[a-z]+\s+)?number\b/i;
const PHONE_LIKE = /^(?:\+|0)[\d\s().-]+$/;

/** A value that is one date and nothing else ("2026-08-14", "14/08/2026", "14 August"). */
function isWholeDate(value: string): boolean {
  return shapeSpans(value).some((s) => (s.field === "date" || s.field === "date_of_birth") && s.start === 0 && s.end === value.length);
}

/** Does a candidate value fit the slot's shape (the project pattern, when given, decides alone). */
function fits(slot: Slot, value: string): boolean {
  if (slot.pattern) return new RegExp(`^(?:${slot.pattern.source})$`, "i").test(value);
  return findShape(slot.shape, value).some((f) => f.index === 0 && f.value.length >= value.replace(/[.,;:]+$/, "").length);
}

/** Every value span in a text: shapes, values led by a slot noun, phones in phone context, project patterns. */
function spans(text: string, vocab: Vocabulary): Span[] {
  const shapes = shapeSpans(text);
  const out = [...shapes];
  // a value right after its noun: "policy number is PL-88", "PNR QXTRBM", "ZIP 94107"
  for (const hit of nounsIn(text, vocab)) {
    const slot = hit.info.slot;
    if (!slot || slot.shape === "text" || slot.shape === "name") continue;
    const at = hit.end;
    const gap = CONTEXT_GAP.exec(text.slice(at))![0].length;
    const rest = text.slice(at + gap, at + gap + 60);
    const own = slot.pattern ? new RegExp(slot.pattern.source, "i").exec(rest) : null;
    const found = own ? (own.index === 0 ? { index: 0, value: own[1] ?? own[0] } : null) : findShape(slot.shape, rest)[0];
    if (!found || found.index !== 0) continue;
    const value = slot.shape === "iban" ? found.value : found.value.replace(/[.,;:]+$/, "");
    // "the appointment is 2026-08-14": a date after an identifier's noun is the thing's date, not its id;
    // "our first order: 30kg of the espresso" is a quantity, not the order's number
    if (slot.shape !== "date" && isWholeDate(value)) continue;
    if (isMeasure(value)) continue;
    if (value) out.push({ start: at + gap, end: at + gap + found.value.length, field: slot.name, value, rank: 4 });
  }
  // a value right after an identifier phrase no vocabulary lists: "invoice number INV-2231"
  const nouns = out.filter((s) => s.rank === 4);
  for (const o of openPhrasesIn(text)) {
    const gap = CONTEXT_GAP.exec(text.slice(o.end))![0].length;
    const found = findShape("code", text.slice(o.end + gap, o.end + gap + 60))[0];
    if (!found || found.index !== 0 || nouns.some((n) => n.start === o.end + gap) || isMeasure(found.value)) continue;
    // ("order no. 88123" is the order slot's, as "the number on your card" is the card's)
    out.push({ start: o.end + gap, end: o.end + gap + found.value.length, field: slotForKey(o.field, vocab)?.name ?? o.field, value: found.value, rank: 4 });
  }
  // the cue-led readers below need a digit (or a capitalised name) to find anything
  const digit = /\d/.test(text);
  // a code right after a determiner and a noun names it as "<noun> number BA2490" would: "my
  // flight BA2490", "the invoice INV-2231", "our workspace ws_Lm40Tc"
  // (a quantity is no code: "our usual 12-bottle case")
  const mixed = digit ? allMatches(MIXED_CODE_RE, text).filter((m) => !isMeasure(m[0])) : [];
  for (const m of mixed) {
    const np = NOUN_BEFORE.exec(text.slice(Math.max(0, m.index! - 40), m.index!)) ?? subjectNoun(text, m.index!, m[0].length) ?? labelNoun(text, m.index!, m[0].length);
    const open = np ? openField(np[1]) : null;
    // "my parcel SK55…" is the slot whose key "parcel number" is (tracking_number)
    if (open) out.push({ start: m.index!, end: m.index! + m[0].length, field: slotForKey(open, vocab)?.name ?? open, value: m[0], rank: 3 });
  }
  // a code given through "it" for the subject before: "The registration on my booking is wrong, it
  // should be LN68 WPA", or right after that subject and a copula: "my reg is KP19 XRT"
  if (digit && COPULA_VALUE.test(text)) {
    for (const m of [...mixed, ...allMatches(DIGIT_CODE_RE, text), ...allMatches(BARE_DIGITS_RE, text), ...spacedCodes(text).map((c) => ({ index: c.index, 0: c.value }))]) {
      const field = anaphoraField(text, m.index!, vocab);
      if (field && (vocab.byName.get(field)?.shape === "date" || !isWholeDate(m[0]))) out.push({ start: m.index!, end: m.index! + m[0].length, field, value: m[0], rank: 3 });
    }
  }
  // a code set off after its noun phrase ("a voucher for my birthday, GIFT-88120,") or before its name ("HB-55213 is my booking reference")
  if (digit) out.push(...appositionSpans(text, vocab, shapes));
  if (digit) for (const m of allMatches(LAST4_CONTEXT, text)) {
    const v = m[1] ?? m[2];
    const start = m.index! + m[0].lastIndexOf(v);
    out.push({ start, end: start + 4, field: "card_last4", value: v, rank: 4 });
  }
  if (digit && (PHONE_WORD.test(text) || OWN_NUMBER_WORDS.test(text))) for (const m of allMatches(PHONE_DIGITS_RE, text)) {
    const before = text.slice(Math.max(0, m.index! - 40), m.index!);
    if (PHONE_CONTEXT.test(before) || (OWN_NUMBER.test(before) && PHONE_LIKE.test(m[0].trim()) && m[0].replace(/\D/g, "").length >= 10)) {
      const d = m[0].replace(/\D/g, "");
      if (d.length >= 7 && d.length <= 15) out.push({ start: m.index!, end: m.index! + m[0].length, field: "phone", value: m[0].trim(), rank: 2 });
    }
  }
  if (/\b(?:name|this is|i am|i'm)\b/i.test(text)) for (const m of allMatches(NAME_RE, text)) if (/name|this/i.test(m[0].slice(0, m[0].length - m[1].length)) || m[1].includes(" ")) out.push({ start: m.index! + m[0].length - m[1].length, end: m.index! + m[0].length, field: "name", value: m[1], rank: 1 });
  if (digit) for (const m of allMatches(ADDRESS_RE, text)) out.push({ start: m.index!, end: m.index! + m[0].length, field: "address", value: m[1], rank: 1 });
  for (const s of vocab.slots) {
    if (!s.pattern) continue;
    for (const m of allMatches(s.pattern, text)) {
      const v = m[1] ?? m[0];
      const start = m.index! + m[0].indexOf(v);
      if (v) out.push({ start, end: start + v.length, field: s.name, value: v, rank: 5 });
    }
  }
  return out;
}

/** Overlapping spans: the higher rank wins, then the longer one; each stretch of text yields one fact. */
function resolve(found: Span[]): Span[] {
  const kept: Span[] = [];
  for (const s of [...found].sort((a, b) => b.rank - a.rank || b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => s.start < k.end && s.end > k.start)) kept.push(s);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const overlaps = (a: { index: number; value: string }, b: { index: number; value: string }) => a.index < b.index + b.value.length && b.index < a.index + a.value.length;

/** Words of the values in a text (spans read, reference codes) outside the candidate `c`: a reply may give several. */
function otherValueWords(text: string, kept: Span[], codes: Array<{ index: number; value: string }>, c: { index: number; value: string }): number {
  const values = [...kept.map((k) => ({ index: k.start, value: text.slice(k.start, k.end) })), ...codes];
  const counted: Array<{ index: number; value: string }> = [];
  for (const v of values) if (!overlaps(v, c) && !counted.some((o) => overlaps(o, v))) counted.push(v);
  return counted.reduce((n, v) => n + wordCount(v.value), 0);
}

/** Field of a value the user gave alone in answer to a question that names no slot. */
export const ANSWER = "answer";
/** Field of a reference-like code the user mentioned without naming it (re-ask evidence; a dropout field only as unnamed-codes.ts unnamedIds reads it). */
export const UNNAMED_CODE = "unnamed_code";

/** Words in a reply outside a value: a reply that is mostly the value ("It's 88123") gives it alone. */
const VALUE_ONLY_WORDS = 6;

/**
 * Facts stated in free text ("my order number is 8812", "PNR QXTRBM", "it's jane@x.com"). `asked`
 * are the slots the agent's previous message asked for: a reply that is mostly a value of an asked
 * slot's shape binds to that slot ("It's 88123" after "what's the order number?").
 */
export function factsFromText(
  original: string,
  vocab: Vocabulary = DEFAULT_VOCABULARY,
  asked: Slot[] = [],
  answering = asked.length > 0,
): ReadonlyArray<{ readonly field: string; readonly value: string }> {
  const memo = textFacts(vocab);
  const key = `${answering ? 1 : 0}${asked.map((s) => s.name).join(",")}\u0000${original}`;
  let found = memo.get(key);
  if (!found) memo.set(key, (found = readFacts(original, vocab, asked, answering)));
  return found;
}

/**
 * Facts per vocabulary, text and question answered: rescoring a conversation that grew reads the
 * same user messages again (issue 12 throughput). Callers only read them.
 */
const textFacts = memosPer<Vocabulary, string, ReadonlyArray<{ readonly field: string; readonly value: string }>>(2_000);

function readFacts(original: string, vocab: Vocabulary, asked: Slot[], answering: boolean): Array<{ field: string; value: string }> {
  // PII redaction tokens (lib/privacy/tokens.ts) are values of their kind, read whole: the readers
  // below see them blanked, so none reads a token's hex as a code
  const tokens = tokenSpans(original).flatMap((t) => (t.field ? [{ ...t, field: t.field, rank: 3 }] : []));
  // (a reference read out in words, "h t seven seven three one", is read as written: spoken.ts)
  const text = writtenOut(blankTokens(original));
  const kept = resolve([...spans(text, vocab), ...tokens]);
  const out = kept.map((s) => ({ field: s.field, value: s.value }));
  let codes: Array<{ index: number; value: string }> | undefined;
  // values already bound to an asked slot: one value answers one listed slot (an open identifier the
  // question also named, "frequent flyer number" beside the account slot, may name it too)
  const bound: Array<{ index: number; value: string }> = [];
  for (const slot of asked) {
    if (out.some((f) => f.field === slot.name)) continue;
    // a reply naming the asked thing with fewer modifiers ("licence MORGA…" after "driving licence
    // number?") gives the asked one
    const shorter = out.findIndex((f) => f.field.endsWith("_number") && slot.name.endsWith(`_${f.field}`));
    if (shorter >= 0) {
      out[shorter] = { field: slot.name, value: out[shorter].value };
      continue;
    }
    // a shape-only date/phone span given as the answer to a date-of-birth/phone question is that slot
    // (a date answers only a date's question: "Which appointment?" "the one on 2026-08-14" names no booking;
    // and a phone that answers the phone asked beside the order is not the order: "your phone, and your order number?")
    const relabel = kept.find((k) => k.rank <= 2 && findShape(slot.shape, k.value).length && ((k.field === "date" && slot.shape === "date") || k.field === "phone") && !asked.some((s) => s.name === k.field));
    if (relabel && relabel.field !== slot.name) {
      out[kept.indexOf(relabel)] = { field: slot.name, value: relabel.value };
      continue;
    }
    // (a value with a digit before a word in capitals, "ARE YOU SERIOUS. BWL-55120.": a shouted word is
    // a locator's shape, not the locator)
    for (const c of findShape(slot.shape, text).sort((a, b) => Number(/\d/.test(b.value)) - Number(/\d/.test(a.value)))) {
      if (kept.some((k) => c.index < k.end && c.index + c.value.length > k.start) || (vocab.byName.has(slot.name) && bound.some((b) => overlaps(b, c)))) continue;
      // (a part of a longer reference is no value of its own: "MC 4471" gives no card ending 4471)
      if ((codes ??= referenceCodes(text)).some((r) => r.index <= c.index && r.index + r.value.length >= c.index + c.value.length && r.value.length > c.value.length)) continue;
      // (the words of the other values a reply gives are no words beside this one: "CN-60272 and BD7 1PL.
      // I already typed them" answers the customer number and the postcode)
      if (!fits(slot, c.value) || wordCount(text) - wordCount(c.value) - otherValueWords(text, kept, codes, c) > VALUE_ONLY_WORDS) continue;
      out.push({ field: slot.name, value: c.value });
      bound.push(c);
      break;
    }
  }
  // a value given alone in answer to a question about no slot we know ("What does the meter show?"
  // "18342"): a fact all the same, named by what it answered — when its shape says it is a reference;
  // a count, a size, a year or a range ("120 litre", "UK 12", "August 2029", "18-24") answered
  // something nobody keeps, and stays re-ask evidence only (values.ts isReferenceShape)
  if (answering && !out.length) {
    const c = findShape("code", text).find((c) => wordCount(text) - wordCount(c.value) <= VALUE_ONLY_WORDS && c.value.replace(/\D/g, "").length >= 3);
    if (c) out.push({ field: isReferenceShape(c.value) ? ANSWER : UNNAMED_CODE, value: c.value });
  }
  // reference-like codes nobody named ("the serial on the front is 19P0448271"): kept as evidence
  // for a re-ask (the user repeating it), a dropout field only with an issued id's shape (unnamed-codes.ts unnamedIds)
  // …and so are digit groups joined by dashes or slashes ("77-301-552"), bare digit runs and
  // references typed in spaced groups with a letter in them ("LN68 WPA")
  if (/\d/.test(text)) {
    const unnamed = referenceCodes(text);
    const taken: Array<{ index: number; value: string }> = [];
    for (const m of unnamed) {
      const end = m.index + m.value.length;
      if (kept.some((k) => m.index < k.end && end > k.start) || taken.some((t) => m.index < t.index + t.value.length && end > t.index)) continue;
      const alnum = m.value.toLowerCase().replace(/[^a-z0-9]/g, "");
      if (out.some((f) => f.value.toLowerCase().replace(/[^a-z0-9]/g, "") === alnum)) continue;
      taken.push(m);
      out.push({ field: UNNAMED_CODE, value: m.value });
    }
  }
  // a lone "#8812" with no question before it: the order id of a shop, the commonest case
  const bare = /(?:^|\s)#(\d{4,})\b/.exec(text);
  if (bare && !asked.length && !out.some((f) => f.value === bare[1] || f.value.endsWith(bare[1]))) out.push({ field: "order_id", value: bare[1] });
  // (the date a quoted email was sent, in its header line, is the thread's, not the case's: email-parts.ts;
  // read above all the same, so no part of it is read as a code)
  const sent = sentDates(text, kept);
  return sent.length ? out.filter((f) => !sent.includes(f.value)) : out;
}

/** Dates read only inside the lines saying when a quoted message was sent. */
function sentDates(text: string, kept: Span[]): string[] {
  const dates = kept.filter((k) => k.field === "date");
  if (!dates.length) return [];
  const lines = sentLineRanges(text);
  if (!lines.length) return [];
  const inHeader = (k: Span) => lines.some(([a, b]) => k.start >= a && k.end <= b);
  return dates.filter(inHeader).map((k) => k.value).filter((v) => !dates.some((k) => k.value === v && !inHeader(k)));
}

/**
 * A code whose letters name its own key ("rma": "RMA-40219", "invoice": "INV-30982", "customer":
 * "cus_9JdK2"): the value says it is this key's identifier, whatever word the key is.
 */
function namesItsKey(key: string, value: string): boolean {
  const prefix = /^([A-Za-z]{2,5})[-_/]?\d/.exec(value)?.[1].toLowerCase();
  // (a code typed in groups is capitals and digits; a phrase that opens with a code is no code:
  // "channels": "Ch38 licence-free" is a channel and what it is, not the channel's identifier)
  return !!prefix && keyWords(key).split(" ")[0].startsWith(prefix) && value.trim().split(/\s+/).slice(1).every((g) => CODE_GROUP.test(g));
}
const CODE_GROUP = /^[A-Z0-9-]+$/;

/** Lower-case words joined by hyphens or underscores, no digit: "oak-small", "grow_kit", "standard". */
const CATALOGUE_SLUG = /^[a-z]+(?:[-_][a-z]+)*$/;

/**
 * A phrase, not a reference: words set apart by a comma, or a word of three or more small letters
 * among others ("16-seat minibus, pickup 06:15" under `booking`, "2 crates due Tuesday" under
 * `order`). A reference typed in groups is capitals and digits ("BX 30 77 1", "LS6 2QT").
 */
const isPhrase = (v: string) => /\s/.test(v.trim()) && (/,\s/.test(v) || /(?:^|\s)\p{Ll}{3,}(?=[\s,.;:]|$)/u.test(v));

/**
 * Can a tool's value under a slot's key be that slot's value? A key says what a field is about, not
 * what its value is: `"account": "Willow & Vine"` is the account's name, `"charge": "wristband"` what
 * was charged for, `"name": "brushed silver"` a product's finish. An identifier, a phone, a postcode
 * or an amount has a digit (an identifier may also be one token with none, a PNR "QXTRBM" — but not
 * lower-case words joined by hyphens: "oak-small" under `plate` is a tool's own key for an item, which no
 * one was given, blind-cq1. Development −1 false dropout on clean, held out −2 not on clean; an account's
 * slug, "willow-vine", was counted an identifier until then, and the held-out −2 are such slugs, which
 * their authors did not count as dropped); a person's or a firm's
 * name ends in a capitalised word (or in a script without case). A redaction token is its kind's value;
 * a project's tracked key takes any value.
 */
function valueOfKind(slot: Slot, v: string): boolean {
  if (isToken(v)) return true;
  switch (slot.shape) {
    case "code":
    case "locator": {
      const token = v.trim();
      return (/\d/.test(v) && !isPhrase(v)) || (!/\s/.test(token) && !CATALOGUE_SLUG.test(token));
    }
    case "phone":
    case "postcode":
    case "iban":
    case "last4":
    case "amount":
      return /\d/.test(v);
    case "name": {
      const last = v.trim().split(/\s+/).pop() ?? "";
      return /^\P{Ll}/u.test(last) && /\p{L}/u.test(last);
    }
    default:
      return true;
  }
}

/** Facts in a tool result: keys that name a slot or a tracked field, codes that name their key (not items of a list), and email-shaped values. */
export function factsFromJson(
  value: unknown,
  tracked: string[],
  vocab: Vocabulary = DEFAULT_VOCABULARY,
): Array<{ field: string; value: string; key?: string }> {
  const trackedNorm = new Set(tracked.map(normaliseKey));
  const out: Array<{ field: string; value: string; key?: string }> = [];
  for (const leaf of leaves(value)) {
    if (typeof leaf.value === "boolean") continue;
    const v = String(leaf.value);
    if (!v || v.length > 200) continue;
    const slot = slotForKey(leaf.key, vocab);
    if (trackedNorm.has(normaliseKey(leaf.key)) || (slot && valueOfKind(slot, v))) {
      // a full card number under a card key is kept as its last four, like one typed by the user
      const value = slot?.name === "card_last4" && /^\d[\d -]{11,}\d$/.test(v) ? v.replace(/\D/g, "").slice(-4) : v;
      out.push({ field: canonicalField(leaf.key, tracked, vocab), value, key: leaf.key });
    } else if (openFieldForKey(leaf.key) && /\d/.test(v)) {
      out.push({ field: openFieldForKey(leaf.key)!, value: v, key: leaf.key });
    } else if (/\d/.test(v) && isIssuedCode(v) && !/(?:^|\.)\d+(?:\.|$)/.test(leaf.path) && !/(?:\S+\s+){3}/.test(v) && !isWholeDate(v) && headNamesSlot(leaf.key, vocab)) {
      // "si_card": "8123456", "gift_card": "GC-88120": a key whose head is an identity's noun, holding an
      // issued id (not a date, not a phrase: "Sun 2 Mar 10:00 public session"), is that thing's identifier
      // (known as the "<key words> number" a question names, "your dive card number", else by the key's own words: "SI card")
      out.push({ field: openField(keyWords(leaf.key)) ?? canonicalField(leaf.key, tracked, vocab), value: v, key: leaf.key });
    } else if (!/(?:^|\.)\d+(?:\.|$)/.test(leaf.path) && namesItsKey(leaf.key, v)) {
      out.push({ field: canonicalField(leaf.key, tracked, vocab), value: v, key: leaf.key });
    } else if (/^[\w.+-]+@[\w-]+(\.[\w-]+)+$/.test(v)) {
      out.push({ field: "email", value: v });
    } else if (tokenField(v)) {
      out.push({ field: tokenField(v)!, value: v });
    }
  }
  return out;
}

/** Every fact in the timeline in order, with where it was seen. */
export function extractFacts(
  timeline: TimedEvent[],
  tracked: string[],
  vocab: Vocabulary = DEFAULT_VOCABULARY,
  asks?: Map<string, Asked[]>,
): Fact[] {
  const facts: Fact[] = [];
  // the agent message a user message answers (read only when a user message follows it)
  let question: string | null = null;
  for (const t of timeline) {
    const e = t.event;
    if (e.type === "message") {
      if (e.role === "user") {
        const asked = question ? askedFor(question, vocab, asks) : [];
        // a yes/no question ("have you taken it?") is answered with yes or no, not with a value
        const answering = question !== null && (asked.length > 0 || asksForValue(question));
        for (const f of factsFromText(e.content, vocab, asked, answering)) facts.push(factAt(f, t, "user"));
        question = null;
      } else if (e.role === "agent") question = e.content;
    } else if (isToolCall(e)) {
      for (const f of factsFromJson(e.args, tracked, vocab)) facts.push(factAt(f, t, "tool"));
      for (const f of factsFromJson(e.result, tracked, vocab)) facts.push(factAt(f, t, "tool"));
    }
  }
  // a code given again with a typing slip corrected is the field's value from then on (corrections.ts)
  return withCorrections(facts, UNNAMED_FIELDS);
}
const UNNAMED_FIELDS: ReadonlySet<string> = new Set([UNNAMED_CODE, ANSWER]);

/**
 * A fact read at a timeline event: the reader's field, value (and key, when it has one), then where
 * it was seen — the properties, and their order, of `{ ...f, eventId, turn, at, source }`, written
 * out: on Node 20 that literal with a spread cost ~5 µs a fact against ~0.05 µs (V8 builds the
 * result's hidden class at run time for each), a third of extractFacts (issue 12 throughput).
 */
function factAt(f: { readonly field: string; readonly value: string; readonly key?: string }, t: TimedEvent, source: Fact["source"]): Fact {
  return "key" in f
    ? { field: f.field, value: f.value, key: f.key, eventId: t.event.id, turn: t.turn, at: t.at, source }
    : { field: f.field, value: f.value, eventId: t.event.id, turn: t.turn, at: t.at, source };
}

/**
 * The slots a question asks for, then the open identifiers its "<thing> number" phrases name that
 * no slot already is: "what's your gift card number?" asks for the card slot (its last four) by
 * "card number", and a code that is no card's binds to gift_card_number instead of nothing.
 */
function askedFor(question: string, vocab: Vocabulary, asks?: Map<string, Asked[]>): Slot[] {
  const asked = askedSlots(question, vocab, [], asks).flatMap((a) => (a.slot ? [a.slot] : a.field ? [openSlot(a.field)] : []));
  if (!asked.length) return asked;
  for (const o of openPhrasesIn(question)) {
    const name = slotForKey(o.field, vocab)?.name ?? o.field;
    if (!asked.some((s) => s.name === name) && !slotForKey(o.field, vocab)) asked.push(openSlot(o.field));
  }
  return asked;
}

/** An identifier no vocabulary lists, asked for by name ("what's the hull number?"): a code-shaped slot of its own. */
const openSlots = new Map<string, Slot>();
function openSlot(field: string): Slot {
  let s = openSlots.get(field);
  if (!s) {
    if (openSlots.size > 1000) openSlots.clear();
    openSlots.set(field, (s = { name: field, shape: "code", keys: [], nouns: [], weak: [], identity: true }));
  }
  return s;
}

/** The field a known fact's key names: "phone#2", a second value of one field given in one message (knownFacts), is a "phone". */
export const fieldOfKey = (key: string) => key.replace(/#\d+$/, "");

/**
 * The latest value per field among facts seen between timeline positions `since` and `beforeIndex`.
 * Values of one field that one user message gives side by side are different things, all known
 * (`several` says which fields may: "their vet is Oak Lane, 01632 960 7781, and my mobile is 07700
 * 900 552" gives two phones); the earlier ones are kept as `<field>#2`, `#3`. A later message's
 * value replaces an earlier one (a correction, a new number).
 */
export function knownFacts(facts: Fact[], timeline: TimedEvent[], beforeIndex: number, since = 0, several?: (f: Fact) => boolean): Map<string, Fact> {
  const known = new Map<string, Fact>();
  for (const f of facts) {
    const at = positionOf(timeline, f.eventId);
    if (at < since || at >= beforeIndex) continue;
    const prev = known.get(f.field);
    if (prev && prev.eventId === f.eventId && f.source === "user" && several?.(f) && !sameValue(prev.value, f.value)) {
      let n = 2;
      while (known.has(`${f.field}#${n}`)) n++;
      known.set(`${f.field}#${n}`, prev);
    }
    known.set(f.field, f);
  }
  return known;
}

export { mentions, sameValue } from "./mentions";
