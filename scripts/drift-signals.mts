// Evidence that is not words (docs/evaluation.md, signal34). A measurement, no rule: for every
// drift-eligible development conversation the judge does not flag, which of the signals below it
// carries, by group (a missed drift, a clean conversation, another label), and in how many corpora
// the marked misses lie. Values are compared by shape only (dates, amounts, clock times, small
// counts, reference codes), never by a word.
// Targets: tools = the arguments of tool calls after the last handoff; brief = the last handoff's
// summary, payload and stateAfter; intent = the final agent's last intent event; answer = the final
// agent's last message. Per target and shape:
//   X.S.new      the target states a value of shape S the user never gave
//   X.S.swap     …and the user gave values of shape S, none of which the target states
//   X.S.fresh    swap, and nobody (agent message, tool result, state) stated the new value before the target
// Other signals: keyChanged (a payload key of an earlier handoff handed on with another value),
// keyLost (an earlier payload key missing from the last handoff's payload and stateAfter),
// returnUnused (a return handoff whose codes, amounts or dates appear nowhere after it),
// finalAsks (the final agent's last message ends in a question), agents3 (three agents or more),
// userAfter2 (two or more user messages after the final agent's first message), userAfterAnswer (the
// user wrote after the final agent's last message), userAfterHandoffN (user messages after the last
// handoff), chainOn (the final agent is not the first handoff's receiver), finalNoTool,
// userBackQ / userBackValue / userBackNewValue (after the final agent's first answer the user asks
// back / restates a value of the ask / gives a value the ask had not).
// The resolution: res.<status>, res.csat<N>, res.open, res.otherAgent, res.talkAfter; bad (rated 1–2
// or abandoned), badOrEsc (or escalated), bottom (rated 1 or abandoned, no other failure, not
// following a later ask), each split by otherFailure (another scorer explains it) and weak (the judge
// abstained or kept under half of the ask). kind.* and path.* describe the population.
// The base rate is the population's own (e.g. 104 missed drifts : 1,125 clean on main b3fe8a5).
// Usage: npx tsx scripts/drift-signals.mts [--list SIGNAL] [--flagged] (--flagged: flagged ones too)
import { eligibleFor, isClean, loadCorpus } from "../lib/scoring/eval";
import { DEFAULT_SETTINGS } from "../lib/projects/settings";
import { analyzeConversation } from "../lib/scoring/run-scorers";
import { buildTimeline, isAgentMessage, isHandoff, isToolCall, isUserMessage } from "../lib/scoring/timeline";
import { AMOUNT_FORM_RE, DATE_RE, amountOf, dateKeys, referenceCodes, sameAmount, sameDate } from "../lib/scoring/values";
import { allMatches } from "../lib/scoring/all-matches";
import { driftCorpora } from "../tests/fixtures/corpora";

const args = process.argv.slice(2);
const listSig = args.includes("--list") ? args[args.indexOf("--list") + 1] : null;
const flaggedToo = args.includes("--flagged");

