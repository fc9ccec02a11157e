// Rule `keptInstead` (docs/evaluation.md, act34): the act the final agent reports, read from the outcome
// it states, against the act the user asked for on the same thing.
//
// A handoff often passes the ask on as a topic ("a query about the relay interpreter", "a change on
// the luge line"), not as its act, and the receiving agent then keeps, confirms or adds the very thing
// the user asked to take away: "take the relay one off" → "T. Banner is confirmed as the relay
// interpreter"; "go down to the paperback tier" → "more value, Hardback Plus". The judge's opposite
// pairs (judge-offline.ts) read acts, and agents report an act done as a resulting state ("it stays",
// "is confirmed", "still goes ahead", "is off your booking"), so neither the drift nor its clean twin
// is named by an act verb. This reads the *way* the outcome leaves the thing, from general English:
//   - the ask takes the thing away or ends it: an ending act (lexicon ENDING: cancel, remove, stop …)
//     or a closed-class way of taking away (nlp/polarity.ts: "take it off", "without", "go down",
//     "fewer", "no longer"), and nothing in it keeps or adds;
//   - the outcome (the final interpretation and the final agent's last message) keeps or adds the same
//     thing: a continuing act (lexicon CONTINUING), an act of making sure (lexicon confirmsAgainstEnd:
//     confirm, secure), a verb WordNet puts with "continue" or "remain" (stay, go on, carry on), or a
//     closed-class way of adding ("more", "extra", "put on"), in any form the parser reads — a past
//     participle or state counts ("is confirmed", "stays") — and nothing in it ends or takes the thing
//     away: an outcome that realises the ask's act in other words ("the Beauford is *off* your booking",
//     "the gilding's *cancelled*") is the act done.
// Not read when the outcome weighs the two acts ("moved rather than cancelled", "instead of cancelling":
// the user chose), nor when the user asked for anything after the first ask (intent.ts passes that
// in: the latest ask may be the kept thing). The other way round (the ask keeps or adds, the outcome
// takes away) was measured and found nothing on dev, so it is not read. No parse of its own: the ask
// and the interpretation are the judge's parses (parse.ts caches them), the last message the one
// oppositeInSupport parses.
import { areRelatedActions, confirmsAgainstEnd, ENDING_LIST, CONTINUING_LIST } from "./nlp/lexicon";
import { LIGHT_VERBS, type Clause, type Term } from "./nlp/parse";

const ENDING = new Set(ENDING_LIST);
const CONTINUING = new Set(CONTINUING_LIST);
/** WordNet's verbs of going on and staying as it is: a verb in a synset with these keeps its thing ("stay", "carry on", "go on"). */
const GOING_ON = ["continue", "remain"];

/** An outcome that sets the asked act against the one done: the choice was made, by the user or with them. */
const WEIGHED = /\b(?:rather than|instead of)\b/i;
/** A copular state of being gone ("it's off", "the gilding is out", "that's gone"): the thing taken away, without an act verb. */
const GONE = /\b(?:is|are|was|were|['’]s|['’]re|now|been)\s+(?:now\s+)?(?:off|gone|over)\b/i;

interface Way {
  sign: 1 | -1;
  word: string;
  things: Term[];
}

const nounsOf = (c: Clause) => c.terms.filter((t) => t.pos === "NOUN" || t.pos === "PROPN");

function verbWay(t: Term, outcome: boolean): 0 | 1 | -1 {
  if (t.negated || t.inPhrase || LIGHT_VERBS.has(t.lemma)) return 0;
  if (ENDING.has(t.lemma)) return -1;
  // a phrasal verb ends its thing when WordNet puts it with an ending act ("take off" ~ remove, "leave out" ~ drop,
  // "cut back" ~ reduce, "call off" ~ cancel); not "sort out", "drop off" a passenger is a question's (the clause decides)
  if (t.lemma.includes("_") && ENDING_LIST.some((e) => areRelatedActions(e, t.lemma))) return -1;
  if (CONTINUING.has(t.lemma)) return 1;
  // (only an outcome keeps by a state: in an ask, "it keeps crashing" or "stay with us" is no way of the thing asked for)
  if (outcome && (confirmsAgainstEnd(t.lemma, "cancel") || GOING_ON.some((g) => areRelatedActions(g, t.lemma)))) return 1;
  return 0;
}

