// Re-ask (SPEC §3.2): after a handoff and before the next one, an agent message that asks the user
// for a slot whose value was known before the handoff. Two kinds of evidence (issue 12 item 2):
//   - phrasing: the message requests a slot (asks.ts: which/what, request verbs, "I'll need",
//     bare "Your PNR?") that is known — by slot type, or by a known field's own key words
//     ("loyalty tier" for `loyaltyTier`), or a generic "reference number" when one id is known;
//   - the reply: the message asks for something (not a yes/no question such as "Shall I send it
//     to the email on file?") and the user's next reply is mostly a value that was
//     known before the handoff ("priya@x.com, as I said") — whatever words the agent used, in any
//     language. Only identity values and values with a digit count, so "yes"/"gold" never do. A
//     longer reply counts when it says, beside the value, that it gives it again ("OP-30417 like I
//     told the other person", "already gave it", "it was in my first message"), and such a reply
//     also shows that a statement with no request words asked for it, as does a reply that is
//     nothing but known values (a request in any language: "Bitte nennen Sie Ihre Bestellnummer.").
// A slot asked for whose value no reader named ("What's the address?" after "7 Orchard Grove") is
// re-asked when the short reply types again two or more words, one with a digit, that the user
// wrote before the handoff (`typedAgain`): the user's own words are the known value.
// A slot of a kind of value (email, phone, postcode) may be known under a key whose head names it
// ("guest_email").
// A message that already contains the known value is a confirmation ("Is it order 8812?"), not a
// re-ask; asking for a slot that was never given is a new question. A message that asks for two
// known slots is two re-asks (one per field per message).
// Known limits: a re-ask whose reply is long and whose wording names no known slot is missed; the
// reply evidence looks only at the first user reply to the message.
import type { ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import { askedSlots, asksForValue, type Asked } from "./asks";
import { ANSWER, fieldOfKey, mentions, sameValue, UNNAMED_CODE } from "./facts";
import { fieldByNounBefore, REFERENCE } from "./unnamed-codes";
import { isEntityValue } from "./dropout";
import { canonicalField, GENERIC_SLOTS, headNamesSlot, keyWords, openField, slotForKey, type Slot, type Vocabulary } from "./slots";
import { isAgentMessage, isUserMessage, positionOf } from "./timeline";
import { CALENDAR_WORD, findShape, wordCount } from "./values";
import { allMatches } from "./all-matches";
import { writtenOut } from "./spoken";
import { emailBody, writersOwn } from "./email-parts";
import { asksDateToCome, isPastDate } from "./date-to-come";

export interface Reask {
  eventId: string;
  field: string;
  /** a code the user gave without naming it ("it's LA-30917") that the reply gave again: dropout reads it (dropout.ts reaskedCodes) */
  code?: string;
}

/**
 * The user saying they are repeating themselves: a verb of giving or saying in the past with
 * "already"/"just"/"literally" or a subject-less "already gave it", "sent it before", "as/like/same
 * as I said", "gave it at the start", "same email I gave", a pointer to their earlier message ("it was
 * in my message", "in my first msg"), "again", "for the second time".
 */
const GAVE = "(?:said|told|gave|given|sent|provided|mentioned|shared|wrote|written|typed|put|entered|explained)";
const REPEATED = new RegExp(
  [
    `\\b(?:as|like|same\\s+as)\\s+(?:i|we)\\s+(?:(?:already|just|literally|actually)\\s+)*${GAVE}\\b`,
    `\\b(?:(?:i|we)(?:'ve|\\s+have|'d|\\s+had)?\\s+)?(?:(?:literally|actually|even)\\s+)?(?:already|just|literally)\\s+${GAVE}\\b`,
    `\\b${GAVE}\\s+(?:(?:it|that|this|you|them|those)\\s+)?(?:already|before|earlier|above|(?:at|from)\\s+the\\s+(?:start|beginning|top))\\b`,
    // "same email I gave", "the same number as we provided": the one value given before
    `\\bsame\\s+(?:[a-z]+\\s+){1,2}(?:as\\s+)?(?:i|we)(?:'ve|\\s+have)?\\s+(?:already\\s+)?${GAVE}\\b`,
    "\\bin\\s+my\\s+(?:(?:first|last|previous|earlier|original|other)\\s+)?(?:message|msg|email|e-mail|chat|text|note|form|reply)\\b",
    "\\bagain\\b|\\bfor the (?:second|third|\\w+th) time\\b",
    "\\b(?:i|we)\\s+(?:just\\s+)?(?:told|gave|sent)\\s+(?:you|it|that)\\b",
    // "same as before", "same mobile as before", "like before": the value the user gave earlier
    "\\bsame\\s+(?:[a-z]+\\s+){0,2}as\\s+(?:before|earlier|last\\s+time|above|i\\s+said)\\b|\\b(?:like|as)\\s+(?:before|earlier)\\b(?!\\s+(?:the|a|an|my|our|your|his|her|their|this|that|i|we|you|he|she|they|it)\\b)",
  ].join("|"),
  "i",
);
/** A reply with at most this many words besides each value it gives gives those values (same bound as facts.ts). */
const VALUE_ONLY_WORDS = 6;
const scalar = (v: unknown) => (typeof v === "string" || typeof v === "number" ? String(v).trim() : null);

/**
 * A contact value (an email address, a phone number) that the user's messages hold only inside a message
 * they quote or forward ("---------- Forwarded message --------- From: Harbourside Claims
 * <claims@harbourside.example>", "On Tue, Mar 4, 2025, Stillwater Float <hello@stillwater.example>
 * wrote: > … ring 0117 496 0123") is its writer's — the insurer's, the shop's own — not the user's: the
 * user's email or phone is still unknown, and an agent asking for it asks nothing again. It stays a
 * fact a handoff should carry (dropout reads it). A value the user also wrote above the quote, in their
 * signature, or that a tool or the state gave, is theirs as before. (No labelled corpus has an agent
 * asking for the user's own contact after such a message; the unit tests do: reask-quoted-contact.test.ts.)
 */
function withoutQuotedContacts(ctx: ScoringContext, link: ChainLink, known: Map<string, unknown>): Map<string, unknown> {
  let out = known;
  for (const [field, value] of known) {
    const shape = ctx.vocab.byName.get(fieldOfKey(field))?.shape;
    if ((shape !== "email" && shape !== "phone") || typeof value !== "string") continue;
    const seen = ctx.facts.filter((f) => f.at <= link.at && f.value === value);
    if (!seen.length || !seen.every((f) => f.source === "user" && onlyQuoted(ctx, f.eventId, value))) continue;
    if (out === known) out = new Map(known);
    out.delete(field);
  }
  if (out === known) return out;
  // (a second value of the kind, "phone#2" — the user's own, in their signature — becomes the kind's value)
  for (const field of known.keys()) {
    if (field.includes("#") || out.has(field)) continue;
    const next = [...out.keys()].find((f) => f.startsWith(`${field}#`));
    if (next) (out.set(field, out.get(next)), out.delete(next));
  }
  return out;
}
const onlyQuoted = (ctx: ScoringContext, eventId: string, value: string): boolean => {
  const e = ctx.timeline[positionOf(ctx.timeline, eventId)]?.event;
  return !!e && isUserMessage(e) && e.content.includes(value) && !writersOwn(e.content).includes(value);
};

export function reasksAfter(
  ctx: ScoringContext,
  link: ChainLink,
  nextIndex: number,
  known: Map<string, unknown>,
  aliases: Map<string, string> = new Map(),
): Reask[] {
  if (!link.effective) return [];
  const out: Reask[] = [];
  known = withoutQuotedContacts(ctx, link, known);
  // what the handoff handed over (payload, then the receiver's initial state), read once
  const handedFields = Object.entries({ ...(link.event.payload ?? {}), ...(link.event.stateAfter ?? {}) });
  known = withHanded(ctx, handedFields, known);
  // the handed value of each field, by its canonical name
  const handed = new Map(handedFields.flatMap(([k, v]) => (scalar(v) ? [[canonicalField(k, ctx.settings.trackedFields, ctx.vocab), scalar(v)!] as const] : [])));
  const ownFields = [...known.keys()].filter((f) => !ctx.vocab.byName.has(f));
  // a slot asked for may be known under the key that held its value (dropout.ts aliases)
  const field = (f: string | null | undefined) => (f && !known.has(f) ? (aliases.get(f) ?? f) : f);
  const generic = field(GENERIC_SLOTS.find((s) => known.has(s) || aliases.has(s)));
  // codes the user mentioned without naming them count as evidence too (facts.ts UNNAMED_CODE)
  const evidence = new Map(known);
  for (const f of ctx.facts) if (f.field === UNNAMED_CODE && f.at <= link.at && ctx.timeline[link.index].event.id !== f.eventId) evidence.set(`${f.field}:${f.value}`, f.value);
  if (!evidence.size && !ctx.timeline.slice(0, link.index).some((t) => isUserMessage(t.event))) return out;
  for (let i = link.index + 1; i < nextIndex; i++) {
    const e = ctx.timeline[i].event;
    if (!isAgentMessage(e)) continue;
    const seen = new Set<string>();
    // one re-ask per value per message: a value known under a key and also as an unnamed code
    // ("Cert AOW-55190" with `cert_number` in state), or a part of another ("CB7 4DL" of the
    // address), asked once is one re-ask
    const values: Array<[string, string]> = [];
    const add = (field: string, value: string | null, code?: string) => {
      seen.add(field);
      // (…or two parts of the one value the handoff carried for the field re-asked first: "22 Ferry
      // Road" and "CF11 7BQ" of the address handed over as "22 Ferry Road, Cardiff CF11 7BQ", also
      // under a key whose head word names the field, `return_address`)
      if (value && values.some(([f, v]) => mentions(v, value) || mentions(value, v) || [...handed].some(([k, h]) => headIs(k, f) && mentions(h, v) && mentions(h, value)))) return;
      if (value) values.push([field, value]);
      out.push(code ? { eventId: e.id, field, code } : { eventId: e.id, field });
    };
    const asked = askedSlots(e.content, ctx.vocab, ownFields, ctx.asks);
    for (const a of asked) {
      let f = field(knownField(known, a.field) ?? a.slot?.name ?? a.field) ?? generic;
      if ((!f || !known.has(f)) && a.slot) f = headField(known, a.slot) ?? f;
      if (!f || !known.has(f)) {
        const named = codeByNoun(ctx, link, a);
        if (named && !seen.has(named.field) && !mentions(a.sentence, named.code)) add(named.field, named.code, named.code);
        continue;
      }
      if (seen.has(f)) continue;
      const value = scalar(known.get(f));
      if (value && mentions(a.sentence, value)) continue;
      // (a date asked for as a choice to come is not a known date that is already past: "which date you'd like to redeem it for" after "bought 3 May")
      if (value && a.slot?.shape === "date" && asksDateToCome(a.sentence) && isPastDate(value, ctx.timeline[i].at)) {
        seen.add(f);
        continue;
      }
      // (another person's name — "What's your daughter's name?" — is not the user's own name asked
      // again, nor is a reply sharing its surname the known value given again)
      if (value && a.slot?.shape === "name" && OTHER_PERSONS_NAME.test(a.sentence) && givenAsOwn(ctx, link.index, value)) {
        seen.add(f);
        continue;
      }
      add(f, value);
    }
    const reply = nextReply(ctx, i, nextIndex);
    if (!reply) continue;
    // a slot asked for that no reader had named a value of ("What's the address?" after "14 Larch
    // Grove" with a street type no list has): the reply typing again words the user wrote before the
    // handoff is the evidence, in any language
    const unread = asked.find((a) => (a.slot || a.field) && !seen.size);
    if (unread) {
      const again = typedAgain(ctx, link.index, reply) ?? (unread.slot?.shape === "name" ? namedAgain(ctx, link.index, reply) : null);
      const name = unread.slot?.name ?? unread.field!;
      // (words typed again answer a code's question only when they hold a value of its shape)
      const fits = !unread.slot || unread.slot.shape === "text" || unread.slot.shape === "name" || (again !== null && findShape(unread.slot.shape, again).length > 0);
      if (again && fits && !mentions(e.content, again) && !seen.has(name)) add(name, again);
    }
    // a message that asks for nothing by its words ("Best number to text you on when it's done.")
    // still asked when the user answers with a known value and says they are giving it again
    // ("07700 900 481 (already gave it)"); a yes/no question ("Shall I text the number on file?")
    // did not, whatever the reply says
    const asks = asksForValue(e.content);
    if (!asks && e.content.includes("?")) continue;
    // a reply giving several known values again ("Hash is 0x51…, amount 2.4 ETH") has room for
    // each one's few words; what is left must be short for the reply to be mostly values
    const given = new Set<string>();
    for (const v of evidence.values()) {
      const value = scalar(v);
      if (value && value.length >= 3 && mentions(reply, value) && !mentions(e.content, value)) given.add(value);
    }
    const otherWords = wordCount(reply) - [...given].reduce((n, v) => n + wordCount(v), 0);
    // (a reply that gives a value and says, right beside it, that it gives it again — "OP-30417
    // like I told the other person", "LK-55821, as I already said" — repeats it whatever else it
    // says; "I already told the other person my account is …" after another question is an aside)
    const repeated = [...given].some((v) => saysRepeated(reply, v));
    // (…and a reply that is nothing but known values answers a request in any language: "Bitte
    // nennen Sie Ihre Bestellnummer." → "88123")
    if (!asks && !repeated && !(given.size && otherWords <= 0)) continue;
    if (otherWords > VALUE_ONLY_WORDS * Math.max(1, given.size) && !repeated) continue;
    for (const [key, v] of evidence) {
      const value = scalar(v);
      if (!value || value.length < 3) continue;
      // a value we could not name is named by what the agent asked for, when it named a slot
      const named = known.has(key) && key !== ANSWER;
      // (a code nobody named, asked for by no name either, is shown as a "reference"; a field's
      // second value, "phone#2", is that field: one re-ask per field per message)
      const field = named ? fieldOfKey(key) : (askedName(asked, known, seen) ?? (key.startsWith(`${UNNAMED_CODE}:`) ? REFERENCE : key.split(":")[0]));
      if (seen.has(field)) continue;
      if (ctx.vocab.byName.get(field)?.identity !== true && !/\d/.test(value)) continue;
      if (!given.has(value)) continue;
      // (a postcode nobody named, given again in answer to a question the message already counts as
      // asking for the address — "where is the property?" → "27 Hollins Lane, LS18 4QT" —, is that
      // address given again: one re-ask, not a second one for a "reference")
      if (field === REFERENCE && seen.has("address") && isPostcode(value)) continue;
      add(field, value, key.startsWith(`${UNNAMED_CODE}:`) ? value : undefined);
    }
  }
  return out;
}

/** The whole value has a postcode's shape (values.ts: "LS18 4QT", "K1A 0B1", "90210"). */
const isPostcode = (value: string) => findShape("postcode", value).some((c) => c.value.trim() === value.trim());

/**
 * A name asked for as another person's: "your daughter's name", "your colleague's full name", "his
 * name" — a person of the user's, not the user. (A role the user may fill, "the cardholder's name",
 * "the lead guest's name", is not read so.)
 */
const OTHER_PERSONS_NAME = /\b(?:your\s+(?!own\b)[a-z-]+(?:\s+[a-z-]+)?(?:'s|’s|s'|s’)|his|her)\s+(?:full\s+|first\s+|last\s+)?(?:name|surname)\b/i;
/** "its helen markham", "my name is …", "this is …", "I'm …": a self-naming word at most two words before the value */
const SELF_NAMED = /(?:\bmy\s+name(?:'s|’s|\s+is)|\bname(?:'s|’s)|\bi(?:'m|’m|\s+am)|\bthis\s+is|\bit(?:'s|’s|s|\s+is))\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;

/**
 * The known name was given by the user as their own before the handoff: a user message states it
 * right after a self-naming word, or answers an agent message that asked for "your name". Only then
 * is a question for another person's name known not to ask for it; a name whose owner the dialogue
 * leaves open (a summary's, a state's) keeps the reading as a re-ask.
 */
function givenAsOwn(ctx: ScoringContext, before: number, value: string): boolean {
  const first = value.trim().split(/\s+/)[0].toLowerCase();
  if (!first) return false;
  let askedOwn = false;
  for (let i = 0; i < before; i++) {
    const e = ctx.timeline[i].event;
    if (isAgentMessage(e)) askedOwn = /\byour\s+(?:full\s+|first\s+|last\s+)?(?:name|surname)\b/i.test(e.content) && !OTHER_PERSONS_NAME.test(e.content);
    if (!isUserMessage(e)) continue;
    const text = e.content.toLowerCase();
    const at = text.search(new RegExp(`(?<![\\p{L}])${first.replace(/[^\p{L}'’-]/gu, "")}(?![\\p{L}])`, "u"));
    if (at >= 0 && (askedOwn || SELF_NAMED.test(text.slice(0, at)))) return true;
    askedOwn = false;
  }
  return false;
}

/** A handed key that is the field or names it by its head word (`return_address` for the address). */
const headIs = (key: string, field: string) => key === field || key.split("_").pop() === field;

/**
 * A code the user typed before the handoff right after a noun ("our crew came for job GC-7731-B"),
 * which no reader named (a preposition before the noun: facts.ts names a code only after a determiner
 * or at a clause's start), is the value of the identifier the agent asks for by that noun ("what's the
 * job number on your invoice?", "which booking is it?"): the user's noun said what it is. Re-ask
 * evidence only until asked for; null when no code or two different codes fit.
 */
function codeByNoun(ctx: ScoringContext, link: ChainLink, a: Asked): { field: string; code: string } | null {
  const want = a.field ?? a.slot?.name;
  if (!want) return null;
  let found: { field: string; code: string } | null = null;
  for (const f of ctx.facts) {
    if (f.field !== UNNAMED_CODE || f.source !== "user" || f.at > link.at) continue;
    if (fieldByNounBefore(ctx.timeline, ctx.vocab, f) !== want) continue;
    if (found && !sameValue(found.code, f.value)) return null;
    found = { field: want, code: f.value };
  }
  return found;
}

/**
 * What the handoff itself handed over was known before it too: the receiver asking for a value it
 * was given ("Name on the booking?" with `{"name": "Devika Rao"}` in the payload) asks for it
 * again, whether or not the user's words had stated it in a form facts.ts reads. Only slots and
 * entity values (a digit or "@": "J-20458", "£95"; spaced groups: "LS6 2QT"), not prose a key held
 * ("fault": "shower trips").
 */
function withHanded(ctx: ScoringContext, handed: Array<[string, unknown]>, known: Map<string, unknown>): Map<string, unknown> {
  if (!handed.length) return known;
  const out = new Map(known);
  for (const [k, v] of handed) {
    const value = scalar(v);
    const field = canonicalField(k, ctx.settings.trackedFields, ctx.vocab);
    if (!value || out.has(field) || [...out.values()].some((o) => scalar(o) !== null && sameValue(scalar(o)!, value))) continue;
    if (ctx.vocab.byName.has(field) || isEntityValue(value) || headNamesSlot(k, ctx.vocab)) out.set(field, value);
  }
  return out;
}

/**
 * The known field an asked field names: itself, or for an identifier the one known field whose
 * name it ends ("licence number" asked, "provisional licence number" given: a compound's head
 * names the thing with fewer modifiers). Null when none or several are known.
 */
export function knownField(known: Map<string, unknown>, field: string | undefined): string | null {
  if (!field) return null;
  if (known.has(field)) return field;
  if (!field.endsWith("_number")) return null;
  const wider = [...known.keys()].filter((k) => k.endsWith(`_${field}`));
  return wider.length === 1 ? wider[0] : null;
}

/**
 * The one known field a slot names by its key's head ("guest_email", "billing_postcode",
 * "contact_mobile" for the email, the postcode, the phone): for a kind of value a compound's last
 * word says what the value is and its modifiers whose or which. Not for identifiers and names,
 * where a modifier makes another thing ("job_card_number" is no payment card's, "pet_name" no
 * person's). Null when none or several are known.
 */
const KIND_SHAPES = new Set(["email", "phone", "postcode", "iban"]);
function headField(known: Map<string, unknown>, slot: Slot): string | null {
  if (!KIND_SHAPES.has(slot.shape)) return null;
  const nouns = [...slot.nouns, ...slot.weak];
  const hits = [...known.keys()].filter((k) => {
    const words = keyWords(k);
    return words.includes(" ") && nouns.some((n) => words.endsWith(` ${n}`));
  });
  return hits.length === 1 ? hits[0] : null;
}

/**
 * What the agent asked for, as a field name for a value that had none: a slot ("booking_id"), an
 * identifier no vocabulary lists ("locker_number"), or a generic "reference".
 */
function askedName(asked: Asked[], known: Map<string, unknown>, seen: Set<string>): string | null {
  for (const a of asked) {
    const name = a.slot?.name ?? a.field ?? REFERENCE;
    if (!known.has(name) && !seen.has(name)) return name;
  }
  return null;
}

/** The words within REPEAT_WINDOW of the value say it is given again ("…, it was in my first message"). */
function saysRepeated(reply: string, value: string): boolean {
  const span = locate(reply, value);
  if (!span) return false;
  // (words only: a dash or a comma beside the value is not one of the six)
  const before = reply.slice(0, span.at).split(/\s+/).filter(isWord).slice(-REPEAT_WINDOW);
  const after = reply.slice(span.end).split(/\s+/).filter(isWord).slice(0, REPEAT_WINDOW);
  return REPEATED.test(before.join(" ")) || REPEATED.test(after.join(" "));
}

/** Where a reply gives a value, also in another form ("07700900481" for "07700 900 481"): the fewest words that mention it. */
function locate(reply: string, value: string): { at: number; end: number } | null {
  const at = reply.toLowerCase().indexOf(value.toLowerCase());
  if (at >= 0) return { at, end: at + value.length };
  const words = allMatches(/\S+/g, reply);
  for (let n = 1; n <= 5; n++) {
    for (let k = 0; k + n <= words.length; k++) {
      const start = words[k].index!;
      const end = words[k + n - 1].index! + words[k + n - 1][0].length;
      if (mentions(reply.slice(start, end), value)) return { at: start, end };
    }
  }
  return null;
}
const REPEAT_WINDOW = 6;
const isWord = (w: string) => /[\p{L}\p{N}]/u.test(w);

/**
 * The words of a short reply (at most VALUE_ONLY_WORDS words) that the user already typed before
 * position `before`: the longest run of two or more words, one with a digit, found word for word
 * in an earlier user message, leaving at most three words of the reply aside ("Still 14 Larch
 * Grove"). A run with no digit ("the blue one") or a single word is too common to be evidence.
 */
function typedAgain(ctx: ScoringContext, before: number, reply: string): string | null {
  const words = reply.trim().replace(/[.!?,;:]+$/, "").split(/\s+/);
  if (words.length < 2 || words.length > VALUE_ONLY_WORDS || !/\d/.test(reply)) return null;
  const earlier = ctx.timeline.slice(0, before).flatMap((t) => (isUserMessage(t.event) ? [` ${plainWords(t.event.content)} `] : []));
  for (let n = words.length; n >= Math.max(2, words.length - 3); n--) {
    for (let k = 0; k + n <= words.length; k++) {
      const run = words.slice(k, k + n).join(" ");
      if (!/\d/.test(run) || !/[\p{L}]{2}/u.test(run)) continue;
      const needle = ` ${plainWords(run)} `;
      if (earlier.some((m) => m.includes(needle))) return run;
    }
  }
  return null;
}

/**
 * A name asked for that no reader had named ("hi its marcus bell can i …", "Agnieszka Wrobel here"),
 * given again by a reply that says so ("marcus bell i said at the start", "mine, Agnieszka Wrobel, as
 * I said"): what the reply says besides its "I said" and closed-class words is two to four words, no
 * number among them, that the user typed in that order before the handoff. Without the user
 * saying they repeat themselves, words typed again with no digit are too common to be evidence
 * ("the blue one"), as typedAgain holds.
 */
function namedAgain(ctx: ScoringContext, before: number, reply: string): string | null {
  const said = REPEATED.exec(reply);
  if (!said) return null;
  const rest = `${reply.slice(0, said.index)} ${reply.slice(said.index + said[0].length)}`.replace(/[^\p{L}\s'’-]+/gu, " ").trim();
  // (the reply is the name, the "I said" and closed-class words only: "i booked the sunday dive, as i said" gives no name)
  const words = rest.split(/\s+/).filter((w) => w && !CLOSED_CLASS.has(w.toLowerCase()));
  if (words.length > 4 || words.some((w) => NUMBER_WORD.test(w))) return null;
  const earlier = ctx.timeline.slice(0, before).flatMap((t) => (isUserMessage(t.event) ? [t.event.content] : []));
  // (one word is a name when the user wrote it capitalised inside a sentence before — "for my younger one,
  // Ifeoma (8)" → "Ifeoma, as I said" —, where English capitalises names only: "Yes" or "Sorry" starts a sentence)
  if (words.length <= 1) return words.length && namedInside(words[0], earlier) ? words[0] : null;
  const run = plainWords(words.join(" "));
  return earlier.some((m) => ` ${plainWords(m)} `.includes(` ${run} `)) ? words.join(" ") : null;
}
/** The word, capitalised (a day or a month aside), follows a word of the same sentence in one of the messages. */
function namedInside(word: string, messages: string[]): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || CALENDAR_WORD.test(word)) return false;
  const inside = new RegExp(`[\\p{L}\\d,;:(—–-]\\s*${word}\\b`, "u");
  return messages.some((m) => inside.test(m));
}
const CLOSED_CLASS = new Set("the a an my our your his her their its this that these those at in on for to of by with from and or but i we you he she it they me us him them mine yours".split(" "));
const NUMBER_WORD = /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)$/i;

/** Words as typedAgain compares them: lower case, no punctuation ending a word, single spaces. */
const plainWords = (text: string) => text.toLowerCase().replace(/[.!?,;:]+(?=\s|$)/g, "").replace(/\s+/g, " ");

/** The user's reply to the agent message at `i`: the next message, when it is the user's. */
function nextReply(ctx: ScoringContext, i: number, end: number): string | null {
  for (let j = i + 1; j < end; j++) {
    const e = ctx.timeline[j].event;
    // (a reference read out in words is compared as written: spoken.ts)
    // (an emailed reply's own words: not the message it quotes nor its signature, email-parts.ts)
    if (isUserMessage(e)) return writtenOut(emailBody(e.content));
    if (isAgentMessage(e)) return null;
  }
  return null;
}
