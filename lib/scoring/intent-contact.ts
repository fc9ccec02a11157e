// A request that only says how to reach the user or where to send something ("call me on 07700 900
// 517 when u know", "please send the invoice to ruth@example.org") names a contact value, which is a
// fact the handoff must carry (dropout, SPEC §3.1), not a thing the user wants done: it is neither
// the ask the final interpretation is compared with nor a part of a multi-part ask that can be lost.
// Read by form: a contact value (an e-mail address, or a phone number: "+" or "0" and 9–14 digits,
// spaces and dashes allowed) in a request clause whose only actions are verbs of contacting or
// sending (a closed class of English, not a domain list). "Please update my phone to 07700 900461"
// does something to the number (update): it stays an ask.
import type { Clause } from "./nlp/parse";

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/;
const PHONE = /(?:^|[^\d])(?:\+|0)\d(?:[\s-]?\d){8,13}(?!\d)/;
/** Verbs of contacting or sending: "call me", "ring us", "text me", "send it to", "reach me". */
const CONTACTING = new Set("call ring phone text email e-mail mail message contact reach send forward whatsapp telephone".split(" "));

/** The clause is a request whose only content is how to reach the user (a contact value and a verb of contacting). */
export function contactOnly(clause: Clause): boolean {
  if (!clause.request || !(EMAIL.test(clause.text) || PHONE.test(clause.text))) return false;
  return clause.terms.every((t) => t.pos !== "VERB" || CONTACTING.has(t.lemma));
}

/** The clauses with contact instructions read as statements (copies: parses are cached and shared). */
export function withoutContactRequests(clauses: Clause[]): Clause[] {
  return clauses.some(contactOnly) ? clauses.map((c) => (contactOnly(c) ? { text: c.text, terms: c.terms, request: false, refused: c.refused, phrasals: c.phrasals } : c)) : clauses;
}
