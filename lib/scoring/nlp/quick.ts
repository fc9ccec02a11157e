// A cheap read of a text (issue 12 throughput): lower-cased words with their Porter2 stems and
// frequency ranks — a regular expression, no wink parse. The partial-loss rules (intent.ts lostPart,
// unaddressedPart) use it to settle the clear cases before anything is parsed: an ask of one clause
// has no part to lose, and a part whose own words all reach an agent is not lost. It only ever says
// "settled" or "cannot tell"; every unclear case goes to the full parse (parse.ts).
// (It once also settled clearly preserved intents for the judge, quickAssess; that call never ran —
// scoreIntent compared its token-blanking wrapper with offlineJudge — and, switched on, it judged a
// unit-tested drift preserved, so it was removed: docs/evaluation.md, fifth session of 2026-11-29.)
import { FUNCTION_RANK, UNKNOWN_RANK, vectorIndex } from "./lexicon";
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
  /** one clause: no sentence break, comma or coordinating conjunction inside it */
  single: boolean;
  /** the content words cut at every sentence break, comma and coordinating conjunction: finer than the parser's clauses */
  pieces: QuickWord[][];
}

const WORD = /[A-Za-z][A-Za-z'’]*|\d[\w-]*/g;
const CONJUNCTION = /^(?:and|or|but|nor|yet|so|plus|also|then)$/i;
const INNER_BREAK = /[,;:!?]|\.(?!$)|\b(?:and|or|but|nor|yet|so|plus|also|then)\b|&/i;
const CACHE = 5_000;
const cache = new Memo<string, QuickText>(CACHE);

interface WordInfo {
  conjunction: boolean;
  /** the content word, null for a function word, a light verb, a contraction or a bare number */
  word: QuickWord | null;
}
/** What quickRead needs of a word as written, looked up once per word (words recur across texts; shared, never mutated). */
const wordInfo = new Memo<string, WordInfo>(20_000);
function infoOf(raw: string): WordInfo {
  let info = wordInfo.get(raw);
  if (!info) wordInfo.set(raw, (info = { conjunction: CONJUNCTION.test(raw), word: contentWord(raw) }));
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
  const pieces: QuickWord[][] = [[]];
  let last = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    // the punctuation between the last word and this one: , ; : . ! ? and & break a piece
    let pieceBreak = false;
    for (let k = last; k < m.index && !pieceBreak; k++) {
      const c = text.charCodeAt(k);
      pieceBreak = c === 44 || c === 59 || c === 58 || c === 46 || c === 33 || c === 63 || c === 38;
    }
    const info = infoOf(m[0]);
    if ((pieceBreak || info.conjunction) && pieces[pieces.length - 1].length) pieces.push([]);
    last = m.index + m[0].length;
    const word = info.word;
    if (!word) continue;
    words.push(word);
    pieces[pieces.length - 1].push(word);
  }
  const body = text.trim().replace(/[.!?\s]+$/, "");
  const read: QuickText = {
    words,
    stems: new Set(words.map((w) => w.stem)),
    pieces: pieces.filter((p) => p.length),
    single: !INNER_BREAK.test(body),
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

