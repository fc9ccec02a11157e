// An amount, a count or a frequency moved the wrong way (rule `countDirection`; issue 12, from the development
// corpora's antonym misses — blind-t1, blind-x2, blind-f — and the targeted pair blind-al1/al2): "I'm on four lines a
// week … cut back to just the one line" answered "wants to increase her weekly lines", "every 3 weeks instead of
// every 2" answered "weekly instead of fortnightly", "lower the monthly page allowance" answered "raise it from 8,000
// to 10,000". The interpretation keeps every word of the ask — the thing, the unit, the topic of the verb — and the
// difference is which way the figure goes.
//
// Each text's direction (up or down) is read from a closed set of English forms, in any trade:
//   - a change between two figures: "from 4 to 3", "every 3 weeks instead of every 2", "size 5 not the 4", "2 bags
//     down to 1", "up from 1 day", "down from 35 GB", and "4 to 3" with no "from" only when it descends (an
//     ascending "2 to 4" may be a range);
//   - a comparative of how often or how much: "less often", "more frequent", "fewer", "smaller", "bigger", "larger",
//     "lower", "higher", "half as often", "halve" ("double" is left out: "double-check", a double room);
//   - a verb whose WordNet definition gives its direction (lexicon.ts actionDirection: "increase" → big, "lower" →
//     low, "upgrade" → high), or a verb of moving with "up" or "down" ("bump us up", "knock it down", "step down");
//   - in the interpretation, its one figure of the asked thing against where the ask said it was ("I'm on four
//     lines" → "now on five lines").
// Figures are amounts, not times, dates or prices ("9am", "the 14th", "12 March", "£30" say nothing of direction);
// a difference ("2 more", "saves you 3") is no figure of where the amount now is.
// The interpretation turns the ask round when it reads one way only, and that way is the other: an ask or an
// interpretation that reads both ways (two things moved apart: "fewer logs and more kindling") decides nothing.
import { actionDirection, verbsOfNoun } from "./nlp/lexicon";
import { NUMBER_WORDS } from "./intent-scope";
import { Memo } from "./memo";
import { MONTH } from "./values";
import { stemOf, type Term } from "./nlp/parse";

type Way = "up" | "down";
const other = (w: Way): Way => (w === "up" ? "down" : "up");

/** Number words by value (index): "zero" and intent-scope.ts's words up to twelve. */
const WORDS = ["zero", ...NUMBER_WORDS];
/**
 * A figure: a number standing alone (not part of an id, "PL-51307", a phone number's group, a decimal or a
 * price), in digits with thousands commas and an attached unit of measure ("50GB", "10kg"; not "3B", a class), or
 * a number word up to twelve.
 */
const FIGURE = new RegExp(String.raw`(?<![\w£$€.,/:-])(\d{1,3}(?:,\d{3})+|\d{1,6}|${WORDS.join("|")})(?![\d,.:/-]\d)(?:gb|mb|tb|kb|kg|mg|g|ml|l|cm|mm|km|m|k)?\b`, "gi");
/** After a figure, what makes it a time, a date or an ordinal ("9am", "10:30", "3rd", "12 March"). */
const NOT_AMOUNT_AFTER = new RegExp(String.raw`^(?:am|pm|st|nd|rd|th|h)\b|^\s*(?:am|pm|o'?clock|${MONTH}\b)`, "i");
/** Before a figure, what makes it a date, a time or a price ("March 12", "at 9", "£ 30"). */
const NOT_AMOUNT_BEFORE = new RegExp(String.raw`(?:\b${MONTH}|\b(?:at|till|until)|[£$€])\s*$`, "i");
/** A figure followed by "more", "fewer" … is a difference; so is one after "add", "another", "by", "save" … */
const DIFFERENCE_AFTER = /^\s*(?:more|fewer|less|extra|additional|further|off)\b/i;
const DIFFERENCE_BEFORE = /\b(?:add(?:s|ed|ing)?|extra|another|by|sav(?:e|es|ed|ing)(?:\s+(?:you|us|them|him|her))?|plus|minus)\s*$/i;

