// "Clean *both tanks*", "refund *both of our tickets*": "both" before a plural noun asks for two of a
// thing, and the agents can take up one of them ("the reef", "one player's admission") while every word
// of the request is still there; word overlap cannot see it, the difference is a count. So the pair is a
// part of the ask of its own: it is taken up only when an agent's own words (its messages and intent
// events) keep the count — "both", "two"/"2", "each", "either", "pair", or the thing in the plural
// ("the tanks") — and otherwise it is a part no agent took up (rule bothPart, SPEC §3.3's partial
// loss, named as the user wrote it). "Both" is English's closed-class dual, no trade's word. Not read:
// "both" as a pronoun ("could one engineer fix both?", "I can't do both": it points back at parts the
// other partial-loss rules trace), "both X and Y" (a list of two named items: its items are the parts),
// and a sentence that asks nothing ("both tubs came dead" reports a problem).
import { askingSentences } from "./intent-only-part";

const BOTH = /\bboth\b/i;
/** "both tanks", "both of our tickets", "both the vans": the dual, what it counts (a plural word), and what follows. */
const BOTH_PHRASE = /\bboth\s+(?:(?:of\s+)?(?:the|our|my|your|his|her|their|these|those)\s+)?((?:[a-z][a-z'’-]*\s+){0,2}?[a-z][a-z-]*s)\b(\s+and\b)?/gi;
/** A plural noun: not a function word ending in -s ("both *is* green", "do both *this* time") nor a singular in -ss/-us ("glass", "bus"). */
const PLURAL = /^(?!(?:this|his|hers|its|ours|yours|theirs|is|was|has|does|yes|thus|always|perhaps)$)[a-z-]{2,}[^su]s$/i;
/** Words that keep a count of two. */
const KEEPS_COUNT = /\b(?:both|two|2|each|either|pair)\b/i;

/** The pairs `ask` asks for ("both of our tickets"), each with its plural noun, lower-cased. */
export function pairsOf(ask: string): Array<{ name: string; plural: string }> {
  if (!BOTH.test(ask)) return [];
  return askingSentences(ask, BOTH).flatMap((s) =>
    [...s.matchAll(BOTH_PHRASE)].filter((m) => !m[2] && PLURAL.test(m[1].split(/\s+/).pop()!)).map((m) => ({ name: m[0].trim(), plural: m[1].split(/\s+/).pop()!.toLowerCase() })),
  );
}

/** The first pair of `ask` whose count no agent's own words (`said`) keep, or null. */
export function lostPair(ask: string, said: string[]): string | null {
  const pairs = pairsOf(ask);
  if (!pairs.length) return null;
  const text = said.join("\n");
  if (KEEPS_COUNT.test(text)) return null;
  const words = new Set(text.toLowerCase().match(/[a-z][a-z-]*/g) ?? []);
  return pairs.find((p) => !words.has(p.plural))?.name ?? null;
}
