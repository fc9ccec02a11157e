// The intent-drift judge's tunable figures and rule switches, in one place, so that how each was
// chosen can be measured: `npx tsx scripts/drift-loco.ts` moves one at a time, per corpus, and
// asks what it would be if chosen on the other corpora only (leave one corpus out), and switches
// each rule off to see which corpora need it (docs/evaluation.md, drift12f). The scorers read
// DRIFT_TUNING; only that script (and tests) call tuneDrift(), which also empties the caches whose
// verdicts depend on these figures. Production never changes them.

export const DRIFT_DEFAULTS = {
  /** below this word-vector cosine two words are not paraphrases (GloVe's related-but-different zone) */
  similar: 0.6,
  /** the share of the ask (specific terms, weighted) the interpretation must keep to be preserved */
  preserved: 0.25,
  /** "another thing done": at most this share of the interpretation may come from the user */
  otherBack: 0.35,
  /** drift from absence: at most this share of the ask kept … */
  absenceFound: 0.12,
  /** … and at most this share of the interpretation from the user */
  absenceBack: 0.2,
  /** "another thing" and drift from absence need no word of the interpretation this close (cosine) to the request's action or object */
  related: 0.6,
  /** a part of a multi-part ask counts as reaching an agent from this share of its words */
  partReached: 0.25,
  /** … and a request set beside another ("and can you …", "could you also …") from this share (intent.ts partBar) */
  joinedPartReached: 0.4,
  /** below this share (vectors from 0.5) nothing an agent said comes near a part handed on */
  unaddressed: 0.1,
} as const;

export type DriftTuning = { -readonly [K in keyof typeof DRIFT_DEFAULTS]: number };

/** The rules the judge can be run without (each true in production). */
export const DRIFT_RULES = [
  "oppositeAction",
  "oppositeDirection",
  "timeAdjunct",
  "scope",
  "unknownThing",
  "otherThing",
  "wantBack",
  "nounAction",
  "onlyWithout",
  "absence",
  "reportLeniency",
  "rejection",
  "requestAlone",
  "throughEarlier",
  "objection",
  "correction",
  "followsLater",
  "withdrawn",
  "lostPart",
  "unaddressedPart",
  "contact",
  "changedMind",
  "changedWithin",
  "replyAfterLast",
  "contrastLemmas",
  "toolEvidence",
  "opaqueCore",
  "phrasePart",
  "laterOnAbstain",
  "replies",
  "answeredFirst",
  "pauseNotEnd",
  "bridgeSupport",
  "misunderstood",
  "factPart",
  "phrasalVerbs",
  "actionNouns",
  "stillOpen",
  "wentAlong",
  "abandoned",
  "loneWordPart",
  "whoPart",
  "askedAgain",
  "idLabels",
  "confirmKeeps",
  "closing",
  "polarity",
  "bridgeOpposite",
  "objectingLater",
  "settled",
  "valueAgain",
  "phrasalDirection",
  "steered",
  "measuredParticle",
  "aside",
  "addedTime",
  "addedPart",
  "addedKeys",
  "restatedPart",
  "comparisonLike",
  "bracketAside",
  "correctionForms",
  "spokenQuestion",
  "spokenOff",
  "upDown",
  "emailBody",
  "listedRequests",
  "joinedPart",
  "lowRating",
  "hedgedObjection",
  "refersBack",
  "onlyPart",
  "thenStep",
  "bothPart",
  "joinedAfterComma",
  "alternativePart",
  "rhetorical",
  "pressedAgain",
  "refusedOffer",
  "leadingRun",
  "addedFragment",
  "valueNamesPart",
  "revisedFirst",
  "discoursePart",
  "topRating",
  "leftObjecting",
  "bottomRating",
  "exception",
  "numberGroups",
  "bracketSentence",
  "countDirection",
  "valueThenImperative",
  "repeatedAction",
  "fragmentAdjunct",
  "otherOne",
  "putOn",
  "escalatedObjecting",
  "asksWhether",
  "pronounObject",
  "deverbalPreposition",
  "codeFullStop",
  "offeredValue",
  "refusedObject",
  "focusedObjection",
  "directionSaid",
  "moneyDirection",
  "framedPart",
  "objectLike",
  "gratitude",
  "pastNarrative",
  "topRatingPart",
  "misspelt",
  "sameLineSalutation",
  "converse",
  "joinedPhrasePart",
  "keepNotDispose",
  "stateKept",
  "nounInversion",
  "helpSecondVerb",
  "takenElsewhere",
  "disbelief",
  "surprisedAcceptance",
  "hesitantAcceptance",
  "disbeliefBeside",
  "causativeParticiple",
  "unheardObjection",
  "goesAhead",
  "compoundOff",
  "contrastAcrossNoun",
  "askedNotTo",
  "commaSplice",
  "addedPhrasePart",
  "gerundNoun",
  "hyphenAnd",
  "seriousDisbelief",
  "fragmentSubject",
  "whetherClause",
  "floatingAll",
  "statedTaste",
  "conditionalWish",
  "askedOfSpeaker",
  "acknowledgedObjection",
  "becauseReason",
  "gerundWish",
  "rejectionRestated",
  "stillOpenNamed",
  "likeClause",
  "rejectionPerson",
  "addedVerbPart",
  "frontedReason",
  "existentialGerund",
  "negatedThing",
  "dismissedOffer",
  "noticeClause",
  "withThing",
  "toAfter",
  "stopFrom",
  "switchTo",
  "verbSign",
] as const;
export type DriftRule = (typeof DRIFT_RULES)[number];

export const DRIFT_TUNING: DriftTuning = { ...DRIFT_DEFAULTS };
export const DRIFT_RULE_ON: Record<DriftRule, boolean> = Object.fromEntries(DRIFT_RULES.map((r) => [r, true])) as Record<DriftRule, boolean>;

const resets: Array<() => void> = [];
/** A cache whose entries depend on the tuning registers how to empty itself. */
export function onDriftTuning(reset: () => void): void {
  resets.push(reset);
}

/** Sets some figures and switches (the rest back to their defaults) and empties the dependent caches. */
export function tuneDrift(figures: Partial<DriftTuning> = {}, off: DriftRule[] = []): void {
  Object.assign(DRIFT_TUNING, DRIFT_DEFAULTS, figures);
  for (const r of DRIFT_RULES) DRIFT_RULE_ON[r] = !off.includes(r);
  for (const reset of resets) reset();
}
