// A later request that only refers back to the ask (rule `refersBack`, drift28): "I just want it
// sorted before that renewal date", "i just need it sorted before it renews", "please deal with it
// by Friday". Its object is a pronoun and its verb a pro-verb of English (sort, handle, deal with,
// take care of, get done): it asks again for whatever "it" is — the first ask — and says only when
// or how urgently. Someone acting for another person (a son for his late father, a parent for a
// child) and a writer of English as a second language press so rather than restate the ask, so it
// is no new request the final interpretation may follow instead of the first (intent.ts
// followsLaterRequest): the interpretation matches its deadline ("renewal" → "renew the
// membership"), not its ask. A clause that also names a thing ("sort it and cancel the gym too")
// still is a request.
import type { Clause } from "./nlp/parse";

const PRONOUN = String.raw`(?:it|this|that|them|these|those|things|everything|all (?:this|that|of it))`;
const PRO_VERB = String.raw`(?:sort(?:ed)?(?:\s+out)?|fix(?:ed)?|handl(?:e|ed)|resolv(?:e|ed)|dealt with|deal with|taken care of|take care of|done)`;
const REFERS_BACK = new RegExp(
  String.raw`\b(?:(?:want|need|get|have|like|see)\s+${PRONOUN}\s+(?:all\s+)?${PRO_VERB}|(?:sort|fix|handle|resolve)\s+${PRONOUN}(?:\s+out)?|(?:deal with|take care of)\s+${PRONOUN})\b`,
  "i",
);

/** The request clause only refers back to something asked before: a pro-verb on a pronoun and no thing named outside a prepositional phrase. */
export function refersBack(clause: Clause): boolean {
  const match = REFERS_BACK.exec(clause.text);
  if (!match) return false;
  // (the pro-verb's own words are no thing: "take *care* of it")
  const own = new Set(match[0].toLowerCase().split(/\s+/));
  return !clause.terms.some((t) => !t.negated && !t.inPhrase && (t.pos === "NOUN" || t.pos === "PROPN") && !own.has(t.value.toLowerCase()));
}
