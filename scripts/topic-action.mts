// Does the ask's action go missing while its thing stays? (docs/evaluation.md, topic23 session). A
// measurement, no rule: for every drift-eligible conversation the judge reads as kept, the ask's
// actions (its request clauses' verbs and nouns after a light verb, outside prepositional phrases,
// not negated, not a state) and its things (the request clauses' nouns) are looked for in what the
// final agent said — its interpretation and its own messages, not the summary it was handed — by
// stem, WordNet action or word vectors (judge-offline.ts coverage, from the cosine given). Four
// signals are counted per corpus and label (topic drift, other drift, clean, other):
//   absent     no action of the ask in the final agent's words
//   thingOnly  absent, and a thing of the request there (the hypothesis: object kept, action lost)
//   ownAction  absent, the interpretation does a verb nothing the user wrote comes near, and names a
//              thing of the user's message (another action on the same thing: refund → renew)
//   again      absent, and the user names the ask's action again after the final agent first spoke
//   hedged     absent, and the user answered the final agent with a hedged yes (intent-went-along.ts
//              RELUCTANT: "um ok", "whatever, fine"), as drift23's rule `steered` reads it
//   thingLost  the other way round: an action of the ask there, and none of the request's common nouns
// Usage: npx tsx scripts/topic-action.mts [--similar 0.6] [--list] [--dir … --only]
import { askClauses, coverage } from "../lib/scoring/judge-offline";
import { finalInterpretation } from "../lib/scoring/intent";
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { buildTimeline, isAgentMessage, isUserMessage } from "../lib/scoring/timeline";
import { tokensAsWords } from "../lib/privacy/tokens";
import { parseText, type Term } from "../lib/scoring/nlp/parse";
import { RELUCTANT } from "../lib/scoring/intent-went-along";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const list = args.includes("--list");
const at = args.indexOf("--similar");
const similar = at >= 0 ? Number(args[at + 1]) : 0.6;
const SIGNALS = ["absent", "thingOnly", "ownAction", "again", "hedged", "thingLost"] as const;
type Signal = (typeof SIGNALS)[number];
type Group = "topic" | "drift" | "clean" | "other";
interface Row { corpus: string; name: string; group: Group; signals: Set<Signal>; line: string }

/** parse.ts throws on a few chatty texts (a contraction wink splits unevenly): read as naming nothing. */
function terms(text: string): Term[] {
  try {
    return parseText(tokensAsWords(text)).terms.filter((t) => !t.negated);
  } catch {
    return [];
  }
}

const rows: Row[] = [];
for (const c of driftCorpora(args)) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a) || a.scores.intentDrift !== false) continue;
    const timeline = buildTimeline(events);
    const first = timeline.find((t) => isUserMessage(t.event));
    const interp = finalInterpretation({ timeline } as never);
    if (!first || !interp) continue;
    const original = (first.event as { content: string }).content;
    const agent = (timeline[interp.index].event as { agent?: string }).agent;
    const own = timeline.flatMap(({ event: e }) => (isAgentMessage(e) && e.agent === agent ? [e.content] : []));
    const heard = [interp.text, ...own].flatMap(terms);
    const parsed = parseText(tokensAsWords(original));
    const request = askClauses(parsed.clauses).flatMap((cl) => cl.terms).filter((t) => !t.negated && !t.inPhrase && !/\d/.test(t.lemma));
    const acts = request.filter((t) => (t.pos === "VERB" && !t.state) || (t.pos === "NOUN" && t.afterLight));
    if (!acts.length) continue;
    const things = request.filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && !acts.includes(t));
    const near = (t: Term, target: Term[]) => coverage([t], target, 1, undefined, similar) > 0;
    const signals = new Set<Signal>();
    const commonThings = things.filter((t) => t.pos === "NOUN" && t.rank >= 150);
    if (acts.some((t) => near(t, heard)) && commonThings.length && !commonThings.some((t) => near(t, heard))) signals.add("thingLost");
    if (!acts.some((t) => near(t, heard))) {
      signals.add("absent");
      if (things.some((t) => near(t, heard))) signals.add("thingOnly");
      const interpTerms = terms(interp.text);
      const ownAct = interpTerms.find((t) => t.pos === "VERB" && !t.state && !t.inPhrase && t.rank >= 150 && coverage([t], parsed.terms) === 0);
      const userThings = parsed.terms.filter((t) => (t.pos === "NOUN" || t.pos === "PROPN") && !/\d/.test(t.lemma) && t.rank >= 150);
      if (ownAct && userThings.some((t) => near(t, interpTerms))) signals.add("ownAction");
      const firstByAgent = timeline.findIndex(({ event: e }) => isAgentMessage(e) && e.agent === agent);
      const later = timeline.slice(firstByAgent + 1).flatMap(({ event: e }) => (isUserMessage(e) && e.content !== original ? terms(e.content) : []));
      if (acts.some((t) => near(t, later))) signals.add("again");
      let last: string | undefined;
      for (const { event: e } of timeline) {
        if (e.type !== "message") continue;
        if (e.role === "agent") last = e.agent;
        else if (last === agent && e.content !== original && RELUCTANT.test(e.content)) signals.add("hedged");
      }
    }
    const group: Group = fixture.labels.drift ? (fixture.expect?.driftKind === "topic" ? "topic" : "drift") : isClean(fixture) ? "clean" : "other";
    const mark = (t: Term) => `${t.value}${near(t, heard) ? "+" : "-"}`;
    rows.push({ corpus: c.name, name, group, signals, line: `acts ${acts.map(mark).join(" ")} | things ${things.map(mark).join(" ")}` });
  }
}

const GROUPS: Group[] = ["topic", "drift", "clean", "other"];
const cell = (mine: Row[], g: Group, s: Signal) => `${mine.filter((r) => r.group === g && r.signals.has(s)).length}/${mine.filter((r) => r.group === g).length}`;
console.log(`read as kept, with an action in the ask; cosine from ${similar}. Per signal: topic drift / other drift / clean / other label (signal/n)`);
console.log(`${"corpus".padEnd(14)} ${SIGNALS.map((s) => s.padEnd(24)).join(" ")}`);
for (const corpus of [...new Set(rows.map((r) => r.corpus)), "ALL"]) {
  const mine = corpus === "ALL" ? rows : rows.filter((r) => r.corpus === corpus);
  console.log(`${corpus.padEnd(14)} ${SIGNALS.map((s) => GROUPS.map((g) => cell(mine, g, s)).join(" ").padEnd(24)).join(" ")}`);
}
if (list) for (const r of rows.filter((x) => x.group === "topic" || x.signals.has("thingOnly") || x.signals.has("hedged"))) console.log(`${r.group.padEnd(6)} ${[...r.signals].join(",").padEnd(30)} ${r.corpus}/${r.name}  ${r.line}`);
