// Tool-result freshness (SPEC §3.5). Every tool result has an age in user turns and seconds. After
// a handoff, an agent message that states a value taken from a tool result that came from before
// that handoff, is older than N user turns or T seconds, and was not refreshed, is a stale use.
//
// Definitions and choices (issue 12 item 4):
// - "Turn" = user turn: the age in turns is the number of user messages between the result and
//   the use, counted on the ordered timeline — not the events' own `turn` numbers, which emitters
//   count in different ways (per model call, per agent step). Several user turns between the call
//   and the use are counted whatever happens in between (other agents, other tools, handoffs).
// - The age in seconds runs from `resultAt` when given, else the call's timestamp.
// - Refreshed = what changed since: a newer call of the same tool with the same arguments, or
//   with all of them and more (the same question narrowed: `asksAgain`; a call for another order
//   does not refresh this one), or any newer tool call, itself fresh, whose
//   result states the same value again or that was made with it (a time picked from an old list
//   and then booked: the system took it again; a value with digits in any form facts.ts reads:
//   "2025-05-17" booked as "17 May"), or with another value of the same list item (an
//   option booked by its start date takes its label again; a flat record's values are not taken so).
//   A call's value that holds an item's value or is held in it takes the item too (a slot's "15:30" in
//   the timestamp "2025-10-16T15:30"; "grafting day" in the listed string "Grafting day, Sat 1 March"),
//   and a short number said as money is the newer result's when that result has the same amount.
// - What a result says back from its own call (the query echoed: `"colour": "coral"` after
//   `colours: ["coral"]`) is what the agent asked about, not the tool's news: never stale. Nor is
//   the outcome of a step the call switched on (`focus_check: true` → `focus_check: "pass"`): a
//   record of what that call did, not a state that moves. A count is
//   read where it stands before the thing its result names ("48 butter croissants"), and a value of
//   words alone only as whole words ("low" is not in "lovely").
// - Identity values (order ids, emails…, also under a key whose last word names one: "owner_address",
//   "contact_phone") never go stale and are not checked; statuses, amounts,
//   dates and ETAs are. Values under three characters and yes/no words are too common to match,
//   except a one- or two-digit number the message states as money ("£38", "38 EUR", "9 dollars")
//   or beside a word of its own key ("spaces_left": 4 → "4 spaces left", "nitrate_ppm": 80 → "80
//   ppm", "nitrate is 80"), or with a percent sign under a key naming a percentage ("fuel_pct": 38 → "the tank is
//   at 38%"): a price or a reading taken from the result, not a count ("serves 8").
//   A value of one ordinary word ("pass", "free") counts only as a state (after a copula) or beside
//   something of its result: its key, its tool's name, another of its values (`tied`).
// - Used = stated in any of the forms a value is restated in (facts.ts mentions: other separators,
//   currency and date formats) and, for results, as words for an identifier-style status
//   ("awaiting_parts" → "awaiting parts"), a clock time in the other clock ("14:30" → "2:30pm") and
//   a percentage in words ("35%" → "35 per cent").
// - A value in a question that puts it to the user to check ("… at Ivy Cottage — that's the right
//   address?", "is that right?") is checked, not relied on (`withoutChecks`); an offer or a request
//   about it ("shall I book it?") still uses it.
// Known limits: a value paraphrased ("arriving Tuesday" for 2026-11-24) is not recognised.
import type { ToolCallRecord } from "../ingest/schemas";
import type { ScoringContext } from "./context";
import { leaves, mentions } from "./facts";
import { headNamesSlot, slotForKey, type Vocabulary } from "./slots";
import { AMOUNT_FORM_RE, amountOf, CALENDAR_WORD } from "./values";
import { isAgentMessage, isToolCall, isUserMessage, type TimedEvent } from "./timeline";
import { allMatches } from "./all-matches";
import { listItemOf, madeWith, TRIVIAL } from "./freshness-items";

export interface StaleUse {
  eventId: string;
  tool: string;
  ageTurns: number;
  ageSeconds: number;
}

const SHORT_NUMBER = /^\d{1,2}$/;

