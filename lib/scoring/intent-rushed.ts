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

/**
 * Rule `broughtBefore` (sixty-second session; blind-dd1's cowbells and blind-de1's humidor, two authors): "can you hold the
 * shipment … *until after* 2 January please? The farm shop is shut over the holidays" answered "express on Friday, so it
 * arrives in good time *before* Christmas"; "Please hold off delivering my humidor *until after* 12th April - we're moving
 * house" answered "it's safely with you *before* the removal men turn up". The ask puts the thing off past a time ("until
 * after", "not until", "not before"); the interpretation has it done before a time ("before", "ahead of") or hurries it
 * (HURRIED), and says nothing of waiting: no "after", "until", "later", and no verb of holding, keeping, pausing or
 * putting off. English's temporal prepositions and a closed class of verbs of waiting, in any trade. Near misses: "we'll
 * hold it and send it out after the 2nd"; "held until the 3rd; we'll ring you before it goes".
 */
const PUT_OFF = /\b(?:until|till|til)\s+after\b|\bnot\s+(?:until|till|before)\b/i;
const BROUGHT_BEFORE = /\b(?:before|ahead of)\b/i;
const WAITS = /\b(?:after|afterwards|until|till|later|hold|holds|held|holding|keep|keeps|kept|keeping|store|stored|storing|pause|paused|wait|waiting|postpone[ds]?|delay(?:ed|s)?|defer(?:red|s)?|once)\b/i;

/** The reason, when the ask puts the thing off past a time and the interpretation has it done before one; null otherwise. */
export function broughtBefore(askClauses: Clause[], interpretation: string): string | null {
  const deferring = askClauses.find((c) => c.request && PUT_OFF.test(c.text));
  if (!deferring || WAITS.test(interpretation)) return null;
  const m = BROUGHT_BEFORE.exec(interpretation) ?? HURRIED.exec(interpretation);
  return m ? `the user asked to put it off (“${deferring.text.trim()}”); the final interpretation has it done before (“${m[0]}”)` : null;
}
