// Finds slot nouns in a text by word n-grams looked up in the vocabulary's noun table (one pass
// over the words, longest phrase first) instead of one regular expression with hundreds of
// alternatives: scoring throughput is a target (issue 12). Also finds open identifier phrases
// ("<thing> number/id/reference", slots.ts openField). Words are letters/digits runs; the head
// word is lemmatised by suffix, so "order numbers" finds "order number". A word inside an email
// address ("info@email.com") is not a noun.
import { memosPer, type Memo } from "./memo";
import { lemma, openField, type NounInfo, type Vocabulary } from "./slots";

export interface NounHit {
  start: number;
  end: number;
  info: NounInfo;
}

interface Word {
  w: string;
  start: number;
  end: number;
}

const WORD = /[A-Za-z0-9]+|#/g;
const OPEN_HEADS = new Set(["number", "numbers", "id", "ids", "no", "num", "ref", "reference", "#"]);
const MAX_WORDS = 5;
const HEAD_WORD = /\b(?:numbers?|ids?|no|num|ref|reference)\b|#/i;

let memo: { text: string; words: Word[] } = { text: "", words: [] };
/** Words of a text (the last text is remembered: nounsIn and openPhrasesIn read the same sentence). */
function words(text: string): Word[] {
  if (memo.text === text) return memo.words;
  const out: Word[] = [];
  // an exec loop, not matchAll: no iterator, and one match array alive at a time (issue 12 throughput)
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    // parts of an email address or a dotted domain are not words of the sentence
    if (text[start - 1] === "@" || text[end] === "@" || (text[start - 1] === "." && /\w/.test(text[start - 2] ?? ""))) continue;
    out.push({ w: m[0].toLowerCase(), start, end });
  }
  memo = { text, words: out };
  return out;
}

const lemmaCache = new Map<string, string>();
function lem(w: string): string {
  let l = lemmaCache.get(w);
  if (l === undefined) {
    l = lemma(w);
    if (lemmaCache.size > 5000) lemmaCache.clear();
    lemmaCache.set(w, l);
  }
  return l;
}

/** Per vocabulary, the longest noun phrase a word can open (0: none), looked up once per word (the memo is fetched once per text). */
const starts = memosPer<Vocabulary, string, number>(20_000);
function longestAt(w: string, vocab: Vocabulary, memo: Memo<string, number>): number {
  let n = memo.get(w);
  if (n === undefined) memo.set(w, (n = vocab.starts.get(w) ?? vocab.starts.get(lem(w)) ?? 0));
  return n;
}

const GAP = /^(?:[\s-]+|['’])$/;
function adjacent(text: string, ws: Word[], i: number, n: number): boolean {
  for (let k = i + 1; k < i + n; k++) if (!GAP.test(text.slice(ws[k - 1].end, ws[k].start))) return false;
  return true;
}

/**
 * Noun hits per vocabulary and text: the fact readers and the re-ask reader go over the same agent
 * sentences (issue 12 throughput). Callers only read the hits.
 */
const hitsOf = memosPer<Vocabulary, string, NounHit[]>(2_000);

/** Vocabulary nouns in a text, longest phrase first at each word, not overlapping. */
export function nounsIn(text: string, vocab: Vocabulary): NounHit[] {
  const memo = hitsOf(vocab);
  let hits = memo.get(text);
  if (!hits) memo.set(text, (hits = findNouns(text, vocab)));
  return hits;
}

function findNouns(text: string, vocab: Vocabulary): NounHit[] {
  const ws = words(text);
  const out: NounHit[] = [];
  const longestMemo = starts(vocab);
  for (let i = 0; i < ws.length; i++) {
    const longest = longestAt(ws[i].w, vocab, longestMemo);
    if (!longest) continue;
    for (let n = Math.min(longest, MAX_WORDS, ws.length - i); n >= 1; n--) {
      // adjacent words only: "order, number" is not "order number"
      if (n > 1 && !adjacent(text, ws, i, n)) continue;
      let key = ws[i].w;
      for (let k = 1; k < n; k++) key += ` ${ws[i + k].w}`;
      const info = vocab.nouns.get(n === 1 ? lem(key) : key.slice(0, key.length - ws[i + n - 1].w.length) + lem(ws[i + n - 1].w));
      if (!info) continue;
      out.push({ start: ws[i].start, end: ws[i + n - 1].end, info });
      i += n - 1;
      break;
    }
  }
  return out;
}

/** Open identifier phrases: the field, and where the phrase (modifier words and head) starts and ends. */
export function openPhrasesIn(text: string): Array<{ field: string; start: number; end: number }> {
  const out: Array<{ field: string; start: number; end: number }> = [];
  if (!HEAD_WORD.test(text)) return out;
  const ws = words(text);
  for (let j = 1; j < ws.length; j++) {
    if (!OPEN_HEADS.has(ws[j].w)) continue;
    let i = j;
    while (i > 0 && j - i < 3 && /^[\s-]+$/.test(text.slice(ws[i - 1].end, ws[i].start)) && /^[a-z]+$/.test(ws[i - 1].w) && openField(ws[i - 1].w)) i--;
    if (i === j) {
      // the thing named after the head: "the number on your library card", "the reference for the claim"
      const after = reversed(text, ws, j);
      if (after) out.push(after);
      continue;
    }
    const field = openField(ws.slice(i, j).map((w) => w.w).join(" "));
    if (field) out.push({ field, start: ws[i].start, end: ws[j].end + (text[ws[j].end] === "." && ws[j].w === "no" ? 1 : 0) });
  }
  return out;
}

const AFTER_HEAD = new Set(["on", "for"]);
const DETERMINERS = new Set(["your", "the", "my", "our", "their", "this", "that"]);

/** "number on your library card" → library_card_number: a head, "on"/"for", a determiner, one or two modifier words. */
function reversed(text: string, ws: Word[], j: number): { field: string; start: number; end: number } | null {
  if (!AFTER_HEAD.has(ws[j + 1]?.w ?? "") || !DETERMINERS.has(ws[j + 2]?.w ?? "")) return null;
  let k = j + 3;
  while (k < ws.length && k - j - 3 < 2 && /^[a-z]+$/.test(ws[k].w) && /^[\s-]+$/.test(text.slice(ws[k - 1].end, ws[k].start)) && openField(ws[k].w)) k++;
  if (k === j + 3) return null;
  const field = openField(ws.slice(j + 3, k).map((w) => lem(w.w)).join(" "));
  return field ? { field, start: ws[j].start, end: ws[k - 1].end } : null;
}
