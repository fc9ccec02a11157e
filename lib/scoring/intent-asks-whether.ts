// A later message that asks whether, not for anything (rule `asksWhether`): "does that cost more?",
// "Will I be charged in March or not?", "ok... and the swans stay the same yes?", "So it'll stop
// after this one, right?". A polar question whose subject is not the agent ("does *that* …", "will
// *I* …", "is *it* …"), or a statement closed by a confirmation tag ("…, yes?"), asks to be told
// what happens to the ask; it asks for no change, so it is no later request the final
// interpretation may follow instead of the first (intent.ts followsLaterRequest). So does a question
// for a fact whose subject is not the agent ("Oh, what's in the spring pastels one? Just curious.",
// "how long is the wait?", "when does it arrive?"): a wh-word then a copula or auxiliary (blind-ad1,
// where the judge found such a question's words in the interpretation of a subscription kept on
// after the user asked to stop it). Read from English's closed classes only: auxiliaries, pronouns
// and determiners as subjects, the wh-words, and the tags.
// A question put to the agent ("will you …", "can you …", "could we …"), one asking whether a
// change can be had ("is it possible to …", "is there any way …", "do you have …") and one proposing
// another thing ("would the 10th work?", "is Friday free instead?") still ask for it.
import type { Clause } from "./nlp/parse";

const LEAD = String.raw`^\W*(?:(?:and|but|so|then|oh|ok|okay|right|sorry|hmm+|um+|also)\W+)*`;
// (not "would", "can", "could": "would the 10th work?" proposes a change)
const AUX = String.raw`(?:will|shall|does|do|did|is|are|was|were|has|have)(?:n['’]?t)?`;
// the subject: a pronoun other than "you", or a determiner opening a noun phrase ("the swans", "my deposit")
const SUBJECT = String.raw`(?:i|we|it|that|this|they|he|she|there|the|my|our|his|her|their|its)`;
const POLAR = new RegExp(`${LEAD}${AUX}\\s+${SUBJECT}\\b`, "i");
/** asking whether a change can be had is asking for it, and so is a question that proposes another ("is the 10th free instead?") */
const CAN_IT_BE_HAD = /\b(?:possible|able|any (?:way|chance)|a way|a chance|allowed|instead|rather)\b/i;
/** "…, yes?", "… right?", "… correct?", "…, no?" closing a statement */
const TAG = /[\s,.]\s*(?:yes|yeah|yep|right|correct|no|ok|okay|yh)\s*\?+\s*$/i;
const ASKS_AGENT = new RegExp(`${LEAD}(?:will|would|can|could|should|shall|do|did)\\s+you\\b`, "i");

/**
 * "what's in …?", "how long is …?", "when does …?": a wh-word (with at most one word of its phrase:
 * "how long", "what time"), then a copula or auxiliary whose subject is not "you" ("what do you
 * suggest?" asks the agent; "what time can you come?" has no such auxiliary). "how do I cancel?" asks
 * how to have a thing done: a request.
 */
const FACT = new RegExp(`${LEAD}(?!how\\s+(?:do|does|did)\\s+(?:i|we)\\b)(?:what|which|how|when|where|who|why)(?:\\s+[a-z]+)?(?:['’]s|\\s+(?:is|are|was|were|does|do|did|will|has|have)\\b)(?!\\s+you\\b)`, "i");
/** The request clause asks whether (to be told), not for an action. */
export function asksWhether(c: Clause): boolean {
  const text = c.text.trim();
  if (!/\?\s*$/.test(text) || CAN_IT_BE_HAD.test(text) || ASKS_AGENT.test(text)) return false;
  return POLAR.test(text) || TAG.test(text) || FACT.test(text);
}
