// Drift an agent steered the user into (issue 12, drift23): an agent raises another thing than the
// ask — escalating to a tribunal instead of withdrawing, a junior membership instead of a lesson, an
// aftercare bundle instead of a reorder —, the user goes along reluctantly ("I suppose if you're
// doing it", "um ok", "fine then"), and the final interpretation states that thing as the ask
// ("Customer wants to escalate her appeal"). Its words keep the ask's record (the case, the child,
// the order) and the judge reads it as preserved, or as following the user's later words, which
// only take up what the agent offered. What tells this from the user's own change of mind is who
// named the new thing first: a user who changes their mind says what they now want ("could we just
// swap it for the platinum one?"), and the interpretation's new words come from them; a steered
// user answers an agent's proposal with a hedged yes, and the interpretation's new words come from
// that agent. Three conditions, each read from the text, none from a word list:
//   1. the interpretation does not do the asked action (none of the ask's verbs, judge-offline
//      doesAskedAction: not under another name either);
//   2. a thing the interpretation adds to the ask (a specific noun or verb no word of the ask comes
//      near) was first said by an agent, before the interpretation, and by no user message before;
//   3. after that agent message the user accepted reluctantly (intent-went-along.ts RELUCTANT).
import { tokensAsWords } from "../privacy/tokens";
import { askClauses, coverage, doesAskedAction } from "./judge-offline";
import { reluctant } from "./intent-went-along";
import { parseText, SPECIFIC_RANK, type Term } from "./nlp/parse";
import { contentOf, isAgentMessage, isUserMessage, type TimedEvent } from "./timeline";

/** A named thing or action: a specific noun or verb, not negated, no id or figure. */
const named = (t: Term) => (t.pos === "NOUN" || t.pos === "VERB") && !t.negated && t.rank >= SPECIFIC_RANK && !/\d/.test(t.lemma);
/** the word-vector cosine from which an agent's word names the interpretation's (stricter than the judge's paraphrase threshold) */
const NAMED = 0.8;

/**
 * Why the final interpretation is a thing an agent steered the user into, or null (rule `steered`).
 * `timeline`: the conversation; `original`: the ask; `interp`: the final interpretation's text and
 * its index in the timeline.
 */
export function steeredAway(timeline: TimedEvent[], original: string, interp: { text: string; index: number }): string | null {
  // (condition 3 first: without a reluctant yes anywhere no proposal can have been taken up, and the parse of every
  // message before the interpretation, the rule's cost, is not needed — the rule cost ~4-10 % of scorer time on unseen text)
  if (!timeline.some((e) => isUserMessage(e.event) && reluctant(contentOf(e)))) return null;
  const parsed = parseText(tokensAsWords(original));
  const requests = askClauses(parsed.clauses);
  const interpTerms = parseText(tokensAsWords(interp.text)).terms;
  const actions = requests.flatMap((c) => c.terms.filter((t) => t.pos === "VERB" && !t.negated));
  if (!actions.length || coverage(actions, interpTerms) > 0) return null;
  if (doesAskedAction(requests, requests.flatMap((c) => c.terms.filter((t) => !t.negated)), interpTerms)) return null;
  const added = interpTerms.filter((t) => named(t) && coverage([t], parsed.terms) === 0);
  if (!added.length) return null;
  const messages = timeline.filter((t) => t.index < interp.index && (isAgentMessage(t.event) || (isUserMessage(t.event) && !original.includes(contentOf(t)))) && contentOf(t).trim());
  const words = messages.map((t) => parseText(tokensAsWords(contentOf(t))).terms);
  for (const t of added) {
    // (an agent names it in its own words — a vector neighbour, "weeks" for "session", is no proposal —;
    // a user who says it first in any words near it asked for it)
    const first = words.findIndex((w, i) => (isAgentMessage(messages[i].event) ? coverage([t], w, 1, undefined, NAMED) : coverage([t], w)) > 0);
    if (first < 0 || !isAgentMessage(messages[first].event)) continue;
    const from = messages[first].index;
    const yes = timeline.find((e) => e.index > from && isUserMessage(e.event) && reluctant(contentOf(e)));
    if (yes) return `an agent proposed the ${t.value} and the user went along (“${contentOf(yes).slice(0, 80)}”); the final interpretation does not do what was asked`;
  }
  return null;
}
