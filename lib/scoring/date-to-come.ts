// A date asked for as a choice to come ("Do you know which date you'd like to redeem it for?", "What
// day would suit you?") and a known date that is already past when it is asked: the known date (a
// purchase, an order, a visit that happened) cannot answer the question, so asking is no re-ask of it
// (reask.ts). A requested date still to come is the same kind of value and stays a re-ask when asked
// again ("I'd like Tuesday 14 June" … "Which date would you like?").
import { dateKeys } from "./values";

/** a date or day noun followed, in its clause, by a wish: "which date you'd like to …", "what day would suit you", "the date you want" */
const DATE_WISHED = /\b(?:date|day)\s+(?:(?:that|which)\s+)?(?:(?:you|they|he|she|we)(?:'d|’d|\s+would|\s+will|'ll|’ll)?\s+(?:like|want|prefer|wish|plan|hope)|(?:would|do|will)\s+you\s+(?:like|want|prefer)|(?:would|will|might|could)\s+(?:suit|work\s+for|be\s+best\s+for)\s+you)\b/i;

export const asksDateToCome = (sentence: string) => DATE_WISHED.test(sentence);

const DAY = 86_400_000;
/** The oldest a date without a year may be and still be read as this year's past one (older: next year's, to come). */
const YEARLESS_PAST_DAYS = 183;

/** Every day the value can mean is before the day of `at` (a date without a year: within the half-year before it). */
export function isPastDate(value: string, at: number): boolean {
  const keys = dateKeys(value);
  if (!keys.length) return false;
  const today = Math.floor(at / DAY) * DAY;
  const withYear = keys.filter((k) => k.split("-").length === 3);
  if (withYear.length) return withYear.every((k) => {
    const [y, m, d] = k.split("-").map(Number);
    return Date.UTC(y, m - 1, d) < today;
  });
  const year = new Date(at).getUTCFullYear();
  return keys.every((k) => {
    const [m, d] = k.split("-").map(Number);
    const day = Date.UTC(year, m - 1, d);
    return day < today && today - day <= YEARLESS_PAST_DAYS * DAY;
  });
}
