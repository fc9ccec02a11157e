// Which slots an agent message asks the user for (issue 12 item 2). A slot is asked for when a
// noun phrase naming it (slots.ts) is *requested* in a sentence, by one of four frames:
//   1. a which/what question about it: "what's your record locator", "which card was it";
//   2. a request verb aimed at the user, governing it: "please provide / confirm / remind me of /
//      tell me / send / read out …", "can you confirm the email on the account?";
//   3. a first-person need or "may I have": "I'll need your policy number", "can I get the ZIP",
//      "do you have your claim number handy?", "let me have …", "I'll take the email on the
//      account", "Need your postcode to …" (the subject left out);
//   4. the bare noun phrase as the whole question: "Your date of birth?", "Order number, please.",
//      or as a message's last sentence typed without a stop ("Sorry, your patient number"), after
//      a lead-in ("Quick one: your email?"), or as a verbless sentence whose noun is only
//      qualified ("Best number to text you on when it's done.", "Your postcode, if you have it.");
//   5. the value missing on the agent's side or needed: "I'm missing / don't have / can't find …",
//      "not sure I caught …", "I can't book it without …", "Your membership number would help",
//      or a relative clause asking ("a booking code you can give me");
//   6. a role question naming no noun: "When were you born?", "Who's the booking under?", "How
//      much did you pay?".
// The forms are tested as a grid of forms × slot nouns (asks-grid.test.ts), not as phrasings seen.
// A question mark is not needed ("What's your PNR" is a question). A question about an action
// ("Have you checked your email?", "Did the order arrive?") has none of these frames: it asks
// whether something happened, not for a value. Between a request verb and its noun only a short
// object phrase may stand ("confirm the email", "remind me of your"); a new clause ("confirm that
// you received the email") ends the frame.
// Known limits: English frames; a request spread over two sentences ("One more thing. The
// number?") is read sentence by sentence; a value re-asked without naming it ("could you give me
// that again?") is caught only by the reply evidence in reask.ts.
import { withoutSignOff } from "./email-parts";
import { frequencyRank, FUNCTION_RANK } from "./nlp/lexicon";
import { parseText } from "./nlp/parse";
import { Memo, memosPer } from "./memo";
import { nounsIn, openPhrasesIn, type NounHit } from "./nouns";
import { keyWords, lemma, slotForKey, type Slot, type Vocabulary } from "./slots";
import { allMatches } from "./all-matches";

/** "berth number" → "berth": the thing an identifier field identifies */
const IDENTIFIER_HEAD = /^(.+?) (?:number|id|no|num|ref|reference|code)$/;

export interface Asked {
  /** the slot asked for (null: a generic noun — "reference number" — or a known field's own name) */
  slot: Slot | null;
  /** the field name when matched by a known field's key words rather than a slot (or an open field a modifier makes of the slot's noun) */
  field?: string;
  sentence: string;
}

const SENTENCES = /(?<=[.?!])\s+|\n+|\s[—–]\s|\s-\s|;\s*/;
const VERBS =
  "provide|share|send|give|tell|confirm|reconfirm|re-confirm|enter|type|spell|verify|remind|read|quote|state|repeat|supply|list|double-check|re-enter|text|write|pop|drop|paste|jot|key|forward|post|input|fill|say|submit";
/** "would you mind giving me …": the request verbs as gerunds (e dropped, a short final consonant doubled) */
const GERUNDS = VERBS.split("|")
  .map((v) => (/[^aeiou]e$/.test(v) ? v.slice(0, -1) : /^[a-z]*[^aeiou][aeiou][pt]$/.test(v) ? v + v.slice(-1) : v) + "ing")
  .join("|");
