// Whether what the agents DID says more about intent drift than what they said (issue 12, drift19):
// per development corpus (never a held-out one) and any --dir given, by label (drift / clean /
// other), how many eligible conversations carry each kind of structural evidence, and what a rule
// reading it would change — the conversations it would newly call drift (label drift: found;
// clean or other: a false alarm added). Evidence read:
//   tools    tool calls after the last handoff (the whole conversation when there is none)
//   state    state written after the last handoff (a state event, or the handoff's stateAfter)
//   opposed  a tool whose name opens with an action opposed to the ask's action (cancel_booking vs
//            "can I move it"; lexicon.ts areOpposed), when no tool does the ask's own action
//   other    the tools name none of the ask's things and one of their own (intent-went-along.ts
//            aboutOtherThing, read on the tools' names and string arguments)
//   aside    the tools name a thing only the ask's aside names (a clause that is no request) and
//            none of the request's things
//   struct   a structured text of any agent (handoff summary or payload, state, intent event, tool
//            name and arguments) that the judge reads as an opposite (antonym, refused, direction)
//   csat     the conversation's resolution has csat <= 2
// Without --list it prints counts only, so it can be run on corpora nobody may read.
// Usage: npx tsx scripts/drift-actions.mts [--dir FOLDER …] [--only] [--list]
import { tokensAsWords } from "../lib/privacy/tokens";
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { argValues, originalRequest, payloadText } from "../lib/scoring/intent";
import { aboutOtherThing, askedThings } from "../lib/scoring/intent-went-along";
import { askClauses, coverage, offlineAssess } from "../lib/scoring/judge-offline";
import { areOpposed, isVerb } from "../lib/scoring/nlp/lexicon";
import { parseText } from "../lib/scoring/nlp/parse";
import { buildTimeline, isHandoff, isToolCall, type TimedEvent } from "../lib/scoring/timeline";
import type { ScoringContext } from "../lib/scoring/context";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const corpora = driftCorpora(args);
const list = args.includes("--list");

/** A tool name as words: cancel_booking, cancelBooking, cancel-booking → "cancel booking". */
const toolWords = (tool: string) => tool.replace(/([a-z])([A-Z])/g, "$1 $2").replace(/[_\-.\s]+/g, " ").trim().toLowerCase();

function evidence(timeline: TimedEvent[], original: string, csat: number | undefined): Set<string> {
  const found = new Set<string>();
  const last = timeline.findLastIndex((t) => isHandoff(t.event));
  const tail = last < 0 ? timeline : timeline.slice(last);
  const calls = tail.flatMap(({ event: e }) => (isToolCall(e) ? [e] : []));
  const handoff = last < 0 ? null : timeline[last].event;
  if (calls.length) found.add("tools");
  if (tail.some(({ event: e }) => e.type === "state") || (handoff && isHandoff(handoff) && Object.keys(handoff.stateAfter ?? {}).length)) found.add("state");
  if (csat !== undefined && csat <= 2) found.add("csat");
  const parsed = parseText(tokensAsWords(original));
  const requests = askClauses(parsed.clauses);
  if (calls.length) {
    const names = [...new Set(calls.map((e) => toolWords(e.tool)))];
    const verbs = names.map((n) => n.split(" ")[0]).filter((w) => isVerb(w));
    const asked = requests.flatMap((c) => [...c.terms, ...c.phrasals]).filter((t) => t.pos === "VERB" && !t.negated && !t.state).map((t) => t.lemma);
    if (!asked.some((a) => verbs.includes(a)) && asked.some((a) => verbs.some((v) => areOpposed(a, v)))) found.add("opposed");
    const toolText = [...new Set(calls.flatMap((e) => [toolWords(e.tool), ...argValues(e.args)]))].join(". ");
    if (aboutOtherThing(original, requests, parsed.terms, toolText)) found.add("other");
    const things = askedThings(original, requests, parsed.terms);
    const toolTerms = parseText(toolText).terms;
    const aside = parsed.clauses.filter((c) => !requests.includes(c)).flatMap((c) => c.terms.filter((t) => t.pos === "NOUN" && !t.negated && t.rank >= 150 && !things.some((r) => r.stem === t.stem)));
    if (things.length && !things.some((t) => coverage([t], toolTerms) > 0) && aside.some((t) => toolTerms.some((x) => x.stem === t.stem))) found.add("aside");
  }
  for (const { event: e } of timeline) {
    const texts = isHandoff(e) ? [e.summary ?? "", e.payload ? payloadText(e.payload) : ""] : e.type === "state" ? [payloadText(e.state)] : e.type === "intent" ? [e.intent] : isToolCall(e) ? [[toolWords(e.tool), ...argValues(e.args)].join(". ")] : [];
    for (const text of texts.filter((t) => t.trim())) {
      const v = offlineAssess(tokensAsWords(original), tokensAsWords(text), { fromIntentEvent: true });
      if (v.score !== null && ["antonym", "refused", "direction"].includes(v.path ?? "")) found.add("struct");
    }
  }
  return found;
}

type Label = "drift" | "clean" | "other";
const KINDS = ["tools", "state", "opposed", "other", "aside", "struct", "csat"];
// per corpus, label and kind: conversations with it, and those of them the judge does not call drift today
const rows: Array<{ corpus: string; label: Label; kinds: Set<string>; flagged: boolean }> = [];
for (const c of corpora) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a)) continue;
    const label: Label = fixture.labels.drift ? "drift" : isClean(fixture) ? "clean" : "other";
    const timeline = buildTimeline(events);
    const original = originalRequest({ timeline } as ScoringContext);
    const end = events.findLast((e) => e.type === "resolution");
    const kinds = original ? evidence(timeline, original, end?.type === "resolution" ? end.csat : undefined) : new Set<string>();
    const flagged = a.scores.intentDrift === true;
    rows.push({ corpus: c.name, label, kinds, flagged });
    if (list && kinds.size && !flagged && (label === "drift" || ["opposed", "other", "aside", "struct"].some((k) => kinds.has(k)))) console.log(`  ${label} ${c.name} ${name}: ${[...kinds].join(", ")}`);
  }
}

const cell = (rs: typeof rows, kind: string) => `${rs.filter((r) => r.kinds.has(kind)).length}/${rs.filter((r) => r.kinds.has(kind) && !r.flagged).length}`;
console.log(`\nper kind "n/m": n conversations carry it, m of them not called drift today (a rule reading it would add m drifts found on label drift, m false alarms on clean or other)`);
console.log(`${"corpus".padEnd(13)} ${"label".padEnd(6)} ${"n".padStart(4)} ${"miss".padStart(5)} ${KINDS.map((k) => k.padStart(8)).join("")}`);
for (const corpus of [...corpora.map((c) => c.name), "ALL"]) {
  for (const label of ["drift", "clean", "other"] as Label[]) {
    const rs = rows.filter((r) => (corpus === "ALL" || r.corpus === corpus) && r.label === label);
    if (!rs.length) continue;
    console.log(`${corpus.padEnd(13)} ${label.padEnd(6)} ${String(rs.length).padStart(4)} ${String(rs.filter((r) => !r.flagged).length).padStart(5)} ${KINDS.map((k) => cell(rs, k).padStart(8)).join("")}`);
  }
}
