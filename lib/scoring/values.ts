// Value shapes (issue 12 item 3): what an email, a card, an IBAN, a date, a phone number or a
// reference code looks like in free text, independent of the language around it.
//
// Choices:
// - Checksums decide where they exist: a card number must pass Luhn, an IBAN mod-97.
// - A run of digits is a phone only with phone formatting (+country code, "(415) 555-0134",
//   "415-555-0134", "020 7946 0018") — never a bare digit run, which is as likely an order id,
//   a card, or a date. Phone *context* ("call me on …") is handled by the noun-led reader in facts.ts.
//   A national grouping inside a longer run of digit groups ("8944 1100 0123 4567 891", a SIM's
//   ICCID) is part of that number, not a phone.
// - Dates: ISO (2026-03-04), numeric (04/03/1985, 4.3.1985) and written (March 4, 2026; 4th of
//   March 1985; 4 Mar). They are dates, never phones or ids.
// - Reference codes: a token of letters/digits/dashes containing a digit; a record locator may
//   also be 5–8 capital letters (QXTRBM).
// - Amounts: a currency sign, ISO code or word before or after the number, the number written
//   the English way ("1,234.50") or the European way ("1.234,50", "45,00 €").
// Known limits: written dates and month names are English; phone formats cover NANP, E.164 and
// common European groupings; a bare 10-digit run given without context is no fact at all.
import type { Shape } from "./slots";
import { allMatches } from "./all-matches";

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

// A 13-digit number in the epoch-millisecond range of 2000–2096 is a time (end_time, created_at …,
// as a JSON number or inside a string), not a card: ~1 in 10 such times passes Luhn, and no
// 13-digit card number starts below 4 (13-digit cards are Visa, 4…).
const EPOCH_MS_2000 = 946_684_800_000;
const EPOCH_MS_2096 = 4_000_000_000_000;

/**
 * A digit run that may be a payment card: 13–19 digits passing Luhn that are no epoch-millisecond
 * time. The one card test both readers share: redaction masks every such run (lib/privacy/redact.ts
 * says why it is the more cautious of the two), the scorers kind a card by `isPaymentCard` on top.
 */
export function mayBeCard(digits: string): boolean {
  if (!/^\d{13,19}$/.test(digits) || !luhn(digits)) return false;
  const n = Number(digits);
  return !(digits.length === 13 && n >= EPOCH_MS_2000 && n < EPOCH_MS_2096);
}

/**
 * A payment card's number (ISO/IEC 7812), as the scorers kind a fact: a run that may be a card
 * (`mayBeCard`) whose first digit (the major industry identifier) is a card issuer's — 1 (UATP), 2
 * (Mastercard's 2-series), 3 (travel and entertainment), 4–5 (banking), 6 (merchandising and
 * banking); 0, 7, 8 and 9 are ISO, petroleum, telecoms and national numbering, so a SIM's ICCID
 * (89…) is none. Fifteen digits are a card only with Amex's 34/37 or UATP's 1: a phone's IMEI has
 * fifteen digits and a Luhn digit too (35…). A run that is no card stays a reference, so a card
 * read as no card still counts as a code; a code read as a card would invent a card fact.
 */
export function isPaymentCard(digits: string): boolean {
  if (!/^[1-6]/.test(digits) || !mayBeCard(digits)) return false;
  return digits.length !== 15 || /^(?:3[47]|1)/.test(digits);
}

export function ibanValid(raw: string): boolean {
  const s = raw.replace(/\s+/g, "").toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(s)) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rem = 0;
  for (const ch of moved) {
    const n = ch >= "A" ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of n) rem = (rem * 10 + (d.charCodeAt(0) - 48)) % 97;
  }
  return rem === 1;
}

