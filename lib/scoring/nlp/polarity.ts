// Which way a clause changes its thing. Read from English's closed classes — adverbial particles, "without" (and, rule
// withThing, "with" after a verb), "no longer", and the quantifiers of amount — and from two sources that hold in any
// trade, never a list of one trade's words: a verb the lexicon lists as ending or keeping its object (rule verbSign:
// "stop *my string subscription*", "locked in *the subscription*") and a verb WordNet relates to "switch" before "to"
// (rule switchTo: "switching to *a gold glitter fill*"). So it reads the same in any trade: taking away or lowering
// (-1: "take the rush *off*", "take *out* the harmonies", "clean copies *without* it", "go *down* to the Basic plan",
// "*fewer* visits", "I don't need it *any more*") against putting on or raising (+1: "put *on* rush", "*extra* harmony
// parts", "*additional* cover", "moved you *up* to Premium Plus"). WordNet's antonym pairs do not know most of these
// (take off / put on rush, take out / stack extra parts, go down / move up, stop / lock in), and the parser folds the
// particle into a name or a preposition. judge-offline.ts opposes two clauses by these signs only when both name the
// same thing (the object match the judge already has).
import { DRIFT_RULE_ON as RULE } from "../drift-tuning";
import { areRelatedActions, isVerb, verbSign } from "./lexicon";
import type { Tok } from "./parse";

export interface Polar {
  sign: 1 | -1;
  /** the words read, for the drill-down's reason */
  value: string;
  /** the thing moved, as written and lower-cased: the particle's object ("take *the rush* off", "put on *rush*"), the
   *  noun after "extra" or "without", the range's end ("down to *the Basic plan*"); null for "no longer" (the clause's things) */
  objects: string[] | null;
  /** read from a verb of the lexicon (rule verbSign), which says the way only where the clause asks for it */
  verb?: true;
  /** a state said with "be" (rule copulaState): an outcome reported, read on the interpretation's side only */
  state?: true;
  /** read from a negated verb of the lexicon (rule negatedWay): the user's wish, read on the ask's side only */
  negated?: true;
  /** the particle's object is the writer ("take *me* off", "self") or the one written to ("moved *you* up", "you"): rule selfWay */
  person?: "self" | "you";
}

/** Particles of a phrasal verb that take the thing away or lower it, and that put it on or raise it. */
// (Maps, not plain objects: every token is looked up, and "constructor" or "toString" would find Object.prototype's)
const PARTICLE_SIGN = new Map<string, 1 | -1>([["off", -1], ["out", -1], ["away", -1], ["down", -1], ["on", 1], ["in", 1], ["up", 1]]);
/** What may stand between a verb and its particle: a short object ("take *the rush* off", "hold *it* back"); parse.ts phrasals too. */
export const BETWEEN = new Set(["PRON", "DET", "NOUN", "PROPN", "ADJ", "NUM"]);
/** A noun phrase opens here: a particle before it, away from its verb, is a preposition ("sleep *in* the car", "go in *the shop*"). */
export const NOUN_PHRASE = new Set(["DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"]);
/** The writer and the one written to, as a particle's object: the user in the ask is "you" in the agent's reply. */
const PERSON = new Map<string, "self" | "you">([["me", "self"], ["us", "self"], ["you", "you"]]);
/** Quantifiers of amount before their noun: more of the thing, or less of it. */
const AMOUNT_SIGN = new Map<string, 1 | -1>([["extra", 1], ["additional", 1], ["more", 1], ["another", 1], ["less", -1], ["fewer", -1]]);
const THING = new Set(["NOUN", "PROPN"]);

