// The vocabulary of things a support agent asks a customer for ("slots"), how each is named in
// state keys (`order_id`, `orderNumber`), how people ask for it ("which order", "order #"), and
// how its value looks in free text. Shared by fact extraction, dropout and re-ask detection.

export interface Slot {
  name: string;
  /** normalised key spellings (lowercase, letters and digits only) that mean this slot */
  keys: string[];
  /** phrases that ask for the slot in a question */
  ask: RegExp;
  /** captures the value in free text (group 1, else the whole match) */
  value?: RegExp;
  /** an identity never goes stale (excluded from tool-result freshness) */
  identity: boolean;
}

export const SLOTS: Slot[] = [
  {
    name: "order_id",
    keys: ["orderid", "ordernumber", "orderno", "ordernum", "order", "orderref", "orderreference", "purchaseid"],
    ask: /\b(order\s*(number|no\.?|id|#|reference|ref)|which order|the order (?:you|it)|order(?: number)? (?:is it|was it))\b/i,
    value: /\border\s*(?:number|no\.?|id|#|ref(?:erence)?)?\s*(?:is|:)?\s*#?\s*([A-Z]{0,4}-?\d{3,}[A-Z0-9-]*)/i,
    identity: true,
  },
  {
    name: "email",
    keys: ["email", "emailaddress", "mail", "customeremail", "useremail"],
    ask: /\b(e-?mail(?: address)?)\b/i,
    value: /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)/,
    identity: true,
  },
  {
    name: "phone",
    keys: ["phone", "phonenumber", "mobile", "mobilenumber", "tel", "telephone", "contactnumber"],
    ask: /\b((?:phone|mobile|cell|contact|telephone) number|number (?:we|i) can (?:reach|call))\b/i,
    value: /(\+?\d[\d\s().-]{7,}\d)/,
    identity: true,
  },
  {
    name: "account_id",
    keys: ["accountid", "accountnumber", "account", "customerid", "customernumber", "memberid", "userid"],
    ask: /\b(account (?:number|id|#)|customer (?:id|number)|member(?:ship)? (?:id|number))\b/i,
    value: /\b(?:account|customer|member)\s*(?:number|no\.?|id|#)?\s*(?:is|:)?\s*#?\s*([A-Z]{0,4}-?\d{4,}[A-Z0-9-]*)/i,
    identity: true,
  },
  {
    name: "booking_id",
    keys: ["bookingid", "bookingnumber", "booking", "reservationid", "reservation", "confirmationnumber", "confirmationcode", "pnr"],
    ask: /\b((?:booking|reservation|confirmation) (?:number|id|code|reference|#)|which (?:booking|reservation))\b/i,
    // the code must contain a digit and start at a word boundary ("booking reference" is not a code)
    value: /\b(?:booking|reservation|confirmation)\s*(?:number|no\.?|id|code|ref(?:erence)?|#)?\s*(?:is|:)?\s*#?\s*\b((?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{3,}[A-Z0-9])\b/i,
    identity: true,
  },
  {
    name: "ticket_id",
    keys: ["ticketid", "ticketnumber", "ticket", "caseid", "casenumber", "case", "incidentid"],
    ask: /\b((?:ticket|case|incident) (?:number|id|#|reference))\b/i,
    value: /\b(?:ticket|case|incident)\s*(?:number|no\.?|id|#)?\s*(?:is|:)?\s*#?\s*([A-Z]{0,4}-?\d{3,}[A-Z0-9-]*)/i,
    identity: true,
  },
  {
    name: "tracking_number",
    keys: ["trackingnumber", "trackingid", "tracking"],
    ask: /\b(tracking (?:number|id|code))\b/i,
    value: /\btracking\s*(?:number|no\.?|id|code|#)?\s*(?:is|:)?\s*\b((?=[A-Z0-9]*\d)[A-Z0-9]{8,})\b/i,
    identity: true,
  },
  {
    name: "name",
    keys: ["name", "fullname", "customername", "firstname", "lastname"],
    ask: /\b((?:your|full|first|last) name|who (?:am i|i am) speaking (?:with|to))\b/i,
    value: /\bmy name is ([A-Z][a-z]+(?: [A-Z][a-z]+)?)/,
    identity: true,
  },
  {
    name: "address",
    keys: ["address", "shippingaddress", "deliveryaddress", "homeaddress", "billingaddress", "street"],
    ask: /\b((?:shipping|delivery|home|billing|mailing|street) address|your address|address (?:on file|we should))\b/i,
    value: /\b(\d{1,5} [A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)* (?:Street|St|Avenue|Ave|Road|Rd|Lane|Ln|Boulevard|Blvd|Drive|Dr|Way|Court|Ct)\.?)/,
    identity: true,
  },
  {
    name: "date_of_birth",
    keys: ["dob", "dateofbirth", "birthdate", "birthday"],
    ask: /\b(date of birth|birth ?date|birthday|dob)\b/i,
    identity: true,
  },
  {
    name: "amount",
    keys: ["amount", "total", "price", "refundamount", "charge", "balance", "cost"],
    ask: /\b(how much (?:was|were|did)|the amount (?:of|you were))\b/i,
    value: /((?:[$€£]\s?\d[\d,]*(?:\.\d{1,2})?)|(?:\d[\d,]*(?:\.\d{1,2})?\s?(?:USD|EUR|GBP|dollars|euros)))/i,
    identity: false,
  },
  {
    name: "date",
    keys: ["date", "orderdate", "deliverydate", "purchasedate", "eta", "duedate"],
    ask: /\b(what date|which date|when did you (?:order|buy|purchase))\b/i,
    value: /\b(\d{4}-\d{2}-\d{2}|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{1,2}(?:st|nd|rd|th)?(?:,? \d{4})?)/,
    identity: false,
  },
];

const BY_KEY = new Map<string, Slot>();
for (const s of SLOTS) for (const k of s.keys) BY_KEY.set(k, s);

export function normaliseKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The slot a state/payload/tool-result key stands for, if any. */
export function slotForKey(key: string): Slot | undefined {
  return BY_KEY.get(normaliseKey(key));
}

/** Canonical field name for a key: the slot's name, a tracked field's own name, or the key itself. */
export function canonicalField(key: string, tracked: string[] = []): string {
  const slot = slotForKey(key);
  if (slot) return slot.name;
  const n = normaliseKey(key);
  return tracked.find((t) => normaliseKey(t) === n) ?? key;
}

const REQUEST = /\b(provide|share|send|give|tell|confirm|enter|type|spell|verify|let me know|need|what(?:'s| is| was)|which|may i (?:have|get)|can i (?:have|get)|could i (?:have|get))\b/i;

/**
 * Slots an agent message asks the user for: a sentence that names the slot and is a question
 * ("…?") or a request ("please share…"). A sentence that already contains the known value is a
 * confirmation ("Is your order 8812?"), not a question, and is left out by the caller.
 */
export function askedSlots(text: string): Array<{ slot: Slot; sentence: string }> {
  const out: Array<{ slot: Slot; sentence: string }> = [];
  for (const sentence of text.split(/(?<=[.?!])\s+|\n+/)) {
    const isQuestion = sentence.trim().endsWith("?");
    if (!isQuestion && !REQUEST.test(sentence)) continue;
    // "I've noted your email" is a statement: requests need a verb aimed at the user.
    if (!isQuestion && !/\b(please|could you|can you|would you|kindly|need|let me know)\b/i.test(sentence)) continue;
    for (const slot of SLOTS) if (slot.ask.test(sentence)) out.push({ slot, sentence });
  }
  return out;
}
