// Does a text mention a value (issue 12 item 3): the same value written another way counts — a
// number with thousands separators, a phone in national or international form, an amount with its
// currency said another way or as a payload's bare number, a reference with other separators or
// case, a date written another way, an address with its street type abbreviated ("12 Harbor St").
// Used by dropout (was a known value carried?), re-ask (does a reply give a known value again?),
// freshness and orchestration. Canonical forms live in values.ts.
import { amountOf, AMOUNT_FORM_RE, codeFormRe, dateKeys, DATE_RE, NUMBER_RE, numberOf, PHONE_DIGITS_RE, sameAmount, sameDate, samePhone, STREET_END, streetForm } from "./values";
import { allMatches } from "./all-matches";

/** Case- and punctuation-insensitive "does this text mention this value". */
export function mentions(haystack: string, value: string): boolean {
  const v = value.trim().toLowerCase();
  if (!v) return false;
  const hay = haystackOf(haystack);
  const h = hay.lower;
  if (includesWhole(h, v)) return true;
  // a number written with thousands separators or trailing zeros ("£3,412.08" for 3412.08)
  if (/^-?\d+(?:\.\d+)?$/.test(v) && v.replace(/\D/g, "").length >= 3) {
    const n = Number(v);
    for (const m of allMatches(NUMBER_RE, h)) if (numberOf(m[0]) === n) return true;
  }
  const digits = v.replace(/\D/g, "");
  // phones and ids written with other separators: compare the digit runs
  if (digits.length >= 7 && digits.length === v.replace(/[\s().+-]/g, "").length && (hay.digits ??= h.replace(/\D/g, "")).includes(digits)) return true;
  // a reference written with other separators or spacing ("AB-123-456" as "AB123456", "CF103AT")
  const alnum = v.replace(/[^a-z0-9]/g, "");
  if (alnum.length >= 6 && /\d/.test(alnum) && alnum !== v && (hay.alnum ??= h.replace(/[^a-z0-9]/g, "")).includes(alnum)) return true;
  // …or a shorter one, or one the haystack spaces out ("PF 30127" for "pf30127", "L117" for "L-117")
  // (each form is looked for only when the haystack's letters and digits, or digits, hold the value's)
  if (alnum.length >= 4 && /\d/.test(alnum) && /[a-z]/.test(alnum) && (hay.alnum ??= h.replace(/[^a-z0-9]/g, "")).includes(alnum) && codeFormRe(alnum).test(h)) return true;
  // (a value without a digit may still be a date in words: "the twelfth of July")
  if (!digits) return sameDateIn(v, h);
  const hayDigits = (hay.digits ??= h.replace(/\D/g, ""));
  // the same phone in national and international form ("07700 900581" for "+44 7700 900 581")
  if (digits.length >= 7 && /^\+?[\d\s().-]+$/.test(v) && hayDigits.includes(digits.slice(-6)))
    for (const m of allMatches(PHONE_DIGITS_RE, h)) if (samePhone(v, m[0])) return true;
  // the same amount with its currency said another way ("64.50 GBP" for "£64.50"), or as a bare
  // number that is a field's whole value ("amount": 64.5, "refund": "120.00" in a payload)
  const amount = hayDigits.includes(digits.slice(0, 2)) ? amountOf(value) : null;
  if (amount) {
    for (const m of allMatches(AMOUNT_FORM_RE, hay.text)) {
      const other = amountOf(m[0]);
      if (other && sameAmount(amount, other)) return true;
    }
    for (const m of allMatches(/":\s*"?(\d[\d.,]*)"?\s*[,}]/g, h)) if (numberOf(m[1]) === amount.n) return true;
  }
  // an address with its street type written another way ("12 Harbor St" for "12 Harbor Street")
  if (STREET_END.test(v) && hasWord(streetForm(h), streetForm(v))) return true;
  return sameDateIn(v, h);
}

/**
 * `v` in `h` where its last digit does not run on into more digits: "630" is not in "EQD-63005",
 * nor "1234" in "12345". A number's tail names it ("7781" for the card GFT-557781: its last four),
 * so a digit before the value is allowed; "64.50" is in "£64.50", "4.5" in "4.50".
 */
function includesWhole(h: string, v: string): boolean {
  if (!/\d$/.test(v)) return h.includes(v);
  const decimal = v.includes(".");
  // (read character by character after each match: no copy of the rest of the text, on every value a scorer checks)
  for (let at = h.indexOf(v); at >= 0; at = h.indexOf(v, at + 1)) {
    let end = at + v.length;
    // (a decimal written with trailing zeros is the same number: "4.5" in "4.50")
    if (decimal) while (h[end] === "0") end++;
    if (!isDigit(h[end])) return true;
  }
  return false;
}
const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

/** The same date written another way ("12/05/1979" as "12 May 1979", "the twelfth of July" as "12 July"). */
function sameDateIn(v: string, h: string): boolean {
  const days = dateKeys(v);
  return days.length > 0 && allMatches(DATE_RE, h).some((m) => sameDate(days, dateKeys(m[0])));
}

/** `part` in `text` as whole words ("12 harbor st" is not in "112 harbor st"). */
function hasWord(text: string, part: string): boolean {
  for (let at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
    if (!/[a-z0-9]/.test(text[at - 1] ?? "") && !/[a-z0-9]/.test(text[at + part.length] ?? "")) return true;
  }
  return false;
}

/** Two values that are one value written two ways ("+44 7700 900581" and "07700 900581", "PF 30127" and "pf-30127"). */
export function sameValue(a: string, b: string): boolean {
  return a.trim().length > 0 && b.trim().length > 0 && mentions(a, b) && mentions(b, a);
}

/**
 * The haystack's lower-cased, digits-only and letters-and-digits forms, kept for the last two
 * haystacks: dropout and re-ask ask of one or two texts (the reply, the question) whether they
 * mention each known value in turn (issue 12 throughput).
 */
interface Haystack {
  text: string;
  lower: string;
  digits?: string;
  alnum?: string;
}
let haystacks: [Haystack, Haystack] = [{ text: "", lower: "" }, { text: "", lower: "" }];
function haystackOf(text: string): Haystack {
  if (haystacks[0].text === text) return haystacks[0];
  if (haystacks[1].text === text) return haystacks[1];
  const hay = { text, lower: text.toLowerCase() };
  haystacks = [hay, haystacks[0]];
  return hay;
}