type Val = { shape: string; raw: string; key: string };
const TIME_RE = /\b(\d{1,2})(?::(\d{2}))?\s?([ap])\.?m\b|\b(\d{1,2}):(\d{2})\b/gi;
const COUNT_RE = /(?<![\d.,:/£$€-])\b(\d{1,3})\b(?![.,:/]\d|%)/g;
function values(text: string): Val[] {
  const out: Val[] = [];
  const taken: Array<[number, number]> = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  for (const m of allMatches(DATE_RE, text)) {
    const k = dateKeys(m[0]);
    if (k.length) { out.push({ shape: "date", raw: m[0], key: k.join("|") }); taken.push([m.index!, m.index! + m[0].length]); }
  }
  for (const m of allMatches(AMOUNT_FORM_RE, text)) {
    const a = amountOf(m[0]);
    if (a && free(m.index!, m.index! + m[0].length)) { out.push({ shape: "amount", raw: m[0], key: `${a.n}:${a.cur ?? ""}` }); taken.push([m.index!, m.index! + m[0].length]); }
  }
  for (const m of allMatches(TIME_RE, text)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    let h = Number(m[1] ?? m[4]);
    const min = Number(m[2] ?? m[5] ?? 0);
    if (m[3]) h = (h % 12) + (m[3].toLowerCase() === "p" ? 12 : 0);
    if (h > 24 || min > 59) continue;
    out.push({ shape: "time", raw: m[0], key: `${h}:${min}` });
    taken.push([m.index!, m.index! + m[0].length]);
  }
  for (const c of referenceCodes(text)) {
    if (!free(c.index, c.index + c.value.length)) continue;
    out.push({ shape: "code", raw: c.value, key: c.value.toLowerCase().replace(/[^a-z0-9]/g, "") });
    taken.push([c.index, c.index + c.value.length]);
  }
  for (const m of allMatches(COUNT_RE, text)) {
    if (!free(m.index!, m.index! + m[0].length)) continue;
    out.push({ shape: "count", raw: m[0], key: String(Number(m[1])) });
  }
  return out;
}
const same = (a: Val, b: Val) => {
  if (a.shape !== b.shape) return false;
  if (a.shape === "date") return sameDate(a.key.split("|"), b.key.split("|"));
  if (a.shape === "amount") {
    const [an, ac] = a.key.split(":"); const [bn, bc] = b.key.split(":");
    return sameAmount({ n: +an, cur: ac || null }, { n: +bn, cur: bc || null });
  }
  return a.key === b.key;
};
const jsonText = (v: unknown): string => {
  const out: string[] = [];
  const walk = (x: unknown) => {
    if (typeof x === "string" || typeof x === "number") out.push(String(x));
    else if (Array.isArray(x)) x.forEach(walk);
    else if (x && typeof x === "object") Object.values(x).forEach(walk);
  };
  walk(v);
  return out.join(" ; ");
};
const SHAPES = ["date", "amount", "time", "count", "code"];

