// When a delegation's omission mattered (SPEC §3.1: what the receiver needs for its task). Dropout reads
// an orchestrator's delegations as scoped sub-tasks, owed only what the worker asks for again
// (dropout.ts `delegationDropped`); two more signs show, in the conversation's own words, that a value
// left out was one the worker's job needed:
// - the absence is stated: the worker's return, its own messages, or the lead's messages after the
//   return (before the next user message) say there is no value of the dropped field's kind ("no
//   contact number on file, so it goes by post", "without an email for the client"): the work went
//   ahead the poorer way for want of what the lead had;
// - a sibling got it for a purpose this worker was then said to carry out: in the same fan-out the
//   value went to another worker under a key or after a word naming what it is for (`report_to`,
//   "invoice to …"), and that purpose is this worker's — in its delegation, its return, its messages,
//   or a sentence of the lead's that names it by its own name ("the residue team will issue the
//   report"). A value handed to one worker only, for that worker's part, stays scoped.
// Both read only the few texts of this delegation's round trip, after cheap checks (a dropped field,
// a fan-out), so the scorer parses nothing more per message.
import type { ChainLink } from "./chain";
import type { ScoringContext } from "./context";
import { leaves, mentions } from "./facts";
import { nounsIn } from "./nouns";

/** A negation right before a noun of the field's slot: "no contact number", "without a mobile", "don't have an email". */
const ABSENT_BEFORE = /(?:\b(?:no|without|missing|lacking|nor)|(?:n't|\bnot|\bnever)\s+(?:have|had|got|get|given|been\s+given|hold|holding|receive[ds]?))\s+(?:(?:a|an|any|the|their|his|her|its|our|valid|working)\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** … or right after it: "the phone number is missing", "email address not on file / unknown". */
const ABSENT_AFTER = /^\s*(?:(?:is|was|are|were)\s+)?(?:missing|unknown|not\s+(?:on\s+file|given|provided|available|known|supplied|held))\b/i;

/** Texts that speak for this delegation's worker and the lead after it, up to the next user message. */
function roundTripTexts(ctx: ScoringContext, link: ChainLink): { worker: string[]; lead: string[] } {
  const worker = link.event.to;
  const lead = link.event.from;
  const back = link.pair !== null ? ctx.chain[link.pair] : null;
  const out = { worker: [] as string[], lead: [] as string[] };
  if (back?.event.summary) out.worker.push(back.event.summary);
  let returned = false;
  for (const t of ctx.timeline.slice(link.index + 1)) {
    if (back && t.index === back.index) returned = true;
    const e = t.event;
    if (e.type !== "message") continue;
    if (e.role === "user") {
      if (returned || !back) break;
      continue;
    }
    if (e.role !== "agent") continue;
    if (e.agent === worker) out.worker.push(e.content);
    else if (e.agent === lead && (returned || !back)) out.lead.push(e.content);
  }
  return out;
}

/** A text saying there is no value of `field`'s slot ("no contact number on file"). */
export function statesAbsence(ctx: ScoringContext, text: string, field: string): boolean {
  for (const h of nounsIn(text, ctx.vocab)) {
    if (h.info.slot?.name !== field) continue;
    if (ABSENT_BEFORE.test(text.slice(Math.max(0, h.start - 40), h.start)) || ABSENT_AFTER.test(text.slice(h.end, h.end + 30))) return true;
  }
  return false;
}

/** Words that say how a value is handed, not what it is for ("to", "contact", "email"). */
const NOT_A_PURPOSE = new Set(["contact", "email", "mail", "phone", "mobile", "number", "address", "details", "client", "customer", "value", "with", "from", "main"]);
const stem = (w: string) => w.toLowerCase().replace(/(?:ing|ed|s)$/, "");
const wordsOf = (s: string) => (s.replace(/([a-z])([A-Z])/g, "$1 $2").match(/\p{L}+/gu) ?? []).filter((w) => w.length >= 4 && !NOT_A_PURPOSE.has(w.toLowerCase()));

/** What a sibling was handed `value` for: the words of the payload key holding it, and the word its summary puts before it ("report to qa@…"). */
function purposeOf(sibling: ChainLink, value: string): Set<string> {
  const out = new Set<string>();
  for (const l of leaves(sibling.event.payload ?? {})) if (l.key && typeof l.value !== "boolean" && String(l.value).trim().toLowerCase() === value.toLowerCase()) for (const w of wordsOf(l.key)) out.add(stem(w));
  const summary = sibling.event.summary ?? "";
  const at = summary.toLowerCase().indexOf(value.toLowerCase());
  // (the word right before it, with at most a preposition between: "report to qa@…", "invoice accounts@…";
  // not a word a comma sets apart, "19 July, LH 2470", which is another value beside it)
  const before = at > 0 ? /(\p{L}+)\s+(?:(?:to|at|for|cc|via|on|by)\s+)?$/iu.exec(summary.slice(Math.max(0, at - 30), at)) : null;
  if (before && before[1].length >= 4 && !NOT_A_PURPOSE.has(before[1].toLowerCase())) out.add(stem(before[1]));
  return out;
}

/** Words of an agent's name that can name it in prose ("residue-worker" → residue): not the words every worker's name has. */
const ROLE_WORDS = new Set(["worker", "agent", "lead", "team", "assistant", "bot", "sub", "desk", "specialist", "helper"]);
const nameWords = (agent: string) => (agent.match(/\p{L}+/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => w.length >= 3 && !ROLE_WORDS.has(w));

/**
 * For this delegation, a test of a field it left out: does its round trip show the worker needed it —
 * the absence of a value of its kind stated, or the purpose a sibling was handed it for said to be
 * this worker's? The round trip's texts are read once, on the first field asked about.
 */
export function omissionMattered(ctx: ScoringContext, link: ChainLink): (field: string, value: string) => boolean {
  let texts: { worker: string[]; lead: string[] } | undefined;
  return (field, value) => mattered(ctx, link, (texts ??= roundTripTexts(ctx, link)), field, value);
}

function mattered(ctx: ScoringContext, link: ChainLink, texts: { worker: string[]; lead: string[] }, field: string, value: string): boolean {
  if ([...texts.worker, ...texts.lead].some((t) => statesAbsence(ctx, t, field))) return true;
  if (link.fanOut === null) return false;
  const group = link.fanOut.group;
  const siblings = ctx.chain.filter((l) => l !== link && l.effective && l.event.mode === "delegate" && l.event.from === link.event.from && l.fanOut?.group === group);
  const purpose = new Set(siblings.filter((s) => mentions(`${s.event.summary ?? ""}\n${JSON.stringify(s.event.payload ?? {})}`, value)).flatMap((s) => [...purposeOf(s, value)]));
  if (!purpose.size) return false;
  const says = (t: string) => (t.match(/\p{L}+/gu) ?? []).some((w) => purpose.has(stem(w)));
  const own = nameWords(link.event.to);
  const aboutWorker = texts.lead.flatMap((t) => t.split(/(?<=[.!?;])\s+/)).filter((s) => (s.match(/\p{L}+/gu) ?? []).some((w) => own.includes(w.toLowerCase())));
  return [link.event.summary ?? "", ...texts.worker, ...aboutWorker].some(says);
}