export function polarityOf(toks: Tok[]): Polar[] {
  const out: Polar[] = [];
  let verbAt = -1;
  // (where the last way was read: rule addedToo reads "too" only in a clause that says none)
  let lastWayAt = -1;
  let ways = 0;
  for (let i = 0; i < toks.length; i++) {
    if (out.length !== ways) (ways = out.length), (lastWayAt = i - 1);
    const t = toks[i];
    if ((t.pos === "VERB" && !inNounPhrase(toks, i)) || opensImperative(toks, i)) {
      verbAt = i;
      // ("please stop my string subscription" against "I've locked in the subscription": a verb that ends or keeps what
      // it is done to, as the lexicon lists them, takes away or puts on the noun phrase right after it — rule verbSign)
      // (not a state begun or ended, "the fob *stopped opening* the entrance": a gerund right after the verb)
      const sign = RULE.verbSign && !t.negated && toks[i + 1] && NOUN_PHRASE.has(toks[i + 1].pos) && !toks[i + 1].lower.endsWith("ing") ? verbSign(t.lemma) : 0;
      const objects = sign ? nounPhrase(toks, i + 1) : [];
      // ("I'll drop a monogram proof into this chat": a thing dropped into a place is delivered there, not taken away —
      // rule movedInto)
      if (sign !== 0 && objects.length && !(RULE.movedInto && sign < 0 && movedInto(toks, i + 1))) out.push({ sign, value: t.value, objects, verb: true });
      // ("make sure my membership does *not renew*", "please don't cancel the Tuesday slot": a verb of the lexicon
      // negated goes the other way, on its object or, with none after it, on its subject — rule negatedWay)
      else if (RULE.negatedWay && t.negated && verbSign(t.lemma) !== 0 && !inNounPhrase(toks, i)) {
        const after = toks[i + 1] && NOUN_PHRASE.has(toks[i + 1].pos) && toks[i + 1].pos !== "PRON" ? nounPhrase(toks, i + 1) : [];
        let s = i - 1;
        while (s >= 0 && (toks[s].pos === "AUX" || toks[s].pos === "PART" || toks[s].lower === "not")) s--;
        const things = after.length ? after : s < i - 1 ? phraseBefore(toks, s + 1) : [];
        if (things.length) out.push({ sign: verbSign(t.lemma) === 1 ? -1 : 1, value: `not ${t.value}`, objects: things, verb: true, negated: true });
      }
      continue;
    }
    // ("you're *on* the Saturday ladder", "both bays are now *on* the rota", "that one is *off* your account": a state
    // after a form of "be", rule copulaState)
    const state = RULE.copulaState ? copulaState(toks, i) : null;
    if (state) {
      out.push(state);
      continue;
    }
    const particle = PARTICLE_SIGN.get(t.lower);
    // (the end of a hyphened compound, "the sleigh ride add-*on*", is no particle of the verb: rule hyphenPhrase)
    if (particle && verbAt >= 0 && !toks[verbAt].negated && (t.pos === "ADP" || t.pos === "ADV" || t.pos === "PART") && !(RULE.hyphenPhrase && compoundHyphen(toks, i - 1)) && attached(toks, verbAt, i)) {
      // the object between ("take *the rush* off"), the noun phrase after ("put on *rush*", "take the
      // case off *rush*"), a range's end ("go down to *the Basic plan*"), and a noun right before the
      // verb, the thing a participle is done to ("wants *owl handling* put on the booking")
      // ("take me *out of the crew*", "get us *off of* the list": what a thing is taken out of, rule outOf)
      const range = toks[i + 1]?.lower === "to" || toks[i + 1]?.lower === "from" || (RULE.outOf && particle < 0 && toks[i + 1]?.lower === "of") ? nounPhrase(toks, i + 2) : [];
      const objects = [...thingsIn(toks, verbAt + 1, i), ...nounPhrase(toks, i + 1), ...range, ...(participle(toks, verbAt) ? phraseBefore(toks, verbAt) : [])];
      // ("take *me* off the waiting list", "bumped *you* up to second": the user moved, rule selfWay)
      const person = RULE.selfWay && i === verbAt + 2 ? PERSON.get(toks[verbAt + 1].lower) : undefined;
      out.push({ sign: particle, value: `${toks[verbAt].value} ${t.value}`, objects, ...(person ? { person } : {}) });
      verbAt = -1;
      continue;
    }
    if (t.lower === "without" && toks[i + 1] && NOUN_PHRASE.has(toks[i + 1].pos)) out.push({ sign: -1, value: t.value, objects: nounPhrase(toks, i + 1) });
    // ("upgraded the kits *with* our deluxe oil pack": a named thing put on, rule withThing — not before an amount word,
    // which says the way itself, nor before a thing and what was done to it, "with the extra bed removed")
    else if (RULE.withThing && t.lower === "with" && !t.negated && verbAt >= 0 && toks[i + 1] && NOUN_PHRASE.has(toks[i + 1].pos) && !participleAfter(toks, i + 1) && !AMOUNT_SIGN.has(toks[i + 1].lower) && !AMOUNT_SIGN.has(toks[i + 2]?.lower ?? "")) out.push({ sign: 1, value: t.value, objects: nounPhrase(toks, i + 1) });
    // ("swapped the fill to gold shimmer", "switching to a richer gold glitter fill": a verb of switching, as WordNet
    // relates it to "switch", puts on the noun phrase after "to", the state the thing is switched to — rule switchTo)
    else if (RULE.switchTo && t.lower === "to" && verbAt >= 0 && !toks[verbAt].negated && toks[i + 1] && NOUN_PHRASE.has(toks[i + 1].pos) && switching(toks[verbAt].lemma)) {
      out.push({ sign: 1, value: `${toks[verbAt].value} to`, objects: nounPhrase(toks, i + 1) });
      // ("shifted *from Thursday* to the Friday group": what it is switched from is taken away)
      const from = toks.findIndex((x, k) => k > verbAt && k < i && x.lower === "from");
      if (from >= 0) out.push({ sign: -1, value: `${toks[verbAt].value} from`, objects: nounPhrase(toks, from + 1) });
      verbAt = -1;
    }
    // ("no longer than an hour" compares a length: no way of the thing)
    else if ((t.lower === "longer" && toks[i - 1]?.lower === "no" && toks[i + 1]?.lower !== "than") || ((t.lower === "anymore" || (t.lower === "more" && toks[i - 1]?.lower === "any")) && !NOUN_PHRASE.has(toks[i + 1]?.pos ?? ""))) out.push({ sign: -1, value: `${toks[i - 1]?.value ?? ""} ${t.value}`.trim(), objects: null });
    else if (AMOUNT_SIGN.has(t.lower) && !t.negated && (toks[i + 1]?.pos === "NOUN" || (toks[i + 1]?.pos === "ADJ" && toks[i + 2]?.pos === "NOUN"))) out.push({ sign: AMOUNT_SIGN.get(t.lower)!, value: `${t.value} ${toks[i + 1].value}`, objects: nounPhrase(toks, i + 1) });
    // ("can the kids have *the sleigh ride* too?", "could we get the cream tea as well": a thing asked for "too" or "as
    // well" at the end of its clause is wanted in addition, put on — when nothing else in the clause says a way; rule addedToo)
    else if (RULE.addedToo && (t.lower === "too" || (t.lower === "well" && toks[i - 1]?.lower === "as")) && clauseEnds(toks, i + 1)) {
      let v = i - 1;
      while (v >= 0 && toks[v].pos !== "PUNCT" && toks[v].pos !== "VERB" && !(toks[v].pos === "AUX" && HAVING.has(toks[v].lemma))) v--;
      const objects = v >= 0 && toks[v].pos !== "PUNCT" && !toks[v].negated && v > lastWayAt && toks[v + 1] && NOUN_PHRASE.has(toks[v + 1].pos) && toks[v + 1].pos !== "PRON" ? nounPhrase(toks, v + 1) : [];
      if (objects.length) out.push({ sign: 1, value: t.value, objects });
    }
    if ((t.pos === "PUNCT" && !(RULE.hyphenPhrase && compoundHyphen(toks, i))) || (t.pos === "CCONJ" && !(verbAt >= 0 && coordinatedObject(toks, verbAt, i)))) verbAt = -1;
  }
  return out;
}

