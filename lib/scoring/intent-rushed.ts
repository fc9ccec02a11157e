// The thing the user asked to stop, hurried instead (rule `rushed`; fifty-first session, from the development corpora's
// antonym misses — blind-bd's umbrella repair, blind-bf's yo-yo bearing): "please cancel the repair on ticket UMB-30877,
// I found my old umbrella" answered "customer wants the repair on UMB-30877 done *sooner*"; "don't bother doing it,
// just send it back as it is" answered "*Prioritise* the bearing replacement".
//
// The ask ends or refuses a thing (an ending verb of lexicon.ts in a request, or a negative imperative) and asks for no
// speed itself; the interpretation hurries something — a verb of hurrying (prioritise, expedite, rush, fast-track,
// speed up, bring forward) or a closed set of words of it (sooner, faster, quicker, as soon as possible, priority, first
// in line) — and ends nothing. Hurrying a thing is going ahead with it, in any trade. Near misses: the ending done and
// something else hurried ("cancelled; the refund will go out as soon as possible"), and an ask that is itself in a hurry.
import { phrasalSign } from "./nlp/lexicon";
import { actionsOf, type Clause } from "./nlp/parse";

const HURRYING = new Set(["prioritise", "prioritize", "expedite", "rush", "hurry", "hasten", "accelerate", "fast_track", "speed_up", "bring_forward"]);
const HURRIED = /\b(?:sooner|faster|quicker|asap|as soon as possible|straight away|right away|priority|first in line|front of the (?:queue|line))\b/i;

const ends = (c: Clause) => actionsOf(c).some((t) => t.pos === "VERB" && !t.negated && phrasalSign(t.lemma) === -1);

/** The reason, when the ask ends or refuses a thing and the interpretation hurries one instead; null otherwise. */
export function rushedInstead(original: string, askClauses: Clause[], interpretation: string, interpClauses: Clause[]): string | null {
  if (HURRIED.test(original) || askClauses.some((c) => actionsOf(c).some((t) => HURRYING.has(t.lemma)))) return null;
  const stopping = askClauses.find((c) => (c.request && ends(c)) || (c.refused && c.terms.some((t) => t.negated)));
  if (!stopping || interpClauses.some(ends)) return null;
  const verb = interpClauses.flatMap(actionsOf).find((t) => !t.negated && HURRYING.has(t.lemma));
  const word = verb ? null : HURRIED.exec(interpretation);
  if (!verb && !word) return null;
  return `the user asked to stop it (“${stopping.text.trim()}”); the final interpretation hurries it (“${verb ? verb.value : word![0]}”)`;
}