interface Figure {
  value: number;
  at: number;
  end: number;
  difference: boolean;
}
function valueOf(word: string): number {
  const i = WORDS.indexOf(word.toLowerCase());
  return i >= 0 ? i : Number(word.replace(/,/g, ""));
}
/** Every amount figure in `text`, in order. */
export function figuresOf(text: string): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index!;
    const end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + m[1].length, at + m[1].length + 12);
    if (NOT_AMOUNT_AFTER.test(after) || NOT_AMOUNT_BEFORE.test(before)) continue;
    // (a group of digits beside another is part of a longer number: "07911 482 306")
    if (/\d\s$/.test(before) || /^\s\d/.test(text.slice(end, end + 2))) continue;
    out.push({ value: valueOf(m[1]), at, end, difference: DIFFERENCE_AFTER.test(text.slice(end, end + 14)) || DIFFERENCE_BEFORE.test(before) });
  }
  return out;
}

/**
 * How often, as times a week: "weekly", "every other week", "fortnightly", "twice a month", "3 times a week",
 * "every 2 weeks", "daily", "two days a week", "3 a week", and "every 2" after another frequency's unit ("every 3
 * weeks instead of every 2"). (A count of things a week — "four lines a week" — is a count of lines.)
 */
const N = String.raw`(\d{1,2}|${WORDS.slice(1).join("|")})`;
const PER: Record<string, number> = { day: 7, week: 1, fortnight: 0.5, month: 12 / 52, year: 1 / 52 };
const FREQUENCY = new RegExp(
  [
    String.raw`\b(daily|weekly|fortnightly|monthly|yearly|annually)\b`,
    String.raw`\bevery\s+(other|second|alternate)\s+(day|week|month)\b`,
    String.raw`\bevery\s+${N}(?:\s+(days|weeks|months))?\b`,
    String.raw`\b(?:every|each)\s+(day|week|fortnight|month|year)\b`,
    String.raw`\b(once|twice|${N}\s+times|${N}(?:\s+days)?)\s+(?:a|an|per|each)\s+(day|week|fortnight|month|year)\b`,
  ].join("|"),
  "gi",
);
const ADVERB: Record<string, number> = { daily: 7, weekly: 1, fortnightly: 0.5, monthly: 12 / 52, yearly: 1 / 52, annually: 1 / 52 };
const unitOf = (w: string) => PER[w.toLowerCase().replace(/s$/, "")];

/** Every frequency in `text`, in order, as figures (times a week). */
export function frequenciesOf(text: string): Figure[] {
  const out: Figure[] = [];
  let lastUnit: string | undefined;
  for (const m of text.matchAll(FREQUENCY)) {
    const [, adverb, alt, altUnit, everyN, everyUnit, single, times, timesN, countN, timesUnit] = m;
    let rate: number | undefined;
    if (adverb) rate = ADVERB[adverb.toLowerCase()];
    else if (alt) rate = unitOf((lastUnit = altUnit)) / 2;
    else if (everyN) {
      // ("every 3 weeks instead of every 2": the second takes the first's unit)
      const unit = everyUnit ?? lastUnit;
      if (unit) rate = unitOf((lastUnit = unit)) / valueOf(everyN);
    } else if (single) rate = unitOf((lastUnit = single));
    else if (times) {
      const n = /^once$/i.test(times) ? 1 : /^twice$/i.test(times) ? 2 : valueOf(timesN ?? countN);
      rate = n * unitOf((lastUnit = timesUnit));
    }
    if (rate !== undefined && Number.isFinite(rate) && rate > 0) out.push({ value: rate, at: m.index!, end: m.index! + m[0].length, difference: false });
  }
  return out;
}

