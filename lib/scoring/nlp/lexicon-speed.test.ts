// speed32a made the lexicon's lookups cheaper without changing any answer (issue 12 throughput): the
// antonym relations kept as each word's set of opposites instead of one "a b" string per pair, the
// WordNet sense test and the qualifier test without closures or arrays per pair, the vector dot
// product four dimensions a step. Each is checked here against the way it was computed before,
// written out from the data files, over every pair of the relation's words or every row of the table.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  areOpposed, areOpposedQualifiers, areRelatedActions, areWordNetOpposed, comparativeForms, CONTINUING_LIST, ENDING_LIST, PLACING_LIST, reverses, rowSimilarity, vectorIndex,
} from "./lexicon";

const DATA = path.join(__dirname, "data");
const read = (f: string) => JSON.parse(fs.readFileSync(path.join(DATA, f), "utf8"));

describe("antonyms as each word's set of opposites", () => {
  const pairs = read("antonyms.json") as Array<[string, string]>;
  // (as before speed32a)
  const wordnetKeys = new Set(pairs.map(([a, b]) => `${a} ${b}`));
  const allKeys = new Set(wordnetKeys);
  for (const a of ENDING_LIST) for (const b of [...CONTINUING_LIST, ...PLACING_LIST]) if (a !== b) allKeys.add([a, b].sort().join(" "));
  const before = (keys: Set<string>) => (a: string, b: string) => a !== b && (keys.has(a < b ? `${a} ${b}` : `${b} ${a}`) || reverses(a, b) || reverses(b, a));
  const opposedBefore = before(allKeys);
  const wordnetBefore = before(wordnetKeys);

  it("the data holds each pair in sorted order, without spaces (the old key's form)", () => {
    for (const [a, b] of pairs) expect(a < b && !a.includes(" ") && !b.includes(" ")).toBe(true);
  });

  it("agrees with the pair strings on every relation pair both ways, on pairs of a quarter of its words, and on words outside it", () => {
    const words = [...new Set([...pairs.flat(), ...ENDING_LIST, ...CONTINUING_LIST])].filter((_, i) => i % 4 === 0);
    words.push("unlock", "lock", "unban", "ban", "ungroup", "group", "glacier", "organ", "pearl", "", "un", "unun");
    let opposedPairs = 0;
    let differ = 0;
    for (const key of allKeys) {
      const [a, b] = key.split(" ");
      if (!areOpposed(a, b) || !areOpposed(b, a) || areWordNetOpposed(a, b) !== wordnetBefore(a, b) || areWordNetOpposed(b, a) !== wordnetBefore(b, a)) differ++;
    }
    for (const a of words) {
      for (const b of words) {
        const o = areOpposed(a, b);
        const w = areWordNetOpposed(a, b);
        if (o !== opposedBefore(a, b) || w !== wordnetBefore(a, b)) differ++;
        if (o) opposedPairs++;
      }
    }
    expect(differ).toBe(0);
    expect(opposedPairs).toBeGreaterThan(0);
  }, 60_000);
});

describe("areRelatedActions without closures", () => {
  const raw = read("verb-senses.json") as Record<string, number[]>;
  const senses = new Map(Object.entries(raw).map(([w, ids]) => [w, { own: ids.slice(0, ids.indexOf(-1)), all: new Set(ids.filter((i) => i !== -1)) }]));
  const before = (a: string, b: string) => {
    if (a === b) return true;
    const sa = senses.get(a);
    const sb = senses.get(b);
    if (!sa || !sb) return false;
    return sa.own.some((i) => sb.all.has(i)) || sb.own.some((i) => sa.all.has(i));
  };
  it("agrees on every pair of 300 verbs (every 50th WordNet verb) and on words WordNet lacks", () => {
    const verbs = [...Object.keys(raw).filter((_, i) => i % 50 === 0), "book", "reserve", "fix", "repair", "schedule", "reschedule", "tune", "dive", "rappel", "voice", "glacierise"];
    let related = 0;
    const differ: string[] = [];
    for (const a of verbs) {
      for (const b of verbs) {
        const was = before(a, b);
        if (areRelatedActions(a, b) !== was) differ.push(`${a} / ${b}`);
        if (a !== b && was) related++;
      }
    }
    expect(differ).toEqual([]);
    expect(related).toBeGreaterThan(0);
  }, 60_000);
});

describe("areOpposedQualifiers' cheap refusal", () => {
  const raw = read("qualifiers.json") as { antonyms: Array<[string, string]> };
  const opposite = new Map<string, Set<string>>();
  for (const [a, b] of raw.antonyms) {
    (opposite.get(a) ?? opposite.set(a, new Set()).get(a)!).add(b);
    (opposite.get(b) ?? opposite.set(b, new Set()).get(b)!).add(a);
  }
  const before = (a: string, b: string) => {
    if (a === b) return false;
    const fa = comparativeForms(a) ?? [a];
    const fb = comparativeForms(b) ?? [b];
    return fa.some((x) => fb.some((y) => x !== y && opposite.get(x)?.has(y) === true));
  };
  it("agrees with every form pair on qualifiers, their comparatives and words with no antonym", () => {
    const bases = [...opposite.keys()].filter((_, i) => i % 30 === 0);
    const words = [...bases, ...bases.flatMap((w) => [`${w}er`, `${w}r`, `${w.replace(/y$/, "i")}er`]), "earlier", "later", "sooner", "bigger", "narrower", "deeper", "shallower", "warmer", "glacier", "pearl", "organ", "diver", "tuner", "er", ""];
    let opposedPairs = 0;
    for (const a of words) {
      for (const b of words) {
        const now = areOpposedQualifiers(a, b);
        if (now !== before(a, b)) throw new Error(`${a} / ${b}`);
        if (now) opposedPairs++;
      }
    }
    expect(opposedPairs).toBeGreaterThan(0);
  }, 60_000);
});

describe("rowSimilarity four dimensions a step", () => {
  const buf = fs.readFileSync(path.join(DATA, "word-vectors.bin"));
  const count = buf.readUInt32LE(0);
  const dims = buf.readUInt32LE(4);
  const vocabBytes = buf.readUInt32LE(8);
  const matrix = new Int8Array(buf.buffer.slice(buf.byteOffset + 12 + vocabBytes, buf.byteOffset + 12 + vocabBytes + count * dims));
  const norm = (i: number) => {
    let s = 0;
    for (let d = 0; d < dims; d++) s += matrix[i * dims + d] ** 2;
    // (the table keeps norms as 32-bit floats)
    return Math.fround(Math.sqrt(s) || 1);
  };
  const before = (i: number, j: number) => {
    if (i === j) return 1;
    let dot = 0;
    for (let oi = i * dims, oj = j * dims, end = oi + dims; oi < end; oi++, oj++) dot += matrix[oi] * matrix[oj];
    return dot / (norm(i) * norm(j));
  };
  it("gives the same number, to the last bit, for 20,000 pairs of rows (the first and last rows among them)", () => {
    vectorIndex("the"); // (loads the table)
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % count;
    const rows = [0, 1, count - 1, count - 2, ...Array.from({ length: 196 }, next)];
    let differ = 0;
    for (let k = 0; k < 20_000; k++) {
      const i = k < rows.length ? rows[k] : next();
      const j = k < rows.length ? rows[(k + 1) % rows.length] : next();
      if (!Object.is(rowSimilarity(i, j), before(i, j))) differ++;
    }
    expect(differ).toBe(0);
  }, 60_000);
});
