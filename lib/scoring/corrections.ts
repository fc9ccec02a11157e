// Corrections (issue 12 item 3, "facts that are not invented"): a user who mistyped a code and gives
// it again ("Order 55120 …" — "I can't find 55120" — "oops, it's 55210") corrects the value they
// gave before; the corrected one is the field's value from then on, and the mistyped one is no
// longer state (a handoff carrying only the correction drops nothing).
//
// Evidence is the values' form, not the words around them (in any language): a code given again
// without a name of its own (facts.ts UNNAMED_CODE or ANSWER) that is the same code as an earlier
// one but for a typing slip — one character changed, added, dropped or two neighbours swapped, two
// for codes of eight characters or more — takes that earlier value's field. Codes under four
// characters are too short to tell a slip from another value ("14A" and "14B" are two seats).
// Only a later message corrects: two near codes in one message are two values ("PR-2291 and my
// brother's PR-2219"). Known limits: a correction within one message ("55120, sorry, I mean 55210")
// and a correction to an unrelated value ("wrong account, it's 77120") are not read.
import type { Fact } from "./facts";

const MIN_LENGTH = 4;
const LONG = 8;

const bare = (v: string) => v.toLowerCase().replace(/[^a-z0-9]/g, "");

/** Edits (change, insertion, deletion, swap of neighbours) between two short strings, stopping past `max`. */
function slips(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** Is `b` the code `a` with a typing slip corrected (not the same value, not another value)? */
export function isSlipOf(a: string, b: string): boolean {
  const x = bare(a);
  const y = bare(b);
  if (x === y || Math.min(x.length, y.length) < MIN_LENGTH) return false;
  const max = Math.min(x.length, y.length) >= LONG ? 2 : 1;
  return slips(x, y, max) <= max;
}

/**
 * Facts in timeline order, with each unnamed code the user gave that corrects an earlier named
 * value renamed to that value's field (so the latest value of the field is the corrected one).
 */
export function withCorrections(facts: Fact[], unnamed: ReadonlySet<string>): Fact[] {
  if (!facts.some((f) => f.source === "user" && unnamed.has(f.field))) return facts;
  return facts.map((f, i) => {
    if (f.source !== "user" || !unnamed.has(f.field)) return f;
    for (let j = i - 1; j >= 0; j--) {
      const earlier = facts[j];
      if (!unnamed.has(earlier.field) && earlier.eventId !== f.eventId && isSlipOf(earlier.value, f.value)) return { ...f, field: earlier.field, key: earlier.key };
    }
    return f;
  });
}
