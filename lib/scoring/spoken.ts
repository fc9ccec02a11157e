// References read out in words (speech-to-text, a caller spelling a code): "h t seven seven three
// one", "b as in bravo r zero six six one", "oh seven seven double oh nine …". The fact reader sees
// them written ("HT7731", "BR0661", "07700900…"), so a spoken reference is a value like a typed one.
//
// Choices (issue 12 item 3: facts are never invented):
// - A run is a sequence of spoken symbols: single letters, digit words ("zero", "oh", "one" …
//   "nine"), "double"/"triple" before a symbol, a letter spelled "X as in <word>", and digits. The
//   homophones speech-to-text writes for digits ("for", "to", "too") count only inside a run,
//   between two symbols ("t b for for oh two"), never at its ends ("a table for two").
// - A run is a reference only with four symbols or more, two of them digits, one a digit word (not a
//   homophone, not "o": "340 for a 40", "O to a Q" are none): a
//   number word in ordinary speech ("I need two tickets", "one of them", "at seven for five of us")
//   stands alone or in twos and threes, and a spelled name ("o k a f o r") has no digit.
// - "o" is the letter after a letter, or first before a letter ("o x four four", "l o zero six");
//   otherwise, like "oh", the digit 0. A trailing "X as in <word>" whose letter the run already has
//   clarifies that letter ("h t seven seven three one h as in hotel"), it adds none.
// - The written code replaces the run padded with spaces to the run's length, so every position in
//   the text stays where it was (redaction tokens and value spans are found by position).
// Known limits: English number words; tens ("twenty", "nineteen oh two") are left as words.

const DIGITS: Record<string, string> = {
  zero: "0", oh: "0", nought: "0", one: "1", two: "2", three: "3", four: "4", five: "5", six: "6", seven: "7", eight: "8", nine: "9",
};
const HOMOPHONES: Record<string, string> = { for: "4", to: "2", too: "2" };
const REPEAT: Record<string, number> = { double: 2, triple: 3 };
/** a cheap first test: two digit words somewhere in the text (most texts have none) */
const TWO_DIGIT_WORDS = /\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b[^]*?\b(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine)\b/i;
const MIN_SYMBOLS = 4;
const MIN_DIGITS = 2;

interface SpokenSymbol {
  /** what it writes ("7", "H", "00"); "o" is decided once its neighbours are known */
  text: string;
  kind: "digit" | "letter" | "homophone" | "o";
  /** a digit word was said (not a digit typed) */
  spoken: boolean;
  /** a letter spelled "X as in <word>" */
  spelled: boolean;
  start: number;
  end: number;
}

/** The text with every spoken reference written as its code, padded to the same length; the text itself when it has none. */
export function writtenOut(text: string): string {
  if (!TWO_DIGIT_WORDS.test(text)) return text;
  let out = text;
  for (const run of spokenRuns(text)) {
    const code = run.symbols.map((s) => s.text).join("");
    out = out.slice(0, run.start) + code.padEnd(run.end - run.start, " ") + out.slice(run.end);
  }
  return out;
}

/** The spoken references in a text: each run's symbols and where it stands. */
export function spokenRuns(text: string): Array<{ start: number; end: number; symbols: SpokenSymbol[] }> {
  const words = [...text.matchAll(/[A-Za-z]+|\d+/g)];
  const out: Array<{ start: number; end: number; symbols: SpokenSymbol[] }> = [];
  let run: SpokenSymbol[] = [];
  const close = () => {
    while (run.length && run[run.length - 1].kind === "homophone") run.pop();
    while (run.length && run[0].kind === "homophone") run.shift();
    const symbols = run.length >= MIN_SYMBOLS ? decided(run) : [];
    if (isReference(symbols)) out.push({ start: run[0].start, end: run[run.length - 1].end, symbols });
    run = [];
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const lower = w[0].toLowerCase();
    const start = w.index!;
    const end = start + w[0].length;
    // (only a space between two symbols: a comma or a full stop ends the run)
    if (run.length && !/^ +$/.test(text.slice(run[run.length - 1].end, start))) close();
    const next = words[i + 1];
    if (REPEAT[lower] && next && (DIGITS[next[0].toLowerCase()] || /^[a-z]$/i.test(next[0])) && /^ +$/.test(text.slice(end, next.index!))) {
      const one = DIGITS[next[0].toLowerCase()] ?? next[0].toUpperCase();
      run.push({ text: one.repeat(REPEAT[lower]), kind: DIGITS[next[0].toLowerCase()] ? "digit" : "letter", spoken: true, spelled: false, start, end: next.index! + next[0].length });
      i++;
      continue;
    }
    if (/^[a-z]$/i.test(w[0]) && lower !== "o") {
      // "b as in bravo": the letter, and the three words spelling it
      const spell = /^ as in ([A-Za-z]+)/i.exec(text.slice(end));
      if (spell && spell[1][0].toLowerCase() === lower) {
        const upto = end + spell[0].length;
        while (i + 1 < words.length && words[i + 1].index! < upto) i++;
        run.push({ text: lower.toUpperCase(), kind: "letter", spoken: false, spelled: true, start, end: upto });
      } else run.push({ text: lower.toUpperCase(), kind: "letter", spoken: false, spelled: false, start, end });
    } else if (lower === "o") run.push({ text: "0", kind: "o", spoken: true, spelled: false, start, end });
    else if (DIGITS[lower]) run.push({ text: DIGITS[lower], kind: "digit", spoken: true, spelled: false, start, end });
    else if (/^\d{1,4}$/.test(w[0])) run.push({ text: w[0], kind: "digit", spoken: false, spelled: false, start, end });
    else if (HOMOPHONES[lower] && run.length) run.push({ text: HOMOPHONES[lower], kind: "homophone", spoken: true, spelled: false, start, end });
    else close();
  }
  close();
  return out;
}

/** (read once its "o"s are decided: "o k a f o r" is a spelled name; a digit word, not a homophone, must be said: "340 for a 40") */
function isReference(run: SpokenSymbol[]): boolean {
  if (run.length < MIN_SYMBOLS) return false;
  const digits = run.filter((s) => s.kind !== "letter").length;
  return digits >= MIN_DIGITS && run.some((s) => s.spoken && s.kind === "digit");
}

/** "o" read by its neighbours, and a trailing spelled letter the run already has dropped. */
function decided(run: SpokenSymbol[]): SpokenSymbol[] {
  const out = run.map((s, i) => {
    if (s.kind !== "o") return s;
    const before = run[i - 1];
    const after = run[i + 1];
    const letter = before ? before.kind === "letter" : after?.kind === "letter";
    return letter ? { ...s, text: "O", kind: "letter" as const } : s;
  });
  const last = out[out.length - 1];
  if (last.spelled && out.slice(0, -1).some((s) => s.kind === "letter" && s.text === last.text) && out.slice(0, -1).some((s) => s.kind !== "letter")) out.pop();
  return out;
}