/**
 * "take the steam room *and* the hot stone massage off": a conjunction right after a verb's object, before another
 * noun phrase and a particle that takes things away, joins two objects of the one verb, not two clauses (rule
 * `coordinatedObject`; parse.ts leaves such a sentence whole). Only "off", "out" and "away" end such a stretch; "and"
 * before any other word ends the clause. `verbAt` is the verb's place, or -1 to find it: the word before the object.
 */
export function coordinatedObject(toks: Tok[], verbAt: number, i: number): boolean {
  if (!RULE.coordinatedObject || toks[i].pos !== "CCONJ" || !BETWEEN.has(toks[i + 1]?.pos ?? "")) return false;
  // (back over the object to the verb: the one given, or the first word before it that is no object's)
  let v = i - 1;
  while (v > verbAt && BETWEEN.has(toks[v].pos)) v--;
  if (v < 0 || v === i - 1 || (verbAt >= 0 ? v !== verbAt : toks[v].pos !== "VERB")) return false;
  for (let j = i + 1; j < toks.length && j <= i + 6; j++) {
    if ((PARTICLE_SIGN.get(toks[j].lower) ?? 0) < 0) return true;
    if (!BETWEEN.has(toks[j].pos)) return false;
  }
  return false;
}

/** "have" and "get" as the parser may tag them (an auxiliary: "can the kids *have* the sleigh ride too?"). */
const HAVING = new Set(["have", "get"]);

