// The forms in which a user rejects what the agent made of the ask (intent.ts objection(): the
// user's objection or correction after the final agent spoke is drift evidence unless the
// interpretation keeps what they insist on). Each is anchored at the start of the message: "as I
// said" after a value ("07700 900123, as I said") is re-ask evidence, not a correction.
//
// Rule `correctionForms` (drift25d) widens them by grammar, not by words of any trade: the speaker
// may be "we" (an office, a school or a couple writes "That isn't what we asked for", "we said
// the Friday"), the copula may be contracted with its negation ("that isn't what", "this wasn't
// what"), and the objection may open with a one-word exclamation in any language ("Nein! I said opt
// OUT", "Seriously! I asked for…"), as it already could with a word and "??" ("Ended?? I only
// wanted a break"). An exclamation of thanks or greeting ("Great! I said to my wife…") opens none.

export interface ObjectionForms {
  /** a reply that rejects what the agent just did or said: "No, I said cancel it", "What? I just want …" */
  objects: RegExp;
  /**
   * a correction: the user says what they asked for, or that they asked for something else ("I didnt
   * say cancel, I said hold it", "??? I asked for one to be ADDED", "Neither. I said cancel.",
   * "That's the opposite of what I asked"). It states that the agent's reading differs from the ask,
   * so it is evidence of drift even when the words alone cannot tell which way.
   */
  corrects: RegExp;
  /**
   * the agent misunderstood, in the other forms English has for it (drift16): the hearer's failure to
   * understand ("I don't think you understood", "you got it wrong"), the reply's contradiction of what
   * was said ("That is not what I asked for at all", "that's... the opposite of what I said"), and
   * the ask restated after an objecting interjection or a contrastive "but" ("What? I just want to
   * pause my payments", "But I wanted to keep it until Sunday??"). A present "want" counts only after
   * "no"/"what" ("I just want to say thanks" restates nothing), and "but" only before a past
   * "wanted/asked/said/meant", which points back at the ask ("But I have full cover" does not).
   */
  misunderstood: RegExp;
}

/** words that open a message with "!" in thanks, assent or greeting, never in protest */
const GLAD = String.raw`(?:thanks|thank|ta|great|perfect|lovely|brilliant|excellent|wonderful|awesome|fantastic|amazing|super|fab|ok|okay|cheers|yes|yeah|yep|yay|cool|nice|fine|right|sure|good|hi|hello|hey|morning|evening)`;

/**
 * Rule `hedgedObjection` (drift28): a polite speaker, and most of all one writing English as a
 * second language, softens the objection with an opinion or an apology before it ("Hmm, I think
 * this is not what I ask", "Sorry, that is not what I mean", "I am afraid this isn't what we
 * wanted"). The hedge is a closed class of English (a verb of opinion with "I", an apology); what
 * follows it must still be one of the forms below, anchored where the hedge ends.
 */
const HEDGE = String.raw`(?:(?:i think|i believe|i(?:['’]?m| am) afraid|sorry|excuse me|pardon(?: me)?)\b[\s,.…-]*)?`;

/**
 * Rule `unheardObjection` (thirty-second session): the user asks whether the agent attended to what
 * they wrote at all — "did you read my email?", "Did you even read what I wrote?", "are you
 * listening?", "have you actually read my message", "I don't think you read it" — the hearer's
 * failure to take in the ask, where the forms above name a failure to understand it. A question
 * of reading, listening or hearing addressed to "you" (or "anyone") at the start of the message
 * (after a hedge, which may now be "I'm sorry,") or of any later sentence of it, in any trade. "Did
 * you get my email?" (receipt) and "did you see the photos?" (an attachment) are not it.
 */
const UNHEARD = String.raw`(?:(?:did|have|has|do|does)\s+(?:you|any\s?one|any\s?body|some\s?one|some\s?body)\s+(?:even\s+|actually\s+|really\s+|not\s+)?(?:read|listen|hear)\b|(?:(?:are|were)\s+you|(?:is|was)\s+(?:any|some)\s?(?:one|body))\s+(?:even\s+|actually\s+|really\s+)?(?:listening|reading)\b|(?:i|we)\s+(?:don['’]?t|do not)\s+think\s+you\s+(?:even\s+|actually\s+)?(?:read|listened|heard)\b)`;
const SORRY_HEDGE = String.raw`(?:i(?:['’]?m| am) sorry\b[\s,.…-]*)?`;

/**
 * Rule `askedNotTo` (thirty-second session): "that is exactly what we asked you NOT to do", "this is
 * what I told you not to do" — the agent did what the user had ruled out, said in the words of the
 * ruling-out itself: a correction in any trade.
 */
const ASKED_NOT_TO = String.raw`(?:that|this)(?:['’]?s|\s+is|\s+was)\s+(?:exactly\s+|precisely\s+|just\s+)?what\s+(?:i|we)\s+(?:asked|told|said|wanted|begged)\s+(?:you\s+)?not\s+to\b`;

