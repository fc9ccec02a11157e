// A restriction the user puts on what they ask for with a restrictive "only" before a noun phrase
// ("re-ridge *only the north side*", "pasteurise *only half* of the juice", "I need to rebook, *only
// weekdays* work") is a part of the ask of its own: the agents can take up the request and drop the
// restriction, and then they do more than was asked (the whole roof, the whole yield, a Saturday).
// Word overlap cannot see it: the request's words are all there, only the few words "only" picks out
// are missing, and they weigh little beside the rest of the message. So a restriction reaches an agent
// only when a downstream text names one of its own words by stem (rule onlyPart, SPEC §3.3's partial
// loss, named as the user wrote it). An unnamed restriction may still be paraphrased ("only weekdays"
// → "Monday to Friday", "only half" → "50 litres"), so it counts as lost only when the final
// interpretation does the whole thing: it says so with a universal quantifier ("renew the *entire*
// ridge", "the *whole* crop", "*all* the pearls"; intent-scope.ts UNIVERSAL, the same closed class the
// scope rule reads). A restriction dropped without a word of the whole is left to the judge.
// What makes an "only" restrictive is English grammar, not any trade's words: it stands before a
// determiner, a number or a noun or adjective ("only the", "only half", "only weekdays"), not after a
// determiner ("the only one", an adjective), not in "not only" / "if only", not before a verb ("we only
// need the Rolls", "it only takes ten minutes": it limits the verb, a remark about the situation), and
// not before a preposition ("only on Fridays", "only after 3": left out, untested). And it counts only
// in a sentence that asks in its own words (Clause.asking: "5 shirts went in but only 4 came back"
// reports a problem; its "only" restricts nothing the user wants). A post-nominal "only" ("weekday
// evenings only", "cancel the bus only") is not read (untested; intent-scope.ts reads it for scope).
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import { parseText } from "./nlp/parse";
import { quickRead } from "./nlp/quick";
import { UNIVERSAL } from "./intent-scope";

