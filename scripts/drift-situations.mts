// In which situations the two least reliable rules of the intent-drift judge decide (issue 12,
// drift18; docs/evaluation.md "drift18 session"): every drift verdict of `lostPart` (a part of a
// multi-part ask reached no agent) and `antonym` (an opposite action), on the development corpora
// (never a held-out one) and any --dir given, counted by situation and by whether it was right
// (TP), a false alarm on a clean conversation (FPc) or on one with another label (FPo). The
// situations are read from the texts by simple English tests (below, each with its question), so
// that the counts can be printed for corpora nobody may read: no text is printed without --list.
// Usage: npx tsx scripts/drift-situations.mts [--dir /work/wt/dev-q1 …] [--only] [--list]
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { coverageTracker } from "../lib/scoring/judge-offline";
import { specific } from "../lib/scoring/intent";
import { parseText } from "../lib/scoring/nlp/parse";
import { areRelatedActions, samePolarity } from "../lib/scoring/nlp/lexicon";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const corpora = driftCorpora(args);

interface Raw { type: string; role?: string; agent?: string; content?: string; intent?: string; summary?: string; payload?: unknown; state?: unknown; to?: string }
const said = (e: Raw) => e.content ?? e.intent ?? "";

/** lostPart: which kind of clause the lost "part" is, and what the texts after it show. */
function partSituations(part: string, events: Raw[]): string[] {
  const s: string[] = [];
  const p = part.toLowerCase();
  const terms = parseText(part).terms.filter(specific);
  // a remark, not a request: someone else's liking or wanting, a prediction, a reason ("(need) it for …")
  if (/^(?:(?:my|our|his|her|their|the)\s+[a-z-]+(?:\s+[a-z-]+)?|he|she|they)(?:'d|'ll)?\s+(?:\w+\s+)?(?:love|like|want|need|wish|will|would)\b/.test(p) || /\b(?:my|our|the)\s+[a-z]+\s+(?:want|wants|would love|will love)\b/.test(p) || /^(?:need\s+)?(?:it|them|this)\s+for\b/.test(p)) s.push("remark");
  // a circumstance of another part: when or by when, or a hedge ("someone today if poss", "need it
  // back by then"), with at most one word naming a thing besides
  else if (/\b(?:today|tomorrow|tonight|asap|if poss(?:ible)?|if it'?s not too late|any day|(?:by|before|until) (?:then|\w+day|the \d+|\d))\b/.test(p) && terms.filter((t) => t.pos === "NOUN" && !/\d/.test(t.lemma)).length <= 1) s.push("circumstance");
  // a question for information, which any agent can answer, rather than an action to be done ("is it
  // possible for your chaps to take …" asks for an action)
  else if ((/^(?:is|are|do|does|can i|could i|what|when|where|how|which|whether)\b|\b(?:tell me|know) (?:whether|if|what|when|how)\b|\bdo you (?:do|run|sell|offer|have)\b/.test(p)) && !/^is it (?:possible|ok|okay)\b/.test(p)) s.push("question");
  else s.push("action");
  if (terms.length <= 1) s.push("one word");
  if (terms.some((t) => t.row < 0 && !/\d/.test(t.lemma))) s.push("word unknown to the vectors");
  const first = events.findIndex((e) => e.type === "handoff");
  const downstream = events.slice(first).flatMap((e) => (e.type === "handoff" ? [e.summary ?? "", JSON.stringify(e.payload ?? {})] : e.type === "intent" || (e.type === "message" && e.role === "agent") ? [said(e)] : []));
  // (the bar unaddressedPart uses: any word this near may be the part said otherwise)
  const near = coverageTracker(terms, 0.5);
  for (const t of downstream) near.add(parseText(t).terms);
  if (terms.length && near.value() >= 0.25) s.push("near words downstream");
  if (events.some((e) => e.type === "state")) s.push("state events");
  const before = events.slice(0, first).filter((e) => e.type === "message" && e.role === "agent").map(said).join(" ").toLowerCase();
  if (terms.some((t) => before.includes(t.value.toLowerCase()))) s.push("named by the first agent before the handoff");
  return s;
}

/** antonym: where the opposite stands and what surrounds it. */
function antonymSituations(reason: string, ask: string, events: Raw[]): string[] {
  const m = /asked to (\S+); .* is to (\S+)/.exec(reason);
  if (!m) return ["(unparsed)"];
  const [, a, b] = m;
  const s: string[] = [];
  const intent = events.filter((e) => e.type === "intent").pop();
  const text = intent ? said(intent) : said(events.filter((e) => e.type === "message" && e.role === "agent").pop() ?? { type: "" });
  s.push(intent ? "from an intent event" : "from an agent message");
  const sentence = text.split(/(?<=[.!?;])\s+/).find((x) => parseText(x).terms.some((t) => t.lemma === b || t.stem === b)) ?? "";
  if (/\?\s*$/.test(sentence)) s.push("a question back");
  if (/\b(?:if|unless|whether|in case|would you like|do you want|you can|you could)\b/i.test(sentence)) s.push("hedged or offered");
  const getting = (v: string) => areRelatedActions(v, "acquire") || areRelatedActions(v, "get");
  const giving = (v: string) => areRelatedActions(v, "give") || areRelatedActions(v, "exchange");
  // (a phrasal verb is its own action: "take in" a waist is no receiving)
  if (!/_/.test(a + b) && ((getting(a) && giving(b)) || (getting(b) && giving(a)))) s.push("converse parties");
  const verbs = parseText(sentence).terms;
  const at = verbs.findIndex((t) => t.lemma === b || t.stem === b);
  if (verbs.some((v, i) => i < at && v.pos === "VERB" && (areRelatedActions(v.lemma, a) || samePolarity(v.lemma, a)))) s.push("the asked action done to the opposite");
  if (new RegExp(String.raw`\b(?:i|we|you|he|she|they)(?:'ve| have)?\s+(?:\w+ly\s+)?${a.slice(0, 4)}\w*ed\b`, "i").test(ask)) s.push("the ask's verb a past deed");
  if (parseText(ask).clauses.filter((c) => c.request && c.terms.length).length >= 2) s.push("multi-part ask");
  return s;
}

type Tally = Map<string, { TP: number; FPc: number; FPo: number }>;
const tallies = new Map<string, Tally>();
const add = (key: string, situation: string, what: "TP" | "FPc" | "FPo") => {
  const t = tallies.get(key) ?? new Map();
  tallies.set(key, t);
  const row = t.get(situation) ?? { TP: 0, FPc: 0, FPo: 0 };
  row[what]++;
  t.set(situation, row);
};
for (const c of corpora) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    const path = a.scores.intentPath ?? "";
    if (!a.scores.intentDrift || (path !== "lostPart" && path !== "antonym") || !eligibleFor("drift", a)) continue;
    const raw = fixture.events as unknown as Raw[];
    const what = fixture.labels.drift ? "TP" : isClean(fixture) ? "FPc" : "FPo";
    const reason = a.scores.intentReason ?? "";
    const ask = raw.find((e) => e.type === "message" && e.role === "user")?.content ?? "";
    const situations = path === "lostPart" ? partSituations(/“(.*)”/.exec(reason)?.[1] ?? "", raw) : antonymSituations(reason, ask, raw);
    for (const s of situations) {
      add(`${path} ${c.name}`, s, what);
      add(`${path} ALL`, s, what);
    }
    if (args.includes("--list")) console.log(`${what.padEnd(4)} ${path.padEnd(9)} ${c.name}/${name}: ${situations.join("; ")}`);
  }
}
for (const [key, t] of [...tallies].sort(([x], [y]) => x.localeCompare(y))) {
  console.log(`\n${key}   (TP / FP clean / FP other)`);
  for (const [s, r] of [...t].sort(([x], [y]) => x.localeCompare(y))) console.log(`  ${s.padEnd(46)} ${r.TP} / ${r.FPc} / ${r.FPo}`);
}
