// What the user mentions in passing. A first message often carries, beside its ask, a remark the user
// marks as a digression ("oh and he left his trainers there last time lol", "They loved the Bacchus
// we serve, by the way", "Unrelated but while I think of it my UV tube is about a year old", "btw
// last week tuesday lesson cancel by you"). English marks such a remark with a closed class of
// discourse markers (by the way, btw, oh and, incidentally, unrelated, side note, not that it
// matters, …), whatever the trade. When the final interpretation is about the remark and names
// nothing of the ask, the agents took up what was said in passing and left the ask: topic drift
// (rule `aside`; judge-offline.ts reads it, docs/evaluation.md, drift25b). The judge otherwise counts
// the remark as context of the ask (half weight), so the remark's words kept the ask "preserved".
// A remark that is itself a request ("Oh and could you add the LED lights?", "while I'm at it I'd
// like to switch tariff") is a part of the ask, never an aside: partial loss reads those.
import { parseText, type Term } from "./nlp/parse";

/** Discourse markers of a digression (a closed class of English, not of any trade). */
const MARKER = /\b(?:by the way|btw|oh,? and|unrelated|while i think of it|incidentally|side ?note|as an aside|on another note|not that it matters|p\.?s\.?(?=\W))/i;
/** Sentences, as typed: up to a full stop, a question or exclamation mark, or a line break. */
const SENTENCE = /[^.!?\n]+[.!?]*/g;

export interface Aside {
  /** the remark's terms */
  remark: Term[];
  /** the rest of the message, parsed: where the ask is */
  rest: ReturnType<typeof parseText>;
}

/**
 * The remarks the user marked as said in passing, and the rest of the message; null when there is
 * none, when a remark asks for something (then it is a part of the ask) or nothing else is left.
 */
export function asideOf(original: string): Aside | null {
  // (a cheap test first: most messages have no marker, and they are never split nor parsed again)
  if (!MARKER.test(original)) return null;
  const sentences = original.match(SENTENCE) ?? [];
  const remarks = sentences.filter((s) => MARKER.test(s));
  if (!remarks.length || remarks.length === sentences.length) return null;
  const parsed = remarks.map((s) => parseText(s));
  if (parsed.some((p) => p.clauses.some((c) => c.request))) return null;
  return { remark: parsed.flatMap((p) => p.terms), rest: parseText(sentences.filter((s) => !remarks.includes(s)).join(" ")) };
}
