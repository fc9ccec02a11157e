// A request that only says how to reach the user or where to send something ("call me on 07700 900
// 517 when u know", "please send it to ruth@example.org") names a contact value, which is a
// fact the handoff must carry (dropout, SPEC §3.1), not a thing the user wants done: it is neither
// the ask the final interpretation is compared with nor a part of a multi-part ask that can be lost.
// Read by form: a contact value (an e-mail address, or a phone number: "+" or "0" and 9–14 digits,
// spaces and dashes allowed) in a request clause whose only actions are verbs of contacting or
// sending (a closed class of English, not a domain list). "Please update my phone to 07700 900461"
// does something to the number (update): it stays an ask. Any other fact given beside the ask (a
// reference, a date of birth: factOnly, below) is no part of it either. Sending a thing no other clause
// names ("… and send the invoice to ruth@example.org") is a request of its own (sendsNewThing, rule sentThing), and so is
// a request for things that gives a number beside them ("can i get 4 masala dosa …, 07700 112 934": asksForThings, rule
// contactThings).
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import { SPECIFIC_RANK, type Clause, type Term } from "./nlp/parse";
import { CALENDAR_WORD } from "./values";

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:^|[^\d])(?:\+|0)\d(?:[\s-]?\d){8,13}(?!\d)/;
/** Verbs of contacting or sending: "call me", "ring us", "text me", "send it to", "reach me". */
const CONTACTING = new Set("call ring phone text email e-mail mail message contact reach send forward whatsapp telephone".split(" "));

/** The clause is a request whose only content is how to reach the user (a contact value and a verb of contacting). */
export function contactOnly(clause: Clause, all: readonly Clause[] = [clause]): boolean {
  if (!clause.request || !(EMAIL.test(clause.text) || PHONE.test(clause.text))) return false;
  return clause.terms.every((t) => t.pos !== "VERB" || CONTACTING.has(t.lemma)) && !(RULE.sentThing && sendsNewThing(clause, all)) && !(RULE.contactThings && asksForThings(clause));
}

/**
 * Rule `contactThings` (sixty-second session): "can i get 4 masala dosa and 2 onion uttapam for collection at 6:15,
 * name Deepa, 07700 112 934" asks for things and gives a number beside them. With no verb of contacting, a clause that
 * asks in its own words (Clause.asking: "the confirmation went to x@y if that helps" tells, though it reads as a request)
 * and names a thing outside a prepositional phrase — a word of its own (parse.ts SPECIFIC_RANK: not "name" or
 * "details"), no means of contact, no time, no value — is a request for that thing, not an instruction how to reach the
 * user ("Mobile 07700 900517 please" and "ring me on 07700 900517" stay contact instructions).
 */
function asksForThings(clause: Clause): boolean {
  if (!clause.asking || clause.terms.some((t) => t.pos === "VERB" && CONTACTING.has(t.lemma))) return false;
  return clause.terms.some((t) => t.pos === "NOUN" && !t.inPhrase && !t.negated && t.rank >= SPECIFIC_RANK && !/[\d@]/.test(t.value) && !MEANS_OF_CONTACT.test(t.lemma) && !timeWord(t.lemma));
}

/**
 * Rule `sentThing` (fifty-seventh session): "… and pls send the invoice to accounts@brightwaterfest.co.uk not me"
 * (blind-cl1, beside a new logo and more drones) asks for a thing to be sent, the invoice, that no other clause of
 * the ask names: it is a request of its own, which can be lost, not where to send what the rest asks for ("quote
 * for the stand, and send it to x@y", "… the quote? send the quote to x@y" stay contact instructions). The thing is
 * the object of the verb: a noun outside a prepositional phrase ("to my work email" is where), with no digit or
 * "@", that is no means of contact ("email", "number") and no time ("tomorrow", "Friday") — closed classes of English.
 */