const LEAD = "(?:please|kindly|just|also|now|first|then|and|so|ok|okay|great|sure|thanks|lastly|finally|quickly|sorry|right|alright)";
/** imperative or "can/could/would you …" + a request verb */
// (also "would you be able to share …", "any chance you could give …", "is it possible to get …", and a
// request verb with "re-": "please re-send …")
const VERB_HEAD = `(?:^|[,:]\\s*|\\b${LEAD}\\s+|\\b(?:can|could|would|will|won't)\\s+you\\s+(?:please\\s+|kindly\\s+|also\\s+|just\\s+)*(?:be\\s+able\\s+to\\s+)?|\\b(?:chance|if|whether)\\s+you\\s+(?:could|can|might|would)\\s+(?:please\\s+|just\\s+)?|\\bis\\s+it\\s+possible\\s+(?:for\\s+you\\s+)?to\\s+|\\b(?:need you to|like you to|want you to|ask you to)\\s+)(?:re-?)?(?:${VERBS})\\b|\\bmind\\s+(?:re-?)?(?:${GERUNDS})\\b`;
/** first-person need, "may I have", "do you have", "let me know" */
const NEED_HEAD =
  "\\b(?:(?:i|we)(?:'ll|'d| will| would| just| also| still| first| then)*\\s+(?:need|require|want)(?:\\s+to\\s+(?:have|get|see|know|check|verify|confirm|take|grab|note))?|" +
  // an obligation or a plan of the agent's: "I'll have to verify …", "I'm going to need …", "we must ask you for …"
  "(?:i|we)(?:'ll|'d|'ve|'m|'re| will| would| just| also| still| first| then| am| are)*\\s+(?:(?:have|got|going|need)\\s+to|must)\\s+(?:need|have|get|see|check|verify|confirm|take|grab|note|ask(?:\\s+you)?\\s+for)|" +
  "is\\s+it\\s+possible\\s+(?:for\\s+(?:me|us)\\s+)?to\\s+(?:get|have|take|grab|note)|(?:may|can|could|might)\\s+(?:i|we)\\s+(?:please\\s+|also\\s+|just\\s+)*(?:have|get|grab|take|ask for|ask|see|check|verify|confirm|note)|(?:do|would)\\s+you\\s+(?:happen\\s+to\\s+|still\\s+|by\\s+any\\s+chance\\s+)?(?:have|know|remember|recall)|let\\s+(?:me|us)\\s+(?:know|have|take|see|grab)|(?:i|we)(?:'d| would)\\s+like|" +
  // "I'll take the email on the account", "we'll just grab your postcode" (a plan to take it down);
  // "Need your booking code to …" (the subject left out, at a sentence's start)
  "(?:i|we)(?:'ll| will)(?:\\s+just|\\s+also|\\s+first|\\s+quickly)*\\s+(?:take|grab|jot down|note down)|" +
  // "could I trouble you for …", "any chance of …", "reply with …" / "get back to me with …"
  "(?:could|can|may|might)\\s+(?:i|we)\\s+(?:just\\s+)?(?:trouble|bother)\\s+you\\s+for|any\\s+chance\\s+of|pass\\s+(?:me|us)|" +
  "(?:reply|respond|come\\s+back|get\\s+back\\s+to\\s+(?:me|us)|write\\s+back)(?:\\s+to\\s+(?:me|us|this))?\\s+with|" +
  "^\\s*(?:(?:ok|okay|right|so|and|great|sure|thanks|sorry|first)[,!]?\\s+)*(?:just\\s+)?(?:need|require)(?:\\s+to\\s+(?:have|get|see|check|verify|confirm|take))?)\\b";
