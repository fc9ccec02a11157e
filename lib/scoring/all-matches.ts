// `text.matchAll(re)` without its costs: matchAll copies the expression (a new RegExp object a call)
// and hands the matches out through an iterator, ~0.5–1.5 µs a call against ~0.1–0.2 µs for the
// same exec loop (five value shapes over a 50-character message: 3–8 µs vs 0.4–0.9 µs); the value
// readers call it dozens of times per message (issue 12 throughput, docs/evaluation.md speed15).

/**
 * The matches `[...text.matchAll(re)]` gives, in order: the same arrays (index, groups), from
 * `re.lastIndex` on as matchAll starts, leaving `re.lastIndex` as it was (matchAll reads its copy's
 * lastIndex, never the original's). `re` must be global, as matchAll requires.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`allMatches needs a global expression: ${re}`);
  const start = re.lastIndex;
  const out: RegExpExecArray[] = [];
  try {
    for (let m = re.exec(text); m; m = re.exec(text)) {
      out.push(m);
      // an empty match moves on by one character (one code point with the u or v flag), as matchAll does
      if (m[0] === "") re.lastIndex = advance(text, re.lastIndex, re.unicode || re.unicodeSets);
    }
  } finally {
    re.lastIndex = start;
  }
  return out;
}

function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const cp = text.codePointAt(at)!;
  return at + (cp > 0xffff ? 2 : 1);
}
