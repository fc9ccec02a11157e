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
