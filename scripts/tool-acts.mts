// The act of a tool the final agent calls, against the ask (docs/evaluation.md, tool34). A
// measurement, no rule: for every drift-eligible development conversation the judge does not flag
// (never a held-out corpus), the tools the final agent called after the last handoff, each read as an
// act by its name ("renew_subscription" → "renew subscription") and put to the offline judge's
// opposite-action test against the first ask as the judge reads it (driftKind "antonym"). Counted by
// group (a missed drift, a clean conversation, another label) and by the corpora of the marked
// misses, each variant narrowing the one before:
//   raw      a tool's act is opposite to the ask
//   later    …and the act follows no later ask of the user's (intent.ts followsLaterRequest, the judge's own)
//   light1   …and the tool's verb is not create, make, set, get or send
//   light2   …nor add or update
//   light    …nor any light verb of LIGHT (the class as it would have been built)
//   done     …and its result does not say it failed, and no later call of the agent undoes it
//   args     (separately) the name read with its word-valued arguments ("set_priority" {"priority": "rush"})
//   args+later  …following no later ask
// Flags: --flagged (flagged conversations too), --wide (any agent's tools after the first handoff),
// --args (the args variants), --list VARIANT (one line per marked drift or clean conversation).
// Usage: npx tsx scripts/tool-acts.mts [--flagged] [--wide] [--args] [--list VARIANT]
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { buildTimeline, isHandoff, isToolCall, type TimedEvent } from "../lib/scoring/timeline";
import { finalInterpretation, followsLaterRequest, offlineJudge, originalRequest } from "../lib/scoring/intent";
import { offlineAssess, type IntentAssessment } from "../lib/scoring/judge-offline";
import { readAsEmails } from "../lib/scoring/intent-email";
import type { ScoringContext } from "../lib/scoring/context";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const listSig = args.includes("--list") ? args[args.indexOf("--list") + 1] : null;
const flaggedToo = args.includes("--flagged");
const wide = args.includes("--wide");
const withArgs = args.includes("--args");

interface ToolAct { text: string; tool: string; result: unknown; index: number }
/** Words of a tool's name: separators and camelCase humps become spaces. */
const actWords = (tool: string) => tool.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[\s_\-.:/]+/g, " ").trim().toLowerCase();

/** The tools the final agent called after the last handoff (--wide: any agent's, after the first handoff). */
function toolActs(timeline: TimedEvent[], interpIndex: number): ToolAct[] {
  const agent = (timeline[interpIndex]?.event as { agent?: string } | undefined)?.agent;
  const from = wide ? timeline.findIndex((t) => isHandoff(t.event)) : timeline.findLastIndex((t) => isHandoff(t.event));
  if (!agent || from < 0) return [];
  return timeline.flatMap(({ event: e }, i) =>
    i > from && isToolCall(e) && e.tool && (wide || e.agent === agent) ? [{ text: actWords(e.tool), tool: e.tool, result: e.result, index: i }] : [],
  );
}

// light verbs: the brief's closed class without and with its two doubtful verbs, and the wider class
const LIGHT1 = new Set(["create", "make", "set", "get", "send"]);
const LIGHT2 = new Set([...LIGHT1, "add", "update"]);
const LIGHT = new Set([...LIGHT1, "update", "do", "put", "give", "take", "handle", "process", "run", "apply", "submit"]);

