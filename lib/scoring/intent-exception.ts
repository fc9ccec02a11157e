// An ask with an exception (rule `exception`; issue 12, from blind-ak1, customers who end or release things):
// "cancel all the drops *except Tuesday*", "release all of them *except the puppet theatre*". What the exception
// names is what the user wants left as it is, so an interpretation that keeps or holds it ("Tuesday kept",
// "the puppet theatre is still held") does what was asked, not its opposite; and one that does the ask's own
// action to it ("cancel her Tuesday coaching session" for "cancel … all of them except the Tuesday one") turned
// the exception round. "except (for)", "apart from" and "other than" are English's closed class of exceptive
// prepositions, read in any trade.
import { parseText, type Clause, type Term } from "./nlp/parse";

/** An exceptive preposition and what it excepts, up to the end of its phrase. */
const EXCEPTION = /\b(?:except(?:\s+for)?|apart\s+from|other\s+than)\s+([^.,;:!?\n—–]+)/gi;

/** A thing named: a noun, or a word with a digit ("the one on the *14th*", "the *9am*"). */
const isThing = (t: Term) => t.pos === "NOUN" || t.pos === "PROPN" || /\d/.test(t.value);

/** The stems of the things a text excepts ("except the puppet theatre" → puppet, theatr). */
export function exceptedStems(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(EXCEPTION)) for (const t of parseText(m[1]).terms) if (isThing(t)) out.add(t.stem);
  return out;
}

/** A clause's things outside a prepositional phrase (a date inside one too) and outside its own exception ("all *except* Tuesday" names Tuesday as left alone). */
function thingsOf(clause: Clause): Term[] {
  const own = exceptedStems(clause.text);
  // (a date stays a thing inside its phrase: "the booking *on the 14th*")
  return clause.terms.filter((t) => isThing(t) && (!t.inPhrase || /\d/.test(t.value)) && !own.has(t.stem));
}

/**
 * The interpretation's action leaves alone what the ask excepted: its clause names an excepted thing and
 * nothing else the ask does not name ("Tuesday kept", "keep the Tuesday session"; not "keep the Thursday and
 * Saturday sessions", nor "kept Monday and Tuesday").
 */
export function keepsExcepted(excepted: Set<string>, askStems: Set<string>, clause: Clause | undefined): boolean {
  if (!excepted.size || !clause) return false;
  const things = thingsOf(clause);
  return things.some((t) => excepted.has(t.stem)) && things.every((t) => excepted.has(t.stem) || askStems.has(t.stem));
}

/** The interpretation does the ask's own action to an excepted thing (its clause names one, outside an exception of its own). */
export function actsOnExcepted(excepted: Set<string>, clause: Clause | undefined): Term | undefined {
  if (!excepted.size || !clause) return undefined;
  return thingsOf(clause).find((t) => excepted.has(t.stem));
}