/** A change between two figures (frequencies, or amounts), as written: "from A to B", "B instead of A", "A down to B" … */
function changesOf(text: string, figures: Figure[]): Way[] {
  const ways: Way[] = [];
  const lower = text.toLowerCase();
  for (const [i, a] of figures.entries()) {
    const before = lower.slice(Math.max(0, a.at - 40), a.at);
    // "up from 1 day", "down from 35 GB"
    const from = /\b(up|down)\s+from\s+(?:just\s+|only\s+)?$/.exec(before);
    if (from) ways.push(from[1] === "up" ? "up" : "down");
    const b = figures[i + 1];
    if (!b || b.value === a.value || a.difference || b.difference) continue;
    const between = lower.slice(a.end, b.at);
    if (between.length > 40 || /[.;!?]/.test(between)) continue;
    const rise: Way = b.value > a.value ? "up" : "down";
    if (/^[^,]*\b(?:down|up)\s+to\s+(?:just\s+|only\s+|the\s+)*$/.test(between)) ways.push(/\bdown\b/.test(between) ? "down" : "up");
    else if (/\bto\s+(?:just\s+|only\s+|the\s+)*$/.test(between) && (/\bfrom\s+(?:\w+\s+){0,3}$/.test(before) || rise === "down")) ways.push(rise);
    else if (/^\s*(?:\w+\s+){0,3}(?:instead\s+of|rather\s+than|not)\s+(?:the\s+|every\s+)?$/.test(between)) ways.push(other(rise));
    else if (/^\s*(?:\w+\s+){0,3}->\s*$/.test(between)) ways.push(rise);
  }
  return ways;
}

const nounsOf = (terms: Term[]) => new Set(terms.filter((t) => t.pos === "NOUN").map((t) => t.stem));

/**
 * A target beside where the thing is now, apart in the text: "I'm on four *lines* a week … cut back to just the one
 * *line*", "we're on eight bags … drop us to three bags" — a figure after "to" counting a thing another figure of
 * the text counts too.
 */
function targetsOf(text: string, figures: Figure[], nouns: Set<string>): Way[] {
  const lower = text.toLowerCase();
  const counted = figures.filter((f) => !f.difference).map((f) => ({ f, thing: thingAfter(text, f, nouns)?.stem ?? null }));
  const ways: Way[] = [];
  for (const b of counted) {
    if (!b.thing || !/\bto\s+(?:just\s+|only\s+|the\s+)*$/.test(lower.slice(Math.max(0, b.f.at - 20), b.f.at))) continue;
    // (not the other end of a range or an alternative: "3 to 5 working days", "2 or 3 bags")
    const joined = (a: Figure) => /^\s*(?:to|-|–|or|and)\s*$/i.test(lower.slice(Math.min(a.end, b.f.end), Math.max(a.at, b.f.at)));
    for (const a of counted) if (a !== b && a.thing === b.thing && a.f.value !== b.f.value && !joined(a.f)) ways.push(b.f.value > a.f.value ? "up" : "down");
  }
  return ways;
}

/** Comparatives of how often or how much, and halving. */
const COMPARATIVE: Array<[RegExp, Way]> = [
  [/\b(?:less|fewer)\s+(?:often|frequent(?:ly)?)\b|\bhalf\s+as\s+often\b/gi, "down"],
  [/\bmore\s+(?:often|frequent(?:ly)?)\b|\btwice\s+as\s+often\b/gi, "up"],
  [/\b(?:fewer|smaller|lower|halve[sd]?|halving)\b/gi, "down"],
  [/\b(?:bigger|larger|higher)\b/gi, "up"],
];
/**
 * A verb of moving with "up" or "down" (bump, step, move, knock, cut, scale, drop). Not "take up", "come up",
 * "bring up" or "turn down": they start, arise, mention or refuse; nor "go up" ("can the photos go up on the site"),
 * nor "put down" ("I've put you down for Tuesday" books).
 */