type Group = "drift" | "clean" | "other";
const rows: Array<{ corpus: string; name: string; group: Group; sig: Set<string>; flagged: boolean; detail: Map<string, string> }> = [];
for (const c of driftCorpora(args)) {
  for (const { name, fixture, events } of loadCorpus(c.dir)) {
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    if (!eligibleFor("drift", a)) continue;
    const flagged = a.scores.intentDrift === true;
    if (flagged && !flaggedToo) continue;
    const tl = buildTimeline(events);
    const sig = new Set<string>();
    const detail = new Map<string, string>();
    const userVals = tl.filter((t) => isUserMessage(t.event)).flatMap((t) => values((t.event as { content: string }).content));
    const lastHandoffIdx = tl.findLastIndex((t) => isHandoff(t.event));
    const lastAgentMsg = tl.findLast((t) => isAgentMessage(t.event));
    const finalAgent = (lastAgentMsg?.event as { agent?: string } | undefined)?.agent;
    const saidBefore = (idx: number) =>
      tl.filter((t) => t.index < idx).flatMap(({ event: e }) => {
        if (isAgentMessage(e)) return values(e.content);
        if (isToolCall(e)) return values(jsonText(e.result));
        if (e.type === "state") return values(jsonText((e as { state: unknown }).state));
        if (isHandoff(e) && (e as { mode?: string }).mode === "return") return values(`${e.summary ?? ""} ; ${jsonText(e.payload)}`);
        return [];
      });
    const targets: Array<[string, string, number]> = [];
    if (lastHandoffIdx >= 0) {
      const h = tl[lastHandoffIdx].event as { summary?: string; payload?: unknown; stateAfter?: unknown };
      targets.push(["brief", `${h.summary ?? ""} ; ${jsonText(h.payload)} ; ${jsonText(h.stateAfter)}`, lastHandoffIdx]);
      const calls = tl.filter((t) => t.index > lastHandoffIdx && isToolCall(t.event));
      if (calls.length) targets.push(["tools", calls.map((t) => jsonText((t.event as { args: unknown }).args)).join(" ; "), calls[0].index]);
    }
    const intent = tl.findLast((t) => t.event.type === "intent");
    if (intent) targets.push(["intent", (intent.event as { intent: string }).intent, intent.index]);
    if (lastAgentMsg) targets.push(["answer", (lastAgentMsg.event as { content: string }).content, lastAgentMsg.index]);
    for (const [tname, text, idx] of targets) {
      const tv = values(text);
      const before = saidBefore(idx);
      for (const s of SHAPES) {
        const mine = tv.filter((v) => v.shape === s);
        const theirs = userVals.filter((v) => v.shape === s);
        const novel = mine.filter((v) => !theirs.some((u) => same(u, v)));
        if (!novel.length) continue;
        sig.add(`${tname}.${s}.new`);
        if (theirs.length && !theirs.some((u) => mine.some((v) => same(u, v)))) {
          sig.add(`${tname}.${s}.swap`);
          detail.set(`${tname}.${s}.swap`, `${theirs.map((v) => v.raw).join(",")} -> ${novel.map((v) => v.raw).join(",")}`);
          const fresh = novel.filter((v) => !before.some((b) => same(b, v)));
          if (fresh.length) { sig.add(`${tname}.${s}.fresh`); detail.set(`${tname}.${s}.fresh`, `${theirs.map((v) => v.raw).join(",")} -> ${fresh.map((v) => v.raw).join(",")}`); }
        }
      }
    }
    // structure
    const handoffs = tl.filter((t) => isHandoff(t.event)).map((t) => t.event as { payload?: Record<string, unknown>; stateAfter?: Record<string, unknown>; mode?: string; summary?: string; index?: number });
    if (handoffs.length >= 2) {
      const last = handoffs.at(-1)!;
      const lastKeys = { ...(last.stateAfter ?? {}), ...(last.payload ?? {}) };
      for (const h of handoffs.slice(0, -1)) {
        for (const [k, v] of Object.entries(h.payload ?? {})) {
          if (!(k in lastKeys)) sig.add("keyLost");
          else if (typeof v !== "object" && JSON.stringify(v) !== JSON.stringify(lastKeys[k])) { sig.add("keyChanged"); detail.set("keyChanged", `${k}: ${v} -> ${JSON.stringify(lastKeys[k])}`); }
        }
      }
    }
    for (const t of tl) {
      const e = t.event as { mode?: string; summary?: string; payload?: unknown };
      if (!isHandoff(t.event) || e.mode !== "return") continue;
      const vs = values(`${e.summary ?? ""} ; ${jsonText(e.payload)}`).filter((v) => v.shape !== "count");
      if (!vs.length) continue;
      const later = tl.filter((x) => x.index > t.index).flatMap(({ event: x }) => (isAgentMessage(x) ? values(x.content) : isToolCall(x) ? values(jsonText(x.args)) : isHandoff(x) ? values(`${x.summary ?? ""} ; ${jsonText(x.payload)}`) : []));
      if (!vs.some((v) => later.some((l) => same(l, v)))) sig.add("returnUnused");
    }
    if (lastAgentMsg && /\?\s*$/.test((lastAgentMsg.event as { content: string }).content)) sig.add("finalAsks");
    const agents = new Set(tl.flatMap(({ event: e }) => (e.agent && !isUserMessage(e) ? [e.agent] : [])));
    if (agents.size >= 3) sig.add("agents3");
    const firstFinal = tl.findIndex((t) => isAgentMessage(t.event) && (t.event as { agent?: string }).agent === finalAgent);
    if (firstFinal >= 0 && tl.filter((t) => t.index > firstFinal && isUserMessage(t.event)).length >= 2) sig.add("userAfter2");
    const end = tl.findLast((t) => t.event.type === "resolution")?.event as { csat?: number | null; status?: string; agent?: string } | undefined;
    if (!end) sig.add("res.open"); else {
      sig.add(`res.${end.status}`);
      sig.add(`res.csat${typeof end.csat === "number" ? end.csat : "none"}`);
      if (end.agent && finalAgent && end.agent !== finalAgent) sig.add("res.otherAgent");
      const endIdx = tl.findLastIndex((t) => t.event.type === "resolution");
      if (tl.some((t) => t.index > endIdx && (isUserMessage(t.event) || isAgentMessage(t.event)))) sig.add("res.talkAfter");
    }
    if (lastAgentMsg && tl.some((t) => t.index > lastAgentMsg.index && isUserMessage(t.event))) sig.add("userAfterAnswer");
    // the user's messages after the final agent's first answer: a question back, a value of the ask restated
    {
      const firstAns = tl.findIndex((t) => isAgentMessage(t.event) && (t.event as { agent?: string }).agent === finalAgent);
      const firstUser = tl.find((t) => isUserMessage(t.event));
      const askVals = firstUser ? values((firstUser.event as { content: string }).content).filter((v) => v.shape !== "count") : [];
      const after = firstAns < 0 ? [] : tl.filter((t) => t.index > firstAns && isUserMessage(t.event)).map((t) => (t.event as { content: string }).content);
      if (after.some((m) => /\?/.test(m))) sig.add("userBackQ");
      if (after.some((m) => values(m).some((v) => askVals.some((u) => same(u, v))))) sig.add("userBackValue");
      if (after.some((m) => values(m).filter((v) => v.shape !== "count").some((v) => !askVals.some((u) => same(u, v))))) sig.add("userBackNewValue");
    }
    const uAfterH = lastHandoffIdx >= 0 ? tl.filter((t) => t.index > lastHandoffIdx && isUserMessage(t.event)).length : -1;
    sig.add(`userAfterHandoff${uAfterH < 0 ? "None" : Math.min(uAfterH, 3)}`);
    sig.add(`kind.${(fixture as { expect?: { driftKind?: string } }).expect?.driftKind ?? "-"}`);
    const firstTo = (tl.find((t) => isHandoff(t.event))?.event as { to?: string } | undefined)?.to;
    if (firstTo && finalAgent && firstTo !== finalAgent) sig.add("chainOn");
    if (!tl.some((t) => isToolCall(t.event) && (t.event as { agent?: string }).agent === finalAgent)) sig.add("finalNoTool");
    sig.add(`path.${a.scores.intentDrift === null ? "abstain" : a.scores.intentPath ?? "-"}`);
    const sc = a.scores;
    if (sc.droppedFields > 0 || (sc.reaskCount ?? 0) > 0 || sc.staleUseCount > 0 || sc.pingPong || sc.roleConfusion || sc.depthLevel !== "ok") sig.add("otherFailure");
    const share = Number((sc.intentReason ?? "").match(/covers (\d+)%/)?.[1] ?? 100);
    if (sc.intentDrift === null || (sc.intentPath === "preserved" && share < 50)) sig.add("weak");
    const bad = sig.has("res.abandoned") || sig.has("res.csat1") || sig.has("res.csat2");
    if (bad) sig.add("bad");
    if (bad || sig.has("res.escalated")) sig.add("badOrEsc");
    if ((sig.has("res.abandoned") || sig.has("res.csat1")) && !sig.has("otherFailure")) sig.add(sc.intentPath?.startsWith("later>") ? "bottom+later" : "bottom");
    for (const b of ["bad", "badOrEsc", "res.escalated", "res.csat3", "res.open"]) if (sig.has(b)) { sig.add(`${b}+${sig.has("otherFailure") ? "other" : "noOther"}+${sig.has("weak") ? "weak" : "strong"}`); sig.add(`${b}+${sig.has("otherFailure") ? "other" : "noOther"}`); }
    detail.set("badOrEsc", `${end?.status}/${end?.csat ?? "-"} path=${sc.intentPath} share=${share} judge=${sc.intentScore ?? ""} kind=${(fixture as { expect?: { driftKind?: string } }).expect?.driftKind ?? "-"} reason=${(sc.intentReason ?? "").slice(0, 140)}`);
    const group: Group = fixture.labels.drift ? "drift" : isClean(fixture) ? "clean" : "other";
    rows.push({ corpus: c.name, name, group, sig, flagged, detail });
  }
}
const all = new Set(rows.flatMap((r) => [...r.sig]));
const n = (g: Group) => rows.filter((r) => r.group === g).length;
console.log(`unflagged${flaggedToo ? " + flagged" : ""}: drift ${n("drift")}, clean ${n("clean")}, other ${n("other")}`);
console.log("signal                 miss  clean other corpora(miss)  ratio");
for (const s of [...all].sort()) {
  const m = rows.filter((r) => r.group === "drift" && r.sig.has(s));
  const cl = rows.filter((r) => r.group === "clean" && r.sig.has(s)).length;
  const ot = rows.filter((r) => r.group === "other" && r.sig.has(s)).length;
  const corp = new Set(m.map((r) => r.corpus)).size;
  console.log(`${s.padEnd(22)} ${String(m.length).padStart(4)} ${String(cl).padStart(6)} ${String(ot).padStart(5)} ${String(corp).padStart(8)}   ${cl ? (m.length / cl).toFixed(2) : m.length ? "inf" : "-"}`);
}
if (listSig) for (const r of rows.filter((x) => x.sig.has(listSig) && x.group !== "other")) console.log(`${r.group.padEnd(6)} ${r.corpus}/${r.name}  ${r.detail.get(listSig) ?? ""}`);
