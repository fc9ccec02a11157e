// The aside answered instead of the ask (issue 12, drift21r): the user marks a sentence of the first
// message as a digression — "by the way", "btw", "side note", "incidentally", "unrelated, but",
// "while I think of it", "…, not that it matters" — and the final agent works on that sentence's
// thing and on nothing the rest of the message asked for ("I'd like a credit for the dead locusts.
// Unrelated but while I think of it my UV tube is a year old" → a UV tube sold). Words alone keep such
// an interpretation near the ask, since the aside is part of the message (topic17 cause A: without a
// marker, "a thing only the message's non-request clauses name" was 10 false alarms on clean text,
// the request's own thing paraphrased). The marker is the user's own statement that the sentence is
// not the ask; English marks a digression with this closed class of discourse markers, at the
// sentence's start or after a comma at its end (in the middle they qualify a thing: "an unrelated
// charge"). No user reaction is needed, but the final agent's own messages must all miss the ask too:
// an agent that dealt with the ask and then answered the aside last did both.
import { askClauses, coverage } from "./judge-offline";
import { aboutOtherThing, askedThings, takesUp } from "./intent-went-along";
import { parseText, type Term } from "./nlp/parse";
import { tokensAsWords } from "../privacy/tokens";

const MARKER = String.raw`(?:by the way|btw|incidentally|side[- ]?note|on (?:a|an)other note|as an aside|unrelated|while i think of it|not that it matters)`;
/** a digression marker opening the sentence (after "oh", "and", "also", "just"), or closing it after a comma */
const OPENS = new RegExp(String.raw`^(?:(?:oh|and|also|just|ah)\W+)*${MARKER}\b`, "i");
const CLOSES = new RegExp(String.raw`,\s*${MARKER}(?:\s+\w+){0,2}\W*$`, "i");
const MARKERS = new RegExp(String.raw`\b${MARKER}\b`, "gi");
/** A cosine no two words reach: a text names a thing by its stem (or the lexicon's relations), never by a vector neighbour. */
const BY_STEM = 1.01;

/** The message's sentences the user marked as a digression, and the rest of it. */
export function asides(message: string): { aside: string[]; rest: string } {
  const sentences = message.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
  const aside = sentences.filter((s) => OPENS.test(s) || CLOSES.test(s));
  return { aside, rest: sentences.filter((s) => !aside.includes(s)).join(" ") };
}

/**
 * Why the final agent answered the user's aside instead of the ask, or null: the message has a
 * marked aside and a request outside it; the interpretation names a thing only the aside names, and
 * it is about none of the things the rest of the message asks for, nor is any message of the final
 * agent.
 */
export function asideAnswered(original: string, interpretation: string, finalAgentSaid: string[]): string | null {
  const { aside, rest } = asides(tokensAsWords(original));
  if (!aside.length || !rest) return null;
  const parsed = parseText(rest);
  const requests = askClauses(parsed.clauses);
  if (!requests.length) return null;
  const isThing = (t: Term) => (t.pos === "NOUN" || t.pos === "PROPN") && !t.negated && !/\d/.test(t.lemma);
  const restStems = new Set(parsed.terms.map((t) => t.stem));
  const asideThings = parseText(aside.join(" ").replace(MARKERS, " ")).terms.filter((t) => isThing(t) && !restStems.has(t.stem));
  const interp = parseText(tokensAsWords(interpretation)).terms.filter(isThing);
  if (!asideThings.some((t) => coverage([t], interp) > 0)) return null;
  const other = aboutOtherThing(rest, requests, parsed.terms, tokensAsWords(interpretation));
  if (!other) return null;
  // (the final agent dealt with the ask in another message: it did both. Named by stem: the vectors'
  // related words — "games" ~ "set", "weekday" ~ "evening" — are what keeps an aside near the ask)
  const things = askedThings(rest, requests, parsed.terms);
  if (finalAgentSaid.some((m) => takesUp(things, requests, tokensAsWords(m), BY_STEM))) return null;
  return `the final agent took up the user's aside (“${aside[0].slice(0, 80)}”): ${other}`;
}
