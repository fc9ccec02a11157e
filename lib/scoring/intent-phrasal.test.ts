// Phrasal verbs (issue 12, antonym16): WordNet states many oppositions only on a verb and its
// particle — "let out"/"take in" (clothes), "switch on"/"switch off", "scale up"/"scale down",
// "take away"/"add" — and the intent judge read none of them: the extract left multi-word lemmas
// out, and a light verb ("let", "take") is no term at all. m-bridalwear-let-out-not-take-in (dev-m2:
// "can it be let out?" read as "the waist … taken in") was read as preserved. Failure cases and near
// misses in domains no corpus covers (curtain making, a home heating system, conference catering).
import { describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { actionDirection, areOpposed } from "./nlp/lexicon";
import { parseText } from "./nlp/parse";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

const CASES = [
  ["curtain making", "The new curtains are a bit narrow for the bay window, could they be let out? Order CM-2231.", "customer wants the curtains for order CM-2231 taken in", "customer wants the curtains for order CM-2231 let out to fit the bay"],
  ["home heating", "We're back from holiday, please switch the hot water back on for flat 4.", "resident wants the hot water for flat 4 switched off", "resident wants the hot water for flat 4 switched back on"],
  ["conference catering", "Only 40 delegates have registered, please scale the lunch order down to 40.", "client wants the lunch order scaled up for the conference", "client wants the lunch order scaled down to 40 delegates"],
] as const;

describe("a phrasal verb read as its opposite is antonym drift", () => {
  it.each(CASES)("%s: drift", (_domain, ask, opposite) => {
    const v = judge(ask, opposite);
    expect(v.score).toBe(0.1);
    expect("driftKind" in v && v.driftKind).toBe("antonym");
  });

  it.each(CASES)("%s: near miss, the same phrasal verb", (_domain, ask, _opposite, kept) => {
    const v = judge(ask, kept);
    expect(v.score === null || v.score >= 0.5).toBe(true);
  });

  it("a phrasal verb is read with its particle after a short object or right after the verb", () => {
    expect(parseText("Can you hold it back till the week after?").clauses[0].phrasals.map((t) => t.lemma)).toEqual(["hold_back"]);
    expect(parseText("Please take out the old boiler.").clauses[0].phrasals.map((t) => t.lemma)).toEqual(["take_out"]);
    expect(parseText("Could it be taken away?").clauses[0].phrasals.map((t) => t.lemma)).toEqual(["take_away"]);
  });

  it("near miss: a particle after an object and before a noun phrase is a preposition, not a phrasal verb", () => {
    expect(parseText("Please drop the keys in the letterbox.").clauses.flatMap((c) => c.phrasals)).toEqual([]);
    expect(parseText("Can you put the parcel out the back?").clauses.flatMap((c) => c.phrasals)).toEqual([]);
    // (right after the verb it is read as a particle: "turn in the form")
    expect(parseText("Please turn in the form.").clauses[0].phrasals.map((t) => t.lemma)).toEqual(["turn_in"]);
  });

  it("near miss: a refused action is not refused again by an agent's phrasal verb of the same sense", () => {
    // (WordNet puts "wait" and "hold on" in one synset; an agent's "hold on" is no refused wait)
    const v = judge("I don't want to wait for a callback, please fix my broadband fault today.", "Please hold on while I book the broadband engineer for today");
    expect(v.reason).not.toMatch(/do not want to hold_on/);
    expect("driftKind" in v && v.driftKind).not.toBe("antonym");
  });

  it("phrasal verbs are no terms: the similarity of ask and interpretation is unchanged", () => {
    const c = parseText("Could the curtains be let out?").clauses[0];
    expect(c.terms.map((t) => t.lemma)).toEqual(["curtain"]);
  });

  it("the extract holds a phrasal verb's own WordNet antonym, not its synsets' spread nor a direction", () => {
    expect(areOpposed("let_out", "take_in")).toBe(true);
    expect(areOpposed("switch_on", "switch_off")).toBe(true);
    // (spread over synsets, "put out" opposed "bring back" through "anesthetize"; "come back" got the direction "early")
    expect(areOpposed("put_out", "bring_back")).toBe(false);
    expect(actionDirection("come_back")).toEqual([]);
  });

  it("switched off, a phrasal verb is read as before", () => {
    tuneDrift({}, ["phrasalVerbs"]);
    try {
      const [, ask, opposite] = CASES[0];
      const v = judge(ask, opposite);
      expect("driftKind" in v && v.driftKind).not.toBe("antonym");
    } finally {
      tuneDrift();
    }
  });
});
