// The user presses the ask again after going along with something else (rule `pressedAgain`,
// drift30c): a reply to the final agent that ends on a question opening its own sentence with "but"
// and naming a thing or a value of the ask — "Er, maybe. But what about the trail?", "go on then. but
// the bag?", "Sounds useful. But what about my £32?", "Probably the 22nd. But is the membership
// transferred to him now?". Whatever the first sentence grants (a hedged yes, an answer to the
// agent's question, praise for its offer), the closing "but" question says the thing first asked
// about is still open; naming that thing is what ties it to the ask, so a new question put the same
// way ("Lovely. But is there parking?") is none. It extends `stillOpen` (intent.ts STILL_OPEN: "ok
// but the appointment?"), which needs a bare acknowledgement before "but" and no word of the ask.
// Like an objection, it is drift only when the final interpretation does not keep what the question
// asks for (intent.ts objection), and a plain thanks after the agent answered it settles it.
import { parseText } from "./nlp/parse";

/**
 * A closing question whose sentence starts with "but", after another sentence of the same message;
 * or after a clause praising the offer ("um, that's nice but can we …?", "sounds lovely, but the
 * refund?"): English grants before a contrastive "but" with a closed class of evaluations.
 */
const BUT_QUESTION = /[.!?…]\s+(but\b[^.!?…]*\?)[\s?!]*$/i;
const PRAISED = /^\W*(?:(?:um+|uh+|er+m?|hmm+|oh)\W+)?(?:that(?:['’]s| is)|(?:it |that )?sounds?|(?:it |that )?looks?)\s+(?:very\s+|really\s+|so\s+)?(?:nice|lovely|good|great|fine|kind|interesting|useful|helpful|tempting)\W*(but\b[^.!?…]*\?)[\s?!]*$/i;
/** a value the user typed (an amount, a reference): one token with a digit */
const VALUE = /[^\s,;:()]*\d[^\s,;:()?!.]*(?:\.\d+)?/g;

export interface PressedAgain {
  /** the "but" question */
  question: string;
  /** the ask's things and values it names (stems, and values as typed) */
  things: string[];
}

/**
 * The message's closing "but" question when it names a thing of the ask (a noun or name sharing a
 * stem with one of the ask's) or a value typed in the ask; else null. A regex decides before anything
 * is parsed, so a message without such a question costs no parse (issue 12 throughput).
 */
export function pressedAgain(message: string, askNouns: ReadonlySet<string>, original: string): PressedAgain | null {
  const match = BUT_QUESTION.exec(message) ?? PRAISED.exec(message);
  if (!match) return null;
  const question = match[1];
  const things = thingsOfAsk(question, askNouns, original);
  return things.length > 0 ? { question, things } : null;
}

/** The ask's things a question names: nouns and names sharing a stem with the ask's, and values typed in the ask. */
export function thingsOfAsk(question: string, askNouns: ReadonlySet<string>, original: string): string[] {
  const values = (question.match(VALUE) ?? []).filter((v) => original.includes(v));
  const nouns = parseText(question).terms.filter((t) => !t.negated && (t.pos === "NOUN" || t.pos === "PROPN") && askNouns.has(t.stem)).map((t) => t.stem);
  return [...new Set([...nouns, ...values])];
}
