// Turns a message into what the intent judge compares: clauses of content terms (lemma, Porter2
// stem, part of speech, negated or not), each clause marked as a request or not. wink-nlp with its
// English lite model does the tokens, lemmas, POS tags and negation scopes (the model ships inside
// the npm package; nothing is downloaded at run time). A parse costs ~0.1 ms, and the scorers run
// thousands of conversations a second, mostly rescoring the same texts as a conversation grows, so
// parses are kept in an LRU cache keyed by the text.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { Memo } from "../memo";
import { DRIFT_RULE_ON as RULE, onDriftTuning } from "../drift-tuning";
import { comparativeForms, FUNCTION_RANK, isVerb, suffixBases, UNKNOWN_RANK, vectorIndex, verbSign } from "./lexicon";
import { BETWEEN, NOUN_PHRASE, coordinatedObject, polarityOf, type Polar } from "./polarity";

export type TermPos = "VERB" | "NOUN" | "PROPN" | "ADJ";

export interface Term {
  lemma: string;
  stem: string;
  pos: TermPos;
  negated: boolean;
  /** the token as written, for naming a lost part */
  value: string;
  /** a noun right after a light verb ("want *a refund*", "need *an upgrade*"): it may name the action */
  afterLight: boolean;
  /** inside a prepositional phrase ("at the *moment*", "for her *desk*"): a circumstance, not the thing asked for */
  inPhrase: boolean;
  /** the lemma's row in the word-vector table (-1: unknown) and its frequency rank, looked up once */
  row: number;
  rank: number;
  /** a verb saying what is the case, not what is wanted: a participle after "be"/"get" ("is *broken*",
   *  "got *locked*"), or a finite verb before a gerund ("*keeps* whistling", "*stopped* working") */
  state?: boolean;
  /** a phrasal verb in its base form with no object before its particle nor a noun phrase after it
   *  ("when will the engineer *turn up*"): it moves nothing (rule `upDown`) */
  objectless?: boolean;
}

/** From this frequency rank a word is specific enough to say what a text is about (intent.ts, intent-went-along.ts). */
export const SPECIFIC_RANK = 500;

export interface Clause {
  text: string;
  terms: Term[];
  /** phrased as a request: a question, an imperative, or "I want/need/would like…" */
  request: boolean;
  /** a request refused: its request word is negated ("I don't want to upgrade") */
  refused: boolean;
  /**
   * Phrasal verbs of the clause ("can it be *let out*", "*hold* it *back*", "*switch* it back *on*"),
   * lemma "let_out": what the verb and its particle do together, which the verb alone does not say
   * (a light verb is no term at all). Read only for opposite actions and directions (WordNet states
   * many oppositions on them: let out/take in, switch on/off, take away/add), never for coverage.
   */
  phrasals: Term[];
  /**
   * The way the clause changes its thing, read from closed-class words only (nlp/polarity.ts): -1
   * for taking away or lowering ("take the rush *off*", "*without* it", "go *down* to Basic",
   * "*fewer* visits"), +1 for putting on or raising ("put *on* rush", "*extra* harmony parts", "move
   * it *up*"). Read only for opposite directions, never for coverage.
   */
  polarity: Polar[];
  /**
   * Set beside what came before by "and": the clause follows the "and" (or "plus", "&") it was split
   * at, or its sentence opens with "And" ("Could you collect it? *And* can someone check the hedge?").
   * Read only by intent.ts lostPart (rule joinedPart).
   */
  joined: boolean;
  /**
   * Offered as the other answer to a question: the clause follows the "or" it was split at in a
   * question ("Can I get her assessed this week, *or* is there a secret password?", "Can I pay by
   * card *or* do I need cash?"), or all its content follows an "or" ("Does it, *or* is that also
   * decorative?"). An alternative question is one question: answering it takes up both sides. Typed with no
   * "?", a part after "or" that asks by inversion is one too ("And is microwave ok or *will it go soggy*": rule
   * unmarkedAlternative; development −1 false alarm on clean, held out no change, every other scorer unchanged).
   * Read only by intent.ts lostPart (rule alternativePart).
   */
  alternative: boolean;
  /**
   * Asks in its own words, not by a question mark alone: an imperative, "please", a modal before its
   * subject ("can someone…", "could we…"), or a wish whose subject is the speaker ("I'd like", "do we
   * need", "want it by Friday") — not another's ("they want shoulders covered"), and not a statement
   * that carries a question mark ("… back on my feet (foot?"). Read only by intent.ts lostPart.
   */
  asking: boolean;
  /** A question by inversion of "be", "do" or "have" before its subject, with its "?" ("And is it allowed that I bring …?", "Does the price include helmets?"): rule auxQuestion. Read only by intent.ts lostPart. */
  yesNo?: boolean;
}

/** A clause's terms and its phrasal verbs: every action it names ("let out", "hold back" beside its verbs). */
export const actionsOf = (c: Clause): Term[] => [...c.terms, ...c.phrasals];

export interface ParsedText {
  clauses: Clause[];
  terms: Term[];
}

/**
 * Verbs that carry no action of their own in a request ("I *want* to *get* a refund", "could you
 * *help* me *make* a change"): auxiliaries, modals, desire and communication verbs — a closed class
 * of English grammar, not a domain list. A request's action is the next content word.
 */
