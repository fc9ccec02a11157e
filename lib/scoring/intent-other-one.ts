// The other one of a kind (rule `otherOne`; issue 12, from blind-an1, customers whose ask is about one thing
// among several alike). "Please cancel my private lesson on Sunday with Elena … Friday with Marco is still
// fine" answered "I've cancelled your private lesson with Marco this Friday"; "the middle tier to be raspberry …
// bottom and top stay as they are" answered "switch the top tier to raspberry"; "my mum's blue scooter won't hold
// charge" answered "the annual service on the red Drive ST4D". The interpretation shares nearly every word of the
// ask — the lesson, the tier, the scooter, the change asked for — and differs only in the word that picks out
// which one, so the judge read it as kept.
//
// English picks out one of several alike by closed classes of words, whatever the trade: the day of the week,
// the month, a basic colour term, a vertical position. When the ask's request picks its thing by a member of
// such a class, the interpretation never says that member, and it names another member of the same class, the
// agents worked on the other one: topic drift. A new day or month is also what a move or a booking answers with
// ("move my Monday delivery" → "now on Wednesdays"), so for those two classes the other member must be one the
// user named themselves outside the request and outside a fallback ("if not, I'd rather go Saturday"), one of exactly
// two the ask names (three or more are a period: "hold over July and August, start again in September"). A colour or
// a position counts only said of a thing ("the *blue* scooter", "the *top* one"), not as a word of its own ("top it
// up", "at the bottom"). An ask of two requests or more is left to partial loss (intent.ts lostPart).
import { stemOf, type Clause } from "./nlp/parse";
import { isSlipOf } from "./corrections";

interface WordClass {
  name: string;
  /** the member a word is (canonical), or null */
  member: (word: string) => string | null;
  /** read only when said of a thing: directly before a noun or "one" */
  attributive: boolean;
}

const WEEKDAY = /^(mon|tues|wednes|thurs|fri|satur|sun)days?$/i;
// (March and May are left out: a verb and a modal as often as months)
const MONTH = /^(january|february|april|june|july|august|september|october|november|december)$/i;
const COLOUR = /^(black|white|red|green|yellow|blue|brown|purple|pink|orange|grey|gray)$/i;
const VERTICAL: Record<string, string> = { top: "top", upper: "top", middle: "middle", bottom: "bottom", lower: "bottom" };

const CLASSES: WordClass[] = [
  { name: "day", member: (w) => (WEEKDAY.test(w) ? `${WEEKDAY.exec(w)![1].toLowerCase()}day` : null), attributive: false },
  { name: "month", member: (w) => MONTH.exec(w)?.[1].toLowerCase() ?? null, attributive: false },
  { name: "colour", member: (w) => (COLOUR.test(w) ? w.toLowerCase().replace("gray", "grey") : null), attributive: true },
  { name: "position", member: (w) => VERTICAL[w.toLowerCase()] ?? null, attributive: true },
];

const WORD = /[\p{L}]+/gu;

type Members = Map<string, Set<string>>;
/** The members of each class some clauses say: anywhere, and said of a thing (directly before a noun or "one"). */
interface Said {
  any: Members;
  ofThing: Members;
}

function add(to: Members, k: string, m: string) {
  let set = to.get(k);
  if (!set) to.set(k, (set = new Set()));
  set.add(m);
}

function members(clauses: Clause[]): Said {
  const said: Said = { any: new Map(), ofThing: new Map() };
  for (const c of clauses) {
    const words = [...c.text.matchAll(WORD)].map((m) => m[0]);
    let things: Set<string> | null = null;
    for (const [i, w] of words.entries()) {
      for (const k of CLASSES) {
        const m = k.member(w);
        if (!m) continue;
        things ??= new Set(c.terms.filter((t) => t.pos === "NOUN" || t.pos === "PROPN").map((t) => t.value.toLowerCase()));
        const next = words[i + 1]?.toLowerCase();
        const ofThing = !!next && (things.has(next) || next === "one" || next === "ones");
        if (!k.attributive || ofThing) add(said.any, k.name, m);
        if (ofThing) add(said.ofThing, k.name, m);
      }
    }
  }
  return said;
}

/** "if she can't, I'd rather go Saturday", "or Friday", "otherwise the 14th": a fallback the user offers, not the other one. */
const FALLBACK = /\b(?:if|unless|otherwise|or|instead|rather|else)\b/i;

/**
 * A day or month the interpretation names is the other one when the user named it too, outside any request
 * or fallback, and it is one of two the ask names: one picked, one left ("… on Sunday … Friday is still
 * fine"). Three or more are a period or a series ("hold over July and August, start again in September").
 */
