// A question an angry customer asks after shouting their grievance is most often rhetorical: "I AM a
// member. Am I supposed to wear the badge on my forehead?", "Invoiced a LATE RETURN fee for YOUR
// lateness? Is this a play?". It asks for nothing — it vents — so it is no part of a multi-part ask
// that an agent could lose (intent.ts lostPart, rule rhetorical). Read by form, no word of any trade:
//   1. the clause is a question by its mark alone (nlp/parse.ts Clause.asking false: no imperative,
//      no "please", no modal before its subject, no wish of the speaker's — "can you…", "I need…",
//      "do we need to book" all still ask);
//   2. the user shouts before it in the same text: a word of three letters or more written in
//      capitals that is a common English word ("TWICE", "YOUR", "FREE"), not an acronym or a code
//      ("VAT", "PAT", "RC-20933": rarer words, or joined to a digit or hyphen).
// A calm question ("Is there parking at the dairy?") stays a part, and so does any request after
// shouting ("I was charged TWICE. Can you also cancel the renewal?"). A cheap check: a regular
// expression and a frequency look-up, no parse (the clause is the parse lostPart has already made).
import type { Clause } from "./nlp/parse";
import { frequencyRank } from "./nlp/lexicon";

/** An all-capital word of three letters or more, not part of a code ("RC-20933", "MO-41", "A4"). */
const CAPITALS = /(?<![\w-])[A-Z]{3,}(?![\w-])/g;
/** Below this frequency rank a word in capitals is an ordinary word shouted; above it, likely an acronym ("pat" 4,371, "vat" 19,062). */
const SHOUTED_RANK = 3000;

/** The text shouts somewhere: an ordinary English word written in capitals. */
export function shouts(text: string): boolean {
  // (a text all in capitals is a caps-lock habit, not emphasis on a word)
  if (!/[a-z]/.test(text)) return false;
  for (const m of text.matchAll(CAPITALS)) if (frequencyRank(m[0].toLowerCase()) < SHOUTED_RANK) return true;
  return false;
}

/** The clause is a bare question after shouting in the ask: venting, no part of what is asked. */
export function rhetoricalQuestion(clause: Clause, ask: string): boolean {
  if (!clause.request || clause.asking || !clause.text.trimEnd().endsWith("?")) return false;
  const at = ask.indexOf(clause.text.replace(/\?$/, "").trimEnd());
  return at > 0 && shouts(ask.slice(0, at));
}