// a month's name or its abbreviation, never a word that starts like one ("maybe", "marching", "decent")
export const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
// a day of the month in words ("twelfth", "twenty-first"): index + 1 is the day
const ORDINAL_DAYS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const ORDINAL_DAY_WORDS = [...ORDINAL_DAYS, ...ORDINAL_DAYS.slice(0, 9).map((d) => `twenty-${d}`), "thirtieth", "thirty-first"];
const ORDINAL = `(?:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|${ORDINAL_DAYS.join("|")}|thirtieth)`;
/** A day of the month in words ("the twelfth of July"): a date written out (DATE_RE reads it only before "of" and a month). */
const ORDINAL_DATE = new RegExp(`\\b${ORDINAL}\\b`, "i");
export const DATE_RE = new RegExp(
  [
    // ISO, also as the date of a timestamp ("2027-06-01T09:00:00Z")
    "\\b\\d{4}-\\d{2}-\\d{2}(?=T\\d|\\b)",
    "\\b\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b",
    // day and month without a year, two-digit month: "12/03", "3/04" (never "1/2" or "50/70": dateKeys checks the range)
    "\\b\\d{1,2}/\\d{2}\\b(?![/.]\\d)",
    `\\b${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?\\b`,
    `\\b\\d{1,2}(?:st|nd|rd|th)?(?: of)? ${MONTH}(?:,? \\d{4})?\\b`,
    // in words, only with "of" ("the twelfth of July", "twenty-first of June 2026"): "the first may be", "a second march", "may the first one" are none
    `\\b(?:the )?${ORDINAL} of ${MONTH}(?:,? \\d{4})?\\b`,
  ].join("|"),
  "gi",
);
/** A whole word naming a day of the week or a month ("Saturday", "July"): a date word, never a name nor a thing. */
export const CALENDAR_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_WORD = new RegExp(`\\b(${MONTHS.join("|")})`);

/**
 * Day keys ("m-d" and, with a year, "y-m-d") a date can mean: "12/05/1979" is 12 May or 5 December,
 * so both. Two dates are the same when their keys meet (`sameDate`); a key without a year matches any year.
 */
export function dateKeys(text: string): string[] {
  if (!/\d/.test(text) && !ORDINAL_DATE.test(text)) return [];
  const t = text.trim().toLowerCase();
  const keys = (y: number | null, m: number, d: number) =>
    m >= 1 && m <= 12 && d >= 1 && d <= 31 ? [`${m}-${d}`, ...(y !== null ? [`${y < 100 ? 1900 + y + (y < 50 ? 100 : 0) : y}-${m}-${d}`] : [])] : [];
  let r: RegExpExecArray | null;
  if ((r = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t))) return keys(+r[1], +r[2], +r[3]);
  if ((r = /^(\d{1,2})[/.](\d{1,2})[/.](\d{2,4})$/.exec(t))) return [...keys(+r[3], +r[2], +r[1]), ...keys(+r[3], +r[1], +r[2])];
  if ((r = /^(\d{1,2})\/(\d{2})$/.exec(t))) return [...keys(null, +r[2], +r[1]), ...keys(null, +r[1], +r[2])];
  const mm = MONTH_WORD.exec(t);
  const month = mm ? MONTHS.indexOf(mm[1]) + 1 : 0;
  const digits = /\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/.exec(t.replace(/\b\d{4}\b/, ""));
  const word = digits ? null : ORDINAL_DATE.exec(t);
  const day = digits ? +digits[1] : word ? ORDINAL_DAY_WORDS.indexOf(word[0].replace(" ", "-")) + 1 : 0;
  const year = /\b(\d{4})\b/.exec(t);
  return month && day ? keys(year ? +year[1] : null, month, day) : [];
}

/**
 * Two dates' keys meet: on a whole date when both give a year ("3 April 2026" is not "3 April 2025"),
 * else on the day and month ("3rd of April" is "3 April 2026", as it is "2026-04-03").
 */
export function sameDate(a: string[], b: string[]): boolean {
  const withYear = (k: string) => k.split("-").length === 3;
  return a.some(withYear) && b.some(withYear) ? a.some((k) => withYear(k) && b.includes(k)) : a.some((k) => b.includes(k));
}

