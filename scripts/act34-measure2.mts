// act34 measurement (docs/evaluation.md, act34): the resulting state's way (the thing kept or added +1, ended or taken
// away -1) of the ask against the outcome the final agent reports, on the rows of `scripts/miss33-list.mts --all` (dev
// only). V=interp reads the final interpretation alone; NOLATER=1 skips conversations with a later request of the user's.
import fs from "node:fs";
import { parseText, LIGHT_VERBS, type Term, type Clause } from "../lib/scoring/nlp/parse";
import { areRelatedActions, ENDING_LIST, CONTINUING_LIST, wordSimilarity } from "../lib/scoring/nlp/lexicon";

const rows = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map((l) => JSON.parse(l));
const ENDING = new Set(ENDING_LIST);
const CONT = new Set(CONTINUING_LIST);
const KEEPING = ["continue", "remain", "keep", "confirm"]; // WordNet's verbs of going on / staying as it is
const V = process.env.V ?? "a";
function verbSign(lemma: string, state: boolean, outcome: boolean): 0 | 1 | -1 {
  const l = lemma.split("_")[0] === lemma ? lemma : lemma;
  if (ENDING.has(l)) return -1;
  if (CONT.has(l)) return 1;
  if (outcome && KEEPING.some((k) => areRelatedActions(k, l))) return 1;
  return 0;
}
type Signed = { sign: 1 | -1; things: Term[]; word: string };
function signs(clauses: Clause[], outcome: boolean, requestsOnly: boolean): Signed[] {
  const out: Signed[] = [];
  const req = clauses.filter((c) => c.request);
  for (const c of requestsOnly && req.length ? req : clauses) {
    const things = c.terms.filter((t) => t.pos === "NOUN" || t.pos === "PROPN");
    for (const p of c.polarity) out.push({ sign: p.sign, things, word: p.value });
    for (const t of [...c.terms, ...c.phrasals]) {
      if (t.negated || t.pos !== "VERB" || LIGHT_VERBS.has(t.lemma)) continue;
      const s = verbSign(t.lemma, !!t.state, outcome);
      if (s) out.push({ sign: s, things, word: t.lemma });
    }
  }
  return out;
}
const same = (a: Term[], b: Term[]) => a.some((x) => b.some((y) => x.stem === y.stem || (wordSimilarity(x.lemma, y.lemma) ?? 0) >= 0.6));
const tally: Record<string, { gain: Record<string, number>; clean: Record<string, number>; other: number }> = {};
for (const r of rows) {
  if (r.got === true) continue;
  const ev = r.events as any[];
  const users = ev.filter((e) => e.type === "message" && e.role === "user" && e.content?.trim());
  if (!users.length) continue;
  const intents = ev.filter((e) => e.type === "intent");
  const agents = ev.filter((e) => e.type === "message" && e.role === "agent" && e.content?.trim());
  const fin = intents.length ? intents[intents.length - 1] : agents[agents.length - 1];
  if (!fin) continue;
  const lastMsg = agents.filter((a) => a.agent === fin.agent).slice(-1)[0]?.content ?? "";
  const ask = parseText(users[0].content);
  const a = signs(ask.clauses, false, true);
  const askSign = new Set(a.map((x) => x.sign));
  if (askSign.size !== 1) continue;
  const s = [...askSign][0];
  const texts = V === "interp" ? [fin.intent ?? fin.content] : [fin.intent ?? fin.content, lastMsg];
  const o = texts.flatMap((t) => signs(parseText(t).clauses, true, false));
  const onThing = o.filter((x) => a.some((y) => same(y.things, x.things)));
  const opp = onThing.filter((x) => x.sign === -s);
  const realised = onThing.some((x) => x.sign === s);
  const finIdx = ev.indexOf(fin);
  const laterAsk = users.slice(1).filter((u) => ev.indexOf(u) < finIdx).some((u) => parseText(u.content).clauses.some((c) => c.request && !c.refused && c.terms.some((t) => t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma) && !t.negated)));
  if (process.env.NOLATER && laterAsk) continue;
  const key = `${V}:${s}`;
  if (opp.length && !realised) {
    tally[key] ??= { gain: {}, clean: {}, other: 0 };
    const k = r.drift ? "gain" : r.clean ? "clean" : null;
    if (k) tally[key][k][r.corpus] = (tally[key][k][r.corpus] ?? 0) + 1; else tally[key].other++;
    if (process.env.SHOW) console.log(`${r.drift ? "GAIN" : r.clean ? "CLEAN" : "OTHER"} ${r.corpus} ${r.name} ask=${a.map((x) => x.word)} out=${opp.map((x) => x.word)} | ${(fin.intent ?? fin.content).slice(0, 90)}`);
  }
}
for (const [k, t] of Object.entries(tally)) {
  const g = Object.values(t.gain).reduce((x, y) => x + y, 0), c = Object.values(t.clean).reduce((x, y) => x + y, 0);
  console.log(`${k}: gains ${g} in ${Object.keys(t.gain).length} (${Object.keys(t.gain)}); clean ${c} in ${Object.keys(t.clean).length}; other ${t.other}`);
}
