// Scope of the thing asked for: "cancel *just* tomorrow's lesson" vs "cancel *all* of Amy's remaining
// lessons", "copies of *all* my logged dives" vs "the log for the first dive *only*". An interpretation
// that keeps every word of the ask but widens one thing to all of it, or narrows all of it to one, does
// another thing (drift), and word overlap cannot see it: the difference is in a determiner. English
// marks scope with a closed class of quantifiers (grammar, not a domain list): universal ("all",
// "every", "whole", "entire") and restrictive ("only", "just", "single"). A noun is scoped by a
// quantifier within a few words before it in the same clause ("all of my *dives*", "just the
// *lesson*"), or by a post-nominal "only" right after its phrase ("the first *dive* of the trip
// only"). Drift needs the same word (by stem; the tagger reads "dives" as a verb in "my logged
// dives") scoped universally in one text and restrictively in the other; a quantifier on one side
// only ("all my bookings" → "the bookings") says nothing. "Just" before a verb is a filler ("could
// you just check"), not a scope. A part is also picked out by a partitive ("*one of* the 3 terracotta
// pots") and by a count ("the *three* sash windows at the back"), and "full" is universal ("a *full*
// groom"): a count widened to all of the things with no number ("all the windows in the house";
// "all three windows" keeps it) is drift too. "Every other week" alternates, it is not all weeks.
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import { stemOf, type Term } from "./nlp/parse";