/** Street types an address ends in, with the abbreviation in use where there is one ("Street", "St"). */
const STREET_TYPES: ReadonlyArray<readonly [string, string | null]> = [
  ["Street", "St"], ["Avenue", "Ave"], ["Road", "Rd"], ["Lane", "Ln"], ["Boulevard", "Blvd"], ["Drive", "Dr"],
  ["Way", null], ["Court", "Ct"], ["Place", "Pl"], ["Close", null], ["Terrace", null],
];
/** "Street|St|Avenue|Ave|…": every spelling, the full word before its abbreviation. */
export const STREET_TYPE_WORDS = STREET_TYPES.flatMap(([word, short]) => (short ? [word, short] : [word])).join("|");
const STREET_SHORT = new Map(STREET_TYPES.flatMap(([word, short]) => (short ? [[word.toLowerCase(), short.toLowerCase()] as const] : [])));
const STREET_WORD_RE = new RegExp(`\\b(?:${[...STREET_SHORT.keys()].join("|")})\\b`, "g");
/** An address ends in a street type ("12 harbor street", "4 elm rd."), lower case. */
export const STREET_END = new RegExp(`\\d.*\\b(?:${STREET_TYPE_WORDS.toLowerCase()})\\.?$`);
/** Lower-case text with every street type abbreviated ("12 harbor street" → "12 harbor st"), dots dropped. */
export const streetForm = (lower: string) => lower.replace(STREET_WORD_RE, (w) => STREET_SHORT.get(w)!).replace(/\./g, "");

export const EMAIL_RE = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * A number as amounts are written: "1,234.50", "45", and with a decimal comma, "45,00", "12,5",
 * "1.234,50", "1.234" (a comma before one or two final digits is never an English thousands
 * separator, and dots between groups of three are a European one). Not anchored on its left:
 * the patterns using it say what may stand before it.
 */
const EU_NUM = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?(?!\\d|[.,]\\d)|\\d+,\\d{1,2}(?!\\d|,\\d)";
const NUM = `(?:${EU_NUM}|\\d[\\d,]*(?:\\.\\d{1,2})?)`;
/** The value of a number written as NUM reads it: "1.234,50" → 1234.5, "45,00" → 45, "3,412.08" → 3412.08. */
export function numberOf(s: string): number {
  const t = s.trim();
  if (/,\d{1,2}$/.test(t) || /^\d{1,3}(?:\.\d{3})+$/.test(t)) return Number(t.replace(/\./g, "").replace(",", "."));
  return Number(t.replace(/,/g, ""));
}
/** Numbers in a text, read as NUM reads them (any number of decimals after a dot), for comparing a number with every number a text states. */
export const NUMBER_RE = new RegExp(`(?<![\\d.,])(?:${EU_NUM}|\\d[\\d,]*(?:\\.\\d+)?)`, "g");
export const AMOUNT_RE = new RegExp(
  `(?:[$€£]\\s?${NUM})|(?:(?<![\\d.,])\\b${NUM}\\s?(?:(?:USD|EUR|GBP|dollars|euros|pounds|bucks|quid)\\b|[$€£]))`,
  "gi",
);
export const CARD_RE = /(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])/g;
export const IBAN_RE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}\b/g;
export const PHONE_FORMATTED_RE =
  /(?:\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}|\(\d{3}\)\s?\d{3}[\s.-]\d{4}|(?<![\d-])\d{3}[.-]\d{3}[.-]\d{4}(?![\d-])|(?<![\d-]|\d )0\d{2,4} \d{3,4} ?\d{3,4}(?![\d-]| \d))/g;