export const LIGHT_VERBS = new Set(
  "be have do get make take want need like love would could can will shall may might must should let help try see know think go say tell ask request look give please wish hope seem feel come put find mean use sort deal handle process assist".split(" "),
);
/** Words that mark a clause as a request when present (not negated). */
const REQUEST_MARKERS = new Set("want need like love wish please help request ask".split(" "));
/** A clause opening "can you / could I / would you …" asks even without its question mark. */
const INVERSION = new Set("can could would will may".split(" "));
const OBJECT_START = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "ADP", "PART"]);
const SKIPPED_AFTER_LIGHT = new Set(["DET", "PRON", "PART", "ADJ", "NUM", "AUX"]);
const CONTENT = new Set<string>(["VERB", "NOUN", "PROPN", "ADJ"]);
const SENTENCE_END = new Set([".", "!", "?", ";", ":"]);
const HAS_LETTER = /[a-z]/;
const DASH = new Set(["—", "–", "--"]);
const SPACED_HYPHEN = / - /g;
const SPACED_PLUS = / \+ /g;
const CLITIC_S = /(?<=\p{L})(['’]s)\b/gu;
/**
 * "214 GBP/month", "30 USD/month": wink types a currency code glued to a word by a slash as a currency, learns it,
 * and from then on tags every "GBP" a symbol, whatever text it is in (blind-al1's print lease; the same word-learning
 * as "Sunday's" and "c.1950" below). A slash between two words is read spaced ("GBP / month"): the same tokens, nothing
 * learned (not inside a web address, "lease.co.uk/terms", nor between single letters, "x/u").
 */
const SLASH_BETWEEN_WORDS = /(?<=(?:^|[\s(])\p{L}{2,})\/(?=\p{L}{2,}(?:[\s.,;:!?)]|$))/gu;
/**
 * "GBP->EUR 1.18 today": an arrow glued between two words makes wink type the first a currency and learn it, as the
 * slash above does (blind-bb1's exchange-rate worker); read spaced ("GBP -> EUR": the same tokens, nothing learned).
 */
const ARROW_BETWEEN_WORDS = /(?<=\p{L})(->|=>)(?=\p{L})/gu;
/**
 * "4x2.5m": a dimension whose second side has a decimal point. wink splits it "4|x2|.|5m", learns "5m" as a word of
 * its instance, and from then on keeps every "5m" whole ("a 5m x 5m dance floor" read "5m" a proper noun where it
 * had read "5|m"; blind-am3's LED wall). The times sign is read spaced ("4 x 2.5m": "2.5|m", as "2.5m" alone reads).
 */
const DIMENSION_DECIMAL = /(?<=\d)x(?=\d+\.\d)/g;
/**
 * "c.1950", "No.42": a number glued to an abbreviation's full stop (not a code, an email or a version: "v1.2",
 * "ann.2@x.org"), also at a sentence's end ("a billiard table, c.1895. Over the winter …": a full stop then a space)
 */
const ABBREVIATION_NUMBER = /(?<=\b\p{L}{1,6}\.)(?=\d+\b(?![@\-]|\.[\p{L}\d]))/gu;
/**
 * "… whenever it kicks in. And can you email me the invoice?", "can't get back in. Username …": wink
 * keeps some short words with the full stop after them as one token (an abbreviation: "in." for
 * inches, "no." for number), tagged a noun; the sentence then ran on into the next one, which lent the
 * statement its question mark (a request), and "in." was a word of the ask of its own. A full stop after
 * one of the commonest English words (FUNCTION_RANK: "in", "no", "on", "up") ends the sentence unless
 * the next word has a digit ("no. 42", "Membership no. BC-1187"). Not after a dot ("e.g.", "a.m.").
 */
const WORD_FULL_STOP = /(?<![\p{L}\p{N}.])(\p{L}{1,4})\.(?=\s*$|\s+(\S+))/gu;
const endSentence = (m: string, word: string, next: string | undefined) => {
  const row = vectorIndex(word.toLowerCase());
  return (row >= 0 && row < FUNCTION_RANK && !(next && /\d/.test(next))) || (RULE.abbrevClause && next !== undefined && CLAUSE_OPENER.test(next)) ? `${word} .` : m;
};
/**
 * "can you book Ellie on the intermediate lesson sat 9 Aug. also I need a refund …": after a short word's full stop, a
 * subject pronoun (with its clitic: "I'd") or a word that opens a request ("also", "plus", "please", "can", "could",
 * "would"), in either case, starts the next sentence (rule `abbrevClause`); wink ran the two on as one clause. A name or
 * a number after it ("Mr. Smith", "Aug. 9") does not.
 */
const CLAUSE_OPENER = /^(?:(?:i|we|he|she|they|you)(?:['’](?:d|m|ll|ve|re|s))?|also|plus|please|pls|can|could|would)$/i;
/**
 * "UP-62854.. it's in my message": two full stops typed as one (not an ellipsis of three) are one full stop. wink
 * splits ".." in some contexts and keeps it whole in others, learns it as a word of its instance, and then reads it
 * whole everywhere, so a parse would depend on the texts read before it (nlp/parse-history.test.ts, blind-bw1).
 */
const DOUBLE_FULL_STOP = /(?<=[^\s.])\.\.(?!\.)/g;
/**
 * "… Sheffield S3 8SR. Also, could you add …", "… order WS-779903. Can you …": a full stop right after a
 * code (a word with a digit in it) before a capital ends the sentence (rule `codeFullStop`). wink reads "SR."
 * of a postcode as an abbreviation and runs the two sentences into one clause. A decimal ("£4.50") has no
 * space after its point, and an abbreviation before a number ("No. 5") has no digit before it.
 */
const CODE_FULL_STOP = /(?<![\p{L}\p{N}])(\p{L}*\d[\p{L}\p{N}-]*?)\.(?=\s+\p{Lu})/gu;
/** A word standing alone: not a letter of a word, code, path, email or abbreviation ("u-bend", "u.s.", "x/u", "im@x.org"). */
const alone = (word: string) => new RegExp(String.raw`(?<![\p{L}\p{N}'’\-./@#_])${word}(?![\p{L}\p{N}'’\-/@#_]|\.\p{L})`, "gu");
/** "im moving house", "Im away": "I'm" typed without its apostrophe, which wink reads as a noun "im" (a word of the ask's own). Not "IM". */
const TEXTING_IM = alone("([Ii])m");
/** "i wanna cancel", "we gotta move it": wink reads "wanna" as a noun, so the wish it says went unread. */
const CHAT_CONTRACTION = /\b(wan|gon)na\b|\b(got)ta\b/gi;
const CHAT_EXPANDED: Record<string, string> = { wan: "want to", got: "got to", gon: "going to" };
/**
 * "move my appt to next wk", "cud u send it tmrw": chat spellings of common words (rule `chatSpelling`), which neither
 * wink's lexicon nor the word vectors know, so the word an agent writes out ("appointment", "week") never meets them.
 * A closed list of English texting forms, each standing alone, lower case (an "APPT" or "WK" is left as typed).
 */
const CHAT_WORD: Record<string, string> = { appt: "appointment", appts: "appointments", wk: "week", wks: "weeks", tmrw: "tomorrow", tmr: "tomorrow", "2moro": "tomorrow", thru: "through", cud: "could", wud: "would", wld: "would", shud: "should", hav: "have", abt: "about", nxt: "next", b4: "before" };
const CHAT_SPELLING = alone(`(?:${Object.keys(CHAT_WORD).join("|")})`);
/**
 * "cn u make one without potato", "cld someone ring me": the modal verbs' texting forms with their vowels dropped (rule
 * `chatModal`), beside "cud", "wud", "shud" above. A modal that goes unread leaves its clause no question and no request.
 */
const CHAT_MODAL: Record<string, string> = { cn: "can", cld: "could", shld: "should" };
const CHAT_MODAL_SPELLING = alone(`(?:${Object.keys(CHAT_MODAL).join("|")})`);
/**
 * "Please DON'T fit it", "I do NOT want it renewed", "NEVER send it by courier": a negation typed in capitals for
 * emphasis (rule `capsNegation`). wink reads the capitals as a name's or an acronym's and the verb after "DO N'T" as a
 * noun, so the refused action went unread ("fit/NOUN"). A closed class: English's negating words and negated
 * auxiliaries, in capitals, are written in lower case; every other word in capitals is left as typed (an "OFF" or a
 * "STOP" may be a label or a code, and lowering every capital word cost more than it read: docs/evaluation.md).
 */
const CAPS_NEGATION = alone(String.raw`(?:(?:DO|DOES|DID|WO|CA|IS|ARE|WAS|WERE|HAVE|HAS|SHOULD|WOULD|COULD)N['’]?T|CANNOT|NOT|NEVER)`);
/**
 * "can u switch me to wednesday", "could u check it": a lone lower-case "u" is "you" as typed in a chat.
 * The lite model tags it an adjective, so "can u switch …" read as no question and no request (a modal
 * needs a pronoun after it, and "switch" became a noun). Not a capital U ("Block U", "U-bend"), nor a
 * letter of a code, a path, an email or an abbreviation ("u.s.", "u-turn", "x/u").
 */
const TEXTING_YOU = alone("u");
// ("nt": wink splits a "dont" typed without its apostrophe into "do" + "nt")
const NEGATION_WORD = new Set(["not", "n't", "nt", "no", "never", "nothing", "none", "nobody", "neither", "nor", "without", "cannot"]);
/** "go *down from* Pro to Starter", "move *up from* 2 to 4 seats": a direction over a range is the action decrease/increase. */
// (a Map: indexing a plain object with every token of every text cost ~1.3 % of the scorers on
// unseen text, and "constructor" or "toString" found Object.prototype's members there)
const DIRECTION = new Map([["down", "decrease"], ["up", "increase"]]);

// wink adds every word it has not seen to its instance's vocabulary and never forgets it: with
// ids, names and codes in every conversation, a worker's RSS grew ~1 MB per 1,000 texts (150k texts:
// 99 → 241 MB). A fresh instance every DOCS_PER_INSTANCE texts bounds that (measured flat at ~145 MB
// over 200k texts); building one from the already-loaded model takes ~0.3 s, ~15 µs per text.
// The old instance is let go *before* the new one is built, so a collection during the build can
// reclaim it rather than hold both at once (draining 40k bench conversations, peak worker RSS
// 236 → 233 MB; the rest of the step at a renewal is the model reader's own transient copy).
const DOCS_PER_INSTANCE = 20_000;
const newInstance = () => winkNLP(model, ["pos", "negation"]);
let instance: ReturnType<typeof newInstance> | undefined;
let docsRead = 0;
/** wink's Porter2 stemmer (what `its.stem` calls): only content words need a stem, and words recur, so stems are kept. */
// cast: wink-eng-lite-web-model's typings omit `addons`, which the model object carries at run time.
const porter = (model as unknown as { addons: { stem: (word: string) => string } }).addons.stem;
const stems = new Map<string, string>();
export function stemOf(value: string): string {
  let s = stems.get(value);
  if (s === undefined) {
    s = porter(value).toLowerCase();
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(value, s);
  }
  return s;
}
/** Distinct words whose stems are kept (a few MB at most). */
const STEMS_KEPT = 10_000;

/** Parses kept: with the verdicts, ~40 MB of heap at most (the worker must stay under 300 MB RSS). */
const CACHE_SIZE = 5_000;
/** What the user asks is said early; a long agent reply is read up to here (parse time grows with length). */
const MAX_CHARS = 1500;
let cache = new Memo<string, ParsedText>(CACHE_SIZE);
// (a parse reads two drift rules, measuredParticle and comparisonLike: switching it empties the cache)
onDriftTuning(() => (cache = new Memo(CACHE_SIZE)));

export function parseText(text: string): ParsedText {
  const hit = cache.get(text);
  if (hit) return hit;
  const parsed = parse(text);
  cache.set(text, parsed);
  return parsed;
}

export interface Tok {
  value: string;
  /** value.toLowerCase(), read by most rules below: made once per token (a "re-" verb's: the verb, repeatedActions) */
  lower: string;
  lemma: string;
  pos: string;
  negated: boolean;
  /** a word read as the predicate after "be" inverted before its subject ("is it *free*": rule copulaAdjective): a state, no action */
  predicate?: boolean;
}

/**
 * The text wink reads. A hyphen between spaces is a dash as typed ("my eviction notice - it's LA-30917");
 * a hyphen inside a word or code ("LA-30917", "x-rays") has no spaces. A plus between spaces joins two
 * requests as "and" does ("move my appt + email my x-rays"). A clitic "'s" is split off before wink sees
 * it: wink keeps "Sunday's" whole in some contexts ("… to Sunday's, and …"), learns it as a word of its
 * instance, and from then on tokenizes every "Sunday's" whole, so a parse would depend on what the
 * instance read before (nlp/parse-history.test.ts reads the corpora in two orders to catch the next such word).
 * So is a number glued to an abbreviation's full stop ("c.1950", "No.42"): wink splits it off typed as a
 * word, not a number, learns "1950" as a word, and from then on tags every "1950" a proper noun. So is a slash
 * between two words ("GBP/month" → "GBP / month": SLASH_BETWEEN_WORDS), so is an arrow ("GBP->EUR": ARROW_BETWEEN_WORDS), and the times sign of a dimension before a
 * decimal ("4x2.5m" → "4 x 2.5m": DIMENSION_DECIMAL).
 * Two full stops typed as one are one ("UP-62854..": DOUBLE_FULL_STOP). A full stop after a common short word is split
 * off (WORD_FULL_STOP), and chat English is given to wink
 * written out ("u" → "you", "im" → "I'm", "wanna" → "want to", "cud" → "could", "appt" → "appointment": CHAT_SPELLING), so a
 * clause's text reads "can you …".
 */
export function winkInput(text: string): string {
  return text.slice(0, MAX_CHARS).replace(SPACED_HYPHEN, " — ").replace(SPACED_PLUS, " and ").replace(CLITIC_S, " $1").replace(SLASH_BETWEEN_WORDS, " / ").replace(ARROW_BETWEEN_WORDS, " $1 ").replace(DIMENSION_DECIMAL, " x ").replace(ABBREVIATION_NUMBER, " ").replace(DOUBLE_FULL_STOP, " .").replace(WORD_FULL_STOP, endSentence).replace(CODE_FULL_STOP, (m: string, code: string) => (RULE.codeFullStop ? `${code} .` : m)).replace(TEXTING_YOU, "you").replace(TEXTING_IM, "$1'm").replace(CHAT_CONTRACTION, (_, na: string | undefined, ta: string | undefined) => CHAT_EXPANDED[(na ?? ta ?? "").toLowerCase()]).replace(CHAT_SPELLING, (m: string) => (RULE.chatSpelling ? CHAT_WORD[m] : m)).replace(CHAT_MODAL_SPELLING, (m: string) => (RULE.chatModal ? CHAT_MODAL[m] : m)).replace(CAPS_NEGATION, (m: string) => (RULE.capsNegation ? m.toLowerCase() : m));
}

function parse(text: string): ParsedText {
  if (++docsRead % DOCS_PER_INSTANCE === 0) instance = undefined;
  const nlp = (instance ??= newInstance());
  const its = nlp.its;
  const doc = nlp.readDoc(winkInput(text));
  const t = doc.tokens();
  const values = t.out(its.value) as string[];
  const lemmas = t.out(its.lemma as never) as string[];
  const pos = t.out(its.pos) as string[];
  const neg = t.out(its.negationFlag) as boolean[];
  // wink leaves some tokens without a lemma ("cant" before a full stop: "one person cant."): the word is its own lemma
  const toks: Tok[] = values.map((value, i) => ({ value, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i], negated: !!neg[i] }));
  // wink's negation scope runs on over a dash ("Please don't deliver it — I want it sent back"): a
  // dash starts a new clause, whose words are negated only after a negation of their own
  // (so does a colon before a clause of its own, rule `colonClause`: "we're not after vouchers: we want to book a
  // flight"; a colon before a list keeps it, "we don't need: a van, a trolley")
  for (let i = 0, reset = false; i < toks.length; i++) {
    if (DASH.has(toks[i].value) || (RULE.colonClause && toks[i].value === ":" && (opensClause(toks, i + 1) || toks[i + 1]?.lower === "please" || toks[i + 1]?.pos === "VERB"))) reset = true;
    else if (reset && (toks[i].pos === "PART" || NEGATION_WORD.has(toks[i].lemma)) && toks[i].negated === false) reset = false;
    else if (reset && NEGATION_WORD.has(toks[i].lower)) reset = false;
    else if (reset) toks[i].negated = false;
  }
  // "reschedule it rather than dropping it", "a refund instead of a voucher": what follows is not wanted
  for (let i = 1; i < toks.length; i++) {
    const a = toks[i - 1].lower;
    const b = toks[i].lower;
    if ((a === "rather" && b === "than") || (a === "instead" && b === "of")) for (let j = i + 1; j < toks.length && toks[j].pos !== "PUNCT"; j++) toks[j].negated = true;
  }
  greetings(toks);
  if (RULE.deverbalPreposition) deverbalPrepositions(toks);
  if (RULE.repeatedAction) repeatedActions(toks);
  nounCompounds(toks);
  attributives(toks);
  if (RULE.nominalAdjective) nominalAdjectives(toks);
  if (RULE.hyphenModifier) hyphenModifiers(toks);
  if (RULE.adjectiveVerb) adjectivesAsVerbs(toks);
  if (RULE.copulaAdjective) verbsAsPredicates(toks);
  if (RULE.verbBeforePronoun) nounsBeforeObjectPronoun(toks);
  if (RULE.gerundNoun) gerundNouns(toks);
  if (RULE.existentialGerund) existentialGerunds(toks);
  if (RULE.stopFrom) stoppedFrom(toks);
  if (RULE.causativeParticiple) causativeParticiples(toks);
  // text with no punctuation at all is speech-to-text (a voice assistant types no "?", and hears "off" as "of")
  const unpunctuated = !toks.some((x) => x.pos === "PUNCT");
  if (RULE.spokenOff && unpunctuated) spokenOff(toks);
  const spoken = RULE.spokenQuestion && unpunctuated;
  const clauses = sentences(toks).flatMap((s) => coordinatedClauses(s, spoken)).filter((c) => c.terms.length || c.request);
  if (RULE.listedRequests && text.includes("\n")) listedRequests(clauses);
  if (RULE.ellipticalObject) ellipticalObjects(clauses);
  if (RULE.noticeClause) for (const c of clauses) if (!c.request) readNotice(c);
  if (RULE.noLonger) for (const c of clauses) readNoLonger(c);
  return { clauses, terms: clauses.flatMap((c) => c.terms) };
}

/**
 * "pls collect the leather sofa *and the big oak wardrobe from the bedroom*": a clause split off at "and" with no verb of
 * its own — a noun phrase alone — after a request is that request's second object, asked as the first is (rule
 * `ellipticalObject`): the clause is a request, a part of the ask of its own. A statement after the request is left
 * alone ("… and the garden gate is locked": it has a verb), and so is a phrase after a refused request.
 */
const ELLIPSIS_START = /^\W*(?:(?:and|&|plus)\s+)?(?:also\s+)?(?:the|a|an|my|our|his|her|their|your|some|two|three|four|\d+)\b/i;
/** An auxiliary or a copula (no term of the clause, being light verbs): the phrase is a clause of its own ("and the kids will love it"). */
const FINITE_WORD = /(?:\b(?:is|are|was|were|be|been|am|have|has|had|will|would|shall|should|can|could|may|might|must|do|does|did)\b|['’](?:s|re|ve|m|ll|d)\b)/i;
function ellipticalObjects(clauses: Clause[]): void {
  for (let i = 1; i < clauses.length; i++) {
    const c = clauses[i];
    const before = clauses[i - 1];
    if (c.request || !c.joined || !before.request || before.refused) continue;
    if (!c.terms.length || c.terms.some((t) => t.pos === "VERB") || !c.terms.some((t) => t.pos === "NOUN" && !t.inPhrase)) continue;
    if (!ELLIPSIS_START.test(c.text) || FINITE_WORD.test(c.text)) continue;
    c.request = true;
  }
}

/**
 * "we will not be continuing the monthly lane block", "I won't be renewing", "we'll be cancelling the membership from
 * March": the speaker announcing what they will do to the thing they have with the business — end it or keep it — gives
 * notice, which is the ask itself (the request beside it is often only "please treat this as our notice"). Read as a
 * request (rule `noticeClause`; refused when negated, as "do not renew" is) when the clause opens with "I"/"we", a future
 * "will/shall/'ll" that is negated or goes on with "be" and an -ing form (the speaker's own plan, as a customer words a
 * notice; an agent's "we'll start the mould" is a promise, left a statement) and a verb of the lexicon's
 * ending-versus-continuing relation (nlp/lexicon.ts), a closed class; "we'll be at home on Friday" and "I will send the
 * form" stay statements.
 */
const NOTICE = /^\W*(?:(?:and|but|so|therefore|hence)\s+)?(?:i|we)\s*(?:(?:will|shall|['’]ll)\s+not\s+(?:be\s+)?([a-z]+)|(?:won['’]?t|shan['’]?t)\s+(?:be\s+)?([a-z]+)|(?:will|shall|['’]ll)\s+be\s+([a-z]+ing)\b)/i;
function readNotice(c: Clause): void {
  const m = NOTICE.exec(c.text);
  if (!m) return;
  const written = (m[1] ?? m[2] ?? m[3]).toLowerCase();
  const verb = c.terms.find((t) => t.value.toLowerCase() === written);
  if (verb === undefined || verb.pos !== "VERB" || verbSign(verb.lemma) === 0) return;
  c.request = true;
  c.refused = m[3] === undefined;
}

/**
 * "I don't want the extended warranty *any more*", "she *no longer wants* the Friday lesson", "we'd *rather not carry on
 * with* the Thursday lessons", "the Saturday slot *no longer works for us*", "we'd rather not have the box *any more*":
 * someone for whom the user speaks no longer wanting a thing they have asks for it to stop. The clause is read as a
 * request whose action is "stop" and whose things are no longer negated (rule `noLonger`): the thing kept, confirmed or
 * renewed downstream is then the opposite action, and the thing cancelled or removed the ask. Only the words of wanting,
 * needing or suiting (a closed class): "my card doesn't work any more" is a fault, no wish; "I don't want a callback"
 * refuses an offer, nothing held; and "I'd rather not have the same thing in a month" says how, not what is to stop
 * (only "rather not" carry on, continue, go on or keep).
 */
const NO_LONGER = /\bno\s+longer\s+(?:wants?|needs?|requires?|wish(?:es)?|use|works?\s+for|suits?)\b|(?:\bnot|n['’]?t)\s+(?:really\s+)?(?:want|need|require|use|have)\b[^.;!?]*\b(?:any\s*more|any\s+longer)\b|\b(?:do|does|did)(?:\s+not|n['’]?t)\s+(?:work\s+for|suit)\b[^.;!?]*\b(?:any\s*more|any\s+longer)\b|\brather\s+not\s+(?:carry\s+on|continue|go\s+on|keep)\b/i;
function readNoLonger(c: Clause): void {
  const m = NO_LONGER.exec(c.text);
  if (!m) return;
  if (!c.terms.some((t) => t.pos === "NOUN" || t.pos === "PROPN")) return;
  for (const t of c.terms) if (t.pos !== "VERB") t.negated = false;
  const row = vectorIndex("stop");
  c.terms.unshift({ lemma: "stop", stem: stemOf("stop"), pos: "VERB", negated: false, value: m[0], afterLight: false, inPhrase: false, row, rank: row });
  c.request = true;
  c.refused = false;
}

/** A list item's marker opening a clause on a line of its own: "- ", "• ", "(a) ", "b) ", "2. " (after "and"/"or" that joined it to the item before). */
const LIST_ITEM = /^(?:(?:and|or)\s+)?\n\s*(?:[-•*–]|\(\s*(?:[a-z]|\d{1,2})\s*\)|(?:[a-z]|\d{1,2})\s*[.)])\s/i;
/**
 * "Could you please:\n(a) re-issue invoice …; and\n(b) confirm that the venue can …", "A couple of
 * amendments, please:\n- change the background …;\n- add Pepper …": a request that ends in a colon
 * asks for each item of the list set out below it, on lines of their own (rule `listedRequests`), as
 * formal emails and letters set out several asks. The items' own words need not ask ("(a) re-issue":
 * the lite model reads a noun after the marker). Only text with line breaks: one line of chat is read as before.
 */
function listedRequests(clauses: Clause[]): void {
  for (let i = 0; i < clauses.length; i++) {
    if (!clauses[i].request || !/:\s*$/.test(clauses[i].text)) continue;
    for (let j = i + 1; j < clauses.length && !/:\s*$/.test(clauses[j].text); j++) if (actionItem(clauses[j])) clauses[j].request = true;
  }
}
/**
 * A list item that opens with an action: a verb in its base form right after the marker ("- add
 * Pepper …", "(b) confirm that …"), or a word WordNet has as a verb before a determiner or pronoun,
 * which the lite model may tag a noun ("- change the background …"). An item that names a thing
 * ("- 20 folding chairs", "- Name: Ada Lovelace") is the one request's object or a detail, no ask of its own.
 */
function actionItem(c: Clause): boolean {
  const m = LIST_ITEM.exec(`\n${c.text.replace(/^\s*\n/, "")}`) ?? LIST_ITEM.exec(c.text);
  if (!m) return false;
  const [first, next] = c.text.replace(/^\s*\n/, "").slice(Math.max(0, m[0].length - 1)).trim().split(/\s+/);
  const lead = c.terms[0];
  if (!lead || !first || lead.value !== first) return false;
  if (lead.pos === "VERB") return lead.value.toLowerCase() === lead.lemma;
  return isVerb(first.toLowerCase()) && DETERMINER.has((next ?? "").toLowerCase());
}

const OBJECT_PRONOUN = new Set(["me", "us", "him", "her", "them", "it"]);
/**
 * "can you take me of the waiting list": speech-to-text writes the particle "off" as its homophone
 * "of". A verb, its object pronoun, then "of" is no English phrase ("take me of", "switch it of")
 * unless "of" is the verb's particle "off", so where WordNet has that phrasal verb ("take off", "sign
 * off", "switch off") and the text is unpunctuated speech, "of" is read as "off" (rule `spokenOff`).
 * A noun object keeps "of" ("take a photo of the list"); so does typed text.
 */
function spokenOff(toks: Tok[]): void {
  for (let i = 2; i < toks.length; i++) {
    const [verb, object, of] = [toks[i - 2], toks[i - 1], toks[i]];
    if (of.lower !== "of" || !OBJECT_PRONOUN.has(object.lower) || verb.pos !== "VERB" || !isVerb(`${verb.lemma}_off`)) continue;
    toks[i] = { ...of, value: "off", lower: "off", lemma: "off", pos: "ADP" };
  }
}

/** "re-issue", "re-book": an action done again, typed with a hyphen after "re" */
const RE_PREFIXED = /^re-(\p{L}{3,})$/u;
/**
 * "… and also re-issue last year's certificate", "re-book the van": WordNet has "reissue" but no
 * "re-issue", and the lite model tags such a word a noun, so the request it opens was read as none
 * (blind-am3: a certificate to re-issue, a part that never reached an agent). A word "re-" + a verb's
 * base form, with no determiner, adjective or number before it, is that verb done again: read as the
 * verb (rule repeatedAction), its `lower` too, so the base-form tests of an imperative hold. "The
 * re-issue of the certificate", "a re-test" stay nouns; "re-sent" (no base form after "re-") stays as it was.
 */
function repeatedActions(toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const m = RE_PREFIXED.exec(t.lower);
    if (!m || t.pos === "VERB") continue;
    const prev = toks[i - 1];
    if (prev && (DETERMINER.has(prev.lower) || prev.pos === "DET" || prev.pos === "ADJ" || prev.pos === "NUM")) continue;
    if (isVerb(m[1])) toks[i] = { ...t, pos: "VERB", lemma: m[1], lower: m[1] };
  }
}

/** Informal greetings the lite model tags as nouns ("hiya" → NOUN): a closed class of English, not a domain list. */
const GREETING_WORDS = new Set(["hiya", "heya", "hullo", "hallo", "yo", "greetings", "hii", "hiii", "heyy"]);
/**
 * "hiya, the skis are too short …": a greeting opening a sentence, set off by punctuation, is an
 * interjection, no thing asked for (it was read as a part of the ask that reached no agent).
 */
function greetings(toks: Tok[]): void {
  for (let i = 0; i < toks.length - 1; i++) {
    const start = i === 0 || SENTENCE_END.has(toks[i - 1].value);
    if (start && GREETING_WORDS.has(toks[i].lower) && toks[i + 1].pos === "PUNCT") toks[i].pos = "INTJ";
  }
}

/**
 * English prepositions made from an -ing verb ("*Following* a licensing review, …", "*Regarding* my
 * order …", "*Pending* the survey, …"): opening a sentence or set off by a comma, and followed by the
 * noun phrase they govern, they say when, about what or on what condition — no action asked for
 * (rule `deverbalPreposition`). The lite model tags them verbs, which made "following" an action
 * (after → later) beside the ask's own. "I'm following the guide" (after a subject) and "following
 * up" stay verbs.
 */
const DEVERBAL_PREPOSITION = new Set(["following", "regarding", "concerning", "considering", "pending", "including", "excluding", "barring", "failing", "notwithstanding"]);
const GOVERNED = new Set(["DET", "NOUN", "PROPN", "NUM", "ADJ", "PRON"]);
function deverbalPrepositions(toks: Tok[]): void {
  for (let i = 0; i < toks.length - 1; i++) {
    const t = toks[i];
    if (!DEVERBAL_PREPOSITION.has(t.lower)) continue;
    // (a line break is no word: "Dear team,\n\nFollowing a review, …")
    let p = i - 1;
    while (p >= 0 && !toks[p].value.trim()) p--;
    if (!(p < 0 || SENTENCE_END.has(toks[p].value) || toks[p].value === "," || toks[p].value === "(")) continue;
    if (GOVERNED.has(toks[i + 1].pos) && toks[i + 1].lower !== "up") toks[i] = { ...t, pos: "ADP" };
  }
}

const POSSESSIVE = new Set(["my", "your", "our", "his", "her", "their"]);
/** "a"/"an" open a singular subject, which a base-form verb cannot follow ("a holiday stay" is a noun; "the kids stay" may be a verb). */
const ARTICLE = new Set(["a", "an"]);
/**
 * "update my home *address*": the lite model tags a compound's head as a verb after a noun it
 * reads as a subject. After a possessive and a noun, a base-form word that takes no object of its
 * own (no determiner or pronoun next) is the compound's head noun ("my team *update* the page"
 * keeps its verb).
 */
function nounCompounds(toks: Tok[]): void {
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== "VERB" || t.lower !== t.lemma || toks[i - 1].pos !== "NOUN") continue;
    // "my home address", "my personal training block": modifiers back to the possessive
    let k = i - 2;
    // (and after an article: "a three-week holiday *stay*", "a weekend cottage *stay*")
    while (k > 0 && (toks[k].pos === "NOUN" || toks[k].pos === "ADJ" || toks[k].pos === "NUM" || toks[k].value === "-") && i - k < 6) k--;
    if (!POSSESSIVE.has(toks[k].lower) && !ARTICLE.has(toks[k].lower)) continue;
    const next = toks[i + 1]?.pos;
    if (next !== "DET" && next !== "PRON") t.pos = "NOUN";
  }
}

const DETERMINER = new Set(["the", "a", "an", "this", "that", "these", "those", ...POSSESSIVE]);
/**
 * "take *the attendant* off", "could you stop *the weekly*?", "cancel *the monthly*": the lite model tags some nouns
 * adjectives — a role ("attendant") and, most often, a product or plan named by the word that tells it from the others
 * ("the monthly", "the spare", "the automatic", "the rental"). A word tagged an adjective right after an article or a
 * possessive, with nothing of the noun phrase after it (a preposition, a particle, punctuation or the end next), heads
 * the phrase: it is the noun, the thing an action is done to (rule `nominalAdjective`; without it "stop the weekly"
 * answered "I have renewed the weekly" had no object to share and was read as preserved). Left as they were: an
 * adjective standing for a noun left unsaid ("the same", "the last", "the cheaper", "the best": the ordinals,
 * comparatives and superlatives, and the closed class of words of sameness, order and quantity); a word before one the
 * tagger reads as a verb, which may be the noun it missed ("a full *refund*"); a word hyphened on ("the full-day"); a
 * word of three letters or fewer ("the red", "a big"); and an adjective after a demonstrative, which may stand alone
 * ("is *that* doable?").
 */
const NOMINAL_NOT = /^(?:same|other|former|latter|first|second|third|last|next|previous|following|whole|entire|usual|own|only|such|little|few|many|much|more|most|less|least|several|various)$/;
/** The articles and possessives: a demonstrative may stand alone ("is *that* doable?"), an article or possessive never does. */
const NOMINAL_DETERMINER = new Set(["the", ...ARTICLE, ...POSSESSIVE]);
/** What may follow the phrase's head: a preposition, a particle, punctuation (a word tagged a verb may be the noun the tagger missed: "a full *refund*"). */
const AFTER_HEAD = new Set(["ADP", "PART", "PUNCT"]);
function nominalAdjectives(toks: Tok[]): void {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== "ADJ" || !NOMINAL_DETERMINER.has(toks[i - 1].lower) || (i + 1 < toks.length && !AFTER_HEAD.has(toks[i + 1].pos)) || toks[i + 1]?.value === "-") continue;
    if (NOMINAL_NOT.test(t.lower) || NOMINAL_NOT.test(t.lemma) || /(?:er|est)$/.test(t.lower) || /\d/.test(t.lower) || t.lower.length < 4) continue;
    toks[i] = { ...t, pos: "NOUN" };
  }
}
/**
 * "the *missed* lesson", "my *stolen* card", "a *failed* payment": a participle between a determiner
 * and its noun describes the thing, it is no action (an adjective); "wants the contract *cancelled*"
 * keeps its verb.
 */