/**
 * Rule `acknowledgedObjection` (thirty-fourth session): the contradiction may follow a polite acknowledgement and
 * "but" — "that's nice but it wasn't what I asked", "Thanks, but that isn't what we wanted", "ok but this is the
 * opposite" — and may say "it" for the reply, as it says "that" ("it's not what I asked for"). English softens a
 * correction so in any trade; the acknowledgements are a closed class, and "but" must follow them.
 */
const ACKNOWLEDGED = String.raw`(?:(?:(?:that|it)(?:['’]?s| is)\s+(?:very\s+|really\s+)?(?:nice|kind|lovely|great|good|helpful|fine|sweet)(?:\s+of\s+you)?|thanks|thank you|ok|okay|sure|fine|great|lovely|cheers)[\s,.!]*but\W+)?`;

/** Which widenings of the forms are read (each a rule of drift-tuning.ts; see the notes above and objectionForms). */
export interface FormOptions {
  wide: boolean;
  hedged?: boolean;
  focused?: boolean;
  unheard?: boolean;
  notTo?: boolean;
  emphatic?: boolean;
  acked?: boolean;
  notItIs?: boolean;
}

/**
 * Rule `notItIs` (sixty-first session): "It's not an event, it's every week??", "it's not for me, it's for my son", "that's
 * not a refund, it's a swap": the user says what the ask is not and then what it is, two clauses of "it"/"that" and the
 * copula, the first denied. English corrects a misreading so in any trade; it states that the agent's reading differs
 * from the ask, as "that's not what I asked" does.
 */
const NOT_IT_IS = String.raw`(?:it|that|this)(?:['’]?s|\s+is|\s+was)\s+not\b[^.;!?]{1,40}?[,;:–—-]\s*(?:it|that|this)(?:['’]?s|\s+is)\b`;

/**
 * What a "not X, it's Y" correction says the ask is: the text from its second "it's" on ("it's an obelisk I'm after"), or
 * null when the message is no such correction. The denied X repeats the agent's misreading, so it is not what the
 * interpretation must keep.
 */