/** A verb in a past form ("my badge *stopped* working", "the sample *dropped*"): what happened, not what is asked for. */
const pastForm = (t: Term) => {
  const v = t.value.toLowerCase();
  return v !== t.lemma && !v.endsWith("ing") && !v.endsWith("s") && !v.includes(" ");
};

/**
 * Each way a clause leaves its things. An ask's: its act verbs in a form that asks (not a state, not a
 * past form) and its closed-class particles and quantifiers. An outcome's: its act verbs in any form
 * (a participle reports the act done) and its quantifiers. Particles are read only through a phrasal
 * verb WordNet relates to an ending act: a particle alone moves the agent or the user as often as the
 * thing ("feeding *in*", "let *in*", "work *on*", "sort it *out*", "book *out* the venue").
 */
function waysOf(clauses: Clause[], outcome: boolean): Way[] {
  const ways: Way[] = [];
  for (const c of clauses) {
    const things = nounsOf(c);
    for (const p of c.polarity) {
      // (a particle is read through its phrasal verb below: "sort it *out*", "book *out* the venue" end nothing)
      if (PARTICLE.test(p.value)) continue;
      // ("can that be sorted *without* a whole new window?": in an ask, a condition on how the act is done as often as a removal)
      if (!outcome && p.value.toLowerCase() === "without") continue;
      const objects = p.objects;
      const own = objects ? c.terms.filter((t) => objects.includes(t.value.toLowerCase())) : [];
      ways.push({ sign: p.sign, word: p.value, things: own.length ? own : things });
    }
    // ("tell me *if* the coach can drop us at the door": an act asked about, whether it can happen, is not the act asked for)
    const asksWhether = !outcome && WHETHER.test(c.text);
    for (const t of [...c.terms, ...c.phrasals]) {
      if (t.pos !== "VERB" || (!outcome && (t.state || pastForm(t) || (asksWhether && afterWhether(c.text, t))))) continue;
      const sign = verbWay(t, outcome);
      if (sign) ways.push({ sign, word: t.value, things });
    }
    if (outcome && GONE.test(c.text)) ways.push({ sign: -1, word: c.text.match(GONE)![0], things });
  }
  return ways;
}
const WHETHER = /\b(?:if|whether)\b/i;
/** The verb is written after the clause's "if" or "whether". */
const afterWhether = (text: string, t: Term) => {
  const at = text.search(WHETHER);
  return text.toLowerCase().indexOf(t.value.toLowerCase().split(" ")[0], at) > at;
};
/** A way nlp/polarity.ts read from a verb's particle ("take … off", "put … on"), as against "without", "no longer" or a quantifier. */
const PARTICLE = /\s(?:off|out|away|down|on|in|up)$/i;

/**
 * Why the outcome keeps what the ask takes away, or null. `ask`: the ask's request clauses (judge-offline
 * askClauses); `outcomeOf`: the clauses of the final interpretation and of the final agent's last message,
 * with their texts (parsed only for an ask that takes something away); `sameThing`: the judge's object match.
 */
export function keptInstead(ask: Clause[], outcomeOf: () => { text: string; clauses: Clause[] }[], sameThing: (a: Term[], b: Term[]) => boolean): string | null {
  const asked = waysOf(ask, false).filter((w) => w.things.length);
  // (cheap first: most asks take nothing away)
  if (!asked.length || asked.some((w) => w.sign > 0)) return null;
  const outcome = outcomeOf();
  if (outcome.some((o) => WEIGHED.test(o.text))) return null;
  const done = outcome.flatMap((o) => waysOf(o.clauses, true));
  const onThing = asked.map((a) => ({ a, ways: done.filter((w) => sameThing(a.things, w.things)) }));
  // (the outcome realises the ask's act on a thing of it, whatever else it says)
  if (onThing.some(({ ways }) => ways.some((w) => w.sign < 0))) return null;
  for (const { a, ways } of onThing) {
    const kept = ways.find((w) => w.sign > 0);
    if (kept) return `the user asked to take away or end the ${a.things.slice(0, 3).map((t) => t.value).join(" ")} (“${a.word}”); the final agent reports it kept or added (“${kept.word}”)`;
  }
  return null;
}
