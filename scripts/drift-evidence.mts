// Evidence beyond words (docs/evaluation.md, drift29 session). A measurement, no rule: among the
// drift-eligible development conversations the judge does not flag, whose words are weak evidence
// (the judge abstained, or read the ask as preserved on under half of its terms) and that no other
// scorer explains (no dropout, re-ask, stale use, ping-pong, role confusion or deep chain), how many
// labelled drift and how many clean carry each signal read from SPEC §2.1's event fields:
//   escalated   the last resolution's status is "escalated"
//   open        no resolution event at all
//   rated3      the last resolution is rated 3
//   unrated     a resolution without a rating
//   userLast    the last message of the conversation is the user's, after the final agent's last answer
//   userLastQ   userLast, and it ends in a question mark
//   userLastRepeat  userLast, and it repeats a number or a capitalised name of the first user message
//   userLastNoThanks  userLast, and it has no "thank"/"cheers"/"great"/"perfect" (a closing courtesy)
//   userTurns2  two or more user messages after the last handoff
//   userTurns0  no user message after the last handoff
//   finalNoTool the final agent called no tool
//   finalToolApart  the final agent called tools, and no tool name shares a stem (4 letters) with the first user message
//   handoffs2   two or more handoffs; chainOn: the final agent is not the first handoff's receiver
//   toolError   a tool result of the final agent is null, empty, or has an error key
//   rated45     rated 4 or 5 (a check: should lean clean); resolverOther: the resolution's agent is not the final interpreter
//   intentApart an intent event and the first handoff summary share under 20 % of the intent's content words
// The numbers: signal / group size, for drift, clean, and other labels. --list prints the drift and clean rows.
// Usage: npx tsx scripts/drift-evidence.mts [--list] [--any] (--any: every unflagged conversation, not only weak ones)
import { finalInterpretation, originalRequest } from "../lib/scoring/intent";
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { buildTimeline, isAgentMessage, isHandoff, isUserMessage } from "../lib/scoring/timeline";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const list = args.includes("--list");
const any = args.includes("--any");
const SIGNALS = ["escalated", "open", "rated3", "unrated", "userLast", "userLastQ", "userLastRepeat", "userLastNoThanks", "userTurns2", "userTurns0", "finalNoTool", "finalToolApart", "intentApart", "handoffs2", "chainOn", "toolError", "rated45", "resolverOther"] as const;
type Signal = (typeof SIGNALS)[number];
type Group = "drift" | "clean" | "other";
const STOP = new Set("the a an and or but to of for in on at by with from is are was were be been it this that i you we my your our me us can could would will please just have has had do does did not no so if as about".split(" "));
const words = (s: string) => (s.toLowerCase().match(/[a-z]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w));
const stems = (s: string) => new Set(words(s).map((w) => w.slice(0, 4)));
const marks = (s: string) => new Set([...(s.match(/\d[\d.,:/-]*\d|\d/g) ?? []), ...(s.match(/(?<=\S\s+)[A-Z][a-z]+/g) ?? []).map((w) => w.toLowerCase())]);