const SENDING = new Set("send forward email e-mail mail text message whatsapp".split(" "));
const MEANS_OF_CONTACT = /^(?:e-?mail|mail|address|number|phone|mobile|cell|landline|line|inbox|text|message|voicemail|whatsapp|contact|detail|work|home|office|personal|business)$/i;
/** A time of sending that is no thing sent: a day or month's name (values.ts CALENDAR_WORD), its short form, or a relative time. */
const TIME_WORD = /^(?:today|tomorrow|tonight|morning|afternoon|evening|night|week|weekend|fortnight|month|day|asap|later|now|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/i;
const timeWord = (lemma: string) => TIME_WORD.test(lemma) || CALENDAR_WORD.test(lemma);
function sendsNewThing(clause: Clause, all: readonly Clause[]): boolean {
  const verb = clause.terms.findIndex((t) => t.pos === "VERB" && SENDING.has(t.lemma));
  if (verb < 0) return false;
  const things = clause.terms.slice(verb + 1).filter((t) => t.pos === "NOUN" && !t.inPhrase && !/[\d@]/.test(t.value) && !MEANS_OF_CONTACT.test(t.lemma) && !timeWord(t.lemma));
  const elsewhere = new Set(all.filter((c) => c !== clause).flatMap((c) => c.terms.map((t) => t.stem)));
  return things.some((t) => !elsewhere.has(t.stem));
}

/** The clauses with contact instructions read as statements (copies: parses are cached and shared). */
export function withoutContactRequests(clauses: Clause[]): Clause[] {
  const only = clauses.map((c) => contactOnly(c, clauses));
  return only.includes(true) ? clauses.map((c, i) => (only[i] ? { ...c, request: false } : c)) : clauses;
}

/**
 * A clause that only gives a fact — a value and the words labelling it, with no action of its own
 * ("ref JMP-448120", "My DOB is 02/11/1987 if you need it", "born 12 Feb 1967 in case your insurer
 * needs it") — is state the handoff must carry (SPEC §3.1: its loss is dropout), not a part of what
 * the user asks for (§3.3), as a contact instruction is not (above). A value is a word
 * with a digit or a month's name (a bare number is no term: it is read in the text); a label is a
 * noun a value follows, directly, after "is"/":", or after one more noun ("cert number 1904AB7712",
 * "date of birth is …"), or a gerund right before a value (wink tags "booking KY-5521" a verb); the
 * only other verbs are past participles ("born"); what follows "if"/"in case"/"unless" after the
 * value is the condition on giving it ("Serial number 55120-K if the tuner needs it"). "Cancel order
 * 73001" does something to the value, and "Table for 4?" names a thing: both stay parts.
 */
/** A question word opening an auxiliary question ("when will …", "where is …", "how long does …"): the clause asks. */
export const WH_QUESTION = /\b(?:when|where|what|which|how(?:\s+(?:long|soon|much|many))?|why|who)\s+(?:will|would|can|could|is|are|was|were|do|does|did|has|have|should|shall|'s)\b/i;
const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:[a-z]*)$/i;
const VALUE = String.raw`(?:(?:is|are|was|were|:|-|=)\s*)?#?[a-z]{0,4}[-\s]?\d`;
const VALUE_NEXT = new RegExp(String.raw`^\s*${VALUE}`, "i");
const VALUE_AFTER_LABEL = new RegExp(String.raw`^\s*(?:(?:of\s+)?(?!(?:for|at|on|in|to|by|from|with|and|or|is|are|was)\b)[a-z]+\s+)?${VALUE}`, "i");
/** "if you need it", "in case you want them": the user offers the value; it asks for nothing */
const OFFERED = /\b(?:if|in case)\s+(?:you|u)\s+(?:need|want|require)\s+(?:it|them|this|that)\b/g;
/**
 * Each term's place in `text` (lower-cased), read left to right as written: where it starts (-1 when
 * not found as written) and where reading goes on after it (factOnly, intent.ts framedOnly).
 */
export function placesOf(text: string, terms: Term[]): Array<{ at: number; after: number }> {
  let from = 0;
  return terms.map((t) => {
    const written = t.value.toLowerCase();
    const at = text.indexOf(written, from);
    if (at >= 0) from = at + written.length;
    return { at, after: from };
  });
}

export function factOnly(c: Clause): boolean {
  if (!/\d/.test(c.text)) return false;
  // ("when will DC-3188 be sent out?": a question about the value asks something of it, rule askedOfValue)
  if (RULE.askedOfValue && WH_QUESTION.test(c.text)) return false;
  // ("Booking ref if you need it BNC-31907": the offer may stand between the label and its value, rule offeredValue —
  // a clause of its own since rule codeFullStop ends the sentence before it)
  const lower = c.text.toLowerCase();
  const text = RULE.offeredValue ? lower.replace(OFFERED, (m) => " ".repeat(m.length)) : lower;
  // (an offered value's label may be a gerund and a noun: "Booking ref if you need it BNC-31907")
  const offered = RULE.offeredValue && text !== lower;
  // ("… if the tuner needs it", "… in case your insurer asks": a condition on giving it, no thing asked for —
  // only after a value: "tell me if I can bring my dog to the 5K" asks whether, it gives nothing)
  const at = text.search(/\b(?:if|in case|unless)\b/);
  const condition = at > text.search(/\d/) ? at : -1;
  const places = placesOf(text, c.terms);
  return c.terms.every((t, i) => {
    const written = t.value.toLowerCase();
    const { at, after: from } = places[i];
    if ((condition > 0 && at > condition) || t.inPhrase || /\d/.test(t.value) || (t.pos === "PROPN" && MONTH.test(t.value))) return true;
    const rest = text.slice(from);
    if (at >= 0 && (t.pos === "NOUN" || t.pos === "PROPN") && VALUE_AFTER_LABEL.test(rest)) return true;
    if (t.pos !== "VERB") return false;
    return at >= 0 && written.endsWith("ing") ? (offered ? VALUE_AFTER_LABEL : VALUE_NEXT).test(rest) : written !== t.lemma && !/(?:ing|s)$/.test(written);
  });
}
