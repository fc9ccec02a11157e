// The vocabulary of things a support agent asks a customer for ("slots"): how each is named in
// state keys (`order_id`, `recordLocator`), the noun phrases people use for it ("order number",
// "record locator"), and how its value looks. Shared by fact extraction, dropout, re-ask and
// freshness. A project extends the built-ins with its own entries (settings.vocabulary).
//
// Definitions and choices:
// - A slot is named by noun phrases. A *strong* noun ("policy number", "email", "IBAN") names the
//   slot wherever it is requested; a *weak* noun (a bare "order", "card", "claim") only in a
//   "which/what X" question or a bare "X?" — "can you confirm the order?" asks about the order,
//   not for its id. Plurals match their singular (lemma by suffix; no NLP model in the hot path).
// - Airline PNR / record locator / booking reference / reservation / confirmation code are one
//   slot (booking_id): they are the same value under different names.
// - Card values are kept as their last four digits (a Luhn-valid full number is reduced to them):
//   agents ask for the last four, and Baton need not store card numbers.
// - Generic nouns ("reference number") stand for whichever identity slot is known.
// - Open slots: "<thing> number/id/reference" that no entry lists is a slot of its own
//   ("invoice number" → invoice_number), so domains nobody listed still get their identifiers.
// - Nouns are looked up by word n-grams (nouns.ts), not by one large regular expression.
// Known limits: English nouns only (value shapes in values.ts are language independent); a noun
// a project uses that is not listed here must be added in its vocabulary setting.
import type { VocabularyEntry } from "../projects/settings";
import { Memo, memosPer } from "./memo";

/** What a value of the slot looks like when given alone ("It's 88123"). */
export type Shape = "code" | "locator" | "email" | "phone" | "date" | "last4" | "postcode" | "iban" | "name" | "amount" | "text";

export interface Slot {
  name: string;
  /** normalised key spellings (lowercase, letters and digits only) that mean this slot */
  keys: string[];
  /** noun phrases naming the slot, lowercase, singular */
  nouns: string[];
  /** nouns that name the slot only in a which/what question or a bare "X?" */
  weak: string[];
  shape: Shape;
  /** project-supplied value pattern (group 1, else the whole match) */
  pattern?: RegExp;
  /** an identity never goes stale (excluded from tool-result freshness) */
  identity: boolean;
}

const slot = (name: string, shape: Shape, keys: string[], nouns: string[], weak: string[] = [], identity = true): Slot => ({
  name,
  shape,
  keys,
  nouns,
  weak,
  identity,
});