interface Checkable {
  key: string;
  value: string;
  /** the leaf's path in the result (`options.0.label`) */
  path: string;
  /** the words of the result's text values (what a count in it counts: `"item": "butter croissant"`) */
  things: string[];
}

/** A call's result read once per scoring pass: its checkable values, its leaves (for list items), its argument values. */
interface CallReading {
  values: Checkable[];
  leaves: ReturnType<typeof leaves>;
  args: Set<string>;
  /** the values of `values`, for "a newer result states it again" */
  stated: Set<string>;
  /** the amounts among them ("£0.00" → 0), for a short number a newer result states as money */
  amounts: Set<number>;
}

/** The scalar values a call was made with, lower case. */
function argValues(args: CallReading["leaves"]): Set<string> {
  return new Set(args.map((l) => String(l.value).trim().toLowerCase()));
}
/** The words of the text values among leaves ("butter croissant", "Moth Orchard - Lanterns"), stemmed. */
const wordsOf = (all: CallReading["leaves"]) => all.flatMap((l) => (typeof l.value === "string" && !/\d/.test(l.value) ? (l.value.match(/[A-Za-z]{3,}/g) ?? []) : [])).map(stem);
function checkableValues(all: CallReading["leaves"], vocab: Vocabulary, asked: string[]): Checkable[] {
  const things = [...wordsOf(all), ...asked];
  return all
    .filter((l) => !slotForKey(l.key, vocab)?.identity && !headNamesSlot(l.key, vocab) && typeof l.value !== "boolean")
    .map((l) => ({ key: l.key, value: String(l.value).trim(), path: l.path, things }))
    .filter(({ value: v }) => (v.length >= 3 || SHORT_NUMBER.test(v)) && !TRIVIAL.has(v.toLowerCase()));
}
/** A call read once however many messages and handoffs ask about it (the context's timeline holds the same event objects). */
function readCall(call: ToolCallRecord, vocab: Vocabulary, seen: WeakMap<ToolCallRecord, CallReading>): CallReading {
  let r = seen.get(call);
  if (!r) {
    const all = leaves(call.result);
    // a result's value under a key the call switched on (`focus_check: true` → `focus_check: "pass"`)
    // is the outcome of a step this call was asked to perform: a record of what it did then, which a
    // newer call would not change but do again — never stale, as the query it echoes is not
    const args = leaves(call.args ?? {});
    const steps = new Set(args.flatMap((l) => (l.value === true && l.key ? [l.key] : [])));
    // (what a count counts may be the thing the call asked about: `get_stock {"title": "Lanterns"}` → `{"on_hand": 14}`)
    const values = checkableValues(all, vocab, wordsOf(args)).filter((v) => !steps.has(v.key));
    const amounts = new Set(values.flatMap((v) => amountOf(v.value)?.n ?? []));
    r = { values, leaves: all, args: argValues(args), stated: new Set(values.map((v) => v.value)), amounts };
    seen.set(call, r);
  }
  return r;
}
const readings = new WeakMap<ScoringContext, WeakMap<ToolCallRecord, CallReading>>();

/**
 * A one- or two-digit number as money, read as values.ts reads amounts ("£38", "$9.00", "38 EUR"),
 * or beside a word of its key; any other value as facts.ts mentions it, or in a result's other forms.
 */
function states(text: string, { key, value, things }: Checkable): boolean {
  if (!SHORT_NUMBER.test(value)) return (WORDS_ONLY.test(value) ? hasWords(text, value) : mentions(text, value)) || otherForms(value).some((re) => re.test(text));
  const n = Number(value);
  return allMatches(AMOUNT_FORM_RE, text).some((m) => amountOf(m[0])?.n === n) || besideKeyWord(text, value, key) || countOf(text, value, things);
}