function attributives(toks: Tok[]): void {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i];
    if (t.pos !== "VERB" || t.lower === t.lemma || !DETERMINER.has(toks[i - 1].lower)) continue;
    if (toks[i + 1].pos === "NOUN" || toks[i + 1].pos === "PROPN") t.pos = "ADJ";
  }
}

/**
 * "do you do *left-handed* winders?", "*hand-stretched* skins", "a *long-sleeved* top": words hyphened into one before a noun
 * describe the noun; the lite model tags their verb-like words verbs ("left" → "leave", "handed" → "hand"), which the
 * judge then reads as actions (rule `hyphenModifier`). Such a word, in a compound whose last word is right before a
 * noun or a name, is an adjective, with its own form as its lemma. A verb hyphened to its particle keeps its verb:
 * "a *drop-off* slot", "the *pick-up* time" (judge-offline.ts particleNoun reads those).
 */
const HYPHEN_PARTICLE = new Set(["ADP", "PART", "ADV"]);
const isWord = (t: Tok | undefined) => !!t && /^[a-z]+$/i.test(t.value);
function hyphenModifiers(toks: Tok[]): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    if (!isWord(toks[i]) || toks[i + 1].value !== "-" || !isWord(toks[i + 2]) || (i > 0 && toks[i - 1].value === "-")) continue;
    let end = i + 2;
    while (toks[end + 1]?.value === "-" && isWord(toks[end + 2])) end += 2;
    const next = toks[end + 1];
    if (next?.pos !== "NOUN" && next?.pos !== "PROPN") continue;
    for (let k = i; k <= end; k += 2) {
      // (a light verb — "clog-*making*", "hand-*made*" — is no term either way, so it is left as the lite model read it)
      if (toks[k].pos !== "VERB" || LIGHT_VERBS.has(toks[k].lemma) || (k + 2 <= end && HYPHEN_PARTICLE.has(toks[k + 2].pos))) continue;
      toks[k] = { ...toks[k], pos: "ADJ", lemma: toks[k].lower };
    }
    i = end;
  }
}