/** The clause ends at `i`: the text's end, a mark of punctuation, or "please" before one. */
function clauseEnds(toks: Tok[], i: number): boolean {
  const k = toks[i]?.lower === "please" ? i + 1 : i;
  return k >= toks.length || toks[k].pos === "PUNCT";
}

/**
 * "You're *on* the Saturday doubles ladder", "Both bays are now *on* the rota", "the heel work is *off* your ticket": a
 * thing said to be on or off a list, a booking, a plan or an account is in it or out of it, the state that "put … on"
 * and "take … off" leave (rule `copulaState`): "on"/"off" right after a form of "be" (with at most "now", "still",
 * "back", "also", "all" or "both" between) and before a noun phrase opened by an article or a possessive. Its things are that
 * noun phrase and the subject before "be" — not a subject that counts or sets apart what is left ("*one* pedalo is on
 * your booking", "*the rest* are on the Friday van", "*only* the choir is on the running order"), which reports the
 * remainder of a removal. It is an outcome reported, read on the interpretation's side only: a user's
 * "the throw is on the loom" asks nothing put on. "on" before a day or a date ("is on Saturday", "is on 4th October")
 * opens no article-led phrase; "on its way" and "on the way" are motion, not membership; "on the phone" names a thing no
 * ask takes off (the judge opposes two ways only on the same thing).
 */