/** A value of words alone ("low", "in transit") is stated as whole words: "low" is not in "lovely", "open" not in "reopened". */
const WORDS_ONLY = /^[\p{L}]+(?:[\s'’-]+[\p{L}]+)*$/u;
function hasWords(text: string, value: string): boolean {
  return new RegExp(`(?<![\\p{L}])${value.replace(/[\s'’-]+/g, "[\\s'’-]+")}(?![\\p{L}])`, "iu").test(text);
}

/**
 * "that's 48 butter croissants" after `{"item": "butter croissant", "available": 48}`: a number right
 * before the thing the same result names (within two words) is that result's count, whatever its key.
 * The thing may be the one the call asked about ("14 copies of Lanterns" after `get_shop_stock
 * {"title": "Moth Orchard - Lanterns"}` → `{"on_hand": 14}`), and a unit may stand between with "of".
 */
function countOf(text: string, value: string, things: string[]): boolean {
  if (!things.length) return false;
  for (const m of allMatches(new RegExp(`(?<![\\d.,:/-])${value}(?![\\d:/]|[.,]\\d)`, "g"), text)) {
    const after = text.slice(m.index! + value.length, m.index! + value.length + 40).split(/[.,;!?()]/)[0].match(/[A-Za-z]+/g) ?? [];
    const near = after[1]?.toLowerCase() === "of" ? after.slice(0, 3) : after.slice(0, 2);
    if (near.some((w) => w.length >= 3 && things.includes(stem(w)))) return true;
  }
  return false;
}

/**
 * A value that is one ordinary word ("pass", "free", "full") is as common as a one-digit number: "I'll
 * pass you on" and "a free hot drink" say the word about something else. It is the result's only
 * where it is said as a state — after a copula ("it is still available", "the loft is open") — or
 * where its sentence names what it is about: a word of its key ("staff ride free"), of the tool's
 * name ("the credit check came back as a pass"), or another value of the same result ("a pass, with a
 * £1,500.00 limit"). A day or month name is a date and is read as one.
 */
const ONE_WORD = /^\p{L}+$/u;
const COPULA_END = /\b(?:is|are|was|were|be|been|(?:it|that|they|we|you)(?:'s|’s|'re|’re)|remains?|stays?)\s+(?:(?:still|now|currently|already|fully|all|not|also)\s+)*$/i;
function tied(text: string, v: Checkable, tool: string, all: Checkable[]): boolean {
  if (CALENDAR_WORD.test(v.value)) return true;
  const word = new RegExp(`(?<![\\p{L}])${v.value}(?![\\p{L}])`, "giu");
  if (allMatches(word, text).some((m) => COPULA_END.test(text.slice(Math.max(0, m.index! - 40), m.index!)))) return true;
  const about = new Set([v.key, tool].flatMap((k) => k.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[^A-Za-z]+/)).filter((w) => w.length >= 3 && !GENERIC_KEY_WORDS.has(w.toLowerCase())).map(stem));
  return text
    .split(/(?<=[.!?])\s+/)
    .some((s) => hasWords(s, v.value) && ((s.match(/\p{L}+/gu) ?? []).some((w) => about.has(stem(w))) || all.some((o) => o.value !== v.value && states(s, o))));
}

/** Words that name no quantity of their own in a key ("total", "value", "count"). */
const GENERIC_KEY_WORDS = new Set(["value", "count", "num", "number", "total", "qty", "quantity", "result", "data", "current", "latest"]);
const stem = (w: string) => w.toLowerCase().replace(/(?<!s)s$/, "");
/** A key word that names a percentage ("battery_pct", "humidityPercent"), and the sign or words written after a number for it. */
const PERCENT_KEY = new Set(["pct", "percent", "percentage", "perc"]);
const PERCENT_AFTER = /^\s*(?:%|per\s?cent\b)/i;
/**
 * "4 spaces left", "80ppm", "nitrate is 80", "the lead reading is at 80": a word of the key right
 * after the number (what it counts or its unit, within two words) or before it in the same clause
 * with a link to it (is, was, at, of, to, ":"), within four words. "It serves 8" states a count
 * in a verb, not a reading of the key `serves`. A key naming a percentage has its unit written as its sign
 * ("fuel_pct": 38 → "the tank is at 38%").
 */
const LINK_END = /(?:\b(?:is|was|are|were|at|of|to|now|currently|reads|reading|shows)|[:=])\s*$/i;
function besideKeyWord(text: string, value: string, key: string): boolean {
  const words = key.replace(/([a-z])([A-Z])/g, "$1 $2").split(/[^A-Za-z]+/).filter((w) => w.length >= 2 && !GENERIC_KEY_WORDS.has(w.toLowerCase())).map(stem);
  if (!words.length) return false;
  const isKeyWord = (w: string) => words.includes(stem(w));
  for (const m of allMatches(new RegExp(`(?<![\\d.,:/-])${value}(?![\\d:/]|[.,]\\d)`, "g"), text)) {
    const after = text.slice(m.index! + value.length, m.index! + value.length + 40).split(/[.,;!?()]/)[0].match(/[A-Za-z]+/g) ?? [];
    if (after.slice(0, 2).some(isKeyWord)) return true;
    // ("fuel_pct": 38 → "the tank is at 38%": the key's unit written as its sign)
    if (words.some((w) => PERCENT_KEY.has(w)) && PERCENT_AFTER.test(text.slice(m.index! + value.length))) return true;
    const clause = text.slice(Math.max(0, m.index! - 50), m.index!).split(/[.,;!?()]/).pop()!;
    if (LINK_END.test(clause) && (clause.match(/[A-Za-z]+/g) ?? []).slice(-4).some(isKeyWord)) return true;
  }
  return false;
}

/** A result's value in other forms: an identifier-style status as words, a clock time in the other clock, a percentage in words. */
function otherForms(value: string): RegExp[] {
  if (/^[a-z]+(?:[_-][a-z]+)+$/i.test(value)) return [new RegExp(`\\b${value.replace(/[_-]/g, "[\\s_-]+")}\\b`, "i")];
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(value);
  if (clock && +clock[1] <= 23) {
    // "14:30" → "2:30pm", "2.30 p.m."; "09:00" → "9am", "9:00 a.m."
    const minutes = clock[2] === "00" ? "(?:[:.]00)?" : `[:.]${clock[2]}`;
    return [new RegExp(`(?<![\\d:.])0?${+clock[1] % 12 || 12}${minutes}\\s*${+clock[1] < 12 ? "a" : "p"}\\.?m\\b`, "i")];
  }
  const pct = /^(\d+(?:\.\d+)?)\s?%$/.exec(value);
  if (pct) return [new RegExp(`(?<![\\d.])${pct[1].replace(".", "\\.")}\\s*(?:per\\s?cent|pc)\\b`, "i")];
  return [];
}

/**
 * A sentence that puts what it states to the user to check: a question whose last clause (after a
 * dash, colon or semicolon) has what it said back as its subject, with a copula — "… at Ivy Cottage
 * — that's the right address?", "… linked to SP-22904-P — that's the one you mean, Cuisine de
 * Grand-mère?", "It's the 14:10 departure, is that right?" — is the agent checking a value, not
 * relying on it. Not an offer or a request about what it states ("shall I confirm that?", "does
 * that work for you?", "would you like the 19:30 slot?"): there the value is used.
 */
const CHECK_CLAUSE = /(?:^|[—–:;,]\s*|\s-\s+)(?:(?:that|this|it)(?:'s|’s|\s+is|\s+was)|(?:is|was|isn't|wasn't)\s+(?:that|this|it))\b[^—–:;]*\?\s*$/i;
function withoutChecks(text: string): string {
  if (!text.includes("?")) return text;
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !(sentence.trimEnd().endsWith("?") && CHECK_CLAUSE.test(sentence)))
    .join(" ");
}

type Call = TimedEvent & { event: ToolCallRecord };
const sameArgs = (a: Call, b: Call) => a.event.tool === b.event.tool && JSON.stringify(a.event.args ?? {}) === JSON.stringify(b.event.args ?? {});
/**
 * A newer call of the same tool that keeps every argument of the older one, each with its value,
 * asked the same question again, narrowed or with more detail (availability for the same date and
 * hours, now with an add-on): what it returned replaces the older answer, as SPEC §3.5's "a newer
 * call of the same tool" says. A call that changes an argument (another order, another date) asked
 * about something else and refreshes nothing; keys in another order are the same arguments.
 */
function asksAgain(newer: Call, older: Call): boolean {
  if (newer.event.tool !== older.event.tool) return false;
  const before = leaves(older.event.args ?? {});
  if (!before.length) return false;
  const now = new Map(leaves(newer.event.args ?? {}).map((l) => [l.path, l.value]));
  return before.every((l) => now.get(l.path) === l.value);
}
const resultTime = (c: Call) => (c.event.resultAt ? Date.parse(c.event.resultAt) : c.at);

/** Stale uses in agent messages between `from` and `to` (timeline positions) after a handoff at `handoffIndex`. */
export function staleUsesIn(ctx: ScoringContext, handoffIndex: number, from: number, to: number): StaleUse[] {
  const { freshnessTurns, freshnessSeconds } = ctx.settings;
  const calls = ctx.timeline.filter((t): t is Call => isToolCall(t.event));
  // user messages before each timeline position: the age in user turns of anything is a difference
  const usersBefore: number[] = [];
  let users = 0;
  for (const t of ctx.timeline) {
    usersBefore.push(users);
    if (isUserMessage(t.event)) users++;
  }
  const age = (c: Call, use: TimedEvent) => ({
    ageTurns: usersBefore[use.index] - usersBefore[c.index + 1 <= use.index ? c.index + 1 : use.index],
    ageSeconds: Math.max(0, Math.round((use.at - resultTime(c)) / 1000)),
  });
  const fresh = (a: { ageTurns: number; ageSeconds: number }) => a.ageTurns <= freshnessTurns && a.ageSeconds <= freshnessSeconds;
  const seen = readings.get(ctx) ?? readings.set(ctx, new WeakMap()).get(ctx)!;
  const read = (c: Call) => readCall(c.event, ctx.vocab, seen);
  const out: StaleUse[] = [];
  for (const t of ctx.timeline.slice(from, to)) {
    if (!isAgentMessage(t.event)) continue;
    const msg = t.event;
    let said: string | undefined;
    for (const call of calls) {
      if (call.index >= handoffIndex) continue;
      const a = age(call, t);
      if (fresh(a)) continue;
      const newer = calls.filter((c) => c.index > call.index && c.index < t.index);
      if (newer.some((c) => sameArgs(c, call) || asksAgain(c, call))) continue;
      const { values, leaves: all, args: asked } = read(call);
      said ??= withoutChecks(msg.content);
      const used = values.filter((v) => !asked.has(v.value.toLowerCase()) && states(said!, v) && (!ONE_WORD.test(v.value) || tied(said!, v, call.event.tool, values)));
      // a value restated by a newer result that is itself fresh was refreshed, whichever tool gave it,
      // and so was one a newer fresh call was made with: the system took it again (a slot picked
      // from an old list, then booked)
      // (a newer fresh call made with another value of the same list item took the item again: the
      // October option booked by its start date refreshes its label "October half-term")
      const stale = used.filter((v) => {
        let item: string[] | undefined;
        return !newer.some((c) => {
          if (!fresh(age(c, t))) return false;
          const { stated, args, amounts } = read(c);
          if (stated.has(v.value) || args.has(v.value.toLowerCase())) return true;
          // (or with it in another form: "2025-05-17" picked from an old list, booked as "17 May" — facts.ts mentions;
          // a value with digits only, as a word's other forms are other words)
          if (/\d/.test(v.value) && !SHORT_NUMBER.test(v.value) && [...args].some((x) => mentions(x, v.value))) return true;
          // a short number the message states as money is the newer result's amount when it has that one ("£0.00")
          if (SHORT_NUMBER.test(v.value) && amounts.has(Number(v.value)) && !besideKeyWord(said!, v.value, v.key) && !countOf(said!, v.value, v.things)) return true;
          item ??= listItemOf(v.path, all);
          return madeWith(args, item);
        });
      });
      if (stale.length) {
        out.push({ eventId: msg.id, tool: call.event.tool, ...a });
        break;
      }
    }
  }
  return out;
}