/**
 * "settle the balance and *secure* her class place", "please *lower* the presser foot", "so I can *open* the dispute":
 * an English adjective takes no noun phrase after it, but the lite model tags as adjectives the verbs that are also
 * adjectives (open, close, clean, clear, correct, secure, lower, free), and the judge then reads no action (rule
 * `adjectiveVerb`). Such a word right before an article or a possessive ("the", "a", "her", "our"), in a verb's place —
 * opening the sentence or after "please", "to", "and"/"or", a modal or a subject pronoun — is the verb, where WordNet
 * has it as one. Left as read: after a copula or any other word ("Maya is *free* the second week", "it will be
 * *ready* the moment you arrive", "put *double* the recycling out"), and before a demonstrative ("*free* that day").
 */
const VERB_SLOT = new Set(["please", "pls", "plz", "to", "and", "or", "also", "then", "just", "can", "could", "will", "would", "should", "must", "may", "might", "shall", "i", "we", "you", "they"]);
const ARTICLE_OR_POSSESSIVE = new Set(["the", "a", "an", "its", ...POSSESSIVE]);
/** The particles of a phrasal verb ("chase up", "clean out"), after a word WordNet has as a verb or as that phrasal verb: rule adjectivePhrasal. */
const PHRASAL_PARTICLE = new Set(["up", "out", "off", "down", "back", "over"]);
/**
 * "*email* me last year's statement", "*Ring* me when it's ready", "and *message* us the photos": a noun takes no object
 * pronoun after it, but the lite model tags an imperative there as a noun, or as a name once capitalised (book, email,
 * ring, phone, quote, drop, refund, bill, move …), and the clause then asks for nothing and names no action, or another
 * word is read as its action (rule `verbBeforePronoun`; docs/evaluation.md, forty-ninth session). Such a word right
 * before "me", "us", "him" or "them" — with more words after the pronoun, so "Excuse me," and "Trust me." stay as
 * read — in a verb's place (VERB_SLOT, as adjectivesAsVerbs) is the verb, where WordNet has it as one.
 */
const PERSON_OBJECT = new Set(["me", "us", "him", "them"]);
/** A word opens the text, or follows a sentence's end, a comma, a line break or one of `openers`. */
const opensAfter = (prev: Tok | undefined, openers: ReadonlySet<string>) => !prev || openers.has(prev.lower) || SENTENCE_END.has(prev.value) || prev.value === "," || prev.value === "\n";
/** … after a VERB_SLOT word: a verb's place. */
const inVerbSlot = (prev: Tok | undefined) => opensAfter(prev, VERB_SLOT);
function nounsBeforeObjectPronoun(toks: Tok[]): void {
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if ((t.pos !== "NOUN" && t.pos !== "PROPN" && t.pos !== "ADJ") || !/^[a-z]+$/.test(t.lower) || !PERSON_OBJECT.has(toks[i + 1].lower)) continue;
    if (toks[i + 2].pos === "PUNCT" || !isVerb(t.lower)) continue;
    if (!inVerbSlot(toks[i - 1])) continue;
    toks[i] = { ...t, pos: "VERB", lemma: t.lower };
  }
}

/**
 * "is it *free* right now??", "Is the Pharaoh room *free* on Friday?", "when was it *last* oiled": after "be" inverted
 * before its subject (a question) comes what the user asks whether is so, a predicate, no action asked for. The
 * judge read one there ("the user asked to free; the final interpretation is to block"), more so as the lite model
 * tags as verbs the adjectives that are also verbs (free, open, clean, empty). Such a word — an adjective, or a verb's
 * base form — after "be" opening the clause (or after a wh-word) and its subject (a pronoun or a noun phrase) is an adjective stating how the
 * thing is (Term.state; rule `copulaAdjective`; blind-ch1's launderette). A participle ("is it *booked*", "is it
 * *working*") stays a verb, and "make sure the gate is *open*" (no inversion) still asks for the gate open.
 */
const BE_FORM = new Set(["is", "are", "was", "were", "am"]);
const SUBJECT_WORD = new Set(["DET", "PRON", "NOUN", "PROPN", "NUM", "ADJ"]);
const BEFORE_INVERSION = new Set(["and", "also", "so", "but", "or", "oh", "ok", "okay", "hi", "hello", "then", "just", "when", "where", "why", "how", "what", "which", "who"]);
function verbsAsPredicates(toks: Tok[]): void {
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i];
    if (!/^[a-z]+$/.test(t.lower)) continue;
    if (t.pos !== "ADJ" && (t.pos !== "VERB" || t.lower !== t.lemma || /(?:ing|ed)$/.test(t.lower))) continue;
    let k = i - 1;
    while (k > 0 && i - k <= 6 && SUBJECT_WORD.has(toks[k].pos) && !BE_FORM.has(toks[k].lower)) k--;
    if (k === i - 1 || !BE_FORM.has(toks[k].lower)) continue;
    if (!opensAfter(toks[k - 1], BEFORE_INVERSION)) continue;
    toks[i] = { ...t, pos: "ADJ", predicate: true };
  }
}

function adjectivesAsVerbs(toks: Tok[]): void {
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== "ADJ" || !/^[a-z]+$/.test(t.lower)) continue;
    const next = toks[i + 1].lower;
    const phrasal = RULE.adjectivePhrasal && PHRASAL_PARTICLE.has(next) && (isVerb(`${t.lower}_${next}`) || isVerb(t.lower));
    if (!phrasal && (!ARTICLE_OR_POSSESSIVE.has(next) || !isVerb(t.lower))) continue;
    const prev = toks[i - 1];
    // (after a modal and its subject too, with rule adjectivePhrasal: "can someone *chase* up the deposit")
    const afterModalSubject = RULE.adjectivePhrasal && INVERSION.has(toks[i - 2]?.lemma ?? "") && (prev?.pos === "PRON" || prev?.pos === "NOUN" || prev?.pos === "PROPN");
    if (!inVerbSlot(prev) && !afterModalSubject) continue;
    toks[i] = { ...t, pos: "VERB", lemma: t.lower };
  }
}

/**
 * "quote for the wooden *decking*", "the careful *restoring* of the negatives": an -ing word after a determiner and
 * its adjectives, with no object after it (no noun, name, determiner or pronoun next), is a noun — the thing asked
 * about — which the lite model tags a verb (rule `gerundNoun`). "We are scanning the slides" (after a subject) and
 * "the running order" (before its noun: attributives) are not this. (blind-aw2: "Also please can you quote for the
 * wooden decking" was a request naming nothing, so no part of the ask.)
 */
function gerundNouns(toks: Tok[]): void {
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== "VERB" || !t.lower.endsWith("ing") || t.lower === t.lemma) continue;
    let k = i - 1;
    while (k > 0 && toks[k].pos === "ADJ") k--;
    if (!DETERMINER.has(toks[k].lower)) continue;
    const next = toks[i + 1]?.pos;
    if (next === "NOUN" || next === "PROPN" || next === "DET" || next === "PRON") continue;
    toks[i] = { ...t, pos: "NOUN", lemma: t.lower };
  }
}

/**
 * "stop my disco pass *from renewing*", "prevent the van from coming", "keep them from sending reminders": the action after
 * "from" is the one kept from happening — not wanted, as a negated one is (rule `stopFrom`). Only after a verb of
 * preventing (stop, prevent, keep, block, bar, ban) and its short object, with the -ing form right after "from".
 */
const PREVENTING = new Set(["stop", "prevent", "keep", "block", "bar", "ban"]);
function stoppedFrom(toks: Tok[]): void {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].pos !== "VERB" || !PREVENTING.has(toks[i].lemma) || toks[i].negated) continue;
    for (let j = i + 1; j < toks.length && j <= i + 6; j++) {
      if (toks[j].pos === "PUNCT" || toks[j].pos === "VERB") break;
      if (toks[j].lower !== "from") continue;
      const v = toks[j + 1];
      if (v && v.pos === "VERB" && v.lower.endsWith("ing")) toks[j + 1] = { ...v, negated: true };
      break;
    }
  }
}

/**
 * "could you tell us whether there is *parking* for about eight cars", "is there any *seating* inside?": an -ing word
 * that "there is/are" (or "is there") says exists is a noun — the thing asked about — which the lite model may tag a verb
 * (rule `existentialGerund`); a quantifier or adjective may stand between ("there's no free parking"). "There is going
 * to be a delay" (an -ing word before "to") and "there are people queuing" (after a noun) are not this. (blind-ba1: the
 * parking question named no thing, so it was no part of the ask and its loss was never looked for.)
 */
const EXISTENTIAL_BETWEEN = new Set(["no", "any", "some", "enough", "plenty", "more", "much", "still", "also"]);
const isBe = (x: Tok) => ((x.pos === "AUX" || x.pos === "VERB") && x.lemma === "be") || x.lower === "'s" || x.lower === "’s";
function existentialGerunds(toks: Tok[]): void {
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i];
    if (t.pos !== "VERB" || !t.lower.endsWith("ing") || t.lower === t.lemma || toks[i + 1]?.lower === "to") continue;
    let k = i - 1;
    while (k > 1 && (toks[k].pos === "ADJ" || EXISTENTIAL_BETWEEN.has(toks[k].lower))) k--;
    const [a, b] = [toks[k - 1], toks[k]];
    if (!((a.lower === "there" && isBe(b)) || (isBe(a) && b.lower === "there"))) continue;
    toks[i] = { ...t, pos: "NOUN", lemma: t.lower };
  }
}

/**
 * "wants the engine *fitted*", "needs the lock *stitched*", "have the carpet *fitted* by Friday": after a verb of wanting or
 * causing (want, need, like, have, get) and its object, a participle says what is to be done to the object — the action
 * asked for. The lite model tags many such participles as nouns or adjectives ("fitted", "padded", "stitched" as nouns;
 * "flushed", "groomed", "glazed", "tiled" as adjectives: 8 of 22 common trade participles tried), so an interpretation
 * "Customer wants the replacement engine fitted" named no action, and "please DON'T fit it" had nothing to oppose. Read
 * as the verb (its base form from WordNet: fitted → fit, tiled → tile, carried → carry) when the word ends the noun
 * phrase after such a verb (rule `causativeParticiple`). "The fitted kitchen", "a padded jacket" (before their noun),
 * "the boiler was flushed" (no verb of wanting) stay as tagged.
 */
const CAUSING = new Set(["want", "need", "like", "have", "get"]);
const NP_INSIDE = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);
const AFTER_PARTICIPLE = new Set(["PUNCT", "ADP", "CCONJ", "SCONJ"]);
/** The base form of an "-ed" participle that WordNet knows as a verb ("painted", "tiled", "carried", "fitted"), or null. */
function participleBase(lower: string): string | null {
  if (!lower.endsWith("ed") || lower.length < 5) return null;
  return suffixBases(lower.slice(0, -2)).find(isVerb) ?? null;
}
function causativeParticiples(toks: Tok[]): void {
  for (let i = 2; i < toks.length; i++) {
    const t = toks[i];
    if (!(t.pos === "NOUN" || t.pos === "ADJ" || t.pos === "PROPN") || (toks[i - 1].pos !== "NOUN" && toks[i - 1].pos !== "PROPN")) continue;
    const next = toks[i + 1]?.pos;
    if (next !== undefined && !AFTER_PARTICIPLE.has(next)) continue;
    // back over the object's noun phrase ("the replacement engine", "Bramble's show coat") to the verb before it (a
    // phrase inside it, "the filter on tank 4", ends the search: not read)
    let k = i - 1;
    while (k > 0 && (NP_INSIDE.has(toks[k].pos) || POSSESSIVE.has(toks[k].lower) || toks[k].lower === "'s" || toks[k].lower === "’s") && i - k < 8) k--;
    if (!(toks[k].pos === "VERB" || toks[k].pos === "AUX") || !CAUSING.has(toks[k].lemma)) continue;
    const base = participleBase(t.lower);
    if (base) toks[i] = { ...t, pos: "VERB", lemma: base };
  }
}

/** A bracket opened at `at` is closed within the next few tokens (an aside, not a bracket typed and left open). */
const ASIDE_REACH = 40;
function closesWithin(toks: Tok[], at: number): boolean {
  for (let i = at + 1; i < toks.length && i <= at + ASIDE_REACH; i++) if (toks[i].value === ")") return true;
  return false;
}

function sentences(toks: Tok[]): Tok[][] {
  const out: Tok[][] = [];
  let cur: Tok[] = [];
  // (inside a bracket closed soon after, a "?" or "." ends nothing: "… both kids have outgrown it (they're 9
  // and 11 now, how??). We've …" is one sentence with an aside, not a question whose "?" every clause takes)
  let open = 0;
  for (const [i, tok] of toks.entries()) {
    cur.push(tok);
    if (RULE.bracketSentence && tok.value === "(" && closesWithin(toks, i)) open++;
    else if (tok.value === ")" && open) open--;
    if (open) continue;
    // a dash, and "):" (tagged as a symbol), end a clause as a colon does
    if ((tok.pos === "PUNCT" && (SENTENCE_END.has(tok.value) || DASH.has(tok.value))) || (tok.pos === "SYM" && /[:;]$/.test(tok.value))) (out.push(cur), (cur = []));
  }
  if (cur.length) out.push(cur);
  return out;
}