export const SLOTS: Slot[] = [
  slot("order_id", "code",
    ["orderid", "ordernumber", "orderno", "ordernum", "order", "orderref", "orderreference", "purchaseid"],
    ["order number", "order id", "order no", "order reference", "order ref", "order #", "purchase number"], ["order"]),
  slot("email", "email",
    ["email", "emailaddress", "mail", "customeremail", "useremail", "contactemail"],
    ["email address", "e-mail address", "email", "e-mail", "mail address"]),
  slot("phone", "phone",
    ["phone", "phonenumber", "mobile", "mobilenumber", "tel", "telephone", "contactnumber", "cell", "callbacknumber"],
    ["phone number", "mobile number", "cell number", "cellphone number", "telephone number", "contact number", "callback number", "phone", "mobile"]),
  slot("account_id", "code",
    ["accountid", "accountnumber", "account", "accountno", "customerid", "customernumber", "memberid", "membernumber", "membershipnumber",
      "membershipid", "userid", "patientid", "patientnumber", "employeeid", "employeenumber", "staffid", "loyaltynumber"],
    ["account number", "account id", "account no", "account #", "customer id", "customer number", "member id", "member number",
      "membership number", "membership id", "patient id", "patient number", "employee id", "employee number", "staff id",
      "staff number", "loyalty number", "frequent flyer number"], ["account"]),
  slot("booking_id", "locator",
    ["bookingid", "bookingnumber", "booking", "bookingref", "bookingreference", "bookingcode", "reservationid", "reservation",
      "reservationnumber", "reservationcode", "confirmationnumber", "confirmationcode", "pnr", "recordlocator", "appointmentid"],
    ["booking reference", "booking number", "booking id", "booking code", "booking ref", "reservation number", "reservation code",
      "reservation id", "confirmation number", "confirmation code", "record locator", "pnr", "appointment id", "appointment number",
      "appointment reference"], ["booking", "reservation", "appointment"]),
  slot("ticket_id", "code",
    ["ticketid", "ticketnumber", "ticket", "caseid", "casenumber", "case", "incidentid", "incidentnumber", "incident", "requestid",
      "servicerequest", "srnumber", "casereference"],
    ["ticket number", "ticket id", "ticket #", "ticket reference", "case number", "case id", "case reference", "case #",
      "incident number", "incident id", "incident reference", "request number", "service request number"], ["ticket", "case", "incident"]),
  slot("claim_id", "code",
    ["claimid", "claimnumber", "claim", "claimref", "claimreference", "claimno"],
    ["claim number", "claim id", "claim reference", "claim ref", "claim no", "claim #"], ["claim"]),
  slot("policy_number", "code",
    ["policynumber", "policyid", "policy", "policyno", "policyref"],
    ["policy number", "policy id", "policy no", "policy #", "policy reference"], ["policy"]),
  slot("tracking_number", "code",
    ["trackingnumber", "trackingid", "tracking", "trackingcode", "consignmentnumber", "waybill", "waybillnumber", "parcelid", "parcelnumber",
      "shipmentid", "shipmentnumber"],
    ["tracking number", "tracking id", "tracking code", "tracking reference", "consignment number", "waybill number", "waybill",
      "parcel number", "parcel id", "shipment number", "shipment id"]),
  slot("iban", "iban",
    ["iban", "bankaccount", "bankaccountnumber", "ibannumber"],
    ["iban", "bank account number", "bank account"]),
  slot("card_last4", "last4",
    ["cardlast4", "cardlastfour", "last4", "lastfour", "cardnumber", "card", "cardending", "cardsuffix", "pan"],
    ["last four digits", "last 4 digits", "last four", "last 4", "card number", "card ending", "last digits"], ["card"]),
  slot("postcode", "postcode",
    ["postcode", "postalcode", "zip", "zipcode"],
    ["postcode", "post code", "postal code", "zip code", "zip"]),
  slot("date_of_birth", "date",
    ["dob", "dateofbirth", "birthdate", "birthday"],
    ["date of birth", "birth date", "birthdate", "birthday", "dob"]),
  slot("licence_plate", "code",
    ["licenceplate", "licenseplate", "plate", "platenumber", "numberplate", "registrationnumber", "vehicleregistration", "regnumber"],
    ["licence plate", "license plate", "plate number", "number plate", "registration number", "vehicle registration", "reg number",
      "licence plate number", "license plate number"], ["plate"]),
  slot("meter_number", "code",
    ["meternumber", "meterid", "meter", "meterserial", "meterserialnumber", "mpan", "mprn"],
    ["meter number", "meter id", "meter serial number", "meter serial", "mpan", "mprn"], ["meter"]),
  slot("asset_tag", "code",
    ["assettag", "assetid", "assetnumber", "serialnumber", "serial", "servicetag", "deviceid"],
    ["asset tag", "asset number", "asset id", "serial number", "serial", "service tag", "device id"], ["asset"]),
  slot("username", "text",
    ["username", "login", "loginid", "loginname"],
    ["username", "user name", "login name", "login id", "user id"]),
  slot("name", "name",
    ["name", "fullname", "customername", "firstname", "lastname", "surname"],
    ["full name", "your name", "first name", "last name", "surname", "name on the account"], ["name"]),
  slot("address", "text",
    ["address", "shippingaddress", "deliveryaddress", "homeaddress", "billingaddress", "street", "serviceaddress", "mailingaddress"],
    ["shipping address", "delivery address", "home address", "billing address", "mailing address", "street address", "service address",
      "postal address", "your address"], ["address"]),
  slot("amount", "amount",
    ["amount", "total", "price", "refundamount", "charge", "balance", "cost"], [], ["amount"], false),
  slot("date", "date",
    ["date", "orderdate", "deliverydate", "purchasedate", "eta", "duedate"], [], ["date"], false),
];