/** The cheap test: no "only", no restriction (issue 12 throughput: nothing else is read). */
export const ONLY = /\bonly\b/i;
const SENTENCE = /[^.!?\n]+[.!?]*/g;
const TOKEN = /[A-Za-z0-9][A-Za-z0-9'’]*|[^\sA-Za-z0-9]/g;
/** A word that opens a noun phrase after "only": a determiner, a possessive, a number, a fraction. */
const OPENS_PHRASE = /^(?:the|a|an|my|our|your|his|her|their|its|this|that|these|those|two|three|four|five|six|seven|eight|nine|ten|half|\d+)$/i;
/** "the only one", "my only key", "not only", "if only": no restriction on the ask. */
const NOT_RESTRICTING = /^(?:the|a|an|my|our|your|his|her|their|its|not|if|-)$/i;
/** Where the phrase "only" picks out ends: a preposition, a conjunction, a relative word (the rest is a circumstance or another clause). */
const ENDS_PHRASE = /^(?:of|on|in|at|to|for|from|with|by|into|onto|over|under|after|before|during|until|till|and|or|but|so|because|as|if|when|while|than|then|that|which|who|please|instead|rather)$/i;
/** How many words a restriction reaches: "only the two front bay windows". */
const REACH = 4;

export interface Restriction {
  /** as the user wrote it, for naming the lost part ("only the north side") */
  name: string;
  /** the stems of its own content words */
  stems: string[];
}

/**
 * The sentences of `ask` that `word` occurs in and that ask in their own words (a clause of them is a
 * request and Clause.asking): "only 4 came back" reports, "I'd like only half" asks.
 */
export function askingSentences(ask: string, word: RegExp): string[] {
  const sentences = (ask.match(SENTENCE) ?? []).filter((s) => word.test(s));
  if (!sentences.length) return [];
  // (the ask is parsed already by the judge: a memo hit)
  // (compared by letters and digits only: the parser's clause text splits a clitic off, "kids ' room",
  // and a question mark spread over a coordination ends a clause the sentence continues after)
  const bare = (t: string) => t.replace(/[^A-Za-z0-9]+/g, "");
  const clauses = parseText(ask).clauses.filter((c) => c.request && c.asking).map((c) => bare(c.text));
  return sentences.filter((s) => clauses.some((c) => bare(s).includes(c)));
}

/** The restrictions of `ask` (a text as the scorers read it): "only" before a noun phrase, in a sentence that asks. */
export function restrictionsOf(ask: string): Restriction[] {
  if (!ONLY.test(ask)) return [];
  const parsed = parseText(ask);
  const posOf = new Map<string, Set<string>>();
  for (const t of parsed.terms) {
    const key = t.value.toLowerCase();
    if (!posOf.has(key)) posOf.set(key, new Set());
    posOf.get(key)!.add(t.pos);
  }
  const named = (w: string) => {
    const pos = posOf.get(w.toLowerCase());
    return !!pos && !pos.has("VERB") && (pos.has("NOUN") || pos.has("ADJ") || pos.has("PROPN"));
  };
  const adjectiveOnly = (w: string) => {
    const pos = posOf.get(w.toLowerCase());
    return !!pos && pos.has("ADJ") && !pos.has("NOUN") && !pos.has("PROPN");
  };
  const verb = (w: string) => {
    const pos = posOf.get(w.toLowerCase());
    return !!pos && pos.has("VERB") && !pos.has("NOUN") && !pos.has("ADJ");
  };
  const out: Restriction[] = [];
  for (const sentence of askingSentences(ask, ONLY)) {
    const tokens = sentence.match(TOKEN) ?? [];
    for (const [i, t] of tokens.entries()) {
      if (t.toLowerCase() !== "only" || NOT_RESTRICTING.test(tokens[i - 1] ?? "")) continue;
      const next = tokens[i + 1] ?? "";
      if (!OPENS_PHRASE.test(next) && !named(next)) continue;
      // ("Only worth it for me if …": an adjective with a complement that is no noun — "worth it", "good for it" — is
      // said of the whole case, a predicate; it picks out no part of the thing asked for. A bare adjective, "only
      // vegan", or one before its noun, "only fresh flowers", still restricts: rule onlyPredicate)
      if (RULE.onlyPredicate && !OPENS_PHRASE.test(next) && adjectiveOnly(next) && /^[A-Za-z]/.test(tokens[i + 2] ?? "") && !ENDS_PHRASE.test(tokens[i + 2]) && !named(tokens[i + 2]) && !OPENS_PHRASE.test(tokens[i + 2])) continue;
      // the phrase as written runs to a break; its own words stop at a verb too ("only weekdays *work*")
      const phrase: string[] = [];
      let own = -1;
      for (let j = i + 1; j < tokens.length && phrase.length < REACH && /^[A-Za-z0-9]/.test(tokens[j]) && !ENDS_PHRASE.test(tokens[j]); j++) {
        if (own < 0 && verb(tokens[j])) own = phrase.length;
        phrase.push(tokens[j]);
      }
      const stems = quickRead(phrase.slice(0, own < 0 ? phrase.length : own).join(" ")).words.map((w) => w.stem);
      if (stems.length) out.push({ name: `only ${phrase.join(" ")}`, stems });
    }
  }
  return out;
}

/** "the whole crop", "all 64 pearls" ("every other week" alternates: not all of them). */
const doesAll = (text: string) => (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w, i, words) => UNIVERSAL.has(w) && !(w === "every" && words[i + 1] === "other"));

/**
 * The first restriction of `ask` whose own words no downstream text names by stem, when the final
 * interpretation `interp` does all of the thing, or null.
 */
export function lostRestriction(ask: string, downstream: string[], interp: string): string | null {
  if (!doesAll(interp)) return null;
  const restrictions = restrictionsOf(ask);
  if (!restrictions.length) return null;
  const said = new Set(downstream.flatMap((t) => [...quickRead(t).stems]));
  return restrictions.find((r) => !r.stems.some((s) => said.has(s)))?.name ?? null;
}
