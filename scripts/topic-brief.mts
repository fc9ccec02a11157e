// Is the ask dropped on the way to the final agent? (docs/evaluation.md, drift27b session). A
// measurement, no rule: for every drift-eligible conversation the judge does not flag, the ask's
// core (judge-offline.ts requestCore: its request's own action and object) is looked for, by stem,
// WordNet or word vectors from the judge's related bar, in each handoff's summary and payload
// values, in the final agent's interpretation and messages, and in the user's later messages.
// Signals, counted per label (topic drift, other drift, clean, other):
//   gone       no word of the core in what the final agent said or was handed
//   briefLost  an earlier handoff carried the core and the one into the final agent does not, nor the final agent
//   goneTool   gone, and the final agent called a tool
//   again      gone, and a later user message names a word of the core
//   briefOnlyThing  a noun of the core is in the brief handed to the final agent, not in what it says
//   saidNone   no word of the core in what the final agent says (interpretation and messages)
//   saidNoneBriefed  saidNone, and the brief has a word of the core
//   csatLow    the last resolution's csat is 1 or 2 (…Abstain: the judge abstained; …Other: an
//              otherThing abstention; …SaidNone, …BriefOnly: with those signals)
//   csatUnexplained  csatLow, and no other scorer flags a failure (dropout, re-ask, stale, ping-pong,
//              role confusion, depth): what rule `lowRating` (intent-low-rating.ts) reads
//   abandonedWeak, rated3Weak  no other failure, a weak reading (abstained, or preserved under 50 %), and
//              the conversation abandoned, or rated 3
// The list's second column is the judge's share kept ("covers N%", any path) or its path.
// Usage: npx tsx scripts/topic-brief.mts [--list]
import { askClauses, coverage, requestCore } from "../lib/scoring/judge-offline";
import { finalInterpretation, originalRequest } from "../lib/scoring/intent";
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { buildTimeline, isAgentMessage, isHandoff, isUserMessage } from "../lib/scoring/timeline";
import { tokensAsWords } from "../lib/privacy/tokens";
import { parseText, type Term } from "../lib/scoring/nlp/parse";
import { DRIFT_DEFAULTS as TUNE } from "../lib/scoring/drift-tuning";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const list = args.includes("--list");
const SIGNALS = ["gone", "briefLost", "goneTool", "again", "briefOnlyThing", "saidNone", "saidNoneBriefed", "csatLow", "csatLowAbstain", "csatLowOther", "csatLowSaidNone", "csatLowBriefOnly", "csatUnexplained", "abandonedWeak", "rated3Weak"] as const;
type Signal = (typeof SIGNALS)[number];
type Group = "topic" | "drift" | "clean" | "other";
interface Row { corpus: string; name: string; group: Group; verdict: string; signals: Set<Signal>; line: string }
const terms = (text: string): Term[] => {
  try {
    return parseText(tokensAsWords(text)).terms.filter((t) => !t.negated);
  } catch {
    return [];
  }
};
const values = (v: unknown): string[] => (typeof v === "string" ? [v] : v && typeof v === "object" ? Object.values(v).flatMap(values) : []);

