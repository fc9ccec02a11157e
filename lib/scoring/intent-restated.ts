// A part of the ask taken up downstream with another word for its one thing. unaddressedPart
// (intent.ts) flags a part that reached the agents but that no agent's own words come near; it
// traces each part by the specific words it has of its own, and a part with only one such word ("Is
// *insurance* included?", "I'd love it playing in the *lounge* again") rests on that word alone. An
// agent who takes the part up often names its thing otherwise: a word the vectors do not pair
// ("damage cover is included"), or nothing ("we'd love to get it playing again"). What is left of the
// part then is its other words, the ones too common to trace it by. When an agent's message says
// every one of them, the agent took the part up (rule `restatedPart`, docs/evaluation.md drift25c;
// unaddressedPart's bar is low on purpose: any word near a part counts as acting on it). Left out of
// those words, because they say nothing of which part was taken up: a word another part of the ask
// has too (ownWords' reason), a value, a negated word, and a time ("today", "every day": when, not
// what). Not read for lostPart (a part that reached no agent-side text at all): there, a common word
// said of another thing was read as the part restated, and found drifts on unseen text were lost.
// Its cost: a part whose rest is one common word an agent says of another thing ("Is parking
// included?" → "breakfast is included") counts as taken up.
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