/** Nouns that stand for whichever identity slot is known ("what's the reference number?"). */
export const GENERIC_NOUNS = ["reference number", "reference code", "reference", "ref number", "confirmation"];
export const GENERIC_SLOTS = ["booking_id", "ticket_id", "claim_id", "order_id", "policy_number", "tracking_number", "account_id"];

export interface NounInfo {
  slot: Slot | null; // null = generic
  weak: boolean;
}

export interface Vocabulary {
  slots: Slot[];
  byKey: Map<string, Slot>;
  byName: Map<string, Slot>;
  nouns: Map<string, NounInfo>;
  /** first word of a noun phrase → the most words a phrase starting with it has */
  starts: Map<string, number>;
}

/**
 * Keys recur: every handoff of every conversation reads the same few state and payload keys
 * ("order_id", "reason"), several times each, so their normal forms and canonical fields are kept
 * (at most KEYS_KEPT of each; a pure function of the key, so what is kept changes speed, never a result).
 */
const KEYS_KEPT = 5_000;
const normalised = new Memo<string, string>(KEYS_KEPT);
export function normaliseKey(key: string): string {
  let n = normalised.get(key);
  if (n === undefined) normalised.set(key, (n = key.toLowerCase().replace(/[^a-z0-9]/g, "")));
  return n;
}

