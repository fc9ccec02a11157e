// Opposite ways of changing the same thing, read from closed-class words (nlp/polarity.ts): the ask
// takes a thing away or lowers it and the interpretation puts it on or raises it, or the other way
// round ("please take the rush *off*" vs "wants the case put *on* rush"; "take *out* the backing
// harmonies" vs "stacking *additional* harmony parts"; "go *down* to the Basic plan" vs "move the
// policy *up* to Premium Plus"). WordNet's antonym pairs (judge-offline.ts, oppositeAction) know
// none of these. Both clauses must name a common thing (the judge's own object match, passed in), or the thing moved is
// the user, "me" in the ask and "you" in the reply (selfOpposite),
// neither side may go both ways on it, and the final agent's other messages are not read: its replies
// change things in passing ("I've brought Saturday *down* to 40 covers" after the user's own change).
import { DRIFT_RULE_ON as RULE } from "./drift-tuning";
import type { Polar } from "./nlp/polarity";
import type { Clause, Term } from "./nlp/parse";

/**
 * The things a way is said of: its own object's terms ("take *the rush* off"; none for a pronoun, "sort
 * it out", whose thing is elsewhere), or the clause's for a way said of no object ("not needed any more").
 */
function things(c: Clause, p: Polar): Term[] {
  const objects = p.objects;
  return objects ? c.terms.filter((t) => objects.includes(t.value.toLowerCase())) : c.terms.filter((t) => t.pos === "NOUN" || t.pos === "PROPN");
}

/**
 * "Our son Oskar … Please take *him* off booking FS-5076": a way done to "him" or "her" is done to the person the ask
 * named last before it (rule `pronounWay`): the thing "put on" downstream is then the same one. "it" and "them" stay
 * unread (their thing may be any of the ask's).
 */
function pronounThings(c: Clause, p: Polar, whole: Term[]): Term[] {
  if (!p.objects || p.objects.length || !/\b(?:him|her)\b/i.test(c.text)) return [];
  const at = c.terms.length ? whole.indexOf(c.terms[0]) : -1;
  for (let i = (at < 0 ? whole.length : at) - 1; i >= 0; i--) if (whole[i].pos === "PROPN" && !whole[i].negated && !c.terms.includes(whole[i])) return [whole[i]];
  return [];
}

/**
 * "Please take *me* off the waiting list" answered "I've bumped *you* up to second in the queue": the user asks to be
 * moved one way ("me", "us" between the verb and its particle) and the final agent moves the user ("you") the other
 * (rule `selfWay`). Only in a request, and not when either side also goes the other way with the user ("take me off the
 * Tuesday list and put me on Thursday's").
 */
function selfOpposite(ask: Clause[], interp: Clause[]): string | null {
  const moves = (clauses: Clause[], person: "self" | "you", sign: number, request: boolean) =>
    clauses.flatMap((c) => (request && !c.request ? [] : c.polarity.filter((p) => p.person === person && p.sign === sign && !p.negated)));
  for (const sign of [-1, 1] as const) {
    const asked = moves(ask, "self", sign, true)[0];
    if (!asked || moves(ask, "self", -sign, false).length) continue;
    const done = moves(interp, "you", -sign, false)[0];
    if (!done || moves(interp, "you", sign, false).length) continue;
    return `the user asked to be ${sign < 0 ? "taken off or down" : "put on or up"} (“${asked.value}”); the final interpretation moves them the other way (“${done.value}”)`;
  }
  return null;
}

/** The first pair of opposite ways on a common thing, as the drill-down's reason, or null. */
export function oppositePolarity(ask: Clause[], interp: Clause[], sameThing: (a: Term[], b: Term[]) => boolean, whole: Term[] = [], pronouns = false): string | null {
  const goes = (clauses: Clause[], sign: number, on: Term[]) => clauses.some((c) => c.polarity.some((p) => p.sign === sign && sameThing(on, things(c, p))));
  const self = RULE.selfWay ? selfOpposite(ask, interp) : null;
  if (self) return self;
  for (const a of ask) {
    // (a verb's way is the user's only in a request: "the fob *stopped* opening the entrance" reports, rule verbSign)
    for (const pa of a.polarity) {
      if ((pa.verb && !a.request) || pa.state) continue;
      const own = things(a, pa);
      const aThings = own.length || !pronouns ? own : pronounThings(a, pa, whole);
      if (!aThings.length) continue;
      const other = -pa.sign;
      // (the ask goes both ways on this thing: "take the old rope off and put a new one on")
      if (goes(ask, other, aThings)) continue;
      for (const b of interp) {
        // ("… with our deluxe oil pack" opposes only a named thing taken away — "without the oil vials" —, never a clause's
        // "anymore", whose things are the whole clause's: rule withThing, nlp/polarity.ts)
        const pb = b.polarity.find((p) => p.sign === other && !p.negated && !(p.value.toLowerCase() === "with" && pa.objects === null) && sameThing(aThings, things(b, p)));
        if (!pb) continue;
        // (the interpretation keeps the ask's way too: "take the rush off, and put it on standard")
        if (goes(interp, pa.sign, aThings)) continue;
        const what = aThings.slice(0, 3).map((t) => t.value).join(" ");
        return `the user asked to ${pa.sign < 0 ? "take away or lower" : "put on or raise"} the ${what} (“${pa.value}”); the final interpretation goes the other way (“${pb.value}”)`;
      }
    }
  }
  return null;
}
