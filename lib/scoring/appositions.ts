// Values named by a noun phrase set off from them (issue 12 item 3, facts12h). facts.ts reads a value
// right after its noun ("booking reference HB-55213", "my flight BA2490"); people also give it in
// apposition — "a voucher for my birthday, GIFT-88120, can I use it", "our practice server
// (RMA-70215) is down", "my postcode - LS6 2QT - is new" — or before its name — "HB-55213 is my
// booking reference". Unread, such a value was an unnamed code: re-ask evidence, never state.
//
// Choices: only reference-like codes are read here (letters and digits, digit groups, a bare run of
// five digits or more, spaced groups: values.ts), never a date or an amount, except a date named
// after it ("14/03/1990 is my date of birth"). The name after a value may be linked to it by a
// copula, a bracket, or a dash or comma with "that's"/"which is" ("… (my booking reference)", "… -
// that's my order number"; never a bare comma or "it was", which start a new clause: "order 73001,
// the item never came", "order 71002, it was the wrong size"); with
// nothing between them ("its hb-55213 my booking reference") only a slot noun or a "<thing>
// number" phrase names it. Apposition needs the value set off on both sides (a comma, bracket or dash
// before it; a comma, bracket, dash or the sentence's end after it) and a determiner and a noun before
// it, with at most "here"/"there" or a short prepositional phrase after the noun ("a voucher for my
// birthday"); the nearest such noun phrase that names the value wins. A slot noun names its slot when
// the value fits the slot's shape ("birthday" is no name for GIFT-88120); any other noun names an open
// identifier as "my flight BA2490" does ("voucher" → voucher_number), through a slot whose key it is.
import { nounsIn, openPhrasesIn } from "./nouns";
import { openField, slotForKey, type Vocabulary } from "./slots";
import { findShape, referenceCodes, type Span } from "./values";
import { allMatches } from "./all-matches";

const DETERMINER = /(?:^|[^\w'])(?:my|the|our|your|their|his|her|a|an|this)\s+/gi;
const OPENER = /(?:,|\(|\s[-–—])\s*$/;
const CLOSER = /^\s*(?:[,)]|\s[-–—]|[.!?;](?:\s|$)|$)/;
/** what may follow the noun before the set-off value: "here", "there" or a short prepositional phrase */
const AFTER_NOUN = /^(?:\s+(?:here|there|(?:for|from|of|on|in|at|with|under)\s+(?:(?:my|the|our|your|a|an|this|that|their)\s+)?[a-z]+(?:\s+[a-z]+)?))?$/i;
const COPULA_MY = /\b(?:my|our|the|your)\b/i;
const PLACE_WORD = /\b(?:here|there)$/i;
/** A noun phrase of one to four words opening a text, shortest first (compiled once: apposed runs per code). */
const NOUN_PHRASES = [0, 1, 2, 3].map((n) => new RegExp(`^((?:[a-z]+[\\s-]+){${n}}[a-z]{3,})`, "i"));
/**
 * "… is my booking reference", "… (my booking reference)", "… - that's my booking reference", "its
 * hb-55213 my booking reference": the name after the value, the phrase ending its clause. Group 1 is
 * set when nothing links them (a space only): then only a slot noun or a "<thing> number" phrase names it.
 */
const NAME_AFTER = /^(?:\s+(?:is|was)|['’]s|\s*\(\s*(?:(?:that|this|it)(?:['’]s|\s+is)\s+)?|\s*[-–—,]\s*(?:that|which)(?:['’]s|\s+is|\s+was)|\s+(?:that|which)(?:['’]s|\s+is)|(\s))\s*(?:my|our|the|your)\s+((?:[a-z]+[\s-]+){0,3}?[a-z]{3,})(?=\s*(?:[,.;!?)]|$)|\s+(?:and|but|so|if|please)\b)/i;

/** The field a noun phrase names for a value: its slot when the value fits the slot's shape, else an open identifier (any noun's only when `anyNoun`). */
function fieldFor(np: string, value: string, vocab: Vocabulary, anyNoun = true): string | null {
  const phrase = np.toLowerCase();
  const noun = nounsIn(phrase, vocab).find((h) => h.end === phrase.length && h.info.slot);
  const slot = noun?.info.slot;
  if (slot && slot.shape !== "date" && findShape(slot.shape, value).some((f) => f.index === 0 && f.value.length >= value.length)) return slot.name;
  // a "<thing> number" phrase the value does not fit as a slot is its own identifier ("gift card number")
  const open = openPhrasesIn(phrase).find((o) => o.end === phrase.length);
  if (open) return slotForKey(open.field, vocab)?.name ?? open.field;
  // a slot noun the value does not fit names nothing ("birthday" for GIFT-88120)
  if (slot || !anyNoun) return null;
  // (every word of the phrase must be one that can modify an identifier: "the one I want" names nothing)
  const field = openField(phrase) && openField(phrase.split(/[\s-]+/).pop()!);
  return field ? (slotForKey(field, vocab)?.name ?? field) : null;
}

/** "a voucher for my birthday, GIFT-88120," — the nearest determiner-led noun phrase before a set-off value that names it. */
function apposed(text: string, at: number, value: string, vocab: Vocabulary): string | null {
  const before = text.slice(Math.max(0, at - 80), at);
  const opener = OPENER.exec(before);
  if (!opener || !CLOSER.test(text.slice(at + value.length))) return null;
  const head = before.slice(0, opener.index).trimEnd();
  const starts = allMatches(DETERMINER, head).map((m) => m.index! + m[0].length).reverse();
  for (const s of starts) {
    const rest = head.slice(s);
    for (const words of NOUN_PHRASES) {
      const np = words.exec(rest);
      if (!np || PLACE_WORD.test(np[1]) || !AFTER_NOUN.test(rest.slice(np[0].length))) continue;
      const field = fieldFor(np[1], value, vocab);
      if (field) return field;
    }
  }
  return null;
}

/**
 * Values named by a noun phrase set off from them or after them ("HB-55213 is my booking reference").
 * `shapes` are the text's shape spans (values.ts shapeSpans), already read by the caller.
 */
export function appositionSpans(text: string, vocab: Vocabulary, shapes: Span[]): Span[] {
  if (!/\d/.test(text)) return [];
  const out: Span[] = [];
  const seen: Array<{ index: number; value: string }> = [];
  for (const c of referenceCodes(text)) {
    // (one reading per stretch of text: the longer code that starts first)
    if (seen.some((o) => c.index < o.index + o.value.length && c.index + c.value.length > o.index)) continue;
    seen.push(c);
    // (a date is a date, never an identifier's value: "my appointment, 14/03/2026,")
    if (shapes.some((d) => d.field === "date" && d.start <= c.index && d.end >= c.index + c.value.length)) continue;
    const after = NAME_AFTER.exec(text.slice(c.index + c.value.length));
    const field = (after && fieldFor(after[2], c.value, vocab, !after[1])) || apposed(text, c.index, c.value, vocab);
    if (field) out.push({ start: c.index, end: c.index + c.value.length, field, value: c.value, rank: 3 });
  }
  // "14/03/1990 is my date of birth": a date named after it by a date slot's noun
  if (COPULA_MY.test(text)) for (const d of shapes) {
    if (d.field !== "date") continue;
    const after = NAME_AFTER.exec(text.slice(d.end));
    const noun = after ? nounsIn(after[2].toLowerCase(), vocab).find((h) => h.end === after[2].length && h.info.slot?.shape === "date") : null;
    if (noun) out.push({ ...d, field: noun.info.slot!.name, rank: 3 });
  }
  return out;
}