/** the frame, then a short object phrase running up to the noun */
const FRAME = new RegExp(`(?:${VERB_HEAD}|${NEED_HEAD})((?:\\s+(?:out|over|back|again|through))?\\s+(?:[\\w'#-]+\\s+){0,8})$`, "i");
const ANY_FRAME = new RegExp(`${VERB_HEAD}|${NEED_HEAD}`, "i");
// "what's the X", "what X", "which X" — but not a relative "…, which is a booking change"
const WH_FRAME = /\b(?:what(?:'s|’s|s| is| was| are| were)?|which)(?:\s+(?:the|your|ur|that|this|its|their|his|her|our|a))?(?:\s+[\w'-]+){0,2}\s*$/i;
const WH_NOT = /\b(?:what|which)\s+(?:did|do|does|can|could|would|will|should|happen\w*|kind|type|sort)\b|\bwhich(?:'s|’s|\s+(?:is|was|are|were|has|had)\b)/i;
/**
 * A statement whose "which"/"what" follows a clause and a comma ("There's a 30GB limit abroad,
 * which matches your plan") opens a relative clause, not a question; "Sorry, which card was it?"
 * (a question, or a short lead-in) still asks.
 */
const RELATIVE = /(?:\S+\s+){3,}\S*,\s*$/;
/** "the new IBAN", "another card": a different value of the slot, not the known one again */
const OTHER_VALUE = /\b(?:new|other|another|different|second|updated|alternative|replacement|correct)\s+(?:[\w'-]+\s+){0,2}$/i;
/** words that open a new clause between a request verb and the noun: the noun is not its object */
const CLAUSE_BREAK = /\b(?:that|whether|if|when|you|we|i|to|because|after|before|since|it|they|he|she|is|are|was|were|has|have|had|did|do|does)\b/i;
const BARE_LEAD = new RegExp(`^(?:\\s*(?:${LEAD}|one more thing|and then)[,:!]?\\s+)*`, "i");
/** only a determiner may stand before a bare noun question ("And the postcode?"); "Please bring your card" has a verb */
const BARE_BEFORE = /^\s*(?:(?:and|or|the|your|ur|my|a|an|that|this|its|their|his|her|our|full|exact|best|preferred|current|correct|usual|main|primary|good)\s+)*$/i;
/**
 * A verbless sentence with a full stop asks too when what follows the noun only qualifies it: a
 * transitive infinitive ("Best number to text you on when it's done."), a purpose or condition
 * ("Your postcode, if you have it.", "Email for the receipt.", "… so I can check"). "Email to
 * follow." and "Postcode checked." state something.
 */
const FRAGMENT_AFTER = /^(?:\s+to\s+[a-z]+\s+(?:you|it|them|this|that|the|your|me|us)\b|\s+for\s+(?:the|your|this|that|me|us)\b|\s*,?\s+(?:so\s+(?:i|we)\s+can|if\s+you\s+(?:have|can|could|don't\s+mind|know)|when\s+you\s+(?:can|get|have))\b)/i;
const SUBORDINATE = /\b(?:when|once|if|so|because|before|after|as soon as)\b/i;
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|shall|may|must|did|does|do)\b/i;
/**
 * An auxiliary, or a verb the tagger reads inflected ("stands", "arrived"): "Your order for the 17th now *stands* at
 * eight pavlovas." states where the order is, as "Your order for the party *arrived* yesterday." does — no verbless
 * sentence asking for the order number (blind-bj1's clean pavlova refund, a re-ask false alarm). Read with the tagger
 * only when the auxiliaries are not there and the words after the noun could qualify it ("for the …").
 */
function finite(after: string): boolean {
  return FINITE.test(after) || parseText(after).terms.some((t) => t.pos === "VERB" && !t.negated && t.value.toLowerCase() !== t.lemma && !/ing$/i.test(t.value));
}
/**
 * "a scan of the photo page of the new passport", "the ref from your confirmation email", "the code
 * in the text we sent": the noun is a complement of another thing asked for — what it is part of or
 * where to find it — not asked itself ("on" is left out: "the number on your card" is the card's);
 * and "post the swatch *marked with* your quote number", "send the box *labelled with* your order
 * number": after a participle the noun is what the thing asked for carries, which the user is told to
 * use, not asked to give
 */
const COMPLEMENT = /\b(?!(?:me|us)\b)[a-z]+\s+(?:of|from|in)\s|\b[a-z]{3,}(?:ed|en)\s+(?:with|on|under)\s/i;
/** a statement left unfinished for the user to fill in: "your postcode is?" */
const BLANK = /^\s*(?:is|was|are|were)\s*\?\s*$/i;
/** "Which booking is it, the sleeve or the small piece?": the user picks one of the options named, states no value */
const CHOICE = /,\s*[^,?]{1,40}\s+or\s+[^,?]{1,40}\?\s*$/i;
/** "Which is your postcode?": a question opened by "which is", unlike a relative "…, which is a booking change" */
const WHICH_IS = new RegExp(`^\\s*(?:${LEAD}[,!]?\\s+)*which(?:'s|’s|\\s+(?:is|was))\\s+(?:the\\s+|your\\s+)?$`, "i");
/** "Is there a booking code you can give me?": the noun's relative clause asks the user to state it */
const REL_REQUEST = new RegExp(`^\\s+(?:(?:that|which)\\s+)?you\\s+(?:can|could|might|would\\s+be\\s+able\\s+to|are\\s+able\\s+to)\\s+(?:please\\s+|just\\s+)?(?:re-?)?(?:${VERBS})\\b`, "i");
const AUX = /\b(?:did|do|does|have|has|is|are|was|were|can|could|will|would|should)\b/i;

/** "what was it?", "so what's that?": a question whose whole object is a pronoun */
const PRONOUN_QUESTION = new RegExp(`^(?:${LEAD}[,!]?\\s+)*(?:what|which)(?:'s|’s|\\s+(?:is|was))\\s+(?:it|that)(?:\\s+again)?\\s*\\?$`, "i");
/** request verbs whose gerund opens a question for the user's value ("Sending the tracking number now?" offers the agent's own action) */
const OPENER_VERBS = "confirming|verifying|providing|sharing|telling|giving|entering|spelling|repeating|typing|supplying";
/** a question opened by a request verb's gerund or by "got": "Confirming your postcode for me?", "Got a booking code for me?" */
const QUESTION_OPENER = new RegExp(`^\\s*(?:${LEAD}[,!]?\\s+)*(?:just\\s+)?(?:${OPENER_VERBS}|(?:have\\s+you\\s+)?got)((?:\\s+[\\w'#-]+){0,3}\\s+)$`, "i");
/** the agent says it lacks the value, the noun right after the verb: "I don't seem to have your policy number", "we can't find a booking reference" */
const LACKS = /\b(?:i|we)\s+(?:don't|do not|can't|cannot|can not|couldn't|could not|haven't|have not)\s+(?:seem\s+to\s+|appear\s+to\s+)?(?:have|see|find|locate|pull up|access)\s+(?:(?:a|an|the|your|any)\s+)?(?:record\s+of\s+(?:a|an|the|your)\s+)?$/i;
/** the noun phrase as the subject of a need: "Your membership number would help", "the booking code is needed" */
const HELPS = /^\s+(?:would|will|'d|could)\s+(?:really\s+|also\s+)?(?:help|be\s+(?:great|helpful|useful|handy|ideal|perfect|needed))\b|^\s+(?:is|are)\s+(?:still\s+)?(?:needed|required|missing)\b/i;
const DET = "(?:(?:a|an|the|your|any|that)\\s+)?";
/**
 * More ways of saying the value is missing on the agent's side: "I'm missing your postcode", "Not
 * sure I caught your email" (catch: heard, never "got", which is also an email received), "I can't
 * book it without your membership number".
 */
const LACKS_WORD = /missing|catch|caught|without/i;
const LACKS_MORE = new RegExp(
  `\\b(?:i'm|i am|we're|we are)\\s+(?:still\\s+)?missing\\s+${DET}$|` +
    `\\b(?:(?:i|we)\\s+(?:didn't|did not|couldn't|could not|don't think (?:i|we))\\s+(?:quite\\s+)?catch|not\\s+sure\\s+(?:i|we)\\s+(?:quite\\s+)?caught)\\s+${DET}$|` +
    `\\b(?:i|we)\\s+(?:can't|cannot|can not|couldn't|could not|won't\\s+be\\s+able\\s+to|am\\s+unable\\s+to|are\\s+unable\\s+to)\\s+[^.?!]{0,40}?\\bwithout\\s+${DET}$`,
  "i",
);

/** "tell me the", "remind us of your": the determiner right before the noun */
const TELL_ME = /\b(?:tell|remind)\s+(?:me|us)\s+(?:of\s+)?(?:the|your)\s+$/i;

/** an object pronoun right after a noun: the noun is a verb ("email us", "text me", "call them back") */
const VERB_USE = /^\s+(?:us|me|him|her|them)\b/i;

function requested(sentence: string, start: number, end: number, weak: boolean, isQuestion: boolean): boolean {
  const prefix = sentence.slice(0, start);
  if (OTHER_VALUE.test(prefix)) return false;
  if (WH_FRAME.test(prefix)) {
    const wh = prefix.search(/\b(?:what|which)\b(?![^]*\b(?:what|which)\b)/i);
    const choice = /^which\b/i.test(prefix.slice(wh)) && CHOICE.test(sentence.slice(end));
    if ((!WH_NOT.test(prefix.slice(wh)) || (isQuestion && WHICH_IS.test(prefix))) && !(!isQuestion && RELATIVE.test(prefix.slice(0, wh))) && !choice) return true;
  }
  // the noun phrase as the whole question: "Your date of birth?", "And the postcode, please.",
  // also after a lead-in ("Quick one: your email?"), or as a verbless sentence ("Best number to text you on.")
  let lead = sentence.match(BARE_LEAD)![0].length;
  const clause = Math.max(prefix.lastIndexOf(", "), prefix.lastIndexOf(": "));
  if (clause >= 0 && clause + 2 > lead) lead = clause + 2;
  const after = sentence.slice(end);
  // (a slot's noun with an object pronoun after it is its verb: "please email us a copy", "text me
  // when it's ready" ask the user to send, not for their email or phone)
  if (lead <= start && !VERB_USE.test(after) && (isQuestion || /\bplease\b/i.test(sentence) || (FRAGMENT_AFTER.test(after) && !finite(after.split(SUBORDINATE)[0])))) {
    const before = sentence.slice(lead, start);
    // …or left for the user to complete: "And your postcode is?"
    const open = (after.split(/\s+/).filter(Boolean).length <= 4 || FRAGMENT_AFTER.test(after)) && (!AUX.test(after.split(/\s+/).slice(0, 2).join(" ")) || (isQuestion && BLANK.test(after)));
    if (before.split(/\s+/).filter(Boolean).length <= 2 && BARE_BEFORE.test(before) && open) return true;
  }
  // (a weak noun the user is asked to tell or remind the agent of is asked for by its value: "could
  // you tell me the address again?", "remind me of the booking" — not "confirm the order", a question about it)
  // (…and a weak noun a past relative clause ending in its preposition ties to what was done with it
  // is the value that thing was done under: "I'll need the reference the booking was made under",
  // "please confirm the card you paid with" — asked for by the frame, as a strong noun is)
  if (weak) return TELL_ME.test(prefix) || (UNDER_WHICH.test(after) && framed(prefix, isQuestion));
  if (HELPS.test(after) && BARE_BEFORE.test(sentence.slice(lead, start))) return true;
  if (REL_REQUEST.test(after) || (LACKS_WORD.test(prefix) && LACKS_MORE.test(prefix))) return true;
  return framed(prefix, isQuestion);
}

/** A request, need or lack frame running up to the noun (frames 2, 3 and 5). */
function framed(prefix: string, isQuestion: boolean): boolean {
  const opener = isQuestion ? QUESTION_OPENER.exec(prefix) : null;
  if ((opener && !CLAUSE_BREAK.test(opener[1])) || LACKS.test(prefix)) return true;
  const frame = FRAME.exec(prefix);
  return !!frame && !CLAUSE_BREAK.test(frame[1]) && !COMPLEMENT.test(frame[1]);
}

/**
 * A relative clause in the past whose preposition is left at its end, the noun its object: "the
 * reference (that) the booking was made under", "the card you paid with", "the address it was sent
 * to". The noun names the value an existing thing was done under, so the user has it; a wish ("the
 * address you'd like it sent to") chooses a value, and a preposition with its own object ("the card
 * you mentioned to the desk") ties the noun to nothing.
 */
const UNDER_WHICH = /^\s+(?:(?:that|which)\s+)?(?:you|we|they|it|he|she|(?:the|your|this|that)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:(?:was|were|got|has\s+been|had\s+been|have\s+been)\s+)?(?:originally\s+|first\s+|initially\s+|usually\s+)?(?!(?:would|will|want|wants|like|likes|prefer|need|needs|wish|can|could|should|shall|may|might|must)\b)[a-z]+\s+(?:(?:it|them|this|that|up|in|out)\s+)?(?:under|with|to|on|by|through)(?=\s*(?:[,.;:?!]|$|\s+(?:and|so|then|please|before|if|as)\b))/i;

/**
 * Questions that ask for a slot by the role its value plays, naming no noun for it: "When were you
 * born?" (a birth date), "Who's the booking under?" (a name), "How much did you pay?" (an amount
 * already paid, never a price to come: "How much would it cost?").
 */
const ROLE_WORD = /\b(?:born|under|much)\b/i;
const ROLE_QUESTIONS: Array<[RegExp, string]> = [
  [/\bwhen\s+(?:were|was)\s+(?:you|they|he|she|the\s+\w+(?:\s+\w+)?)\s+born\b/i, "date_of_birth"],
  [/\b(?:who|whose\s+name)(?:'s|’s|\s+is|\s+was)?\s+(?:the\s+\w+\s+|it\s+|this\s+|that\s+)(?:booked\s+|registered\s+)?under\b/i, "name"],
  [/\bhow\s+much\s+(?:did\s+you\s+(?:pay|spend|get\s+charged|transfer|send)|were\s+you\s+(?:charged|billed)|was\s+(?:it|that|the\s+\w+)(?!\s+(?:going|be))|did\s+(?:it|that|the\s+\w+)\s+cost)\b/i, "amount"],
];

/** "a number to text you on", "what number can we call": "number" with a phone verb after it names the phone slot */
const NUMBER_TO_CALL = /\bnumber(?=\s+(?:(?:to|for|that|which|we|i|they|can|could|should|shall|will|may|best)\s+){1,3}(?:call|text|ring|reach|phone|contact|message|whatsapp|sms)\b)/gi;
function withPhoneNumber(hits: NounHit[], sentence: string, vocab: Vocabulary): NounHit[] {
  const phone = vocab.byName.get("phone");
  if (!phone || !/\bnumber\b/i.test(sentence)) return hits;
  const more = allMatches(NUMBER_TO_CALL, sentence)
    .map((m) => ({ start: m.index!, end: m.index! + m[0].length, info: { slot: phone, weak: false } }))
    .filter((m) => !hits.some((h) => m.start < h.end && m.end > h.start));
  return more.length ? [...hits, ...more].sort((a, b) => a.start - b.start) : hits;
}

/**
 * Slots an agent message asks for, once per slot per sentence; `fields` adds known non-slot fields
 * matched by their key words. The slots are read once per text (facts and re-ask ask about the same
 * agent questions, re-ask with its fields): the fields are then matched against what each sentence
 * of that read left (issue 12 throughput).
 */
export function askedSlots(message: string, vocab: Vocabulary, fields: string[] = [], cache?: Map<string, Asked[]>): Asked[] {
  // (an email's closing asks nothing: "Kind regards, Ryan, Bookings" is no question for a booking)
  const text = withoutSignOff(message);
  let slots = cache && (cache.get(text) ?? askedMemo(vocab).get(text));
  if (!slots) {
    slots = readSlots(text, vocab);
    if (cache) (cache.set(text, slots), askedMemo(vocab).set(text, slots));
  }
  // a known field is named by its key words ("loyalty tier"), and an identifier field also by the
  // thing it identifies, as a weak noun ("which berth are you in?" for `berth_number`); any other
  // key with modifiers by its head word, weak too ("which cohort are you joining?" for
  // `preferred_cohort`: the modifiers say which, the head what). A weak word that is a wish verb names no field: such
  // a key ({"want": "different group"}, {"needs": …}) holds the customer's wish, and "Want that one?" offers (WISH_KEY)
  const fieldWords = fields.flatMap((f) => {
    const words = keyWords(f);
    const identifier = IDENTIFIER_HEAD.exec(words)?.[1];
    const thing = identifier ?? (words.includes(" ") ? words.slice(words.lastIndexOf(" ") + 1) : undefined);
    // (a head word read alone keeps the key's modifiers, to tell "shoe sizes" from `group_size`'s size)
    const modifiers = thing && !identifier ? words.split(" ").slice(0, -1) : null;
    // (and in the possessive, as English names a thing's attribute: "the child's name" for `childName`, "the owner's email" for `owner_email`)
    const last = words.lastIndexOf(" ");
    const possessive = last < 0 ? [] : ["'s", "’s"].map((s) => ({ field: f, words: `${words.slice(0, last)}${s}${words.slice(last)}`, weak: false, modifiers: null }));
    return [{ field: f, words, weak: !words.includes(" "), modifiers: null }, ...possessive, ...(thing ? [{ field: f, words: thing, weak: true, modifiers }] : [])];
  }).filter((f) => f.words.length >= 3 && !(f.weak && WISH_KEY.has(lemma(f.words))));
  if (!fieldWords.length) return slots;
  // each sentence's fields come right after its slots, as one pass over the text gave them
  const out: Asked[] = [];
  let next = 0;
  for (const { sentence, isQuestion, taken, seen, end } of sentenceReads.get(slots)!) {
    while (next < end) out.push(slots[next++]);
    const lower = sentence.toLowerCase();
    const named = new Set<string>();
    for (const f of fieldWords) {
      const at = wordsAt(lower, f.words);
      // (a key's words around a slot noun are read whole, as an open phrase is: "the site address" for
      // `site_address`, where the weak "address" alone asked nothing)
      if (at < 0 || taken.some(([s, e]) => at < e && at + f.words.length > s && !(at < s && at + f.words.length >= e))) continue;
      if (f.modifiers && modifiedOtherwise(lower.slice(0, at), f.modifiers)) continue;
      if (!seen.has(f.field) && !named.has(f.field) && requested(sentence, at, at + f.words.length, f.weak, isQuestion)) {
        named.add(f.field);
        out.push({ slot: null, field: f.field, sentence });
      }
    }
  }
  while (next < slots.length) out.push(slots[next++]);
  return out;
}

/** The verbs of wishing (a closed class of English), as a field's whole key: what the customer wants, no fact to ask for. */
const WISH_KEY = new Set(["want", "wanted", "need", "needed", "wish"]);

/**
 * A key's head word read alone ("size" of `group_size`, "cohort" of `preferred_cohort`) with another
 * noun right before it names another thing's: "what shoe sizes will people need?" asks nothing of the
 * group's size, "which tent pitch?" nothing of a `seat_pitch`. Before the head may stand a key's own
 * modifier, a function word (a frequency rank under 150: "the", "your", "which"), or a determiner or
 * adjective a bare noun question allows ("preferred", "exact", "current": BARE_BEFORE). A compound
 * word ("shoe-size") is its two words.
 */
function modifiedOtherwise(before: string, modifiers: string[]): boolean {
  const word = /([\p{L}]+)[\s-]+$/u.exec(before)?.[1];
  if (!word || modifiers.includes(word) || modifiers.includes(lemma(word))) return false;
  return frequencyRank(word) >= FUNCTION_RANK && !BARE_BEFORE.test(`${word} `);
}

/**
 * Where a key's words stand in a sentence as a field's name, else -1: as whole words (a plural ending
 * allowed), or inside a longer word whose rest is no word of its own ("reg" in "registration", "mail"
 * in "email"). A compound whose other part is a word names another thing: "court" is not asked for by
 * "courtroom", nor "site" by "website" (the other part at least three letters and common in English:
 * a frequency rank under 20,000, so "istration" and "ess" are no words).
 */
function wordsAt(lower: string, words: string): number {
  for (let at = lower.indexOf(words); at >= 0; at = lower.indexOf(words, at + 1)) {
    const before = /\p{L}*$/u.exec(lower.slice(0, at))![0];
    const after = /^\p{L}*/u.exec(lower.slice(at + words.length))![0];
    if (!before && /^(?:e?s)?$/.test(after)) return at;
    if (![before, after].some((part) => part.length >= 3 && frequencyRank(part) < COMMON_WORD_RANK)) return at;
  }
  return -1;
}
const COMMON_WORD_RANK = 20_000;

/** What a sentence's slot read left for matching fields: the spans its nouns took and the names it asked. */
interface SentenceRead {
  sentence: string;
  isQuestion: boolean;
  taken: Array<[number, number]>;
  seen: Set<string>;
  /** the read's slots up to the end of this sentence */
  end: number;
}
const sentenceReads = new WeakMap<Asked[], SentenceRead[]>();

function readSlots(text: string, vocab: Vocabulary): Asked[] {
  const out: Asked[] = [];
  const reads: SentenceRead[] = [];
  sentenceReads.set(out, reads);
  const sentences = text.split(SENTENCES);
  for (const [n, raw] of sentences.entries()) {
    const sentence = raw.trim();
    if (!sentence) continue;
    // "Just double-checking the email - what was it?": a question for "it" asks for the slot the
    // sentence before named last (when that sentence did not ask for it already)
    if (n > 0 && PRONOUN_QUESTION.test(sentence)) {
      const before = sentences[n - 1].trim();
      const last = nounsIn(before, vocab).filter((h) => h.info.slot && !h.info.weak).pop();
      if (last && !out.some((a) => a.sentence === before && a.slot === last.info.slot)) out.push({ slot: last.info.slot, sentence });
      continue;
    }
    // a message's last sentence left without a stop is a question typed without its mark
    // ("Sorry, your patient number", "And the postcode there"); a closed statement is not
    const isQuestion = sentence.endsWith("?") || (n === sentences.length - 1 && /[\w)'"]$/.test(sentence));
    const taken: Array<[number, number]> = [];
    const seen = new Set<string>();
    const open = openPhrasesIn(sentence);
    for (const { start, end, info } of withPhoneNumber(nounsIn(sentence, vocab), sentence, vocab)) {
      // "in order to" is a conjunction, not an order
      if (/^order$/i.test(sentence.slice(start, end)) && /\bin\s+$/i.test(sentence.slice(0, start)) && /^\s+to\b/i.test(sentence.slice(end))) continue;
      taken.push([start, end]);
      // "what is its name?": a thing's name (a venue's, a boat's), not the person's the name slot holds
      if (info.slot?.shape === "name" && THINGS_OWN.test(sentence.slice(0, start))) continue;
      const id = info.slot?.name ?? "*";
      if (seen.has(id) || !requested(sentence, start, end, info.weak, isQuestion)) continue;
      seen.add(id);
      // a modifier before the slot's noun may make it another thing: a "library card number" is
      // not a payment card's; the open field is kept beside the slot, and a known one wins (reask.ts)
      const wider = open.find((o) => o.start < start && o.end >= end);
      if (wider) seen.add(wider.field);
      out.push({ slot: info.slot, sentence, ...(wider ? { field: wider.field } : {}) });
    }
    for (const o of open) {
      // an open phrase around a slot noun is read whole when the noun alone asked nothing
      if (taken.some(([s, e]) => o.start < e && o.end > s && !(o.start < s && o.end >= e)) || seen.has(o.field)) continue;
      if (!requested(sentence, o.start, o.end, false, isQuestion)) continue;
      seen.add(o.field);
      // "the number on your card" names the card's slot
      const named = slotForKey(o.field, vocab);
      out.push(named ? { slot: named, sentence } : { slot: null, field: o.field, sentence });
    }
    // a question for the slot by its role, with no noun for it: "When were you born?"
    if (isQuestion && ROLE_WORD.test(sentence)) for (const [re, name] of ROLE_QUESTIONS) {
      const slot = vocab.byName.get(name);
      if (slot && !seen.has(name) && re.test(sentence)) (seen.add(name), out.push({ slot, sentence }));
    }
    reads.push({ sentence, isQuestion, taken, seen, end: out.length });
  }
  return out;
}

/** "its" (or "its full") right before a noun: the noun is a thing's, never a person's */
const THINGS_OWN = /\bits\s+(?:full\s+|exact\s+)?$/i;

/** True when a sentence/message asks anything (a question, or a request frame): used for reply evidence. */
export function isRequest(text: string): boolean {
  if (text.includes("?")) return /\?(?:\s|$)/.test(text);
  return REQUEST_WORD.test(text) && text.split(SENTENCES).some((s) => ANY_FRAME.test(s));
}
const YES_NO = /^(?:(?:ok|okay|so|and|great|sure|thanks|alright|right)[,!]?\s+)*(?:is|are|was|were|shall|should|do|does|did|can|could|would|will|have|has|may|might|am)\b/i;

/**
 * True when a message asks for something the user must state: a request frame, or a question that
 * is not an English yes/no question ("Shall I send it to the email on file?" asks for consent, and
 * a reply restating the email volunteers it). Questions in other languages count.
 */
export function asksForValue(message: string): boolean {
  let asks = asksValue.get(message);
  if (asks === undefined) {
    const text = withoutSignOff(message);
    asks = isRequest(text) && text.split(SENTENCES).some((s) => {
      const t = s.trim();
      return (t.endsWith("?") && !YES_NO.test(t)) || ANY_FRAME.test(t);
    });
    asksValue.set(message, asks);
  }
  return asks;
}

/**
 * Agent messages recur: a conversation rescored as it grows reads its questions again, and
 * templated questions recur across conversations. The slots asked (per vocabulary) and whether a
 * message asks for a value are kept by text (issue 12 throughput); callers only read them.
 */
const askedMemo = memosPer<Vocabulary, string, Asked[]>(2_000);
const asksValue = new Memo<string, boolean>(2_000);

/** a cheap first test: every request frame contains one of these words */
const REQUEST_WORD = new RegExp(`\\b(?:${VERBS}|need|require|want|may|can|could|might|do|let|like)\\b`, "i");