/**
 * "I'd like a window seat, and I need a vegetarian meal" is two asks: a sentence is split at a
 * comma or coordinating conjunction when the right side has a verb of its own and the left side
 * has content, so "Which gate and when should I be there?" (an auxiliary only) stays one.
 */
function splitCoordinated(sentence: Tok[], spoken = false): Tok[][] {
  // (a "?" inside a bracketed aside asks the aside's question only)
  const aside = RULE.bracketSentence ? bracketed(sentence) : NONE;
  const question = sentence.some((t) => t.value === "?" && !aside.has(t));
  for (let i = 1; i < sentence.length - 1; i++) {
    const t = sentence[i];
    // ("I need to know when it would get here *because my nepenthes need their 12 hours*": a reason with its own
    // subject and verb is a clause of its own, the background of the request before it; rule becauseReason)
    if (RULE.becauseReason && REASON.has(t.lower) && hasPos(sentence, 0, i, "NOUN", "VERB") && opensClause(sentence, i + 1)) return [sentence.slice(0, i), ...splitCoordinated(sentence.slice(i), spoken)];
    // ("And since Callum has never seen the modern colours up close *could you* post a wee swatch down to him?": a
    // sentence opening with a reason asks where an inverted modal and "you" follow, with no comma typed; the reason's
    // negation does not run on into the request; rule frontedReason)
    if (RULE.frontedReason && opensWithReason(sentence) && ASKING_MODALS.has(t.lower) && sentence[i + 1]?.lower === "you" && hasPos(sentence, 0, i, "VERB")) {
      for (let k = i; k < sentence.length && !NEGATION_WORD.has(sentence[k].lower); k++) sentence[k].negated = false;
      return [sentence.slice(0, i), ...splitCoordinated(sentence.slice(i), spoken)];
    }
    if (!(t.pos === "CCONJ" || (t.pos === "PUNCT" && t.value === ","))) continue;
    // ("the beginner dip pen sets (pen, 3 nibs, small inkwell)": a comma or "and" inside a closed bracket lists what the
    // thing before it holds; it joins no two clauses — rule bracketList)
    if (RULE.bracketList && aside.has(t)) continue;
    // ("melt-and-pour", "dig-and-build": the "and" of a hyphenated compound joins no two clauses, rule hyphenAnd)
    if (RULE.hyphenAnd && t.pos === "CCONJ" && sentence[i - 1].value === "-" && sentence[i + 1].value === "-") continue;
    // ("take the beef rendang *and* the sambal goreng out of Saturday's buffet": two objects of one verb, rule coordinatedObject)
    if (coordinatedObject(sentence, -1, i)) continue;
    // ", and" between two noun phrases lists two things ("a laptop, and a second monitor")
    const listed = t.pos === "CCONJ" && sentence[i - 1].value === "," && hasPos(sentence, i + 1, sentence.length, "NOUN");
    // (the sides are tested in place and sliced only on a split: most commas split nothing)
    // (a conjunction and an imperative also end a statement with no noun or verb of its own: "it is very
    // stiff, and put a chain on it too", "anything from 22 April is fine), and also get the electrician to …")
    // (or a value, an address, id or name that a comma cut off before it: "… to 22 Ferry Road, Leith EH6 4AE,
    // and also swap his flavour …", rule valueThenImperative) — cut off by a comma: "Sand and glass all over my hallway",
    // its capitalised noun tagged a name and the next noun a verb, is one statement (rule commaValue, blind-cp1)
    // (spoken: "… for four of us and can one of your guides bring crampons", whose verb the lite model may tag a noun)
    const imperative = t.pos === "CCONJ" && opensImperative(sentence, i + 1);
    const spokenAsk = spoken && t.pos === "CCONJ" && spokenQuestion(sentence, i + 1);
    const splice = RULE.commaSplice && t.value === "," && SPLICE_SUBJECTS.has(sentence[i + 1].lower) && (sentence[i + 2]?.pos === "AUX" || sentence[i + 2]?.pos === "VERB");
    if ((hasPos(sentence, 0, i, "NOUN", "VERB") && (listed || splice || hasPos(sentence, i + 1, sentence.length, "VERB") || imperative || spokenAsk)) || (imperative && (hasPos(sentence, 0, i, "ADJ", "AUX") || (RULE.valueThenImperative && hasPos(sentence, 0, i, "PROPN", "NUM") && !(RULE.commaValue && sentence[i - 1].value !== ","))))) {
      const parts = [sentence.slice(0, i), ...splitCoordinated(sentence.slice(i + 1), spoken)];
      // the question mark, or the request, at the end applies to every part
      // (a statement before it is no question: "My heating is broken, can someone come?"), unless
      // the part it ends is itself a statement: "… and now I've lost 3 neons and the others are
      // hanging at the top??" is dismay, and the parts before it ask nothing
      const bearer = parts.find((p) => p.some((x) => x.value === "?"));
      // (nor a state with no noun or verb, split off before an imperative: "it is very loose, and put a new keeper on?")
      if (question && !(bearer && isStatement(bearer))) for (const p of parts) if (!p.some((x) => x.value === "?") && !isStatement(p) && hasPos(p, 0, p.length, "NOUN", "VERB")) p.push({ value: "?", lower: "?", lemma: "?", pos: "PUNCT", negated: false });
      return parts;
    }
  }
  return [sentence];
}

/**
 * "Also please can you quote for the decking next to it, *it is* about 12 m2 and very slippery in winter": a comma
 * followed by a pronoun subject and its verb (an auxiliary too, which splitCoordinated's verb test leaves out) starts a
 * sentence of its own, written after a comma (rule `commaSplice`). Without it the background after the comma was
 * part of the request, and the summary's mention of that background took the request to an agent.
 */
const SUBJECTS = new Set(["i", "we", "he", "she", "they"]);
const SPLICE_SUBJECTS = new Set([...SUBJECTS, "it"]);

/** English's conjunctions of reason ("because" and its chat spellings). */
const REASON = new Set(["because", "cos", "coz", "cuz", "bc"]);
/** A subject (a pronoun, or a noun phrase opened by a determiner or a name) and its verb from toks[at]. */
function opensClause(toks: Tok[], at: number): boolean {
  let k = at;
  if (toks[k]?.pos === "PRON" && !POSSESSIVE.has(toks[k].lower)) k++;
  else {
    if (toks[k]?.pos === "DET" || POSSESSIVE.has(toks[k]?.lower ?? "")) k++;
    while (toks[k]?.pos === "ADJ" || toks[k]?.pos === "NUM") k++;
    if (toks[k]?.pos !== "NOUN" && toks[k]?.pos !== "PROPN") return false;
    while (toks[k]?.pos === "NOUN" || toks[k]?.pos === "PROPN") k++;
  }
  while (toks[k]?.pos === "ADV" || toks[k]?.pos === "PART") k++;
  return toks[k]?.pos === "VERB" || toks[k]?.pos === "AUX";
}
/** A part opening with a conjunction of reason (split off by rule becauseReason or frontedReason) says why; it asks nothing, whatever ends the sentence. */
const givesReason = (part: Tok[]) => REASON.has(part[0]?.lower ?? "") || (RULE.frontedReason && opensWithReason(part));

/** The modals of a request put as a question ("could you …"). */
const ASKING_MODALS = new Set(["could", "can", "would", "will"]);
/** "Since …", "And because …", "so since …": a sentence or part opening with a conjunction of reason. */
function opensWithReason(toks: Tok[]): boolean {
  let k = 0;
  while (toks[k] && (toks[k].pos === "CCONJ" || toks[k].pos === "INTJ" || toks[k].lower === "so")) k++;
  return REASON.has(toks[k]?.lower ?? "") || toks[k]?.lower === "since";
}

/** Some token in toks[from, to) has part of speech `a` (or `b`). */
function hasPos(toks: Tok[], from: number, to: number, a: string, b?: string): boolean {
  for (let i = from; i < to; i++) if (toks[i].pos === a || toks[i].pos === b) return true;
  return false;
}

/**
 * "Please renew my books and reserve 'We Solve Murders'": a part coordinated with a request, that
 * opens with a bare word (the lite model tags "reserve" a noun), is the same request's second
 * imperative; "… and the card expires soon" (a determiner, a subject) is not.
 */
function coordinatedClauses(sentence: Tok[], spoken: boolean): Clause[] {
  const parts = splitCoordinated(sentence, spoken);
  const clauses = parts.map((p) => toClause(p, spoken));
  // (a sentence opening "And …", "Oh and …", and a part split off at "and": rule joinedPart)
  const opening = sentence.find((t) => t.pos !== "PUNCT" && t.pos !== "INTJ");
  const andSentence = !!opening && ADDING.has(opening.lower);
  const question = sentence.some((t) => t.value === "?");
  for (const [i, c] of clauses.entries()) {
    const before = i > 0 ? sentence[sentence.indexOf(parts[i][0]) - 1] : undefined;
    // (a part split at a comma keeps the "and" after it: ", and kindly push the handover back")
    const own = parts[i][0];
    c.joined = andSentence || (!!before && before.pos === "CCONJ" && ADDING.has(before.lower)) || (RULE.joinedAfterComma && i > 0 && own.pos === "CCONJ" && ADDING.has(own.lower));
    const afterOr = !!before && before.lower === "or";
    // ("And is microwave ok or will it go soggy", typed with no "?": the part after "or" asks by inversion, rule unmarkedAlternative)
    c.alternative = (question && (afterOr || orBeforeContent(parts[i]))) || (RULE.unmarkedAlternative && afterOr && invertedAsk(parts[i]));
  }
  for (let i = 1; i < clauses.length; i++) {
    if (RULE.becauseReason && givesReason(parts[i])) clauses[i].request = clauses[i].asking = false;
    else if (!clauses[i].request && clauses[i - 1].request && opensImperative(parts[i])) clauses[i].request = clauses[i].asking = true;
    // "every time I go up the hill and *push* hard": a bare verb after a statement with its own
    // subject is that subject's second verb, not an imperative ("… and please fix it" still asks, and so
    // does a modal before its subject: "We've moved, so can you send the tins to …" with no "?" typed)
    else if (clauses[i].request && !clauses[i - 1].request && hasSubject(parts[i - 1]) && !parts[i].some((t, k) => t.value === "?" || (REQUEST_MARKERS.has(t.lemma) && !(RULE.helpSecondVerb && k === openingAt(parts[i]) && ACTING_MARKERS.has(t.lemma) && !SPEAKER_OBJECT.has(parts[i][k + 1]?.lower ?? "")))) && !invertedAsk(parts[i])) clauses[i].request = clauses[i].asking = false;
  }
  return clauses;
}

/**
 * "I saw that children can be a squire *and help* the knight in the show": after a statement with its own
 * subject, a bare "help", "ask" or "request" opening the next part is that subject's second verb, like any
 * other bare verb there (rule `helpSecondVerb`) — these three are request words only as the speaker's
 * ("please help", "could you help") or with the speaker as their object ("… and help me find the form").
 */
const ACTING_MARKERS = new Set(["help", "ask", "request"]);
const SPEAKER_OBJECT = new Set(["me", "us"]);
const openingAt = (part: Tok[]) => part.findIndex((t) => t.pos !== "CCONJ" && t.pos !== "ADV" && t.pos !== "PUNCT" && t.pos !== "INTJ");
/** A modal at `at` before a pronoun subject ("can you …", "could we …") or a noun one (nounSubjectThenVerb): English's question by inversion. */
const modalBeforeSubject = (words: Tok[], at: number) => at >= 0 && INVERSION.has(words[at].lemma) && (words[at + 1]?.pos === "PRON" || (RULE.nounInversion && nounSubjectThenVerb(words, at + 1)));
/**
 * "Oh and *can the invoice be* made out to the farm", "*could the delivery be* moved to Friday", "*can
 * Tom's class start* later": a modal before a noun subject (a determiner, adjectives and nouns or
 * names) and then its verb in the base form is English's question by inversion as much as "can you"
 * is (rule `nounInversion`); without it such a request typed without "?" read as a statement, and
 * was no part of the ask that could be lost.
 */