function namedAsOther(k: WordClass, m: string, askClauses: Clause[], inAsk: Members): boolean {
  const named = inAsk.get(k.name);
  if (named?.size !== 2 || !named.has(m)) return false;
  return askClauses.some((c) => !c.request && !FALLBACK.test(c.text) && members([c]).any.get(k.name)?.has(m));
}

/** A cheap first pass: no member of any class in the text, nothing to pick out (the classes' own words, unanchored). */
const ANY_MEMBER = new RegExp(`\\b(?:${[WEEKDAY, MONTH, COLOUR].map((r) => r.source.slice(1, -1)).join("|")}|${Object.keys(VERTICAL).join("|")})\\b`, "i");

/**
 * The interpretation picks out another one than the ask does, by a day, a month, a colour or a vertical
 * position, and never says the ask's: a reason, or null.
 */
export function otherOne(requests: Clause[], askClauses: Clause[], interpClauses: Clause[]): string | null {
  // (an ask of two requests or more is read part by part: a part the interpretation leaves is partial loss, intent.ts lostPart)
  if (requests.length > 1 || !interpClauses.some((c) => ANY_MEMBER.test(c.text)) || !askClauses.some((c) => ANY_MEMBER.test(c.text))) return null;
  const asked = members(requests);
  const inAsk = members(askClauses);
  const said = members(interpClauses);
  for (const k of CLASSES) {
    const wanted = asked.any.get(k.name) ?? new Set<string>();
    // a colour or a position is read said of its thing: in the request, or, when the request says none, the
    // one thing of the kind the rest of the ask describes ("my mum's blue scooter won't hold charge … can
    // someone look at the battery?")
    const described = inAsk.ofThing.get(k.name);
    const picked = k.attributive ? (asked.ofThing.get(k.name) ?? (described?.size === 1 ? described : undefined)) : wanted;
    if (!picked?.size) continue;
    const got = said.any.get(k.name);
    if (!got || [...picked, ...wanted].some((m) => got.has(m))) continue;
    const pickedBy = k.attributive ? said.ofThing.get(k.name) : got;
    const other = [...(pickedBy ?? [])].find((m) => !wanted.has(m) && !picked.has(m) && (k.attributive || namedAsOther(k, m, askClauses, inAsk.any)));
    if (other) return `the user asked about the ${[...picked][0]} one; the final interpretation is about the ${other} one, and never says ${[...picked][0]}`;
  }
  return null;
}

/**
 * The other one by its identifier (rule `otherId`; blind-bj1's pavlova refund: "Order number: PV-71266 … I would like a
 * refund for it please. (We also have the Christmas order with you, PV-71301, but that one is a separate matter …)"
 * answered by putting PV-71301 on the priority bake list). An identifier picks out one thing as a day or a colour does:
 * when the user names exactly two of one shape (the same letters before the digits), the interpretation (or what its
 * agent then told the user) names the second and never the first, and the second stands in none of the ask's requests,
 * the agents worked on the thing the user named beside the ask. The first is the message's own: a form's "Order
 * number:", "Mine is CT-55410, hers is CT-55411". Near misses: an identifier in a request is what is asked ("please send
 * the replacement under PV-2"); the first one named is the ask's; a new one the user never named (a rebooking's
 * number) is what the action made.
 */
const ID = /\b([A-Z]{1,6})-?(\d{3,})\b/g;
const idsIn = (text: string) => [...text.matchAll(ID)].map((m) => ({ id: `${m[1]}-${m[2]}`, shape: m[1] }));
export function otherId(requests: Clause[], askClauses: Clause[], interpClauses: Clause[], support: string[] = []): string | null {
  const asked = askClauses.flatMap((c) => idsIn(c.text));
  if (asked.length < 2) return null;
  // (what the agent then told the user says which one too: an intent event may name none)
  const said = new Set([...interpClauses.map((c) => c.text), ...support].flatMap((t) => idsIn(t).map((x) => x.id)));
  if (!said.size) return null;
  const inRequests = new Set(requests.flatMap((c) => idsIn(c.text).map((x) => x.id)));
  for (const shape of new Set(asked.map((x) => x.shape))) {
    const ids = [...new Set(asked.filter((x) => x.shape === shape).map((x) => x.id))];
    if (ids.length !== 2) continue;
    // (a slip of the first corrected — "sorry, it's HM-2219 not HM-2291", "wait — GW-1128, I mixed up the digits" — is
    // the same thing, corrections.ts; and two named in one clause are set side by side, "it's X, not Y")
    if (isSlipOf(ids[0], ids[1]) || askClauses.some((c) => ids.every((id) => idsIn(c.text).some((x) => x.id === id)))) continue;
    const named = ids.filter((id) => said.has(id));
    // (the one named first is the message's own — "Order number: PV-71266", "Mine is CT-55410, hers is CT-55411" —
    // and the other one comes after it, beside the ask)
    if (named.length !== 1 || named[0] !== ids[1] || inRequests.has(named[0])) continue;
    const left = ids.find((id) => id !== named[0])!;
    return `the user asked about ${left}; the final interpretation is about ${named[0]}, which the user named beside the ask, and never says ${left}`;
  }
  return null;
}