const rows: Row[] = [];
for (const c of driftCorpora(args)) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a) || a.scores.intentDrift === true) continue;
    const timeline = buildTimeline(events);
    const ctx = { timeline } as never;
    const original = originalRequest(ctx);
    const interp = finalInterpretation(ctx);
    if (!original || !interp) continue;
    const agent = (timeline[interp.index].event as { agent?: string }).agent;
    const parsed = parseText(tokensAsWords(original));
    const core = requestCore(askClauses(parsed.clauses).flatMap((cl) => cl.terms).filter((t) => !t.negated));
    if (!core.length) continue;
    const near = (target: Term[]) => coverage(core, target, 1, undefined, TUNE.related) > 0;
    const handoffs = timeline.filter((t) => isHandoff(t.event));
    const into = handoffs.filter((t) => (t.event as { to?: string }).to === agent).at(-1);
    const briefOf = (t: (typeof handoffs)[number]) => { const e = t.event as { summary?: string; payload?: unknown }; return terms([e.summary ?? "", ...values(e.payload)].join(". ")); };
    const said = [interp.text, ...timeline.flatMap(({ event: e }) => (isAgentMessage(e) && e.agent === agent ? [e.content] : []))].flatMap(terms);
    const signals = new Set<Signal>();
    const briefed = into ? briefOf(into) : [];
    if (!near([...said, ...briefed])) {
      signals.add("gone");
      if (timeline.some(({ event: e }) => e.type === "tool_call" && (e as { agent?: string }).agent === agent)) signals.add("goneTool");
      const firstByAgent = timeline.findIndex(({ event: e }) => isAgentMessage(e) && e.agent === agent);
      const later = timeline.slice(firstByAgent + 1).flatMap(({ event: e }) => (isUserMessage(e) && !original.includes(e.content) ? terms(e.content) : []));
      if (coverage(core, later) > 0) signals.add("again");
    }
    if (into && !near([...said, ...briefed]) && handoffs.some((h) => h.index < into.index && near(briefOf(h)))) signals.add("briefLost");
    const own = [...terms(interp.text), ...said];
    const inOwn = (t: Term) => coverage([t], own, 1, undefined, TUNE.related) > 0;
    const inBrief = (t: Term) => coverage([t], briefed, 1, undefined, TUNE.related) > 0;
    if (core.some((t) => t.pos === "NOUN" && inBrief(t) && !inOwn(t))) signals.add("briefOnlyThing");
    if (!core.some(inOwn)) { signals.add("saidNone"); if (core.some(inBrief)) signals.add("saidNoneBriefed"); }
    const end = timeline.findLast((t) => t.event.type === "resolution")?.event as { csat?: number } | undefined;
    if (end?.csat !== undefined && end.csat <= 2) {
      signals.add("csatLow");
      if (a.scores.intentDrift === null) signals.add("csatLowAbstain");
      if (/words alone cannot tell/.test(a.scoreReasons.intentDrift ?? "")) signals.add("csatLowOther");
      if (signals.has("saidNone")) signals.add("csatLowSaidNone");
      const sc = a.scores;
      if (!(sc.droppedFields > 0 || (sc.reaskCount ?? 0) > 0 || sc.staleUseCount > 0 || sc.pingPong || sc.roleConfusion || sc.depthLevel !== "ok")) signals.add("csatUnexplained");
      if (signals.has("briefOnlyThing")) signals.add("csatLowBriefOnly");
    }
    {
      const sc = a.scores;
      const explained = sc.droppedFields > 0 || (sc.reaskCount ?? 0) > 0 || sc.staleUseCount > 0 || sc.pingPong || sc.roleConfusion || sc.depthLevel !== "ok";
      const share = Number((sc.intentReason ?? "").match(/covers (\d+)%/)?.[1] ?? 100);
      const weak = sc.intentDrift === null || (sc.intentPath === "preserved" && share < 50);
      const fin = timeline.findLast((t) => t.event.type === "resolution")?.event as { csat?: number; status?: string } | undefined;
      if (!explained && weak && fin?.status === "abandoned") signals.add("abandonedWeak");
      if (!explained && weak && fin?.csat === 3) signals.add("rated3Weak");
    }
    const where = (t: Term) => [["i", terms(interp.text)], ["m", said], ["b", briefed]].filter(([, w]) => coverage([t], w as Term[], 1, undefined, TUNE.related) > 0).map(([k]) => k).join("") || "-";
    const group: Group = fixture.labels.drift ? (fixture.expect?.driftKind === "topic" ? "topic" : "drift") : isClean(fixture) ? "clean" : "other";
    rows.push({ corpus: c.name, name, group, verdict: a.scores.intentDrift === null ? "abstain" : (a.scores.intentReason ?? "").match(/covers (\d+)%/)?.[1] ?? a.scores.intentPath ?? "kept", signals, line: `core ${core.map((t) => `${t.value}:${where(t)}`).join(" ")}` });
  }
}
const GROUPS: Group[] = ["topic", "drift", "clean", "other"];
const cell = (mine: Row[], g: Group, s: Signal) => `${mine.filter((r) => r.group === g && r.signals.has(s)).length}/${mine.filter((r) => r.group === g).length}`;
console.log(`not flagged, with a request core. Per signal: topic drift / other drift / clean / other label (signal/n)`);
for (const s of SIGNALS) console.log(`${s.padEnd(10)} ${GROUPS.map((g) => cell(rows, g, s)).join("  ")}`);
if (list) for (const r of rows.filter((x) => x.signals.size || x.group === "topic")) console.log(`${r.group.padEnd(6)} ${r.verdict.padEnd(8)} ${[...r.signals].join(",").padEnd(28)} ${r.corpus}/${r.name}  ${r.line}`);
