// PII redaction (issue 17 item 3): replaces emails, phone numbers, card numbers, IBANs and the
// values of configured keys by a typed token before anything is stored. Pure: the ingest path
// (lib/privacy/redact-events.ts) decides when, this module decides what.
//
// Choices:
// - Tokens: hash mode `<email:3f9a0c1d2e4b>` = the first 12 hex digits of HMAC-SHA256(key,
//   project id + kind + normalised value), so the same value gives the same token within a project
//   (scorers can still compare them) and nothing can be matched across projects or without the
//   key; mask mode `<email>` keeps only the kind.
// - Detectors reuse the scorers' value shapes (lib/scoring/values.ts): a card must pass Luhn
//   (13–19 digits, no epoch-millisecond time: values.ts mayBeCard), an IBAN mod-97, a phone needs
//   phone formatting ("+44 20 7946 0018", "(415) 555-0134", "415-555-0134") — a bare digit run or
//   a date is never a phone. A card or phone glued to letters (inside an id such as a hex trace id)
//   is left alone, and so is a Luhn-valid number right after the word "IMEI" (device ids carry a
//   Luhn digit too).
// - Cards: redaction is deliberately more cautious than the scorers' kinding (values.ts
//   isPaymentCard, ISO/IEC 7812 issuer digits, 15 digits only Amex/UATP). It masks every run that
//   may be a card, so an IMEI typed without its word (15 digits, 35…) is masked too. The two
//   mistakes do not cost the same: a card left in clear is stored for good, beyond what the project
//   asked to keep; a device id masked by mistake loses only its literal — in hash mode it becomes the
//   same token each time, so the scorers still see one value given twice. And cards exist outside
//   the issuer rule a scorer may use (national schemes numbered 8… or 9…, older 15-digit ranges),
//   while for the scorers a run that is no card is still a reference, and a code read as a card
//   would invent a card fact. One test (mayBeCard) for "may be a card", shared; the issuer rule
//   only where a wrong kind costs more than a wrong mask.
// - Overlaps: email, then IBAN, then card, then phone; text already inside a token is never
//   re-read, so redacting twice changes nothing (derived events pass through ingest again).
// - Configured keys (settings.redaction.keys, case-insensitive): the whole value under that key,
//   at any depth, becomes `<key:…>` (hashed as JSON, so equal values match).
// Known limits: phone formats are NANP, E.164 and common European groupings; names, addresses
// and free-form identifiers are only redacted when they sit under a configured key.
import crypto from "node:crypto";
import { DATE_RE, EMAIL_RE, ibanValid, IBAN_RE, mayBeCard, PHONE_FORMATTED_RE } from "../scoring/values";
import { isToken, TOKEN_HEX, TOKEN_RE, type PiiKind } from "./tokens";

export interface Redactor {
  mode: "mask" | "hash";
  /** HMAC key (BATON_REDACTION_KEY); required for hash mode */
  key: string | null;
  projectId: string;
  /** configured keys, lower-cased */
  fieldKeys: ReadonlySet<string>;
}

const IMEI_BEFORE = /\bimei\b[^\d]{0,20}$/i;
const CARD_WORD_RE = /(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])/g;

const digits = (s: string) => s.replace(/\D/g, "");

function normalise(kind: PiiKind, value: string): string {
  if (kind === "email") return value.toLowerCase();
  if (kind === "phone" || kind === "card") return digits(value);
  if (kind === "iban") return value.replace(/\s+/g, "").toUpperCase();
  return value;
}

/** Recent tokens: a value recurs across a conversation's events, and an HMAC costs ~20 µs. */
const recent = new Map<string, string>();
const RECENT_MAX = 20_000;

export function token(kind: PiiKind, value: string, r: Redactor): string {
  if (r.mode === "mask" || !r.key) return `<${kind}>`;
  const input = `${r.projectId}\u0000${kind}\u0000${normalise(kind, value)}`;
  const cacheKey = `${r.key}\u0000${input}`;
  let t = recent.get(cacheKey);
  if (!t) {
    t = `<${kind}:${crypto.createHmac("sha256", r.key).update(input).digest("hex").slice(0, TOKEN_HEX)}>`;
    if (recent.size >= RECENT_MAX) recent.clear();
    recent.set(cacheKey, t);
  }
  return t;
}

