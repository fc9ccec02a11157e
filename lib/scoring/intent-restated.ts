// A part of the ask restated downstream with another word for its one thing. Partial loss
// (intent.ts lostPart, unaddressedPart) traces each part by the specific words it has of its own;
// a part with only one such word ("Is *insurance* included?", "could the *fitter* do both on one
// visit?", "I'd love it playing in the *lounge* again") rests on that word alone, and an agent who
// takes the part up often names its thing otherwise: a word the vectors do not pair ("damage cover"),
// a pronoun ("if we do both in one visit"), nothing at all ("we'd love to get it playing again").
// What is left of the part then is its other words, the ones too common to trace it by. When one
// downstream text says every one of them, the agent has restated the part: it reached them (rule
// `restatedPart`, docs/evaluation.md drift25c). Left out of those words, because they say nothing
// of which part was restated: a word another part of the ask has too (ownWords' reason), a value,
// a negated word, and a time ("today", "every day": when, not what).
// Its cost: a part whose rest is one common word said downstream of another thing ("Is parking
// included?" → "breakfast is included") counts as restated.
import type { Clause, Term } from "./nlp/parse";
import { TIME_UNIT } from "./judge-offline";

/** Words of time (units and relative days; a closed class of English): a circumstance, not the thing asked for. */
const WHEN = new Set([...TIME_UNIT, "today", "tonight", "tomorrow", "yesterday", "morning", "afternoon", "evening", "time", "minute"]);

/**
 * The rest of a part traced by one word of its own: its other terms, without another part's words,
 * values, negated words and times; empty when the part has more words of its own (it has a second
 * word to catch a paraphrase by) or nothing is left.
 */
export function restOfPart(part: Clause, own: Term[], parts: Clause[]): Term[] {
  if (own.length !== 1) return [];
  const others = new Set(parts.flatMap((q) => (q === part ? [] : q.terms.map((t) => t.stem))));
  return part.terms.filter((t) => t.stem !== own[0].stem && !others.has(t.stem) && !t.negated && !/\d/.test(t.lemma) && !WHEN.has(t.lemma.toLowerCase()));
}

/** One downstream text says every word of the rest (by stem or lemma): the part was restated there. */
export function saysAll(rest: Term[], terms: Term[]): boolean {
  if (!rest.length) return false;
  const said = new Set(terms.flatMap((t) => [t.stem, t.lemma.toLowerCase()]));
  return rest.every((t) => said.has(t.stem) || said.has(t.lemma.toLowerCase()));
}