/** Words by which a tool result says the act did not happen (general English). */
const FAILED = /^(?:fail(?:ed|ure)?|error|refused|declined|denied|rejected|not[ _]?(?:allowed|permitted|found|done)|blocked|ineligible|unavailable|invalid|aborted)$/i;
const FAILED_TEXT = /\b(?:failed|error|refused|declined|denied|rejected|not (?:allowed|permitted|possible)|cannot|can['’]?t|unable|ineligible)\b/i;
function resultRefused(result: unknown): boolean {
  if (typeof result === "string") return FAILED_TEXT.test(result);
  if (!result || typeof result !== "object" || Array.isArray(result)) return false;
  const r = result as Record<string, unknown>;
  if (r.ok === false || r.success === false || r.done === false) return true;
  if (r.error !== undefined && r.error !== null && r.error !== false && r.error !== "") return true;
  return ["status", "outcome", "state", "result"].some((k) => typeof r[k] === "string" && FAILED.test((r[k] as string).trim()));
}

const drifted = (v: { score: number | null }) => v.score !== null && v.score < DEFAULT_SETTINGS.driftThreshold;
const opposite = (v: IntentAssessment) => drifted(v) && "driftKind" in v && v.driftKind === "antonym";
/** A later call does the opposite of this one (`pause_plan` … `resume_plan`): the act was undone. */
const undone = (act: ToolAct, acts: ToolAct[]) => acts.some((b) => b.index > act.index && b.text !== act.text && opposite(offlineAssess(act.text, b.text)));

type Group = "drift" | "clean" | "other";
const rows: Array<{ corpus: string; name: string; group: Group; sig: Set<string>; detail: string }> = [];

for (const c of driftCorpora(args)) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a)) continue;
    if (a.scores.intentDrift === true && !flaggedToo) continue;
    // (as the judge reads it: an email's quoted message and signature are no one's ask, intent-email.ts)
    const ctx = readAsEmails({ timeline: buildTimeline(events), settings: DEFAULT_SETTINGS } as unknown as ScoringContext);
    const original = originalRequest(ctx);
    const interp = finalInterpretation(ctx);
    if (!original || !interp) continue;
    const sig = new Set<string>();
    const notes: string[] = [];
    const acts = toolActs(ctx.timeline, interp.index);
    const followsLater = (text: string) => followsLaterRequest(ctx, offlineJudge, original, { ...interp, text, fromIntentEvent: false }, drifted);
    for (const act of acts) {
      const v = offlineAssess(original, act.text);
      if (!opposite(v)) continue;
      sig.add("raw");
      if (await followsLater(act.text)) { notes.push(`${act.text} [later]`); continue; }
      sig.add("later");
      const verb = act.text.split(" ")[0];
      if (!LIGHT1.has(verb)) sig.add("light1");
      if (!LIGHT2.has(verb)) sig.add("light2");
      if (LIGHT.has(verb)) { notes.push(`${act.text} [light]`); continue; }
      sig.add("light");
      if (resultRefused(act.result) || undone(act, acts)) { notes.push(`${act.text} [undone]`); continue; }
      sig.add("done");
      notes.push(`${act.text} (${v.reason.slice(0, 90)})`);
    }
    if (withArgs)
      for (const act of acts) {
        const call = ctx.timeline[act.index].event as { args?: Record<string, unknown> };
        const words = Object.values(call.args ?? {})
          .filter((v): v is string => typeof v === "string" && /^[a-z][a-z_ -]{1,24}$/i.test(v))
          .map((v) => v.replace(/[_-]+/g, " "));
        if (!words.length) continue;
        const text = `${act.text} ${words.join(" ")}`;
        const v = offlineAssess(original, text);
        if (!opposite(v)) continue;
        sig.add("args");
        const later = await followsLater(text);
        if (!later) sig.add("args+later");
        notes.push(`ARGS ${text}${later ? " [later]" : ""} (${v.reason.slice(0, 80)})`);
      }
    if (a.scores.intentDrift === true) sig.add("flagged");
    const group: Group = fixture.labels.drift ? "drift" : isClean(fixture) ? "clean" : "other";
    rows.push({ corpus: c.name, name, group, sig, detail: notes.join(" | ") });
  }
}
const n = (g: Group) => rows.filter((r) => r.group === g).length;
console.log(`unflagged${flaggedToo ? " + flagged" : ""}${wide ? " (wide)" : ""}: drift ${n("drift")}, clean ${n("clean")}, other ${n("other")}`);
console.log("variant     miss clean other corpora(miss)   [flagged: drift clean other]");
for (const s of ["raw", "later", "light1", "light2", "light", "done", ...(withArgs ? ["args", "args+later"] : [])]) {
  const count = (g: Group, flagged: boolean) => rows.filter((r) => r.group === g && r.sig.has(s) && r.sig.has("flagged") === flagged);
  const m = count("drift", false);
  const corp = [...new Set(m.map((r) => r.corpus))];
  const fl = flaggedToo ? `   [${count("drift", true).length} ${count("clean", true).length} ${count("other", true).length}]` : "";
  console.log(`${s.padEnd(11)} ${String(m.length).padStart(4)} ${String(count("clean", false).length).padStart(5)} ${String(count("other", false).length).padStart(5)} ${String(corp.length).padStart(4)}  ${corp.join(",")}${fl}`);
}
if (listSig) for (const r of rows.filter((x) => x.sig.has(listSig) && x.group !== "other")) console.log(`${r.group.padEnd(6)} ${r.sig.has("flagged") ? "F" : " "} ${r.corpus}/${r.name}  ${r.detail}`);
