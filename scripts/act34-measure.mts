// act34 measurement (docs/evaluation.md, act34): A1 candidate readings — the ask's act against the acts the final
// agent names — counted on the development rows of `scripts/miss33-list.mts --all` (never a held-out corpus): for each
// reading, the missed drifts it would find and the clean conversations it would flag, by corpus.
// Usage: npx tsx scripts/miss33-list.mts --all > rows.jsonl && npx tsx scripts/act34-measure.mts rows.jsonl [SHOW=<reading>]
import fs from "node:fs";
import { parseText, LIGHT_VERBS, type Term } from "../lib/scoring/nlp/parse";
import { areRelatedActions, verbsOfNoun, wordSimilarity, areOpposed } from "../lib/scoring/nlp/lexicon";

const rows = fs.readFileSync(process.argv[2], "utf8").trim().split("\n").map((l) => JSON.parse(l));
const SIM = Number(process.env.SIM ?? 0.45);
const isAct = (t: Term) => t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma) && !t.negated;
const verbsOf = (t: Term) => (t.pos === "VERB" ? [t.lemma] : t.pos === "NOUN" ? verbsOfNoun(t.lemma) : []);
function same(a: string, b: string) {
  if (a === b || areRelatedActions(a, b)) return true;
  const s = wordSimilarity(a, b);
  return s !== null && s >= SIM;
}
function askActs(ask: string): string[] {
  const p = parseText(ask);
  const req = p.clauses.filter((c) => c.request && c.terms.length);
  const cl = req.length ? req : p.clauses;
  const out = new Set<string>();
  for (const c of cl) {
    for (const t of c.terms) if (isAct(t) && !t.state) out.add(t.lemma);
    for (const t of c.phrasals) if (!t.negated) out.add(t.lemma);
    for (const t of c.terms) if (t.pos === "NOUN" && t.afterLight) for (const v of verbsOfNoun(t.lemma)) out.add(v);
  }
  return [...out];
}
// every act a text names: verbs (incl. participles/states), phrasal verbs, nouns of acts
function namedActs(text: string): { acts: Set<string>; explicit: Set<string> } {
  const p = parseText(text);
  const acts = new Set<string>();
  const explicit = new Set<string>();
  for (const c of p.clauses) {
    for (const t of c.terms) {
      if (t.negated) continue;
      if (t.pos === "VERB" && !LIGHT_VERBS.has(t.lemma)) { acts.add(t.lemma); if (!t.state) explicit.add(t.lemma); }
      if (t.pos === "NOUN") for (const v of verbsOfNoun(t.lemma)) acts.add(v);
    }
    for (const t of c.phrasals) if (!t.negated) { acts.add(t.lemma); explicit.add(t.lemma); acts.add(t.lemma.split("_")[0]); }
  }
  return { acts, explicit };
}
const stats: Record<string, { gain: Record<string, number>; clean: Record<string, number>; other: number; lost: number }> = {};
const bump = (k: string, r: any) => {
  stats[k] ??= { gain: {}, clean: {}, other: 0, lost: 0 };
  if (r.drift && r.got !== true) stats[k].gain[r.corpus] = (stats[k].gain[r.corpus] ?? 0) + 1;
  else if (r.clean && r.got !== true) stats[k].clean[r.corpus] = (stats[k].clean[r.corpus] ?? 0) + 1;
  else if (!r.drift && r.got !== true) stats[k].other++;
};
const show = process.env.SHOW;
for (const r of rows) {
  if (r.got === true) continue;
  const ev = r.events as any[];
  const users = ev.filter((e) => e.type === "message" && e.role === "user" && e.content?.trim());
  if (!users.length) continue;
  const ask = users[0].content as string;
  const ho = ev.find((e) => e.type === "handoff");
  const intents = ev.filter((e) => e.type === "intent");
  const agents = ev.filter((e) => e.type === "message" && e.role === "agent" && e.content?.trim());
  const fin = intents.length ? intents[intents.length - 1] : agents[agents.length - 1];
  if (!fin) continue;
  const finAgent = fin.agent;
  const finText = fin.intent ?? fin.content;
  const lastMsg = agents.filter((a) => a.agent === finAgent).slice(-1)[0]?.content ?? "";
  const asked = askActs(ask);
  if (!asked.length) continue;
  const hoText = ho ? `${ho.summary ?? ""} ${JSON.stringify(ho.payload ?? {})}` : "";
  const handed = ho ? [...namedActs(hoText).acts].some((v) => asked.some((a) => same(a, v))) : true;
  const interp = namedActs(finText);
  const reply = namedActs(lastMsg);
  const outActs = new Set([...interp.acts, ...reply.acts]);
  const realised = [...outActs].some((v) => asked.some((a) => same(a, v)));
  const realisedInterp = [...interp.acts].some((v) => asked.some((a) => same(a, v)));
  const other = [...interp.explicit].filter((v) => !asked.some((a) => same(a, v)));
  const opposite = [...outActs].some((v) => asked.some((a) => areOpposed(a, v)));
  const cands: Record<string, boolean> = {
    notHanded_notRealised_other: !handed && !realised && other.length > 0,
    notRealised_other: !realised && other.length > 0,
    notHanded_notRealisedInterp_other: !handed && !realisedInterp && other.length > 0,
    notHanded_opposite: !handed && opposite,
    opposite_notRealised: opposite && !realised,
  };
  for (const [k, v] of Object.entries(cands)) if (v) { bump(k, r); if (show === k) console.log(`${r.drift ? "GAIN" : r.clean ? "CLEAN" : "OTHER"} ${r.corpus} ${r.name} asked=${asked} other=${other} | ${finText.slice(0, 100)}`); }
}
for (const [k, s] of Object.entries(stats)) {
  const g = Object.values(s.gain).reduce((a, b) => a + b, 0);
  const c = Object.values(s.clean).reduce((a, b) => a + b, 0);
  console.log(`${k}: gains ${g} in ${Object.keys(s.gain).length} corpora; clean ${c} in ${Object.keys(s.clean).length}; other ${s.other}`);
}