const MOVED = /\b(?:bump|step|mov|knock|cut|scal|drop)(?:e|es|s|ed|ped|ping|ting|ing)?\s+(?:(?:it|us|me|him|her|them|you|[a-z]+'s|\w+)\s+){0,2}?(up|down|back)\b/gi;
/** Verbs whose definition gives a direction of size or level (lexicon.ts actionDirection). */
const UP_WAYS = new Set(["high", "big", "large", "many", "much"]);
const DOWN_WAYS = new Set(["low", "small", "few", "little"]);
function wayOfTerm(t: Term): Way | null {
  if (t.negated || (t.pos !== "VERB" && t.pos !== "NOUN")) return null;
  const key = `${t.pos}:${t.lemma}`;
  let way = lemmaWays.get(key);
  if (way === undefined) {
    // (the act named by a noun moves it as its verb does: "an *increase* to two visits a week", lexicon.ts verbsOfNoun)
    const ways = t.pos === "VERB" ? actionDirection(t.lemma) : [t.lemma, ...verbsOfNoun(t.lemma)].flatMap(actionDirection);
    way = ways.some((w) => UP_WAYS.has(w)) ? "up" : ways.some((w) => DOWN_WAYS.has(w)) ? "down" : null;
    lemmaWays.set(key, way);
  }
  return way;
}
/** A lemma's way, once per lemma and part of speech (a pure function of them: issue 12 throughput). */
const lemmaWays = new Memo<string, Way | null>(5_000);

/** A verb in the past tense (a regular "-ed", or went/was/were) and the change it reports, to the end of its sentence. */
const REPORTED = /\b(?:[a-z]+ed|went|was|were)\s+(?:(?:up|down|over|back)\s+)?from\b[^.;!?]*/gi;
/** (REPORTED needs a "from": the cheap test before it) */
const FROM = /\bfrom\b/i;

/** A word negated by "not", "no", "never" or "-n't" within the three words before it ("at least six, *not fewer*"). */
const NEGATED_BEFORE = /(?:\b(?:not|no|never)|n['’]t)\s+(?:\w+\s+){0,2}$/i;
const negatedAt = (text: string, at: number) => NEGATED_BEFORE.test(text.slice(Math.max(0, at - 30), at));

interface Ways {
  ways: Set<Way>;
  /** read from figures or a verb (a change stated), not only from a comparative */
  stated: boolean;
}
/**
 * Whether a text can state a way in its words at all: a figure, a number word, a frequency, a comparative, or a
 * particle of moving (the cheap first pass: most asks have none, and their verbs alone are read; issue 12 throughput).
 * Only a speed path: a text without these words gives the full reading nothing beyond its verbs' ways.
 */
const WORDED = new RegExp(String.raw`(?<![\w-])\d|\b(?:${WORDS.join("|")}|once|twice|daily|weekly|fortnightly|monthly|yearly|annually|every|each|less|more|fewer|smaller|lower|halv\w*|bigger|larger|higher|up|down|back)\b`, "i");

/** The ways a text moves an amount, from its own words (`asking`: the user's, where a change reported as made is left out). */
function waysOf(text: string, terms: Term[], asking = false): Ways {
  // (in the ask, a change the user reports as made — "I *swapped down* from the 90 litre kiln to the 50 last week" —
  // is what happened, not what they ask for; the interpretation's "you've *moved up* from 3 to 4" is the change done)
  const reported = asking && FROM.test(text) ? [...text.matchAll(REPORTED)].map((m) => m[0].toLowerCase()).join(" ") : "";
  if (reported) text = text.replace(REPORTED, (m) => " ".repeat(m.length));
  const ways = new Set<Way>();
  for (const t of terms) {
    const w = wayOfTerm(t);
    if (w && !(reported && reported.includes(t.value.toLowerCase()))) ways.add(w);
  }
  // (the cheap first pass: a text with no figure, frequency, comparative or particle has only its verbs' ways)
  const worded = WORDED.test(text);
  if (worded) {
    const often = frequenciesOf(text);
    // (the figure in "every 3 weeks" is an interval, which falls as the frequency rises: read as a frequency only)
    const amounts = figuresOf(text).filter((f) => !often.some((o) => f.at >= o.at && f.at < o.end));
    for (const w of [...changesOf(text, often), ...changesOf(text, amounts), ...targetsOf(text, amounts, nounsOf(terms))]) ways.add(w);
    for (const m of text.matchAll(MOVED)) {
      if (negatedAt(text, m.index!)) continue;
      const particle = m[1].toLowerCase();
      // ("back" lowers only after cut and scale: "cut back", "scale back"; "come back", "bring back" return)
      if (particle === "back" && !/^(?:cut|scal)/i.test(m[0])) continue;
      ways.add(particle === "up" ? "up" : "down");
    }
  }
  const stated = ways.size > 0;
  if (worded) for (const [re, way] of COMPARATIVE) for (const m of text.matchAll(re)) if (!negatedAt(text, m.index!)) ways.add(way);
  return { ways, stated };
}

/**
 * Where the ask says the amount is now: the one thing its figures count, at its largest when the ask goes down and
 * its smallest when it goes up ("I'm on four lines … cut back to one line": 4), or the frequency it starts from.
 */
function countNow(ask: string, askTerms: Term[], way: Way): { thing: string | null; word: string; value: number } | null {
  const often = frequenciesOf(ask);
  if (often.length) {
    const values = often.map((f) => f.value);
    return { thing: null, word: "times a week", value: way === "down" ? Math.max(...values) : Math.min(...values) };
  }
  const nouns = nounsOf(askTerms);
  const byThing = new Map<string, { word: string; values: number[] }>();
  for (const f of figuresOf(ask)) {
    const thing = f.difference ? null : thingAfter(ask, f, nouns);
    if (!thing) continue;
    const entry = byThing.get(thing.stem) ?? { word: thing.word, values: [] };
    entry.values.push(f.value);
    byThing.set(thing.stem, entry);
  }
  if (byThing.size !== 1) return null;
  const [[thing, { word, values }]] = [...byThing];
  return { thing, word, value: way === "down" ? Math.max(...values) : Math.min(...values) };
}
/** The thing a figure counts: a noun of the text within three words after it ("four *lines*", "3 *bags* of logs"). */
function thingAfter(text: string, f: Figure, nouns: Set<string>): { stem: string; word: string } | null {
  const words = text.slice(f.end, f.end + 40).toLowerCase().match(/[a-z]+|[.,;:!?()]/g) ?? [];
  for (const w of words.slice(0, 3)) {
    if (/^[.,;:!?()]$/.test(w)) return null;
    if (nouns.has(stemOf(w))) return { stem: stemOf(w), word: w };
  }
  return null;
}

/** Why the interpretation moves the amount the ask changes the other way, or null. */
export function countTurned(ask: string, askTerms: Term[], interp: string, interpTerms: Term[]): string | null {
  const { ways: asked, stated } = waysOf(ask, askTerms, true);
  if (asked.size !== 1) return null;
  const [way] = asked;
  const read = waysOf(interp, interpTerms).ways;
  // (an interpretation that states no way of its own: its one figure of the thing against where the ask said it
  // was — when the ask states a change, not only a comparative: "at least six instalments" states none)
  if (!read.size) {
    const now = stated ? countNow(ask, askTerms, way) : null;
    if (!now) return null;
    const nouns = nounsOf(interpTerms);
    const totals = now.thing === null ? frequenciesOf(interp) : figuresOf(interp).filter((f) => thingAfter(interp, f, nouns)?.stem === now.thing);
    if (totals.length !== 1 || totals[0].difference) return null;
    const value = totals[0].value;
    if (way === "down" ? value <= now.value : value >= now.value) return null;
    const figure = (v: number) => (now.thing === null ? `${Math.round(v * 100) / 100} times a week` : `${v}`);
    return `the user asked to go ${way} from ${figure(now.value)}${now.thing === null ? "" : ` (“${now.word}”)`}; the final interpretation has ${figure(value)}`;
  }
  if (read.size !== 1 || read.has(way)) return null;
  return `the user asked for the amount to go ${way}; the final interpretation moves it ${other(way)}`;
}
