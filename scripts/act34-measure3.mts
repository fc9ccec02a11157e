// act34 measurement (docs/evaluation.md, act34): P1 — a request part whose act no text after the first handoff
// realises (a verb or participle, a derived noun, a WordNet relative, a vector at SIM or closer), beside a part whose act
// one does; on the rows of `scripts/miss33-list.mts --all` (dev only). NOPHR=1: no phrasal verb of a light verb as an act.
import fs from "node:fs";
import { parseText, LIGHT_VERBS, type Term } from "../lib/scoring/nlp/parse";
import { areRelatedActions, verbsOfNoun, wordSimilarity } from "../lib/scoring/nlp/lexicon";

const rows = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map((l) => JSON.parse(l));
const SIM = Number(process.env.SIM ?? 0.5);
const same = (a: string, b: string) => a === b || areRelatedActions(a, b) || (wordSimilarity(a, b) ?? 0) >= SIM || a.split("_")[0] === b || b.split("_")[0] === a;
const tally = { gain: {} as Record<string, number>, clean: {} as Record<string, number>, other: 0 };
for (const r of rows) {
  if (r.got === true) continue;
  const ev = r.events as any[];
  const users = ev.filter((e) => e.type === "message" && e.role === "user" && e.content?.trim());
  if (!users.length) continue;
  const ask = parseText(users[0].content);
  const parts = ask.clauses.filter((c) => c.request && !c.refused);
  if (parts.length < 2) continue;
  const actOf = (c: typeof parts[0]) => [...c.terms, ...(process.env.NOPHR ? c.phrasals.filter((p) => !LIGHT_VERBS.has(p.lemma.split("_")[0])) : c.phrasals)].filter((t) => t.pos === "VERB" && !t.negated && !t.state && !LIGHT_VERBS.has(t.lemma)).map((t) => t.lemma);
  const acts = parts.map(actOf);
  const first = ev.findIndex((e) => e.type === "handoff");
  if (first < 0) continue;
  const down = ev.slice(first).flatMap((e) => e.type === "handoff" ? [e.summary ?? "", JSON.stringify(e.payload ?? {})] : e.type === "message" && e.role === "agent" ? [e.content] : e.type === "intent" ? [e.intent] : e.type === "tool_call" ? [JSON.stringify(e.args ?? e.arguments ?? {})] : []);
  const named = new Set<string>();
  for (const t of down) for (const c of parseText(t).clauses) {
    for (const x of [...c.terms, ...c.phrasals]) { if (x.pos === "VERB") named.add(x.lemma); if (x.pos === "NOUN") for (const v of verbsOfNoun(x.lemma)) named.add(v); }
  }
  const realised = acts.map((a) => !a.length || a.some((v) => [...named].some((n) => same(v, n))));
  if (realised.every(Boolean) || !realised.some(Boolean)) continue;
  // the part's own act only: not shared with a realised part
  const lost = parts.filter((_, i) => !realised[i]);
  const k = r.drift ? "gain" : r.clean ? "clean" : null;
  if (k) tally[k][r.corpus] = (tally[k][r.corpus] ?? 0) + 1; else tally.other++;
  if (process.env.SHOW) console.log(`${r.drift ? "GAIN" : r.clean ? "CLEAN" : "OTHER"} ${r.corpus} ${r.name} lost=${lost.map((c) => actOf(c)).join("|")}`);
}
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);
console.log(`SIM ${SIM}: gains ${sum(tally.gain)} in ${Object.keys(tally.gain).length}; clean ${sum(tally.clean)} in ${Object.keys(tally.clean).length}; other ${tally.other}`);