export const PHONE_DIGITS_RE = /\+?\(?\d[\d\s().-]{5,}\d/g;
// a reference's inner separators: dashes and slashes ("BK-4410", "RS/2291/B", "INV-3310/B")
const CODE_RE = /(?<![\w@./-])(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{1,30}[A-Za-z0-9](?![\w@/-])/g;
const LOCATOR_RE = /(?<![\w@./-])(?:(?=[A-Za-z0-9/-]*\d)[A-Za-z0-9][A-Za-z0-9/-]{1,30}[A-Za-z0-9]|[A-Z0-9]{5,8})(?![\w@/-])/g;
const LAST4_RE = /(?<![\d-]|[\d-] )\d{4}(?![\d-]| \d)/g;
// (the lettered postcodes, British "HR2 6PB" and Canadian "K1A 0B1", are also read whole: LETTERED_POSTCODE)
const UK_POSTCODE = String.raw`[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}`;
const CA_POSTCODE = String.raw`[A-Z]\d[A-Z] ?\d[A-Z]\d`;
const POSTCODE_RE = new RegExp(String.raw`\b(?:${UK_POSTCODE}|\d{4} ?[A-Z]{2}(?![A-Za-z])|\d{5}(?:-\d{4})?|\d{4}|${CA_POSTCODE}|\d{3} ?\d{2}|\d{2}-\d{3})\b`, "gi");
/** A British or Canadian postcode and nothing else ("HR2 6PB", "SW1A 1AA", "K1A 0B1"), one space at most inside it. */
export const LETTERED_POSTCODE = new RegExp(`^(?:${UK_POSTCODE}|${CA_POSTCODE})$`, "i");

const digitsOf = (s: string) => s.replace(/\D/g, "");

/** A found value: where it is, and what it is when its shape alone says so. */
export interface Span {
  start: number;
  end: number;
  field: string;
  value: string;
  /** higher wins an overlap: context-led 4, checksummed/unambiguous 3, shape-only 2, guess 0 */
  rank: number;
}

/** Values whose shape alone names them: emails, Luhn cards (as last four), IBANs, dates, amounts, formatted phones. */
export function shapeSpans(text: string): Span[] {
  const out: Span[] = [];
  const add = (re: RegExp, rank: number, f: (m: RegExpMatchArray) => { field: string; value: string } | null) => {
    for (const m of allMatches(re, text)) {
      const r = f(m);
      if (r) out.push({ start: m.index!, end: m.index! + m[0].length, rank, ...r });
    }
  };
  if (text.includes("@")) add(EMAIL_RE, 3, (m) => ({ field: "email", value: m[0].replace(/\.$/, "") }));
  const dates = () =>
    add(DATE_RE, 2, (m) => {
      // "50/70" or "May 40" has the shape of a day and month and is neither
      if (!/^\d{4}-/.test(m[0]) && !dateKeys(m[0]).length) return null;
      const before = text.slice(Math.max(0, m.index! - 30), m.index!);
      return { field: /\b(born|birth|dob|d\.o\.b)\b/i.test(before) ? "date_of_birth" : "date", value: m[0] };
    });
  // every other shape has a digit in it, but for a date in words
  if (!/\d/.test(text)) {
    if (ORDINAL_DATE.test(text)) dates();
    return out;
  }
  add(IBAN_RE, 3, (m) => (ibanValid(m[0]) ? { field: "iban", value: m[0].replace(/\s+/g, "") } : null));
  add(CARD_RE, 3, (m) => {
    const d = digitsOf(m[0]);
    return isPaymentCard(d) ? { field: "card_last4", value: d.slice(-4) } : null;
  });
  dates();
  add(AMOUNT_RE, 2, (m) => ({ field: "amount", value: m[0].trim().replace(/[.,]+$/, "") }));
  add(PHONE_FORMATTED_RE, 1, (m) => {
    const d = digitsOf(m[0]);
    return d.length >= 7 && d.length <= 15 ? { field: "phone", value: m[0].trim() } : null;
  });
  return out;
}

const FIND: Partial<Record<Shape, RegExp>> = {
  code: CODE_RE,
  locator: LOCATOR_RE,
  email: EMAIL_RE,
  phone: PHONE_DIGITS_RE,
  date: DATE_RE,
  last4: LAST4_RE,
  postcode: POSTCODE_RE,
  iban: IBAN_RE,
  amount: AMOUNT_RE,
};

/**
 * Digit-only groups of one reference: all of three digits or more ("4471 0093 2210"), all of one
 * length ("88 12 09"), or a number printed in chunks of one length with a shorter remainder last
 * ("6033 1120 48", "30 77 1"): how cards and codes are read out.
 */
const digitGroupsFit = (gs: string[]) => {
  const d = gs.filter((g) => /^\d+$/.test(g));
  return d.length < 2 || d.every((g) => g.length >= 3) || d.every((g) => g.length === d[0].length) || chunked(d);
};
const chunked = (d: string[]) => d.length >= 3 && d.slice(0, -1).every((g) => g.length === d[0].length) && d[d.length - 1].length < d[0].length && /^\d+$/.test(d[d.length - 1]);
// …or digit groups of any lengths after a prefix of capitals, five digits or more in all ("ALT 20 8841",
// "CH 55 210"): the prefix says it is one reference, not a count beside a number
const prefixedDigits = (gs: string[]) => gs.length >= 3 && /^[A-Z]{2,3}$/.test(gs[0]) && gs.slice(1).every((g) => /^\d+$/.test(g)) && gs.join("").replace(/\D/g, "").length >= 5;
// a group: digits (2–6), capitals (2–3), or letters and digits mixed (2–6) — but a number with a
// lower-case unit, "500ml", "3pm", "2x", is a measure, not a group of a reference; or digit groups
// joined by a dash or slash ("88-104" of "SM 88-104"), which spacedCodes takes only after a prefix of capitals
const DASHED = "\\d{2,6}(?:[-/]\\d{2,6}){1,2}(?![A-Za-z0-9/-])";
const GROUP = `(?:${DASHED}|\\d{2,6}|[A-Z]{2,3}|(?=[A-Za-z]*\\d)(?=\\d*[A-Za-z])(?!\\d+[a-z]+\\b)[A-Za-z0-9]{2,6})(?![A-Za-z0-9])`;
// (a last group of one digit only as a chunked number's remainder, "BX 30 77 1": `spacedCodes` checks)
const SPACED_RE = new RegExp(`(?<![\\w@./-])${GROUP}(?: ${GROUP}){1,3}(?: \\d(?![\\w@/-]))?(?![\\w@/-])`, "g");

let lastSpaced: { text: string; codes: Array<{ index: number; value: string }> } = { text: "", codes: [] };
/**
 * References typed in space-separated groups: "PF 30127", "LN68 WPA", "4471 0093 2210", "88 12 09".
 * Two to four groups, one with a digit and not every one letters, so a phrase ("court 3 for") is none.
 * A group of digits joined by dashes ("SM 88-104") is one only after a prefix of capitals and never a
 * date ("ETA 2026-03-04"), so a time range or a date after a number ("12 10-11") stays apart.
 */
export function spacedCodes(text: string): Array<{ index: number; value: string }> {
  if (!/\d/.test(text)) return [];
  // (the fact reader asks twice of the same text: the last answer is kept; callers only read it)
  if (lastSpaced.text === text) return lastSpaced.codes;
  const out: Array<{ index: number; value: string }> = [];
  lastSpaced = { text, codes: out };
  for (const m of allMatches(SPACED_RE, text)) {
    let run = m[0].split(" ");
    // a one-digit last group belongs to the run only as the remainder of digit chunks of one length
    if (/^\d$/.test(run[run.length - 1]) && !chunked(run.filter((g) => /^\d+$/.test(g)))) run = run.slice(0, -1);
    if (run.length < 2) continue;
    const value = run.join(" ");
    if (!/\d/.test(value) || run.every((g) => /^[A-Za-z]+$/.test(g)) || !(digitGroupsFit(run) || prefixedDigits(run))) continue;
    // a capitals word and a number of two digits is a label with a number — a size, a model, a
    // grade ("UK 12", "XPS 13") —, and a number before a code of three capitals a quantity of that
    // currency or unit ("40 SOL", "250 USD"): neither is a reference
    if (run.length === 2 && run.some((g) => /^[A-Z]{2,3}$/.test(g)) && run.some((g) => /^\d{2}$/.test(g))) continue;
    if (/^\d/.test(value) && amountOf(value) !== null) continue;
    const dashed = run.findIndex((g) => /[-/]/.test(g));
    if (dashed >= 0 && (dashed === 0 || !/^[A-Z]{2,3}$/.test(run[dashed - 1]) || dateKeys(run[dashed]).length || /^\d{4}-\d{2}-\d{2}$/.test(run[dashed]))) continue;
    out.push({ index: m.index!, value });
  }
  return out;
}

/** Substrings of `text` that have the given shape, in order (for a value given alone or after its noun). */
export function findShape(shape: Shape, text: string): Array<{ index: number; value: string }> {
  const re = FIND[shape];
  if (!re) return [];
  const out: Array<{ index: number; value: string }> = [];
  if (shape === "code" || shape === "locator") {
    const spaced = spacedCodes(text);
    if (spaced.length) {
      for (const m of allMatches(re, text)) {
        const value = m[0].trim().replace(/[.,;:]+$/, "");
        if (isMeasure(value)) continue;
        if (!spaced.some((s) => m.index! >= s.index && m.index! < s.index + s.value.length)) out.push({ index: m.index!, value });
      }
      return [...out, ...spaced].sort((a, b) => a.index - b.index);
    }
  }
  for (const m of allMatches(re, text)) {
    const value = m[0].trim().replace(/[.,;:]+$/, "");
    // (a quantity is no code: "the 12-bottle one" answers no member number)
    if ((shape === "code" || shape === "locator") && isMeasure(value)) continue;
    if (shape === "phone" && (digitsOf(value).length < 7 || digitsOf(value).length > 15)) continue;
    if (shape === "iban" && !ibanValid(value)) continue;
    out.push({ index: m.index!, value: shape === "iban" ? value.replace(/\s+/g, "") : value });
  }
  return out;
}

/** A reference-like code: letters and digits mixed ("19P0448271", "5TRW9L", "BK-4410", the snake-case ids of APIs: "ws_Lm40Tc", "cus_9JdK2"). */
export const MIXED_CODE_RE = /(?<![\w@./-])(?=[\w/-]*\d)(?=[\w/-]*[A-Za-z])[A-Za-z0-9][\w/-]{3,30}[A-Za-z0-9](?![\w@/-])/g;
/** A reference of digit groups joined by dashes or slashes ("77-301-552", "2207/661430"), at least six digits. */
export const DIGIT_CODE_RE = /(?<![\w@./-])\d{2,}(?:[-/]\d{2,}){1,4}(?![\w@/-])/g;

/**
 * A bare run of five or more digits ("it's 48213"): a year or a count has fewer. Up to nineteen: a
 * device's IMEI (15) or a long account number that is no payment card is a reference too.
 */
export const BARE_DIGITS_RE = /(?<![\w@.,/$£€-])\d{5,19}(?![\w@/-]|[.,]\d)/g;

/**
 * A quantity, no reference: a number with a unit — lower-case ("500ml", "30kg", "1930s"), any unit
 * with a lower-case letter ("240Hz", "5kWh"), a byte size ("300GB", "64GiB") —, a compound modifier
 * ("9-year-old", "12-bottle", "20-litre", "1-to-1", "2-for-1"), a range with its unit ("11-14s",
 * "18-25yrs", "3-5pm") or dimensions ("2x4", "10x20", "1920x1080", "6x12m"). A number with
 * one capital ("14A", "22B") is a seat or a flat, and a digit and two capitals ("2QT") the inward half
 * of a postcode: both stay references; so does a hex literal ("0x51ab"). A lower-case word joined to a
 * number of one or two digits ("under-12", "over-60s", "top-10") is a band, a size or a rank.
 */
const MEASURE_RE = /^(?:\d+(?:[.,]\d+)?(?:[A-Za-z]*[a-z][A-Za-z]*|[KMGTP]i?B|(?:-[a-z]+)+(?:-\d+)?|[-–]\d+(?:[.,]\d+)?[a-z]+)|[1-9]\d*(?:[.,]\d+)?(?:[x×]\d+(?:[.,]\d+)?){1,2}[a-z]*)$/;
const BAND_RE = /^[a-z]{3,}-\d{1,2}s?$/;
export const isMeasure = (token: string) => MEASURE_RE.test(token) || BAND_RE.test(token);

/**
 * A value that is a reference by its shape alone, with no noun naming it: letters and digits mixed
 * ("GAL-88213", "CF11 9HF") that are no quantity, or five digits or more, bare or in groups ("18342",
 * "20-45-77", "6620 118"). Fewer digits alone are as often a count, a year, a size or a model
 * ("120 litre", "August 2029", "Penn Spinfisher 4500"), or a range of them (an age band "18-24"):
 * values nobody asked to keep (the threshold BARE_DIGITS_RE sets for a bare run).
 */
export function isReferenceShape(value: string): boolean {
  const t = value.trim();
  if (isMeasure(t)) return false;
  return (/[A-Za-z]/.test(t) && /\d/.test(t)) || digitsOf(t).length >= 5;
}

/**
 * A code with the shape of an identifier some system issued (an order, a ticket, a voucher, a
 * barcode): a reference by shape (isReferenceShape) with four digits or more, which ten thousand
 * values need. A model, a size, a grade or the half of a postcode carries fewer ("CX-5s", "US-05",
 * "XPS 13", "CF14 3PL"): a name of a kind of thing, not this case's record.
 */
export const isIssuedCode = (value: string) => isReferenceShape(value) && digitsOf(value).length >= 4;

/**
 * Reference-like codes in a text, by position, the longer first where two start together: mixed
 * letters and digits (not "500ml", "9-year-old"), digit groups with six digits or more, bare runs
 * of five digits or more, spaced groups. Overlapping candidates are all returned.
 */
export function referenceCodes(text: string): Array<{ index: number; value: string }> {
  if (!/\d/.test(text)) return [];
  return [
    ...allMatches(MIXED_CODE_RE, text).filter((m) => !isMeasure(m[0])).map((m) => ({ index: m.index!, value: m[0] })),
    ...allMatches(DIGIT_CODE_RE, text).filter((m) => m[0].replace(/\D/g, "").length >= 6).map((m) => ({ index: m.index!, value: m[0] })),
    ...allMatches(BARE_DIGITS_RE, text).map((m) => ({ index: m.index!, value: m[0] })),
    ...spacedCodes(text).filter((c) => /[A-Za-z]/.test(c.value)),
  ].sort((a, b) => a.index - b.index || b.value.length - a.value.length);
}

/** Letter-words in a text (any script): how much of a reply is not the value itself. */
export function wordCount(text: string): number {
  return text.match(/\p{L}[\p{L}'’]*/gu)?.length ?? 0;
}

// One value, other forms (issue 12 item 3): a carried value is often written differently from how
// the user typed it — a phone in national or international form, an amount with its currency sign
// or its word, a reference with other separators or case. Compared by canonical form, never by
// a list of spellings.

/** A phone's digits, and whether it was written with its country code (+44 …, 0044 …) or in national form (0 …). */
function phoneForm(s: string): { digits: string; intl: boolean; national: boolean } | null {
  const t = s.trim();
  if (!/^\+?[\d\s().-]+$/.test(t)) return null;
  const d = digitsOf(t);
  if (d.length < 7 || d.length > 15) return null;
  if (t.startsWith("+")) return { digits: d, intl: true, national: false };
  if (d.startsWith("00")) return { digits: d.slice(2), intl: true, national: false };
  return { digits: d, intl: false, national: d.startsWith("0") };
}

/**
 * The same phone number: equal digits, or one in international form whose digits are the other's
 * national number (its trunk 0 dropped) after a country code of one to three digits.
 */
export function samePhone(a: string, b: string): boolean {
  const x = phoneForm(a);
  const y = phoneForm(b);
  if (!x || !y) return false;
  if (x.digits === y.digits) return true;
  const [i, n] = x.intl && y.national ? [x, y] : y.intl && x.national ? [y, x] : [null, null];
  if (!i || !n) return false;
  const nsn = n.digits.slice(1);
  return nsn.length >= 6 && i.digits.endsWith(nsn) && i.digits.length - nsn.length >= 1 && i.digits.length - nsn.length <= 3;
}

const CURRENCY: Record<string, string> = { $: "usd", "£": "gbp", "€": "eur", "¥": "jpy", "₹": "inr" };
const CURRENCY_WORD: Record<string, string> = { dollar: "usd", buck: "usd", pound: "gbp", quid: "gbp", euro: "eur" };
/**
 * An amount: a sign or ISO code before the number, or a code, currency word or sign after it
 * ("45,00 €", the European order). Case matters for the code ("150 GBP", not "150 for").
 */
export const AMOUNT_FORM_RE = new RegExp(
  `(?:([$£€¥₹])\\s?|\\b([A-Z]{3})\\s?)(${NUM})|(?<![\\d.,])\\b(${NUM})\\s?(?:([A-Z]{3})\\b|([Dd]ollar|[Bb]uck|[Pp]ound|[Qq]uid|[Ee]uro)s?\\b|([$£€¥₹]))`,
  "g",
);

// (a copy without the global flag: exec on the shared one leaves its lastIndex behind, and
// `allMatches(AMOUNT_FORM_RE, …)` starts from there, as matchAll did — a text's first amount was skipped after a call)
const ONE_AMOUNT_RE = new RegExp(AMOUNT_FORM_RE.source);

/** An amount's number and currency (null when the currency is not said), or null when the text is not one amount. */
export function amountOf(s: string): { n: number; cur: string | null } | null {
  const t = s.trim().replace(/[.,]+$/, "");
  const m = ONE_AMOUNT_RE.exec(t);
  if (!m || m.index !== 0 || m[0].length !== t.length) return null;
  const num = numberOf(m[3] ?? m[4]);
  const sign = m[1] ?? m[7];
  const cur = sign ? CURRENCY[sign] : (m[2] ?? m[5])?.toLowerCase() ?? (m[6] ? CURRENCY_WORD[m[6].toLowerCase()] : null);
  return Number.isFinite(num) ? { n: num, cur: cur ?? null } : null;
}

/** The same amount: equal numbers, and the same currency when both say one ("£64.50" = "64.50 GBP" = "64.5 pounds"). */
export function sameAmount(a: { n: number; cur: string | null }, b: { n: number; cur: string | null }): boolean {
  return a.n === b.n && (!a.cur || !b.cur || a.cur === b.cur);
}

const codeForms = new Map<string, RegExp>();
/**
 * A reference's letters and digits in order, with at most one separator (space, dash, slash, dot,
 * underscore) between any two, bounded by non-alphanumerics: "PF30127" is written "PF 30127",
 * "pf-30127" or "PF/30127". Input: the value's lower-cased letters and digits.
 */
export function codeFormRe(alnum: string): RegExp {
  let re = codeForms.get(alnum);
  if (!re) {
    if (codeForms.size > 5000) codeForms.clear();
    codeForms.set(alnum, (re = new RegExp(`(?<![a-z0-9])${[...alnum].join("[\\s/._-]?")}(?![a-z0-9])`)));
  }
  return re;
}