/**
 * The other person (rule `otherPerson`; blind-an3's exam date: "what date is *Jamie's* grade 3 exam?" answered "*Orla's*
 * Grade 5 acoustic exam … is on Saturday 7 June"; an1's allergy: "*Theo* (my youngest) … can you put that on his
 * profile" answered "added the milk allergy to *Maya's* profile"). A family or a team has several people with a thing
 * of the same kind, and a person's name picks out whose, as a day or an identifier picks out which one. The
 * interpretation (or what its agent then told the user) gives the thing the ask is about to someone by name, in the
 * possessive ("Orla's exam", "Maya's profile"), whom the user never named, and never says the person the ask names:
 * the agents worked on someone else's. The ask's person is told from a place name or a company by English's marks of a
 * person: the possessive ("Jamie's exam") or a kin word beside the name ("my son Theo", "Theo (my youngest)"). Near
 * misses: the agent names the ask's person too ("Jamie's and Orla's exams"); the possessor is someone the user named
 * (a signature, "my wife Ana"); the possessed thing is none of the ask's ("Maya's mum rang too").
 */
const POSSESSIVE_NAME = /\b(\p{Lu}\p{Ll}{2,})['’]s\s+((?:[\p{L}\d-]+\s+){0,3}?[\p{L}-]+)/gu;
const KIN = "son|daughter|boy|girl|child|kid|youngest|eldest|oldest|middle one|husband|wife|partner|mum|mom|dad|father|mother|brother|sister|grandson|granddaughter|nephew|niece";
const NAME_BY_KIN = new RegExp(`\\b(?:[Mm]y|[Oo]ur)\\s+(?:(?:little|older|younger|elder|eldest|youngest|baby|twin)\\s+)?(?:${KIN})\\s+(\\p{Lu}\\p{Ll}{2,})\\b|\\b(\\p{Lu}\\p{Ll}{2,})\\s*[,(]\\s*(?:my|our)\\s+(?:(?:little|older|younger|elder|baby|twin)\\s+)?(?:${KIN})\\b`, "gu");
/** A capitalised word that is no person's name: a day or a month (the classes above; "March" and "May" too), a word of time or a pronoun. */
const NOT_NAME_WORD = /^(?:march|may|today|tomorrow|yesterday|christmas|easter|it|that|there|here|what|who|everyone|nobody|somebody|one|this)$/i;
const notAName = (w: string) => WEEKDAY.test(w) || MONTH.test(w) || NOT_NAME_WORD.test(w);

export function otherPerson(ask: string, interpretation: string[]): string | null {
  const asked = new Set<string>();
  for (const m of ask.matchAll(POSSESSIVE_NAME)) if (!notAName(m[1])) asked.add(m[1]);
  for (const m of ask.matchAll(NAME_BY_KIN)) {
    const name = m[1] ?? m[2];
    if (name && !notAName(name)) asked.add(name);
  }
  if (!asked.size) return null;
  const said = interpretation.join("\n");
  const saysWord = (text: string, w: string) => new RegExp(`\\b${w}\\b`, "i").test(text);
  // (the agent names the ask's person: whatever else it names, it worked on theirs)
  if ([...asked].some((name) => saysWord(said, name))) return null;
  const askStems = new Set((ask.match(/[\p{L}]{3,}/gu) ?? []).map((w) => stemOf(w.toLowerCase())));
  for (const text of interpretation) {
    for (const m of text.matchAll(POSSESSIVE_NAME)) {
      const [, name, thing] = m;
      if (notAName(name) || saysWord(ask, name)) continue;
      const shared = thing.split(/\s+/).find((w) => /^[\p{L}-]{3,}$/u.test(w) && askStems.has(stemOf(w.toLowerCase())));
      if (!shared) continue;
      const mine = [...asked][0];
      return `the user asked about ${mine}; the final interpretation is about ${name}'s ${shared.toLowerCase()}, someone the user never named, and never says ${mine}`;
    }
  }
  return null;
}