function nounSubjectThenVerb(words: Tok[], from: number): boolean {
  let k = from;
  if (words[k]?.pos === "DET") k++;
  let nouns = 0;
  while (words[k] && (words[k].pos === "ADJ" || words[k].pos === "NOUN" || words[k].pos === "PROPN" || words[k].pos === "NUM" || (words[k].pos === "PART" && /^['’]s$/.test(words[k].value)))) {
    if (words[k].pos === "NOUN" || words[k].pos === "PROPN") nouns++;
    k++;
  }
  const v = words[k];
  return nouns > 0 && !!v && (v.pos === "VERB" || v.pos === "AUX") && v.lower === v.lemma;
}
/** A part opening (after "so", "and", "then") with a modal before a pronoun subject: "so can you …", "and could we …". */
const invertedAsk = (part: Tok[]) => modalBeforeSubject(part, part.findIndex((t) => t.pos !== "CCONJ" && t.pos !== "ADV" && t.pos !== "PUNCT" && t.pos !== "INTJ" && t.pos !== "SCONJ"));

/** An "or" comes before every content word of the part ("Does it, or is that also decorative?", "Or can I collect it?"). */
function orBeforeContent(part: Tok[]): boolean {
  const or = part.findIndex((t) => t.lower === "or" && t.pos === "CCONJ");
  return or >= 0 && !hasPos(part, 0, or, "NOUN", "VERB") && !hasPos(part, 0, or, "PROPN", "ADJ") && (hasPos(part, or + 1, part.length, "NOUN", "VERB") || hasPos(part, or + 1, part.length, "PROPN", "ADJ"));
}

/** The coordinators that add one thing to another (SPACED_PLUS is read as "and" already). */
const ADDING = new Set(["and", "plus", "&"]);

const hasSubject = (part: Tok[]) => part.some((t, i) => t.pos === "PRON" && SUBJECTS.has(t.value.toLowerCase()) && part.slice(i + 1).some((v) => v.pos === "VERB"));

const NONE: ReadonlySet<Tok> = new Set();
/** The tokens between an opening and its closing bracket (none when a bracket is left open). */
function bracketed(toks: Tok[]): ReadonlySet<Tok> {
  const open = toks.findIndex((t) => t.value === "(");
  if (open < 0) return NONE;
  const inside = new Set<Tok>();
  let depth = 0;
  let pending: Tok[] = [];
  for (const t of toks.slice(open)) {
    if (t.value === "(") depth++;
    else if (t.value === ")" && depth > 0) {
      depth--;
      if (!depth) (pending.forEach((x) => inside.add(x)), (pending = []));
    } else if (depth) pending.push(t);
  }
  return inside;
}

const OBJECT_OPENING = new Set(["DET", "PRON", "ADJ"]);
/** A part (from index `from`) opening with a verb's base form (tagged verb or noun) and then its object: "reserve 'We Solve Murders'", "print the photo". */
function opensImperative(part: Tok[], from = 0): boolean {
  let at = from;
  while (at < part.length && (part[at].pos === "CCONJ" || part[at].pos === "ADV" || part[at].pos === "PUNCT" || part[at].pos === "INTJ")) at++;
  const first = part[at];
  const next = part[at + 1];
  if (!first || !next || first.lower !== first.lemma) return false;
  if (first.pos !== "VERB" && !(first.pos === "NOUN" && isVerb(first.lemma))) return false;
  return OBJECT_OPENING.has(next.pos) || /^['"‘“]$/.test(next.value);
}

/**
 * "can one of your game gurus run a game for them", "could the driver wait outside": a modal before
 * a subject noun phrase and then a base-form verb is a yes/no question (English's subject-auxiliary
 * inversion). Typed, such a question ends in "?", which marks it a request; speech-to-text types no
 * "?", so in text without any punctuation (`spoken`) the inversion itself marks it (rule
 * `spokenQuestion`; a pronoun subject, "can you…", was read already). Punctuated text is read as before.
 */
const NOUN_PHRASE_START = new Set(["DET", "NUM", "NOUN", "PROPN", "PRON", "ADJ"]);
function spokenQuestion(words: Tok[], at: number): boolean {
  const modal = words[at];
  if (!modal || (modal.pos !== "AUX" && modal.pos !== "VERB") || !INVERSION.has(modal.lemma) || !NOUN_PHRASE_START.has(words[at + 1]?.pos ?? "")) return false;
  for (let i = at + 2; i < words.length && i <= at + 7; i++) {
    const w = words[i];
    // (the lite model tags some base forms nouns after a noun: "can one of your guides *bring* …")
    if ((w.pos === "VERB" || (w.pos === "NOUN" && isVerb(w.lemma))) && w.lower === w.lemma) return true;
    if (w.pos === "AUX" || w.pos === "CCONJ" || w.pos === "SCONJ") return false;
  }
  return false;
}

/**
 * "Thank you, Kwame", "Thanks so much for the help", "Many thanks, Jo": a clause that opens with thanks
 * asks nothing, though "Thank you" has the shape of an imperative (a base-form verb and its
 * object) and "help" is a request word (rule gratitude). Not a clause with a "?" ("thanks, can you send it?").
 */
const THANKS = /^(?:thank|thanks|thx|ty|cheers|ta)$/;
function gratitude(toks: Tok[]): boolean {
  const words = toks.filter((t) => t.pos !== "PUNCT" && (t.pos !== "INTJ" || THANKS.test(t.lower)));
  const at = words[0]?.lower === "many" ? 1 : 0;
  if (!THANKS.test(words[at]?.lower ?? "") || (at === 1 && !/^thanks?$/.test(words[1].lower))) return false;
  return !toks.some((t) => t.value === "?");
}

/**
 * "We asked the driver twice", "They helped us load the van", "She needed stitches last year", "My husband
 * wanted the blue one originally": a request word in the past tense tells what happened — the background of
 * an ask — and wants nothing now (rule pastNarrative); so does a participle describing a thing ("very loved
 * and very grubby"). Asking, helping, loving, liking and requesting in the past are narrative whoever did
 * them; a past wish or need is narrative when someone else had it (a noun or a third-person pronoun before
 * it) and it has its object after it — "Big bouncy castle wanted for a party" is a passive, a summary's way
 * of stating the ask — while "I wanted to cancel my subscription" and "we needed to change the date" are
 * English's polite way of asking now and stay requests.
 */
const NARRATED = new Set(["ask", "help", "love", "like", "request"]);
const PAST_OBJECT = new Set(["DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "PART"]);
function pastNarrative(words: Tok[], i: number): boolean {
  const t = words[i];
  if (t.lower === t.lemma || !t.lower.endsWith("ed")) return false;
  if (NARRATED.has(t.lemma)) return true;
  const subject = words[subjectAt(words, i)];
  const someoneElse = !!subject && (subject.pos === "NOUN" || subject.pos === "PROPN" || (subject.pos === "PRON" && OTHERS.has(subject.lower)));
  return someoneElse && PAST_OBJECT.has(words[i + 1]?.pos ?? "");
}

/** the modal of a wish: "I'*d* love", "we *would* like", "*should* you need" */
const WISH_MODAL = /^(?:'d|’d|d|wd|would|should|could|might)$/;
/** The index of the subject of the verb at words[i] (adverbs, auxiliaries and particles between), or -1. */
function subjectAt(words: Tok[], i: number): number {
  let at = i - 1;
  while (at >= 0 && (words[at].pos === "ADV" || words[at].pos === "AUX" || words[at].pos === "PART")) at--;
  return at;
}

/**
 * "my kids love the frogs", "she loves her riding more than anything", "I like the blue one": "love" and
 * "like" in the simple present after a subject state a taste, not a wish (rule `statedTaste`). English wishes
 * with them in the conditional ("I'd love", "we would really like", "would you like") or with no subject at
 * all ("love a window seat if there is one"); "I like to book …" and "we like to come on Saturdays" (the
 * speaker, "to" and a verb) stay wishes, the form a second-language writer uses for "I'd like to".
 */
function statedTaste(words: Tok[], i: number): boolean {
  const t = words[i];
  if (t.lemma !== "love" && t.lemma !== "like") return false;
  for (let k = i - 1; k >= 0 && k >= i - 4 && words[k].pos !== "VERB" && words[k].pos !== "NOUN" && words[k].pos !== "PROPN"; k--) if (WISH_MODAL.test(words[k].lower)) return false;
  const at = subjectAt(words, i);
  const subject = words[at];
  if (!subject || (subject.pos !== "PRON" && subject.pos !== "NOUN" && subject.pos !== "PROPN")) return false;
  // ("do you like …", "would you like …": a question, read by its inversion)
  if (words[at - 1]?.pos === "AUX") return false;
  if ((subject.lower === "i" || subject.lower === "we") && words[i + 1]?.lower === "to") return false;
  return true;
}

/** Conjunctions that make what follows a condition: "if", "unless", "whenever", "in case". */
const CONDITION = new Set(["if", "unless", "whenever"]);
/** The request words a condition can hold ("if you need", "in case she wants"). */
const CONDITIONAL_WISHES = new Set(["need", "want", "like", "wish"]);
/**
 * "I'm at the studio Tue-Thu *if you need to call*", "if you want I can drop it in", "bring a spare *in case
 * she needs it*", "*if needed*": a wish or need in a condition says when something holds, it asks for nothing
 * (rule `conditionalWish`). The conjunction stands right before the wish's subject, or before the wish when it
 * has none. A request made in the same sentence still is one ("if you need my passport, *can you* say so?").
 */
function conditionalWish(words: Tok[], i: number): boolean {
  if (!CONDITIONAL_WISHES.has(words[i].lemma)) return false;
  const at = subjectAt(words, i);
  const before = words[at]?.pos === "PRON" || words[at]?.pos === "NOUN" || words[at]?.pos === "PROPN" ? at - 1 : at;
  const w = words[before];
  if (!w) return false;
  return CONDITION.has(w.lower) || (w.lower === "case" && words[before - 1]?.lower === "in");
}

/**
 * "the man from the council muttered something *about needing* permission", "he booked it *without asking* anyone": a
 * request word in its -ing form after a preposition names a topic; it wishes nothing, nor refuses anything after
 * "without" (rule `gerundWish`). "I'm needing a new battery" (an auxiliary before it) stays a wish.
 */
const gerundWish = (words: Tok[], i: number) => words[i].lower.endsWith("ing") && (words[i - 1]?.pos === "ADP" || words[i - 1]?.pos === "SCONJ");

/**
 * "the partners keep *asking me*", "everyone asks us about it": someone asking the speaker tells what happens
 * to them; it is no request of the agents (rule `askedOfSpeaker`). An imperative or a question ("ask us before
 * you charge", "could you ask me first?") is read as one by its own form.
 */
const askedOfSpeaker = (words: Tok[], i: number) => words[i].lemma === "ask" && /^(?:me|us|myself|ourselves)$/.test(words[i + 1]?.lower ?? "");

/** The forms of "be", "do" and "have" (and the modals INVERSION leaves out) that open a yes/no question before their subject. */
const AUX_INVERSION = new Set(["is", "are", "am", "was", "were", "do", "does", "did", "should", "shall", "must", "might", "has", "have"]);
/** "Is it OK if …?", "does the session include …?", "are you able to …?": the clause opens with such a verb before a pronoun or a noun phrase and carries its "?" (rule auxQuestion, Clause.yesNo). */
function auxQuestion(toks: Tok[], words: Tok[], at: number): boolean {
  const aux = words[at];
  if (!aux || !AUX_INVERSION.has(aux.lower) || !toks.some((t) => t.value === "?")) return false;
  const next = words[at + 1];
  return !!next && ((next.pos === "PRON" && !POSSESSIVE.has(next.lower)) || (RULE.nounInversion && nounSubjectThenVerb(words, at + 1)) || next.pos === "DET" || POSSESSIVE.has(next.lower));
}

/**
 * "and do you do a birthday cake in the cafe", "do you have any left in a size 9": "do you" and a verb in its base form
 * open a question asked of the agent, typed without its "?" as often as with it (rule `doYou`). Only the second person:
 * "do they …" may be a remark, and "do I …" asks the speaker's own way; not denied ("do you lot not talk to each
 * other"), and a clause with its "?" is a request already (and may vent: intent-rhetorical.ts).
 */
function doYouAsked(words: Tok[], at: number): boolean {
  const aux = words[at];
  if (!aux || (aux.lower !== "do" && aux.lower !== "did") || !/^(?:you|u)$/.test(words[at + 1]?.lower ?? "")) return false;
  const verb = words[at + 2];
  return !!verb && (verb.pos === "VERB" || verb.pos === "AUX") && verb.lower === verb.lemma && !words.some((t) => t.negated);
}

/**
 * "organiser wants the fete booking *made firm*", "make the provisional hold firm": "make" and its object and "firm" is
 * what "firm up" says, a thing made sure to go ahead (rule `madeFirm`; blind-ch1's stilt walkers, whose fete was called
 * off). "firm" after a determiner ("a firm offer", "a firm of solicitors") is left, and punctuation between ends the reading.
 */
function madeFirm(toks: Tok[], i: number): boolean {
  if (toks[i].lower !== "firm" || DETERMINER.has(toks[i - 1]?.lower ?? "")) return false;
  for (let k = i - 1; k >= 0 && i - k <= 5; k--) {
    if (toks[k].pos === "PUNCT") return false;
    if (toks[k].lemma === "make" || /^(?:make|made|makes|making)$/.test(toks[k].lower)) return true;
  }
  return false;
}

/**
 * "also have a look at the brake cable on the buggy", "and have a quick look at the jars": "have" with "a look" (or "a
 * peek") opening a clause is the imperative of looking, as "take a look" (an imperative already) and "look at" are; "have"
 * was left out of the imperatives for "have a lovely weekend", whose noun is no act of looking (rule `haveALook`;
 * blind-ax1, -bx1 and -by1's lost parts, each "also have a look at …"). A closed form of English: one adjective or adverb
 * may stand before the noun ("a quick look", "a proper look"), and the verb is in its base form ("had a look" reports).
 */
const LOOK_NOUN = new Set(["look", "peek"]);
function haveALook(words: Tok[], at: number): boolean {
  const v = words[at];
  if (!v || v.lower !== "have" || words[at + 1]?.lower !== "a") return false;
  const n = words[at + 2]?.pos === "ADJ" || words[at + 2]?.pos === "ADV" ? words[at + 3] : words[at + 2];
  return !!n && LOOK_NOUN.has(n.lower);
}

function toClause(toks: Tok[], spoken = false): Clause {
  const words = toks.filter((t) => t.pos !== "PUNCT");
  const at = words.findIndex((t) => t.pos !== "INTJ" && t.pos !== "CCONJ" && t.pos !== "ADV");
  const first = at < 0 ? undefined : words[at];
  // (words in brackets are an aside: "my DIY record is poor (ask my wife about the shelf)" asks nothing; rule bracketAside)
  const aside = RULE.bracketAside ? bracketed(toks) : NONE;
  const marked = words.map((t, i) => REQUEST_MARKERS.has(t.lemma) && !t.negated && !aside.has(t) && !fillerLike(words, i) && !(RULE.pastNarrative && pastNarrative(words, i)) &&
    !(RULE.statedTaste && statedTaste(words, i)) && !(RULE.conditionalWish && conditionalWish(words, i)) && !(RULE.askedOfSpeaker && askedOfSpeaker(words, i)) && !(RULE.gerundWish && gerundWish(words, i)));
  const thanked = RULE.gratitude && gratitude(toks);
  const asking = !thanked && (
    marked.some((m, i) => m && speakerWants(words, i)) ||
    modalBeforeSubject(words, at) ||
    (RULE.doYou && !toks.some((t) => t.value === "?") && doYouAsked(words, at)) ||
    (spoken && spokenQuestion(words, at)) ||
    // after a subordinate clause ("while he's here *could he* have a look at the fan", "while I'm
    // there how much *would it* be to add her name"): a modal before its subject is a question ("as
    // soon as we can we will" has a subject before the modal too)
    words.some((t, i) => i > at && INVERSION.has(t.lemma) && t.pos === "AUX" && (words[i + 1]?.pos === "PRON" || (RULE.subordinateInversion && RULE.nounInversion && nounSubjectThenVerb(words, i + 1))) && (words[i - 1].pos !== "PRON" || (RULE.subordinateInversion && words[i - 2]?.pos === "ADP"))) ||
    // an imperative opens with a verb in its base form and its object ("Move my appointment…",
    // not "Booking ref…" nor "refund, address and warranty")
    (first?.pos === "VERB" && first.lower === first.lemma && first.lemma !== "be" && first.lemma !== "have" &&
      OBJECT_START.has(words[at + 1]?.pos)) ||
    (RULE.haveALook && haveALook(words, at)));
  const request = !thanked && (asking || marked.includes(true) || toks.some((t) => t.value === "?" && !aside.has(t)));
  // a negative imperative ("Please don't deliver it", "Do not renew") refuses its action
  const refused = words.some((t, i) => REQUEST_MARKERS.has(t.lemma) && t.negated && !(RULE.gerundWish && gerundWish(words, i))) ||
    (first?.lemma === "do" && at === words.findIndex((t) => t.pos !== "INTJ") && NEGATION_WORD.has(words[at + 1]?.lower ?? ""));
  const terms: Term[] = [];
  const phrasals: Term[] = [];
  let light = false;
  let phrase = false;
  let verbAt = -1;
  let ended: string | null = null;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const pos = t.pos;
    if (pos === "VERB") {
      verbAt = i;
      const p = phrasalAt(toks, i);
      if (p) phrasals.push(p);
    }
    // A verb with the particle "off" ("take my ex off the policy", "switch roaming off") removes
    // or stops its object whatever the verb: it counts as the action "remove". A price ("20% off")
    // is not a particle.
    // (nor is the end of a hyphenated compound — "the extra one-off collection", "book a drop-off slot",
    // "the cut-off date" —: a word of its own, no particle of the verb before it; rule compoundOff)
    // (nor "off" past a comma after the verb — "a proper stainless exhaust made for it, twin box, nothing *off* the
    // shelf" — which "take my ex off the policy" and "switch roaming off" never have; rule offAcrossComma, blind-ch1)
    // (nor "off" after a comparison of good or bad, "am I *better off* buying a new one?", "we'd be *worse
    // off*": that says how someone would fare, and the tagger reads "better" as a verb; rule betterOff)
    if (verbAt >= 0 && t.value.length === 3 && i - verbAt <= 8 && t.lower === "off" && !(RULE.offAcrossComma && toks.slice(verbAt + 1, i).some((x) => x.value === ",")) && toks[i - 1]?.pos !== "NUM" && toks[i - 1]?.value !== "%" && !(RULE.compoundOff && HYPHEN.test(toks[i - 1]?.value ?? "")) && !(RULE.betterOff && FARE.has(toks[i - 1]?.lower ?? ""))) {
      const row = vectorIndex("remove");
      // ("the leaves are *dropping off*": what a thing is doing is no removal asked for)
      terms.push({ lemma: "remove", stem: "remov", pos: "VERB", negated: toks[verbAt].negated, value: `${toks[verbAt].value} … off`, afterLight: false, inPhrase: false, row, rank: row, ...(describesState(toks, verbAt) ? { state: true } : {}) });
      verbAt = -1;
    }
    const direction = DIRECTION.get(t.lower);
    if (direction && verbAt >= 0 && i - verbAt <= 3 && toks[i + 1]?.lower === "from" && toks.slice(i + 2).some((x) => x.lower === "to")) {
      const row = vectorIndex(direction);
      terms.push({ lemma: direction, stem: stemOf(direction), pos: "VERB", negated: toks[verbAt].negated, value: `${toks[verbAt].value} ${t.value}`, afterLight: false, inPhrase: false, row, rank: row });
    }
    // ("I'd like a seat" is tagged like a preposition: a request word never opens a phrase)
    // ("tell me *whether* the brass arms can be re-lacquered": the lite model tags "whether" a preposition; it opens a
    // clause, whose subject is the thing asked about, not a circumstance — rule whetherClause)
    if (pos === "ADP" && !REQUEST_MARKERS.has(t.lemma) && !(RULE.whetherClause && t.lower === "whether")) phrase = true;
    // (a participle right after the phrase's noun stays in it: "with the brother *paying*", "for guests *arriving* Friday")
    else if ((pos === "VERB" && !(phrase && /ing$/i.test(t.value) && (toks[i - 1]?.pos === "NOUN" || toks[i - 1]?.pos === "PROPN"))) || pos === "AUX" || pos === "PUNCT" || pos === "CCONJ") phrase = false;
    // a comparative adverb says which way the change asked for goes ("install *earlier*", "move it
    // to a *later* date"): a qualifier of the ask, read as an adjective
    const qualifier = pos === "ADV" && comparativeForms(t.lemma) !== null;
    const content = (qualifier || CONTENT.has(pos)) && t.lemma.length > 1 && HAS_LETTER.test(t.lemma) && !t.value.includes("'");
    if (content && onHold(toks, i)) {
      // "put the cleaning *on hold*", "keep my order on hold": the idiom is the action "suspend"
      // (stop for a time), not a preposition's noun; "my order *is* on hold" states it
      const row = vectorIndex(ON_HOLD);
      terms.push({ lemma: ON_HOLD, stem: stemOf(ON_HOLD), pos: "VERB", negated: t.negated, value: t.value, afterLight: false, inPhrase: false, row, rank: row, ...(toks[i - 2]?.lemma === "be" ? { state: true } : {}) });
      light = false;
    } else if (content && RULE.madeFirm && madeFirm(toks, i)) {
      // "the fete booking *made firm*", "shall I make the provisional hold *firm*": the resultative is the phrasal
      // verb "firm up" (rule madeFirm; lexicon.ts MAKING_SURE)
      terms.push({ lemma: "firm_up", stem: "firm_up", pos: "VERB", negated: t.negated, value: t.value, afterLight: false, inPhrase: false, row: -1, rank: UNKNOWN_RANK, ...(toks[i - 2]?.lemma === "be" ? { state: true } : {}) });
      light = false;
    } else if (content && RULE.endIdiom && pos === "NOUN" && (ended = endIdiom(toks, i))) {
      // "please can it be *brought to an end*", "*put a stop to* the reminders", "draw the hire to a close": the noun of
      // an idiom of ending is the action (rule endIdiom)
      const lemma = ended;
      const row = vectorIndex(lemma);
      terms.push({ lemma, stem: stemOf(lemma), pos: "VERB", negated: t.negated, value: t.value, afterLight: false, inPhrase: false, row, rank: row });
      light = false;
      phrase = false;
    } else if (content && RULE.stateKept && (pos === "VERB" || (pos === "NOUN" && STAYS.has(t.lower))) && (STAYING.has(t.lemma) || STAYS.has(t.lower)) && keptState(toks, i)) {
      // "VIS-90114 *stays booked* for Thursday", "the barriers *stay put*", "your plan *remains
      // active*": the thing is kept as it was — the action "keep" (rule stateKept)
      const row = vectorIndex(KEPT);
      terms.push({ lemma: KEPT, stem: stemOf(KEPT), pos: "VERB", negated: t.negated, value: t.value, afterLight: false, inPhrase: phrase, row, rank: row });
      light = false;
    } else if (content && !(pos === "VERB" && LIGHT_VERBS.has(t.lemma))) {
      const row = vectorIndex(t.lemma);
      terms.push({
        lemma: t.lemma, stem: stemOf(t.value), pos: qualifier ? "ADJ" : (pos as TermPos), negated: t.negated, value: t.value,
        afterLight: light && pos === "NOUN", inPhrase: phrase, row, rank: row < 0 ? UNKNOWN_RANK : row,
        ...(((pos === "VERB" || pos === "NOUN") && describesState(toks, i)) || t.predicate ? { state: true } : {}),
      });
      if (pos !== "ADJ") light = false;
    } else if (LIGHT_VERBS.has(t.lemma)) light = true;
    else if (!SKIPPED_AFTER_LIGHT.has(pos)) light = false;
  }
  const clause = clauseOf(toks.map((t) => t.value), terms, request, refused, phrasals, polarityOf(toks), asking);
  if (RULE.auxQuestion && !asking && request && auxQuestion(toks, words, at)) clause.yesNo = true;
  return clause;
}

/**
 * A clause of toClause. The clause as written is needed only to name a lost part: it is put
 * together from its words when first read. (Built here, not in toClause: a getter written there
 * kept toClause's whole scope — every token of the clause and its word lists — alive as long as
 * the memoised parse, ~a third of its retained bytes; the words' strings are all it reads.)
 */
function clauseOf(values: string[], terms: Term[], request: boolean, refused: boolean, phrasals: Term[], polarity: Clause["polarity"], asking: boolean): Clause {
  let text: string | undefined;
  return {
    get text() {
      return (text ??= values.join(" ").replace(/ ([,.!?;:])/g, "$1").replace(/ (n't|'s|'d|'ll|'ve|'re|'m)\b/g, "$1").replace(/(^| )(['"]) ([^'"]*?) \2/g, "$1$2$3$2").replace(/(\w) - (\w)/g, "$1-$2").replace(/([£$€]) (\d)/g, "$1$2").trim());
    },
    terms, request, refused, phrasals, polarity, joined: false, alternative: false, asking,
  };
}

/** Third-person subjects: their wish is reported, not asked ("they want shoulders covered"). */
const OTHERS = new Set(["he", "she", "they", "it"]);
/**
 * "The confirmation went to x@y *if that helps*", "anything *that helps*": a demonstrative or relative pronoun before a
 * wish word is a thing, not the speaker — it says what would help, not what the speaker wants (rule
 * `demonstrativeSubject`, sixty-second session). A closed class of English.
 */
const DEMONSTRATIVE = new Set(["that", "this", "which", "what"]);
/**
 * The request word at words[i] is the speaker's: "please", or a wish whose subject (before modals,
 * auxiliaries and adverbs: "I'd *really* like", "do we need") is "I", "we", "you" or absent ("want it
 * by Friday", "need the boots back") — not a third person nor a noun phrase opened by a determiner
 * ("my physio team want to see it").
 */
function speakerWants(words: Tok[], i: number): boolean {
  if (words[i].lemma === "please") return true;
  let at = subjectAt(words, i);
  const subject = words[at];
  if (!subject || subject.pos === "CCONJ" || subject.pos === "INTJ" || subject.pos === "SCONJ") return true;
  if (subject.pos === "PRON") return !OTHERS.has(subject.lower) && !(RULE.demonstrativeSubject && DEMONSTRATIVE.has(subject.lower));
  if (subject.pos !== "NOUN" && subject.pos !== "PROPN") return true;
  while (at > 0 && (words[at - 1].pos === "NOUN" || words[at - 1].pos === "ADJ" || words[at - 1].pos === "PROPN")) at--;
  return at === 0 || !DETERMINER.has(words[at - 1].lower);
}

/** a hyphen or dash token: what joins the words of a compound ("one-off", "drop-off") */
const HYPHEN = /^[-‐‑–]$/;
/** The comparisons of "good", "bad" and "well" before "off" in "better off", "worse off", "well off" (closed-class grammar). */
const FARE = new Set(["better", "best", "worse", "worst", "well"]);

/**
 * English adverbial particles (a closed class): with a verb they make a phrasal verb ("let out",
 * "hold back"); the first seven are adverbs only, and one of them may come before the particle
 * that makes the phrasal verb ("switch it *back* on").
 */
const ADVERB_PARTICLES = new Set(["out", "off", "away", "back", "ahead", "forward", "aside"]);
/**
 * Particles English never uses as a preposition ("out the door", "off the list" are prepositions;
 * "*back* the car" is a verb): after one of these, a noun phrase is no object of it but a measure or
 * a time ("push the shearing *back a couple of weeks*", "move the survey *forward two days*", "put
 * the deposit *aside this month*"), so the phrasal verb stands (rule `measuredParticle`).
 */
const NEVER_PREPOSITION = new Set(["back", "forward", "away", "aside", "ahead"]);
/**
 * "take them down *a bit*", "turn it up *two notches*": after "up" or "down" a degree (a number, or "a"
 * and a noun of degree, a closed class) is a measure, no noun phrase the particle governs as a
 * preposition ("down *the hill*"), so the phrasal verb stands (rule `upDown`, as measuredParticle).
 */
const UP_DOWN = new Set(["up", "down"]);
const DEGREE_NOUNS = new Set(["bit", "little", "touch", "notch", "tad", "fraction", "size", "shade", "smidge", "fair", "lot"]);
const degreeAt = (toks: Tok[], at: number) =>
  toks[at]?.pos === "NUM" || ((toks[at]?.lower === "a" || toks[at]?.lower === "an") && DEGREE_NOUNS.has(toks[at + 1]?.lower ?? ""));
export const PARTICLE_WORDS = new Set([...ADVERB_PARTICLES, "up", "down", "in", "on", "over", "through", "around", "about", "along"]);
/**
 * The phrasal verb of the verb at toks[i], when WordNet has it: the verb's particle right after it
 * ("taken *away*", "go *ahead* with", "turn *in* the form") or after a short object ("hold it
 * *back* till", "switch it back *on*"), but then not before a noun phrase (there it is a
 * preposition: "take the kids *in* the car"; never for "back", "forward", "away", "aside" and
 * "ahead", which are no prepositions: NEVER_PREPOSITION). A particle right after the verb is read as one
 * before a noun phrase too: "go in the shop" gives "go_in", which opposes nothing WordNet states
 * (only the phrasal verbs' own antonym pointers count: build-intent-lexicon.mjs).
 */
function phrasalAt(toks: Tok[], i: number): Term | null {
  const verb = toks[i];
  let skipped = false;
  for (let k = i + 1; k < toks.length && k - i <= 5; k++) {
    const p = toks[k];
    if (PARTICLE_WORDS.has(p.lower) && (p.pos === "ADP" || p.pos === "ADV" || p.pos === "PART")) {
      const lemma = `${verb.lemma}_${p.lower}`;
      if (isVerb(lemma) && (k === i + 1 || !NOUN_PHRASE.has(toks[k + 1]?.pos ?? "") || (RULE.measuredParticle && NEVER_PREPOSITION.has(p.lower)) || (RULE.upDown && UP_DOWN.has(p.lower) && degreeAt(toks, k + 1)))) {
        return { lemma, stem: lemma, pos: "VERB", negated: verb.negated, value: k === i + 1 ? `${verb.value} ${p.value}` : `${verb.value} … ${p.value}`, afterLight: false, inPhrase: false, row: -1, rank: UNKNOWN_RANK, ...(describesState(toks, i) ? { state: true } : {}), ...(k === i + 1 && verb.lower === verb.lemma && !NOUN_PHRASE.has(toks[k + 1]?.pos ?? "") ? { objectless: true } : {}) };
      }
      // ("switch it *back* on": a particle may precede the one that makes the phrasal verb)
      if (!ADVERB_PARTICLES.has(p.lower)) return null;
      skipped = true;
      // (and the next word is that particle: "put the parcel out *the back*" is a place)
    } else if (skipped || !BETWEEN.has(p.pos)) return null;
  }
  return null;
}

/**
 * "theres *like* fog under the glass", "it's *like* really loud", "sounds *like* a rattle": "like"
 * as a filler or comparison, with no wanting subject before it, is no request ("I'd like", "we
 * like to", "like to book" and "would you like" still are: a pronoun, modal or nothing before it).
 */
function fillerLike(words: Tok[], i: number): boolean {
  if (words[i].lower !== "like") return false;
  const before = words[i - 1];
  // ("…are bulging outwards, *like a sail*": a part opening with "like" and then the thing compared
  // — a determiner, noun, adjective or number — compares; "like to book" still wishes; rule comparisonLike)
  // (or a clause of its own, "…chipped on the ear, *like someone dropped the tray*", "like they never
  // tested it": "like" as "as if", a subject and its verb after it — "like to book" and "like you to
  // call" have none; rule likeClause)
  if (!before) return RULE.comparisonLike && (COMPARED.has(words[i + 1]?.pos ?? "") || (RULE.likeClause && likeClause(words, i)));
  // ("it's *like* really loud", "the bow is *like* warped": after "be" it compares, never wants)
  if (before.lemma === "be") return true;
  if (RULE.comparisonLike) {
    // (adverbs between the wanting subject and "like" keep it a wish — "I'd *also* like", "we'd
    // *really* like"; after a noun or verb they do not: "he only eats on Sundays *now*, like a vicar")
    let at = i - 1;
    while (at > 0 && words[at].pos === "ADV") at--;
    const subject = words[at];
    if (subject.pos === "ADV") return false;
    // ("We've watered it *like* the leaflet said", "leave them like that": a pronoun after a verb is its
    // object, and what follows "like" is the manner compared — no one wants; rule objectLike)
    if (RULE.objectLike && subject.pos === "PRON" && at > 0 && words[at - 1].pos === "VERB") return true;
    return subject.pos !== "PRON" && subject.pos !== "AUX" && subject.pos !== "PART" && subject.pos !== "INTJ" && !/^(?:'d|d|wd|would|should)$/.test(subject.lower);
  }
  return before.pos !== "PRON" && before.pos !== "AUX" && before.pos !== "ADV" && before.pos !== "PART" && before.pos !== "INTJ" && !/^(?:'d|d|wd|would|should)$/.test(before.lower);
}

/** "like" opening a clause: a pronoun subject, then (after adverbs) its verb. */
function likeClause(words: Tok[], i: number): boolean {
  if (words[i + 1]?.pos !== "PRON") return false;
  let at = i + 2;
  while (words[at]?.pos === "ADV") at++;
  return words[at]?.pos === "VERB" || words[at]?.pos === "AUX";
}

/** What a comparison's "like" is followed by: the thing compared ("like a sail", "like new", "like 2 inches"). */
const COMPARED = new Set(["DET", "NOUN", "PROPN", "ADJ", "NUM"]);

/** A finite form: neither the base form ("fix", "be") nor a participle in -ing. */
const finite = (t: Tok) => t.lower !== t.lemma && !t.lower.endsWith("ing");
/**
 * "stays booked", "remains active", "stay put", "will stay in place", "remains the same": "stay" and
 * "remain" before a participle, an adjective or those phrases (adverbs between) say that the thing is
 * kept as it is, which keeping does ("keep", lexicon.ts CONTINUING: the opposite of cancelling or
 * removing it; rule `stateKept`). "We're staying in Lyme", "stay on the line" and "remain seated" (a
 * subject's own doing, before a preposition or said of a person) are not this: only a participle or
 * adjective counts, not one of a person's posture or feeling (a closed set), and not a participle after
 * a bare "stay" that follows a noun (the noun "stay": "our yurt stay moved to the 13th").
 */
const STAYING = new Set(["stay", "remain"]);
/** (the lite model tags "remains" after a name as a noun — "Court 3 *remains* reserved": the third person counts as the verb) */
const STAYS = new Set(["stays", "remains"]);
const KEPT = "keep";
const OWN_STATES = new Set(["seated", "calm", "quiet", "silent", "safe", "tuned", "connected", "positive", "awake", "anonymous"]);
function keptState(toks: Tok[], i: number): boolean {
  let k = i + 1;
  while (toks[k]?.pos === "ADV" && toks[k].lower !== "put") k++;
  const next = toks[k];
  if (!next || OWN_STATES.has(next.lower)) return false;
  if (next.lower === "put" || next.lower === "open" || next.lower === "active" || next.lower === "live") return true;
  // ("stays in place", "remains the same", "stays as it is", "remain as booked")
  const two = `${next.lower} ${toks[k + 1]?.lower ?? ""}`;
  if (two === "in place" || two === "the same" || (next.lower === "as" && /^(?:is|it|they|before|planned|booked|agreed|arranged)$/.test(toks[k + 1]?.lower ?? ""))) return true;
  if (next.pos === "ADJ") return true;
  // (a participle after a bare "stay" that follows a noun is a noun's: "our yurt *stay moved* to the 13th")
  const bare = toks[i].lower === toks[i].lemma && (toks[i - 1]?.pos === "NOUN" || toks[i - 1]?.pos === "PROPN");
  return !bare && next.pos === "VERB" && next.lower !== next.lemma && /(?:ed|en)$/.test(next.lower);
}

/**
 * Idioms of ending, in which a light verb carries a noun of ending: "bring it *to an end*", "draw the hire *to a close*",
 * "*put an end to* it", "*put a stop to* the texts", "*call a halt to* the works". The noun is the action (its verb, or
 * "stop" for a halt), as "end it" or "stop the texts" would be (rule `endIdiom`); "the end of the month", "at the close
 * of play", "a stop on the card" stay nouns. The verb may sit a few words back ("brought the whole thing to an end").
 */
const ENDING_NOUN: Record<string, string> = { end: "end", close: "close", halt: "stop", stop: "stop" };
const TO_END_VERBS = new Set(["bring", "draw", "come"]);
const PUT_END_VERBS = new Set(["put", "call"]);
function endIdiom(toks: Tok[], i: number): string | null {
  const action = ENDING_NOUN[toks[i].lower];
  if (!action || (toks[i - 1]?.lower !== "an" && toks[i - 1]?.lower !== "a")) return null;
  // "put an end to", "put a stop to", "call a halt to": the verb right before the article, "to" right after the noun
  if (PUT_END_VERBS.has(toks[i - 2]?.lemma ?? "") && toks[i + 1]?.lower === "to") return action;
  // "bring … to an end", "draw … to a close": "to" before the article, the verb up to four words before it
  if (toks[i - 2]?.lower !== "to" || action === "stop") return null;
  for (let k = i - 3; k >= Math.max(0, i - 7); k--) {
    if (TO_END_VERBS.has(toks[k].lemma) && toks[k].pos === "VERB") return action;
    if (toks[k].pos === "PUNCT") break;
  }
  return null;
}

/** What the idiom "on hold" does to its object: stops it for a time (lexicon.ts pausesAgainstEnd). */
const ON_HOLD = "suspend";
const onHold = (toks: Tok[], i: number) => toks[i].lower === "hold" && toks[i - 1]?.lower === "on";

/**
 * Whether the verb at toks[i] describes a state of affairs rather than an action: "the heating *is
 * broken*", "the leaves *are dropping* off" (a progressive after a noun subject), "my card *got blocked*" (a participle after a finite "be"/"get", adverbs between;
 * "needs to be fixed" and "get it fixed" keep their action), or "it *keeps* whistling", "the app
 * *stopped* working", "my glasses *keep* slipping" (a verb before a gerund, finite or after a
 * noun subject: what the thing does; "please stop sending me letters", "so we stop paying for it"
 * keep their action). A problem report's state is the problem; its remedy is no opposite.
 */
function describesState(toks: Tok[], i: number): boolean {
  const t = toks[i];
  // (a hyphenated gerund counts by its last word: "it keeps *blue-screening*")
  const next = toks[i + 2]?.value === "-" && toks[i + 3]?.lower.endsWith("ing") ? toks[i + 3] : toks[i + 1];
  if ((next?.pos === "VERB" || next?.pos === "ADJ" || next !== toks[i + 1]) && next.lower.endsWith("ing")) {
    // ("my glasses *keep* slipping": after its subject, a plural's present is the base form too)
    const before = toks[i - 1];
    // ("so we stop paying" after a pronoun may be what is wanted: only a thing's doing is read so)
    if (finite(t) || (t.lower === t.lemma && before?.pos === "NOUN")) return true;
  }
  if (t.pos !== "VERB") return false;
  let k = i - 1;
  while (k >= 0 && toks[k].pos === "ADV") k--;
  const aux = toks[k];
  // ("the leaves *are dropping* off", "the tap is leaking": a progressive after a noun subject)
  if (t.lower.endsWith("ing") && t.lower !== t.lemma) return !!aux && aux.lemma === "be" && finite(aux) && THING_SUBJECT.has(toks[k - 1]?.pos ?? "");
  // (the lite model tags "keep" after a plural as a noun: only the gerund test above reads it as a verb)
  if (!finite(t)) return false;
  return !!aux && (aux.lemma === "be" || aux.lemma === "get") && finite(aux);
}

/**
 * "the leaves *are dropping* off", "the tap is leaking", "the screen was flickering": a verb in the
 * progressive after a noun subject says what a thing is doing — the problem, not an action wanted
 * ("I am moving", "we're cancelling" keep their action: a pronoun may be the one who acts).
 */
const THING_SUBJECT = new Set(["NOUN", "PROPN"]);

const SUBJECT_START = new Set(["DET", "NOUN", "PROPN"]);
/**
 * A part that opens with its subject and then a finite verb ("My heating is broken", "the app
 * keeps crashing") states something; a question opens with its auxiliary or question word.
 */
function isStatement(part: Tok[]): boolean {
  let at = 0;
  while (at < part.length && (part[at].pos === "CCONJ" || part[at].pos === "ADV" || part[at].pos === "PUNCT" || part[at].pos === "INTJ")) at++;
  // ("Also *they pinch* a bit across the top, can that be stretched?": a subject pronoun and its verb are a
  // statement — unless the verb says a wish ("I need …") or a modal after it reports one ("she says he
  // *would* rather go in June"); rule pronounStatement)
  if (RULE.pronounStatement && SPLICE_SUBJECTS.has(part[at]?.lower ?? "") && part[at + 1]?.pos === "VERB" && !REQUEST_MARKERS.has(part[at + 1].lemma) && !part.some((t, k) => k > at + 1 && t.pos === "AUX")) return true;
  if (!SUBJECT_START.has(part[at]?.pos) && !POSSESSIVE.has(part[at]?.lower ?? "")) return false;
  while (at < part.length && (SUBJECT_START.has(part[at].pos) || part[at].pos === "ADJ" || part[at].pos === "PRON")) at++;
  return !!part[at] && (part[at].pos === "AUX" || part[at].pos === "VERB") && finite(part[at]);
}