const rows: Array<{ corpus: string; name: string; group: Group; signals: Set<Signal>; why: string }> = [];
for (const c of driftCorpora(args)) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a) || a.scores.intentDrift === true) continue;
    const sc = a.scores;
    const explained = sc.droppedFields > 0 || (sc.reaskCount ?? 0) > 0 || sc.staleUseCount > 0 || sc.pingPong || sc.roleConfusion || sc.depthLevel !== "ok";
    const share = Number((sc.intentReason ?? "").match(/covers (\d+)%/)?.[1] ?? 100);
    const weak = sc.intentDrift === null || (sc.intentPath === "preserved" && share < 50);
    if (explained || (!weak && !any)) continue;
    const timeline = buildTimeline(events);
    const ctx = { timeline } as never;
    const original = originalRequest(ctx);
    const interp = finalInterpretation(ctx);
    if (!original || !interp) continue;
    const agent = (timeline[interp.index].event as { agent?: string }).agent;
    const signals = new Set<Signal>();
    const end = timeline.findLast((t) => t.event.type === "resolution")?.event as { csat?: number | null; status?: string } | undefined;
    if (!end) signals.add("open");
    if (end?.status === "escalated") signals.add("escalated");
    if (end?.csat === 3) signals.add("rated3");
    if (end && typeof end.csat !== "number") signals.add("unrated");
    const msgs = timeline.filter(({ event: e }) => isUserMessage(e) || isAgentMessage(e));
    const lastAgent = msgs.findLastIndex(({ event: e }) => isAgentMessage(e) && e.agent === agent);
    const lastMsg = msgs.at(-1);
    if (lastMsg && isUserMessage(lastMsg.event) && lastAgent >= 0) {
      const text = (lastMsg.event as { content: string }).content;
      signals.add("userLast");
      if (/\?\s*$/.test(text)) signals.add("userLastQ");
      const asked = marks(original);
      if ([...marks(text)].some((m) => asked.has(m))) signals.add("userLastRepeat");
      if (!/thank|cheers|great|perfect/i.test(text)) signals.add("userLastNoThanks");
    }
    const lastHandoff = timeline.findLast((t) => isHandoff(t.event));
    const after = lastHandoff ? timeline.filter((t) => t.index > lastHandoff.index && isUserMessage(t.event)).length : 0;
    if (after >= 2) signals.add("userTurns2");
    if (lastHandoff && after === 0) signals.add("userTurns0");
    const tools = timeline.flatMap(({ event: e }) => (e.type === "tool_call" && (e as { agent?: string }).agent === agent ? [(e as { tool: string }).tool] : []));
    if (!tools.length) signals.add("finalNoTool");
    else {
      const ask = stems(original);
      if (!tools.some((t) => [...stems(t.replace(/[_-]/g, " ").replace(/([a-z])([A-Z])/g, "$1 $2"))].some((s) => ask.has(s)))) signals.add("finalToolApart");
    }
    const intent = timeline.find((t) => t.event.type === "intent")?.event as { intent?: string } | undefined;
    const firstHandoff = timeline.find((t) => isHandoff(t.event))?.event as { summary?: string } | undefined;
    if (intent?.intent && firstHandoff?.summary) {
      const iw = [...stems(intent.intent)];
      const sw = stems(firstHandoff.summary);
      if (iw.length && iw.filter((w) => sw.has(w)).length / iw.length < 0.2) signals.add("intentApart");
    }
    const handoffs = timeline.filter((t) => isHandoff(t.event));
    if (handoffs.length >= 2) signals.add("handoffs2");
    const firstTo = (handoffs[0]?.event as { to?: string } | undefined)?.to;
    if (firstTo && agent && firstTo !== agent) signals.add("chainOn");
    const results = timeline.flatMap(({ event: e }) => (e.type === "tool_call" && (e as { agent?: string }).agent === agent ? [(e as { result?: unknown }).result] : []));
    if (results.some((r) => r === null || r === undefined || (typeof r === "object" && r !== null && ("error" in r || (Array.isArray(r) && !r.length))))) signals.add("toolError");
    if (typeof end?.csat === "number" && end.csat >= 4) signals.add("rated45");
    const resolver = (timeline.findLast((t) => t.event.type === "resolution")?.event as { agent?: string } | undefined)?.agent;
    if (resolver && agent && resolver !== agent) signals.add("resolverOther");
    const group: Group = fixture.labels.drift ? "drift" : isClean(fixture) ? "clean" : "other";
    rows.push({ corpus: c.name, name, group, signals, why: sc.intentDrift === null ? "abstain" : `${share}%` });
  }
}
const GROUPS: Group[] = ["drift", "clean", "other"];
const cell = (g: Group, s: Signal) => `${rows.filter((r) => r.group === g && r.signals.has(s)).length}/${rows.filter((r) => r.group === g).length}`;
console.log(`${any ? "every unflagged" : "weak words"}, no other failure. Per signal: drift / clean / other label (signal/n)`);
for (const s of SIGNALS) console.log(`${s.padEnd(17)} ${GROUPS.map((g) => cell(g, s).padEnd(9)).join(" ")}`);
if (list) for (const r of rows.filter((x) => x.group !== "other")) console.log(`${r.group.padEnd(6)} ${r.why.padEnd(8)} ${[...r.signals].join(",").padEnd(60)} ${r.corpus}/${r.name}`);