/** Singular of a noun phrase's head word (a suffix lemmatiser: enough for the nouns slots use). */
export function lemma(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s-]+/g, " ")
    .trim()
    .replace(/(\w{3,}?)(?:ies)$/, "$1y")
    .replace(/(\w{2,}(?:ss|sh|ch|x))es$/, "$1")
    .replace(/(\w{2,}[^s'])s$/, "$1");
}

/** The lookup key of a noun phrase: its words (letters/digits, "#") with the head lemmatised. */
export function nounKey(phrase: string): string {
  const ws = phrase.toLowerCase().match(/[a-z0-9]+|#/g) ?? [];
  if (ws.length) ws[ws.length - 1] = lemma(ws[ws.length - 1]);
  return ws.join(" ");
}

function compile(slots: Slot[]): Vocabulary {
  const byKey = new Map<string, Slot>();
  const byName = new Map<string, Slot>();
  const nouns = new Map<string, NounInfo>();
  for (const s of slots) {
    byName.set(s.name, s);
    for (const k of s.keys) byKey.set(k, s);
    byKey.set(normaliseKey(s.name), s);
    for (const n of s.nouns) nouns.set(nounKey(n), { slot: s, weak: false });
    for (const n of s.weak) if (!nouns.has(nounKey(n))) nouns.set(nounKey(n), { slot: s, weak: true });
  }
  for (const n of GENERIC_NOUNS) if (!nouns.has(n)) nouns.set(n, { slot: null, weak: n === "reference" || n === "confirmation" });
  const starts = new Map<string, number>();
  for (const k of nouns.keys()) {
    const ws = k.split(" ");
    starts.set(ws[0], Math.max(starts.get(ws[0]) ?? 0, ws.length));
  }
  return { slots, byKey, byName, nouns, starts };
}

export const DEFAULT_VOCABULARY = compile(SLOTS);

const cache = new Map<string, Vocabulary>();

/** The built-in slots extended by a project's vocabulary entries (compiled once per distinct setting). */
export function vocabularyFor(entries: VocabularyEntry[] | undefined): Vocabulary {
  if (!entries?.length) return DEFAULT_VOCABULARY;
  const id = JSON.stringify(entries);
  const hit = cache.get(id);
  if (hit) return hit;
  const slots = SLOTS.map((s) => ({ ...s, keys: [...s.keys], nouns: [...s.nouns], weak: [...s.weak] }));
  for (const e of entries) {
    let s = slots.find((x) => x.name === e.name);
    if (!s) slots.push((s = slot(e.name, "code", [], [], [], e.identity ?? true)));
    s.keys.push(...(e.keys ?? []).map(normaliseKey), normaliseKey(e.name));
    s.nouns.push(...(e.nouns ?? []).map((n) => n.toLowerCase()));
    if (e.pattern) s.pattern = new RegExp(e.pattern, "gi");
    if (e.identity !== undefined) s.identity = e.identity;
  }
  const v = compile(slots);
  if (cache.size > 100) cache.clear();
  cache.set(id, v);
  return v;
}

// Open slots: an identifier no vocabulary lists, named by the noun phrase "<thing> number/id/
// reference" ("invoice number", "application reference", "rental agreement no."). Its field is
// "<thing>_number" whatever the head, so "invoice id" and `invoiceNumber` are one field
// (nouns.ts finds the phrases).
const NOT_MODIFIER = new Set(
  ("a an the your my our their its his her this that these those which what whose any same new other another correct right " +
    "wrong valid full last first it's that's is was are be give send enter share provide confirm with for from and or of to in " +
    "on at by as me us you it phone contact reference ref number id tell need have get what's please again also just one " +
    // prepositions, like "for"/"with" above: "under hull number HN-4471" is the hull's number
    "under about regarding via per over into onto upon " +
    // evaluative adjectives say which value is wanted, not what it identifies ("best number to reach you")
    "best good preferred current usual main primary favourite favorite").split(" "),
);

/** The open field a noun phrase's modifier words name ("your invoice" → "invoice_number"), if any. */
export function openField(modifier: string): string | null {
  const words = modifier.toLowerCase().split(/[\s-]+/);
  while (words.length && NOT_MODIFIER.has(words[0])) words.shift();
  if (!words.length || words.some((w) => NOT_MODIFIER.has(w) || w.length < 3)) return null;
  return `${words.join("_").replace(/[^a-z0-9_]+/g, "")}_number`;
}

/** The open field a key stands for ("invoice_id", "applicationRef" → …_number), if any. */
const openKeyCache = new Map<string, string | null>();
export function openFieldForKey(key: string): string | null {
  let f = openKeyCache.get(key);
  if (f === undefined) {
    const m = /^(.+?) (?:number|id|no|num|ref|reference)$/.exec(keyWords(key));
    f = m ? openField(m[1]) : null;
    if (openKeyCache.size > 5000) openKeyCache.clear();
    openKeyCache.set(key, f);
  }
  return f;
}

/** The slot a state/payload/tool-result key stands for, if any. */
export function slotForKey(key: string, vocab: Vocabulary = DEFAULT_VOCABULARY): Slot | undefined {
  return vocab.byKey.get(normaliseKey(key));
}

/** canonicalField's answers per vocabulary, with no tracked fields (the default; with some it is worked out each time). */
const canonicalKept = memosPer<Vocabulary, string, string>(KEYS_KEPT);

/** Canonical field name for a key: the slot's name, a tracked field's own name, or the key itself. */
export function canonicalField(key: string, tracked: string[] = [], vocab: Vocabulary = DEFAULT_VOCABULARY): string {
  if (tracked.length) return canonicalOf(key, tracked, vocab);
  const kept = canonicalKept(vocab);
  let f = kept.get(key);
  if (f === undefined) kept.set(key, (f = canonicalOf(key, tracked, vocab)));
  return f;
}

function canonicalOf(key: string, tracked: string[], vocab: Vocabulary): string {
  const s = slotForKey(key, vocab);
  if (s) return s.name;
  const n = normaliseKey(key);
  return tracked.find((t) => normaliseKey(t) === n) ?? openFieldForKey(key) ?? key;
}

/**
 * A key whose last word is an identity slot's noun ("site_address", "venue_address", "contact_name"):
 * its value is a value of that kind, prose or not ("14 Harbour Row, Bristol BS1 5TT"), known under the
 * key's own words, which the receiver must use to ask for it ("the site address") — and, as an
 * identity, one that never goes stale (freshness.ts: "owner_address" is the owner's address).
 */
export function headNamesSlot(key: string, vocab: Vocabulary): boolean {
  const words = keyWords(key).split(" ");
  if (words.length < 2) return false;
  // ("best_bid_per_case", "price_per_booking": a rate per unit is an amount, not the unit's id)
  if (words[words.length - 2] === "per") return false;
  const hit = vocab.nouns.get(words[words.length - 1]);
  return !!hit?.slot?.identity;
}

/** Words of a key ("loyaltyTier" → "loyalty tier"), for matching a known field by its noun. */
export function keyWords(key: string): string {
  return lemma(key.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[_\-.]+/g, " "));
}
