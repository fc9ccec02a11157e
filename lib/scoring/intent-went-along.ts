// Topic drift the user went along with (issue 12, topic17): the final agent proposes another thing
// than the ask — a renewal, a fitting, a new default address, a training day — and the user
// accepts it grudgingly ("uh sure i guess", "I suppose so yes", "ok whatever, new card is …", "ok
// fine book that"); the final interpretation then names nothing the user asked about. Words keep
// such an interpretation near the ask (the account, the dates, the model, loose vectors: the
// judge reads it as preserved or cannot tell), but the conversation says otherwise: a reluctant
// acceptance answers a proposal the user did not make, and an interpretation about none of the
// ask's things is that proposal, not the ask. English marks reluctant acceptance with a closed class
// of hedges on the assent ("I suppose", "I guess", "whatever", "if you say so", "ok fine"); an
// acceptance of the ask's own remedy ("fine, book it" → "your eye test is booked") keeps a thing of
// the ask and is no drift.
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import { coverage, doesAskedAction } from "./judge-offline";
import { parseText, SPECIFIC_RANK, type Clause, type Term } from "./nlp/parse";

/**
 * A reluctant acceptance: assent hedged by the speaker's indifference or resignation ("I suppose",
 * "whatever", "ok fine"), or opened by a filled pause ("um ok", "er, go on then", "uh sure"): a
 * hesitant yes. ("oh"/"ah"/"hmm" are not filled pauses of this kind: they open changes of mind, "oh.
 * actually dont cancel then", which the user asks for.)
 */
export const RELUCTANT = /\b(?:i suppose|i guess|suppose so|guess so|whatever|if you say so|if (?:i|we) must|ok(?:ay)?,? fine|fine then)\b|^\W*(?:um+|uh+|er+m?)\b[\s,.…-]*(?:ok(?:ay)?|sure|yes|yeah|yep|fine|go on|alright|all right)\b/i;

/**
 * "whatever is in the autumn collection", "whatever's left in the 40 cm": "whatever" opening a free relative — a form of
 * "be" and then what the thing is — chooses by description, no hedge on an assent; "whatever is fine", "whatever's
 * easiest" still defer (rule `whateverChoice`, blind-cp1's marbled papers).
 */
const CHOSEN_WHATEVER = /\bwhatever(?:['’]s|\s+(?:is|are|was|were))\s+(?!(?:fine|ok|okay|good|best|easiest|easier|simplest|quickest|alright)\b)(?=\w)/gi;
/** A reluctant acceptance (RELUCTANT), not counting a "whatever" that chooses (rule whateverChoice). */
export const reluctant = (text: string) => RELUCTANT.test(text) && (!RULE.whateverChoice || RELUCTANT.test(text.replace(CHOSEN_WHATEVER, " ")));

/** "order GC-88213", "customer no 774410", "acct 72290": a noun labelling an id says which record, not what is wanted. */
function labelsId(t: Term, text: string): boolean {
  const word = t.value.replace(/[^\p{L}]/gu, "");
  return word.length > 0 && new RegExp(String.raw`\b${word}\s+(?:(?:no|number|ref|#)\.?\s*)?[A-Za-z]*-?\d`, "i").test(text);
}

/** A thing: a noun outside prepositional phrases, not negated, not an id or its label, not among the commonest words. */
const isThing = (t: Term, text: string) => t.pos === "NOUN" && !t.inPhrase && !t.negated && !/\d/.test(t.lemma) && t.rank >= 150 && !labelsId(t, text);

/** The things an ask is about: its requests' things, else (a report: "machine VM-33108 is eating coins. pls fix") the whole message's. */
export function askedThings(original: string, requests: Clause[], all: Term[]): Term[] {
  const own = requests.flatMap((c) => c.terms.filter((t) => isThing(t, original)));
  return own.length ? own : all.filter((t) => isThing(t, original));
}

/**
 * Why the interpretation is another thing than the ask, or null: it names none of the ask's things
 * (by stem or close vectors, as a noun or a verb of the same stem) and names a thing of its own that
 * nothing the user asked comes near.
 */
export function aboutOtherThing(original: string, requests: Clause[], askTerms: Term[], interpretation: string): string | null {
  const things = askedThings(original, requests, askTerms);
  if (!things.length) return null;
  const interp = parseText(interpretation).terms;
  const naming = interp.filter((t) => (t.pos === "NOUN" || t.pos === "VERB") && !t.inPhrase);
  if (things.some((t) => coverage([t], naming) > 0)) return null;
  // the action asked for under another name ("my money back" → "reimburse the full price") is the ask
  if (doesAskedAction(requests, requests.flatMap((c) => c.terms.filter((t) => !t.negated)), interp)) return null;
  // (its most specific thing names it in the reason: "barista", not the statement's subject "customer")
  // (compared with the ask's specific words: "plan" sits near "week" in the vectors, 0.70, which says nothing)
  const specific = askTerms.filter((t) => t.rank >= SPECIFIC_RANK);
  const own = interp.filter((t) => isThing(t, interpretation) && coverage([t], specific) === 0).sort((a, b) => b.rank - a.rank)[0];
  return own ? `the final interpretation is about the ${own.value}, none of what the user asked about (${things.map((t) => t.value).join(", ")})` : null;
}