const BE_FORMS = new Set(["is", "are", "am", "be", "been", "was", "were", "'s", "'re", "'m", "’s", "’re", "’m"]);
const STATE_BETWEEN = new Set(["now", "still", "back", "also", "all", "both"]);
const STATE_SIGN = new Map<string, 1 | -1>([["on", 1], ["off", -1]]);
/** Words of a remainder: a subject that names what is left says nothing of the thing taken away. */
const REMAINDER = new Set(["rest", "remaining", "other", "others", "else", "only", "just"]);
/** Possessive determiners, which the lite model tags as pronouns ("off *our* booking"). */
const POSSESSIVE = new Set(["my", "your", "our", "his", "her", "its", "their"]);
/** What opens the noun phrase of a list, a booking or an account: an article, a possessive of a person ("*its* way" is motion), "every", "each". */
const STATE_OPENING = new Set(["the", "a", "an", "every", "each", ...[...POSSESSIVE].filter((p) => p !== "its")]);
function copulaState(toks: Tok[], i: number): Polar | null {
  const sign = STATE_SIGN.get(toks[i].lower);
  if (!sign || toks[i].negated) return null;
  let b = i - 1;
  while (b >= 0 && STATE_BETWEEN.has(toks[b].lower)) b--;
  if (b < 0 || !BE_FORMS.has(toks[b].lower) || i - b > 3) return null;
  const next = toks[i + 1];
  if (!next || !STATE_OPENING.has(next.lower)) return null;
  const after = nounPhrase(toks, i + 1);
  if (!after.length || after.includes("way")) return null;
  let from = b;
  while (from > 0 && toks[from - 1].pos !== "PUNCT" && toks[from - 1].pos !== "CCONJ" && toks[from - 1].pos !== "SCONJ") from--;
  // ("*one* pedalo is on your booking", "*the rest* are on the Friday van": what is left, counted or set against what went)
  // (read back to the sentence's punctuation: "only the choir *and* the brass band are on …")
  for (let k = b - 1; k >= 0 && toks[k].pos !== "PUNCT"; k--) if (toks[k].pos === "NUM" || REMAINDER.has(toks[k].lower)) return null;
  return { sign, value: `${toks[b].value} ${toks[i].value}`, objects: [...thingsIn(toks, from, b), ...after], state: true };
}

/** A verb of switching one state for another ("switch", "swap", "change", "turn", "shift"): WordNet's relation to "switch". */
const switching = (lemma: string) => areRelatedActions("switch", lemma);

/** "with the extra bed *removed*": the noun phrase after "with" ends in a participle that says what was done to it. */
function participleAfter(toks: Tok[], from: number): boolean {
  let i = from;
  while (i < toks.length && NOUN_PHRASE.has(toks[i].pos)) i++;
  return toks[i]?.pos === "VERB";
}

/** "take the owl *handling* off *our booking*": a gerund after a determiner, a possessive, an adjective or a noun is a noun's head, no verb. */
const inNounPhrase = (toks: Tok[], i: number) => toks[i].lower.endsWith("ing") && i > 0 && (toks[i - 1].pos === "DET" || toks[i - 1].pos === "ADJ" || toks[i - 1].pos === "NOUN" || POSSESSIVE.has(toks[i - 1].lower));
/**
 * "the *hazelnut-dipped* waffles", "our *extra-large* base": a hyphen between two words joins them into one word of the
 * noun phrase (the tokenizer splits it), so the phrase and a particle after it read across it (rule `hyphenPhrase`).
 */
const compoundHyphen = (toks: Tok[], j: number) => j > 0 && toks[j]?.value === "-" && /^[\p{L}\d]+$/u.test(toks[j - 1].value) && /^[\p{L}\d]+$/u.test(toks[j + 1]?.value ?? "");
/** The nouns and names among toks[from, to). */
function thingsIn(toks: Tok[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) if (THING.has(toks[i].pos) || inNounPhrase(toks, i)) out.push(toks[i].lower);
  return out;
}
/** A verb right after a noun: a participle after the thing it is done to ("wants *owl handling* put on"), or its subject. */
const participle = (toks: Tok[], v: number) => v > 0 && THING.has(toks[v - 1].pos) && !toks[v].lower.endsWith("ing");
/** The nouns and names of the noun phrase ending right before toks[to]. */
function phraseBefore(toks: Tok[], to: number): string[] {
  let from = to;
  while (from > 0 && (THING.has(toks[from - 1].pos) || toks[from - 1].pos === "ADJ" || toks[from - 1].pos === "NUM")) from--;
  return thingsIn(toks, from, to);
}
/**
 * Rule `movedInto` (sixty-second session; blind-df1's napkin rings: "I'll drop a monogram proof into this chat by
 * Monday" read as the monogram taken away). A verb that takes away ("drop", "put down") followed by its object and
 * "into", "onto" or "through" moves the thing to a place: English's prepositions of a goal, a closed class.
 */
