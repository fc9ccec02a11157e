// The intent judge's cheap first pass (issue 12 throughput): reads a text as lower-cased words with
// their Porter2 stems and frequency ranks — a regular expression, no wink parse — so that the
// judge can settle the clear cases (an interpretation that repeats most of the ask in the user's own
// words, with nothing that could be an opposite action or a refusal) before anything is parsed.
// It only ever says "clearly preserved" or "cannot tell"; every drift verdict and every unclear
// case goes to the full parse (parse.ts), so it changes how fast a verdict comes, not which way.
import { opposedPairs, UNKNOWN_RANK, vectorIndex } from "./lexicon";
import { Memo } from "../memo";
import { LIGHT_VERBS, stemOf } from "./parse";

export interface QuickWord {
  lower: string;
  stem: string;
  rank: number;
  digit: boolean;
}

export interface QuickText {
  /** content words: not among the commonest English words (articles, pronouns, auxiliaries), not a light verb */
  words: QuickWord[];
  stems: Set<string>;
  /** stems of the words a negation scopes over: after "not", "no", "never", "don't", "without" … to the end of its clause */
  negated: Set<string>;
  /** one clause: no sentence break, comma or coordinating conjunction inside it */
  single: boolean;
  /** the content words cut at every sentence break, comma and coordinating conjunction: finer than the parser's clauses */
  pieces: QuickWord[][];
  /** a verb particle "off" ("switch it off", "take him off the policy") or a direction over a range ("go down from Pro to Starter"): the parser reads them as actions */
  off: boolean;
}

/** Below this frequency rank a word is a function word (the, my, is, you, for, …): it says nothing of the ask. */
const FUNCTION_RANK = 150;
const WORD = /[A-Za-z][A-Za-z'’]*|\d[\w-]*/g;
const NEGATION = /\b(?:not|no|never|nothing|none|nobody|neither|nor|without|cannot|instead|rather)\b|n['’]t\b/i;
const CONJUNCTION = /^(?:and|or|but|nor|yet|so|plus|also|then)$/i;
const INNER_BREAK = /[,;:!?]|\.(?!$)|\b(?:and|or|but|nor|yet|so|plus|also|then)\b|&/i;
const CACHE = 5_000;
const cache = new Memo<string, QuickText>(CACHE);

interface WordInfo {
  conjunction: boolean;
  negation: boolean;
  /** the content word, null for a function word, a light verb, a contraction or a bare number */
  word: QuickWord | null;
}
/** What quickRead needs of a word as written, looked up once per word (words recur across texts; shared, never mutated). */
const wordInfo = new Memo<string, WordInfo>(20_000);
function infoOf(raw: string): WordInfo {
  let info = wordInfo.get(raw);
  if (!info) wordInfo.set(raw, (info = { conjunction: CONJUNCTION.test(raw), negation: NEGATION.test(raw), word: contentWord(raw) }));
  return info;
}

function contentWord(raw: string): QuickWord | null {
  // a possessive is its noun ("son's" → "son", as the parser reads it); other contractions stay out
  const lower = raw.toLowerCase().replace(/['’]s$/, "");
  if (lower.includes("'") || lower.includes("’") || lower.length < 2) return null;
  const digit = /\d/.test(lower);
  // a bare number is no content word for the parser either (its tag is NUM); a code with letters is
  if (digit && !/[a-z]/.test(lower)) return null;
  const row = digit ? -1 : vectorIndex(lower);
  const rank = row < 0 ? UNKNOWN_RANK : row;
  if (!digit && (rank < FUNCTION_RANK || LIGHT_VERBS.has(lower))) return null;
  return { lower, stem: digit ? lower : stemOf(lower), rank, digit };
}

export function quickRead(text: string): QuickText {
  const hit = cache.get(text);
  if (hit) return hit;
  const words: QuickWord[] = [];
  const negated = new Set<string>();
  const pieces: QuickWord[][] = [[]];
  let inScope = false;
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // the punctuation between the last word and this one (CLAUSE_END, PIECE_BREAK)
    let clauseEnd = false;
    let pieceBreak = false;
    for (let k = last; k < m.index; k++) {
      const c = text.charCodeAt(k);
      if (c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63) clauseEnd = pieceBreak = true;
      else if (c === 38) pieceBreak = true;
    }
    const info = infoOf(m[0]);
    if (inScope && clauseEnd) inScope = false;
    if ((pieceBreak || info.conjunction) && pieces[pieces.length - 1].length) pieces.push([]);
    last = m.index + m[0].length;
    if (info.negation) inScope = true;
    const word = info.word;
    if (!word) continue;
    words.push(word);
    pieces[pieces.length - 1].push(word);
    if (inScope) negated.add(word.stem);
  }
  const body = text.trim().replace(/[.!?\s]+$/, "");
  const read: QuickText = {
    words,
    stems: new Set(words.map((w) => w.stem)),
    negated,
    pieces: pieces.filter((p) => p.length),
    single: !INNER_BREAK.test(body),
    off: /\boff\b|\b(?:up|down)\s+from\b/i.test(text),
  };
  cache.set(text, read);
  return read;
}

/** How specific a word is (the judge's own weight, judge-offline.ts): ids half, common words little. */
export function quickWeight(w: QuickWord): number {
  if (w.digit) return 0.5;
  return Math.min(1, Math.log10(1 + w.rank) / 4);
}

/** Weighted share of `ask`'s words whose stem is among `stems`. */
export function quickCoverage(ask: QuickWord[], stems: Set<string>): number {
  let total = 0;
  let found = 0;
  for (const w of ask) {
    const weight = quickWeight(w);
    total += weight;
    if (stems.has(w.stem)) found += weight;
  }
  return total ? found / total : 0;
}

let opposite: Map<string, Set<string>> | undefined;
/**
 * True when some word of `a` and some word of `b` could be opposite actions: the antonym relation
 * (lexicon.ts) taken over stems, so any inflection of either word counts. It over-reports on
 * purpose (a noun sharing a verb's stem counts too): a "could be" sends the case to the full parse.
 */
export function couldOppose(a: QuickText, b: QuickText): boolean {
  if (!opposite) {
    opposite = new Map();
    for (const [x, y] of opposedPairs()) {
      const sx = stemOf(x);
      const sy = stemOf(y);
      if (sx === sy) continue;
      (opposite.get(sx) ?? opposite.set(sx, new Set()).get(sx)!).add(sy);
      (opposite.get(sy) ?? opposite.set(sy, new Set()).get(sy)!).add(sx);
    }
  }
  for (const s of b.stems) {
    // "unban" vs "ban" (lexicon.ts reverses): the full judge decides
    if (s.startsWith("un") && a.stems.has(s.slice(2))) return true;
    for (const t of a.stems) if (t.startsWith("un") && t.slice(2) === s) return true;
    const opp = opposite.get(s);
    if (!opp) continue;
    for (const t of a.stems) if (opp.has(t)) return true;
  }
  return false;
}