export const UNIVERSAL = new Set(["all", "every", "whole", "entire", "full"]);
const RESTRICTIVE = new Set(["only", "just", "single"]);
const TOKEN = /[a-z0-9]+(?:['’][a-z]+)?|[.,;:!?()—–]/g;
const BREAK = /^[.,;:!?()—–]$/;
/** How far a quantifier reaches: "all of Amy's remaining lessons" (five words). */
const REACH = 5;

interface Scoped {
  universal: Set<string>;
  restrictive: Set<string>;
  /** things given a number ("the *three* sash windows", "2 nights"): a count is a part, not all */
  counted: Set<string>;
}
const ALTERNATE = new Set(["other", "second", "third", "alternate"]);
/** The forms of "be" and the auxiliaries a predicate opens with (closed-class grammar). */
const COPULA = new Set(["is", "are", "was", "were", "be", "been", "being", "will", "would", "can", "could", "should", "must", "may", "might", "has", "have", "had"]);
/** Prepositions (a closed class; not "of", whose "all of the lessons" is the noun's scope), and "together", after which "all" scopes nothing that follows. */
const FLOATED_BEFORE = new Set(["in", "at", "on", "for", "to", "with", "from", "by", "into", "onto", "over", "under", "through", "inside", "outside", "together"]);
/** A cardinal number, in figures or words up to twelve (an id's digits are no count: "GC-41977"). */
/** The number words a count is written in, up to twelve (intent-count.ts reads the same). */
export const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
const NUMBER = String.raw`\d{1,3}|${NUMBER_WORDS.join("|")}`;
const CARDINAL = new RegExp(`^(?:${NUMBER})$`);
const DIGITS = /^\d+$/;
/** A count before a word, anywhere in a text (the cheap test). */
const COUNT = new RegExp(String.raw`\b(?:${NUMBER})\s+[a-z]`, "i");

/** The stems of `words` each kind of quantifier reaches in `text` (`verbs`: the text's verb stems). */
function scopeOf(text: string, nouns: Set<string>, verbs: Set<string>, heads: Set<string>): Scoped {
  const tokens = text.toLowerCase().match(TOKEN) ?? [];
  const out: Scoped = { universal: new Set(), restrictive: new Set(), counted: new Set() };
  const reach = (from: number, step: 1 | -1, into: Set<string>) => {
    let head = false;
    for (let i = from + step, n = 0; i >= 0 && i < tokens.length && n < REACH && !BREAK.test(tokens[i]); i += step, n++) {
      const stem = stemOf(tokens[i].replace(/['’]s$/, ""));
      // a quantifier's reach ends at an "of" or a verb after its noun: "every *piece* of lamb" scopes no
      // lamb, "all the *meat* is halal certified" nothing halal ("all *of* my dives" runs on to its noun,
      // and "just a *wash* for the Audi" to the thing the service is for — rule headOf)
      if (RULE.headOf && step === 1 && head && (tokens[i] === "of" || COPULA.has(tokens[i]) || verbs.has(stem))) break;
      if (nouns.has(stem)) into.add(stem);
      if (heads.has(stem)) head = true;
    }
  };
  for (const [i, t] of tokens.entries()) {
    // ("every other week", "every second Friday" alternate: a frequency, not all of them)
    if (UNIVERSAL.has(t)) {
      // ("both of you, all in the park": "all" before a preposition other than "of" floats off the people before it; it scopes no noun after it — rule floatingAll)
      if (!(t === "every" && ALTERNATE.has(tokens[i + 1] ?? "")) && !(RULE.floatingAll && t === "all" && FLOATED_BEFORE.has(tokens[i + 1] ?? ""))) reach(i, 1, out.universal);
    }
    // "*one of* the 3 terracotta pots": a partitive picks one out of the things it names
    else if (t === "one" && tokens[i + 1] === "of") reach(i + 1, 1, out.restrictive);
    // (a group of digits beside another is part of a longer number — "07911 482 306", "4471 2290" — no count)
    else if (CARDINAL.test(t) && !(RULE.numberGroups && (DIGITS.test(tokens[i - 1] ?? "") || DIGITS.test(tokens[i + 1] ?? "")))) reach(i, 1, out.counted);
    else if (RESTRICTIVE.has(t) && !(t === "just" && verbs.has(stemOf(tokens[i + 1] ?? "")))) {
      // ("please *only correspond* with me": "only" before a verb restricts what the act is done to or
      // with, the verb itself is no thing scoped — rule onlyVerb)
      reach(RULE.onlyVerb && verbs.has(stemOf(tokens[i + 1] ?? "")) ? i + 1 : i, 1, out.restrictive);
      // "the first dive of the trip only": "only" closing its phrase
      if (t === "only" && (i + 1 === tokens.length || BREAK.test(tokens[i + 1]))) reach(i, -1, out.restrictive);
    }
  }
  return out;
}

/**
 * A word of UNIVERSAL, and one of RESTRICTIVE or "one", as a whole run of letters a–z in lower-cased
 * text: what a Set of the text's `[a-z]+` runs would hold, without building it (speed32a). The lists
 * are written out here; intent-scope-speed.test.ts checks the test against that Set on many texts.
 */
const HAS_UNIVERSAL = /(?<![a-z])(?:all|every|whole|entire|full)(?![a-z])/;
const HAS_RESTRICTIVE = /(?<![a-z])(?:only|just|single|one)(?![a-z])/;
/** Which kinds of quantifier a text has (couldRescope). */
export function scopeKinds(s: string): { u: boolean; r: boolean; c: boolean } {
  const lower = s.toLowerCase();
  return { u: HAS_UNIVERSAL.test(lower), r: HAS_RESTRICTIVE.test(lower), c: COUNT.test(s) };
}
/** A cheap test: could the two texts scope a thing oppositely at all (a quantifier of each kind)? */
export function couldRescope(a: string, b: string): boolean {
  const x = scopeKinds(a);
  const y = scopeKinds(b);
  return (x.u && y.r) || (x.r && y.u) || (x.c && y.u);
}

/** Why the interpretation changes the scope of a thing the ask names (widened or narrowed), or null. */
export function rescoped(ask: string, askTerms: Term[], interp: string, interpTerms: Term[]): string | null {
  if (!couldRescope(ask, interp)) return null;
  const named = new Map(askTerms.map((t) => [t.stem, t.value]));
  const shared = new Set(interpTerms.map((t) => t.stem).filter((s) => named.has(s)));
  if (!shared.size) return null;
  const verbs = (terms: Term[]) => new Set(terms.filter((t) => t.pos === "VERB").map((t) => t.stem));
  const heads = (terms: Term[]) => new Set(terms.filter((t) => t.pos === "NOUN").map((t) => t.stem));
  const a = scopeOf(ask, shared, verbs(askTerms), heads(askTerms));
  const b = scopeOf(interp, shared, verbs(interpTerms), heads(interpTerms));
  for (const s of a.restrictive) if (b.universal.has(s) && !a.universal.has(s)) return `the user asked about one “${named.get(s)}” only; the final interpretation widens it to all`;
  // a number of things asked for ("the three sash windows at the back") and all of them in the
  // interpretation, which gives no number ("replace all the windows in the house"); "all three
  // windows" keeps the count
  for (const s of a.counted) if (b.universal.has(s) && !a.universal.has(s) && !b.counted.has(s)) return `the user asked about a number of “${named.get(s)}”; the final interpretation widens it to all`;
  for (const s of a.universal) if (b.restrictive.has(s) && !b.universal.has(s)) return `the user asked about every “${named.get(s)}”; the final interpretation narrows it to one`;
  return null;
}