const GOAL = new Set(["into", "onto", "through"]);
function movedInto(toks: Tok[], from: number): boolean {
  let to = from;
  while (to < toks.length && (NOUN_PHRASE.has(toks[to].pos) || inNounPhrase(toks, to))) to++;
  return to > from && GOAL.has(toks[to]?.lower ?? "");
}
/** The nouns and names of the noun phrase opening at toks[from]. */
function nounPhrase(toks: Tok[], from: number): string[] {
  let to = from;
  while (to < toks.length && (NOUN_PHRASE.has(toks[to].pos) || inNounPhrase(toks, to) || (RULE.hyphenPhrase && to > from && compoundHyphen(toks, to)))) to++;
  return thingsIn(toks, from, to);
}

/**
 * "Move policy CP-118823 up to the Premium Plus tier", "Move the customer up to Pro Plus": the lite
 * model tags a clause's opening imperative as a name or a noun; a base-form word WordNet knows as a
 * verb, opening the clause (after "please"), is its verb here (only a particle after it is read).
 */
function opensImperative(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if ((t.pos !== "NOUN" && t.pos !== "PROPN") || t.lower !== t.lemma || !isVerb(t.lower)) return false;
  let j = i - 1;
  while (j >= 0 && (toks[j].pos === "INTJ" || toks[j].lower === "please")) j--;
  return j < 0 || toks[j].pos === "PUNCT";
}

/**
 * The particle at toks[k] belongs to the verb at toks[v] and moves an object: the object between
 * them ("take *the rush* off", "switch *it* on"), or right after the particle ("take out *the backing
 * harmonies*", "put on *rush*"). A particle with no object says where the subject goes or how an
 * action ends ("I'm checking *out* on the 17th", "the sample I dropped *off*"). "Up" and "down" say
 * how much only over a range ("go *down to* the Basic plan", "moved you *up to* Premium Plus"); without
 * one they say as often that a thing is done ("pick her *up*", "write it *down*").
 */
function attached(toks: Tok[], v: number, k: number): boolean {
  // (a word hyphened into a compound counts once: "take the *hazelnut-dipped* waffles off", rule hyphenPhrase)
  // ("take the steam room and the hot stone massage off": each of two objects joined by "and" or "or" as short, rule coordinatedObject)
  let hyphens = 0;
  let joins = 0;
  for (let j = v + 1; j < k; j++) {
    if (RULE.hyphenPhrase && compoundHyphen(toks, j)) hyphens++;
    else if (joins === 0 && coordinatedObject(toks, v, j)) joins++;
    else if (!BETWEEN.has(toks[j].pos) && !inNounPhrase(toks, j)) return false;
  }
  // (with a conjunction, the conjunction and a second object of up to five words)
  if (k - v - 2 * hyphens > 5 + 6 * joins) return false;
  const next = toks[k + 1];
  if (toks[k].lower === "up" || toks[k].lower === "down") return !!next && (next.lower === "to" || (next.lower === "from" && toks.slice(k + 2).some((x) => x.lower === "to")));
  // (after its object, "off", "out" and "away" take it from somewhere, "take the owl handling *off* our booking";
  // "on" and "in" before a noun phrase say where a thing is, "keep the rope *in* the chamber")
  // ("put *me* on the waiting list", "put *it* on my account": "put" moves its object onto the noun phrase,
  // the caused motion that "take … off" undoes, rule putOn)
  // ("Turns out my wife needs to sign too": "it turns out" says a clause follows, the noun phrase is its subject)
  if (toks[v].lemma === "turn" && toks[k].lower === "out" && k === v + 1 && participleAfter(toks, k + 1)) return false;
  if (k > v + 1) return PARTICLE_SIGN.get(toks[k].lower)! < 0 || !next || !NOUN_PHRASE.has(next.pos) || (RULE.putOn && toks[v].lemma === "put" && toks[k].lower === "on");
  return !!next && NOUN_PHRASE.has(next.pos);
}
