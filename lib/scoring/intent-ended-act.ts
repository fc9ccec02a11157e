// An act the user asked to end, done (rule `endedActDone`; fifty-first session, from the development corpora's antonym
// misses — blind-bw1's incubator hire, blind-bu1's knocking-in): "please cancel that extension, I'll post the incubator
// back on Friday" answered "customer wants the incubator hire lengthened by two more weeks"; "please cancel the
// knocking-in on order CB-39904" answered "the bat knocked in by the workshop before it is posted".
//
// The ask ends a thing that is itself an act — an extension, a repair, a delivery, a renewal — named by a noun of its
// verb (WordNet's derivation: lexicon.ts verbsOfNoun, "extension" → extend; or the verb's own stem, "the repainting").
// The interpretation then does that act, in a clause stating what is wanted, by its own verb or one WordNet gives a
// sense of it ("lengthen" for "extend"), and ends nothing. The ending verbs are lexicon.ts's (verbSign −1); the act
// is read only among the things after the ending verb in its own request clause, outside a prepositional phrase.
// Near misses: the interpretation ends the act too ("the extension is cancelled and the refund is on its way"), an ask
// that ends a thing which is no act ("cancel my membership" answered "member number confirmed"), and a report of what
// stopped working ("the gate card stopped opening the pontoon gate"), which is no request.
import { areRelatedActions, phrasalSign, verbsOfNoun } from "./nlp/lexicon";
import { actionsOf, type Clause } from "./nlp/parse";

/** The reason, when the interpretation does an act the ask's request clauses asked to end; null otherwise. */
export function endedActDone(requests: Clause[], interpClauses: Clause[]): string | null {
  const interp = interpClauses.flatMap(actionsOf).filter((t) => !t.negated && !t.inPhrase);
  // the interpretation ends something itself: it may be ending the act, in its own words
  if (interp.some((t) => t.pos === "VERB" && phrasalSign(t.lemma) === -1)) return null;
  // (only in a clause stating what is to be done, "customer wants the hire lengthened": a remark's verb is no act done)
  const done = interpClauses.filter((c) => c.request).flatMap(actionsOf).filter((t) => t.pos === "VERB" && !t.negated && !t.inPhrase);
  if (!done.length) return null;
  for (const c of requests) {
    if (!c.request || c.refused) continue;
    for (const [i, x] of c.terms.entries()) {
      if (x.negated || x.pos !== "VERB" || phrasalSign(x.lemma) !== -1) continue;
      for (const n of c.terms.slice(i + 1)) {
        if (n.pos !== "NOUN" || n.negated || n.inPhrase) continue;
        // (or a noun of the verb's own stem: "the repair", "the repainting")
        const acts = verbsOfNoun(n.lemma);
        const b = done.find((t) => (t.stem === n.stem || acts.some((v) => v === t.lemma || areRelatedActions(v, t.lemma))) && phrasalSign(t.lemma) !== -1);
        if (b) return `the user asked to ${x.lemma} the ${n.value}; the final interpretation is to ${b.lemma.replace(/_/g, " ")}`;
      }
    }
  }
  return null;
}

/**
 * A thing asked to end, said to go on for more time (rule `runsOn`, fifty-ninth session; blind-cq1's bee hotel refill):
 * "I'd like to stop the yearly refill" answered "your refill plan was due to lapse … I've sorted that out – it now runs
 * for another year". The renewal is said in no renewing word, only as more of a unit of time ("another year", "two more
 * months", "an extra week", "a further term"). The ask ends a thing for good (cancel, stop, end, close, quit, terminate,
 * discontinue, unsubscribe: not a pause, a reduction or a return) in a request clause, asks for no more time itself,
 * and the interpretation ends nothing (no verb of ending, lexicon.ts verbSign −1: "stopped, and the tin on its way will
 * last you another month" is the ending done) and says the more time in a clause with no verb denied ("won't renew for
 * another year" says no more time).
 */
const FOR_GOOD = new Set(["cancel", "terminate", "end", "stop", "close", "quit", "discontinue", "unsubscribe"]);
const MORE_TIME = /\b(?:another(?:\s+(?:two|three|four|five|six|twelve|\d+|full|whole))?|(?:one|two|three|four|five|six|\d+)\s+more|(?:an?|one|two|three|\d+)\s+(?:extra|further)|a\s+further)\s+(?:night|day|week|month|year|season|term)s?\b/i;
/** The reason, when the interpretation has a thing the ask's request clauses asked to end go on for more time; null otherwise. */
export function runsOn(original: string, requests: Clause[], interpClauses: Clause[]): string | null {
  if (MORE_TIME.test(original)) return null;
  const ended = requests.filter((c) => c.request && !c.refused).flatMap((c) => c.terms).find((t) => t.pos === "VERB" && !t.negated && !t.inPhrase && FOR_GOOD.has(t.lemma));
  if (!ended) return null;
  if (interpClauses.flatMap(actionsOf).some((t) => t.pos === "VERB" && !t.negated && phrasalSign(t.lemma) === -1)) return null;
  for (const c of interpClauses) {
    const more = c.refused || c.terms.some((t) => t.negated && t.pos === "VERB") ? null : MORE_TIME.exec(c.text);
    if (more) return `the user asked to ${ended.lemma}; the final interpretation has it go on for ${more[0].toLowerCase()}`;
  }
  return null;
}