const DENIAL_FIRST = new RegExp(String.raw`^\W*(?:(?:no|nope|what)\b\W*)*${NOT_IT_IS}`, "i");
export function assertedAfterDenial(text: string): string | null {
  const m = DENIAL_FIRST.exec(text);
  if (!m) return null;
  // (the match ends at the second clause's copula: the asserted part starts at its subject)
  const second = /(?:it|that|this)(?:['’]?s|\s+is)$/i.exec(m[0]);
  return second ? text.slice(m.index + second.index) : null;
}

function build({ wide, hedged = false, focused = false, unheard = false, notTo = false, acked = false, emphatic = false, notItIs = false }: FormOptions): ObjectionForms {
  // Chat is typed without apostrophes ("I didnt say cancel") and often opens with a hesitation ("err",
  // "hang on", "hold on", "wait" before "no") or the agent's word echoed in disbelief ("Ended?? I only
  // wanted a break") before the objection itself.
  const exclaimed = wide ? String.raw`|(?!${GLAD}\b)[a-z]+\s*!+` : "";
  const HESITATION = String.raw`(?:(?:(?:er+|erm|um+|uh+|hmm+|hang on|hold on|wait(?=\W+(?:no|nope)\b))\b|[a-z]+\s*\?[?!]+${exclaimed})\W*)?` + (hedged ? HEDGE : "");
  const I = wide ? "(?:i|we)" : "i";
  // ("I literally said don't send it", "we clearly asked for …", "I specifically wanted …": an adverb of
  // focus or emphasis between the speaker and the verb, as "only" and "just" stand there — rule focusedObjection)
  const FOCUS = wide && focused ? String.raw`(?:only |just |already |[a-z]+ly )?` : "(?:only |just )?";
  // ("That is literally the opposite of what I said", "that's exactly not what we asked", "this is just not what I
  // meant": an adverb of emphasis between the copula and the contradiction, as it stands between the speaker and
  // the verb above — rule emphaticObjection)
  const EMPH = emphatic ? String.raw`(?:(?:[a-z]+ly|just)\s+)?` : "";
  const isNot = wide ? String.raw`that'?s not|that is not|that (?:isn'?t|wasn'?t)` : String.raw`that'?s not|that is not`;
  const objects = new RegExp(String.raw`^\W*${HESITATION}(?:no|nope|what|wait|neither|${isNot}|not what|${I} didn'?t|${I} did not|${I} never|${I} ${FOCUS}said)\b`, "i");
  const corrects = new RegExp(
    String.raw`^\W*${HESITATION}(?:(?:no|nope|what)\b\W*)*(?:${notItIs ? `${NOT_IT_IS}|` : ""}neither\b|that'?s ${EMPH}(?:not what|the opposite)|not what ${I}\b|${I} (?:didn'?t|did not|never) (?:say|said|ask|asked|want|wanted|mean|meant)\b|${I} ${FOCUS}(?:said|asked|wanted|meant)\b)`,
    "i",
  );
  const UNDERSTAND = String.raw`(?:understand|understood|get it|get me|follow)`;
  const THAT = acked ? "(?:that|this|it)" : "(?:that|this)";
  const contracted = wide ? String.raw`|${THAT} (?:isn['’]?t|wasn['’]?t) what\b` : "";
  const misunderstood = new RegExp(
    String.raw`^\W*${HESITATION}${unheard ? SORRY_HEDGE : ""}${acked ? ACKNOWLEDGED : ""}(?:(?:no|nope|what)\b\W*)*(?:` +
      (unheard ? `${UNHEARD}|` : "") +
      (notTo ? `${ASKED_NOT_TO}|` : "") +
      String.raw`(?:i think )?you(?:['’]ve| have)? (?:(?:do not|don['’]?t|did not|didn['’]?t|have not|haven['’]?t) ${UNDERSTAND}|misunderstood|misread|(?:got|get) (?:it|me|that|this) wrong)\b` +
      String.raw`|${I} (?:do not|don['’]?t) think you(?:['’]ve| have)? ${UNDERSTAND}\b` +
      String.raw`|${THAT}(?:['’]?s| is| was)[\s.,…-]*${EMPH}(?:not what|the (?:exact )?opposite)\b${contracted}` +
      String.raw`|(?:no|nope|what)\b\W*${I} ${FOCUS}(?:want|need)\b` +
      String.raw`|but\W+${I} ${FOCUS}(?:wanted|asked|said|meant)\b)` +
      // (the hearer's failure to attend opens any sentence of the message: "I want to sell mine. Did anyone read what I wrote?")
      (unheard ? String.raw`|[.!?…]\s+${SORRY_HEDGE}${UNHEARD}` : ""),
    "i",
  );
  return { objects, corrects, misunderstood };
}

const BUILT = new Map<string, ObjectionForms>();
const OPTION_KEYS = ["wide", "hedged", "focused", "unheard", "notTo", "acked", "emphatic", "notItIs"] as const;

/**
 * The objection forms read: widened by grammar when rule `correctionForms` is on (`wide`), after a hedge when rule
 * `hedgedObjection` is, with an adverb of focus before the verb when rule `focusedObjection` is, with the hearer's
 * failure to attend when rule `unheardObjection` is, with "that is what we asked you not to do" when rule
 * `askedNotTo` is, after an acknowledgement and "but" when rule `acknowledgedObjection` is, and with an adverb of
 * emphasis after the copula when rule `emphaticObjection` is (built once each).
 */
export function objectionForms(options: FormOptions): ObjectionForms {
  const key = OPTION_KEYS.map((k) => (options[k] ? "1" : "0")).join("");
  let f = BUILT.get(key);
  if (!f) BUILT.set(key, (f = build(options)));
  return f;
}

/**
 * Rule `refusedOffer` (drift30c): the user turns down what the final agent offered and says again
 * what they want, in two clauses of one message — "I don't want a tent, I want Sunday!", "We don't
 * want the upgrade. We just need the leak fixed". The first clause refuses the offer, the second
 * restates the ask; English puts a refusal of a proposal so, in any trade. Read as an objection
 * (intent.ts objection()): drift only when the interpretation does not keep what the user insists
 * on, and only when the message names a word of the ask or refuses an action.
 */
/** The want said again after the refusal or dismissal: its own clause, to the message's end. */
const WANT_AGAIN = String.raw`\s*((?:(?:but|no)\b\W*)?(?:i|we) (?:just |only |really )?(?:want|need|asked for)\b.*)$`;
export const REFUSED_OFFER = new RegExp(String.raw`^\W*(?:(?:no|nope|er+|um+|hmm+)\b\W*)?(?:i|we) (?:don['’]?t|do not) want\b[^.!?]*[.,;!?]+` + WANT_AGAIN, "is");

/**
 * Rule `dismissedOffer` (thirty-sixth session): the offer may be waved aside rather than refused — "I don't care about
 * the shine, I need it to TURN", "we do not care about the colour, we just want it working" — before the ask is said
 * again. The dismissal is a closed form of English ("don't care about/for"), in any trade; the want after it is read as
 * refusedOffer's is.
 */
const DISMISSED_OFFER = new RegExp(String.raw`^\W*(?:(?:no|nope|er+|um+|hmm+|look)\b\W*)?(?:i|we) (?:really |honestly )?(?:don['’]?t|do not) (?:really )?care (?:about|for)\b[^.!?]*[.,;!?—–-]+` + WANT_AGAIN, "is");

/** The want a refusal (or, with rule dismissedOffer, a dismissal) of the offer restates ("I want Sunday!"), judged alone: the refused offer's words are no part of it. */
export const restatedWant = (message: string, dismissed = false): string | null => REFUSED_OFFER.exec(message)?.[1] ?? (dismissed ? DISMISSED_OFFER.exec(message)?.[1] : null) ?? null;