interface Found {
  start: number;
  end: number;
  kind: PiiKind;
}

/** The longest prefix of an IBAN-shaped match that passes mod-97 (a match may run into capitalised words). */
function ibanPrefix(m: string): string | null {
  let s = m.trimEnd();
  while (s.replace(/\s+/g, "").length >= 15) {
    if (ibanValid(s)) return s;
    const cut = s.lastIndexOf(" ");
    if (cut < 0) return null;
    s = s.slice(0, cut);
  }
  return null;
}

/** PII in a stretch of text without tokens, in order, non-overlapping. */
export function findPii(text: string): Found[] {
  if (!/[\d@]/.test(text)) return [];
  const found: Found[] = [];
  const free = (s: number, e: number) => !found.some((f) => s < f.end && e > f.start);
  const add = (start: number, end: number, kind: PiiKind) => {
    if (free(start, end)) found.push({ start, end, kind });
  };
  if (text.includes("@")) for (const m of text.matchAll(EMAIL_RE)) add(m.index!, m.index! + m[0].replace(/\.$/, "").length, "email");
  for (const m of text.matchAll(IBAN_RE)) {
    const v = ibanPrefix(m[0]);
    if (v) add(m.index!, m.index! + v.length, "iban");
  }
  for (const m of text.matchAll(CARD_WORD_RE)) {
    // an IMEI (15 digits) carries a Luhn check digit too: after the word IMEI it is a device id
    if (mayBeCard(digits(m[0])) && !IMEI_BEFORE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) add(m.index!, m.index! + m[0].length, "card");
  }
  let dates: Array<{ start: number; end: number }> | null = null;
  for (const m of text.matchAll(PHONE_FORMATTED_RE)) {
    const v = m[0].trimEnd();
    const n = digits(v).length;
    const start = m.index!;
    if (n < 7 || n > 15) continue;
    dates ??= [...text.matchAll(DATE_RE)].map((d) => ({ start: d.index!, end: d.index! + d[0].length }));
    if (dates.some((d) => start < d.end && start + v.length > d.start)) continue;
    add(start, start + v.length, "phone");
  }
  return found.sort((a, b) => a.start - b.start);
}

function redactPlain(text: string, r: Redactor): string {
  const found = findPii(text);
  if (!found.length) return text;
  let out = "";
  let at = 0;
  for (const f of found) {
    out += text.slice(at, f.start) + token(f.kind, text.slice(f.start, f.end), r);
    at = f.end;
  }
  return out + text.slice(at);
}

/** The text with every PII value replaced by its token; existing tokens are left as they are. */
export function redactText(text: string, r: Redactor): string {
  if (!/[\d@]/.test(text)) return text;
  let out = "";
  let at = 0;
  for (const m of text.matchAll(TOKEN_RE)) {
    out += redactPlain(text.slice(at, m.index!), r) + m[0];
    at = m.index! + m[0].length;
  }
  return out + redactPlain(text.slice(at), r);
}

/**
 * A JSON value with every string (and object key) redacted, and configured keys' values tokenised.
 * String values under a `keep` key stay as they are (ids and names an adapter maps by).
 */
export function redactJson(value: unknown, r: Redactor, keep?: ReadonlySet<string>): unknown {
  if (typeof value === "string") return redactText(value, r);
  if (typeof value === "number") {
    // a card number sent as a JSON number (a time in milliseconds stays a number: mayBeCard)
    const s = String(value);
    return mayBeCard(s) ? token("card", s, r) : value;
  }
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => redactJson(v, r, keep));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (keep?.has(k) && (typeof v === "string" || typeof v === "number")) out[k] = v;
    else if (r.fieldKeys.has(k.toLowerCase()) && v !== null && !(typeof v === "string" && isToken(v))) out[redactText(k, r)] = token("key", typeof v === "string" ? v : JSON.stringify(v), r);
    else out[redactText(k, r)] = redactJson(v, r, keep);
  }
  return out;
}
