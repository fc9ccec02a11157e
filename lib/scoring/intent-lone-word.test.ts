// The drift17 rule `loneWordPart` (intent.ts findLostPart): a part of the ask traced by one word of
// its own has no second word to catch a paraphrase of the first, so a word near it (the cosine bar
// unaddressedPart uses, 0.5) counts as taking it up. Failure cases (partial loss read before the rule:
// "lantern" → "lamp", "blender" → "mixer", "painter" → "decorator") and near misses (a lone word
// nothing downstream comes near; a part of two words, which the stricter bar still traces) in
// domains in no evaluation corpus: campsite, kitchenware shop, plastering, animal shelter. (Its cost:
// a related word of another thing takes a lone word up too — "a kitten" by "the dogs", cosine 0.51.)
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const scores = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const steps = (ask: string, summary: string, reply: string): Step[] => [{ user: ask }, { handoff: ["front-desk", "specialist"], summary }, { agent: reply }];

// [domain, ask (a request and a part named by one word), the summary (the request only), the final reply (the part in a near word)]
const SAID_OTHERWISE: Array<[string, string, string, string]> = [
  ["campsite", "Can I book a tent pitch for two nights from Friday? And could we have a lantern?", "Tent pitch for two nights from Friday.", "Pitch 14 is booked for Friday and Saturday night, and a lamp will be waiting for you at reception."],
  ["kitchenware shop", "Can I order the cast-iron casserole dish in blue? And could we have a blender?", "Customer wants the cast-iron casserole dish in blue.", "The blue cast-iron casserole dish is ordered, and a mixer is added to the parcel."],
  ["plastering", "Can you quote for re-plastering the hall ceiling? We'd need a painter too.", "Quote for re-plastering the hall ceiling.", "Re-plastering the hall ceiling is £640, and our decorator can follow on the same week."],
];

// the same asks where nothing downstream comes near the lone word
const NOT_TAKEN_UP: Array<[string, string, string, string]> = [
  ["campsite", "Can I book a tent pitch for two nights from Friday? And could we have a lantern?", "Tent pitch for two nights from Friday.", "Pitch 14 is booked for Friday and Saturday night, see you then."],
  ["kitchenware shop", "Can I order the cast-iron casserole dish in blue? And could we have a blender?", "Customer wants the cast-iron casserole dish in blue.", "The blue cast-iron casserole dish is ordered and will arrive on Thursday."],
  ["plastering", "Can you quote for re-plastering the hall ceiling? We'd need a painter too.", "Quote for re-plastering the hall ceiling.", "Re-plastering the hall ceiling is £640, and we can start on 4 May."],
];

// a part of two words of its own: one near word does not take it up
const TWO_WORDS: Array<[string, string, string, string]> = [
  ["campsite", "Can I book a tent pitch for two nights from Friday? And could we hire a lantern and a groundsheet?", "Tent pitch for two nights from Friday.", "Pitch 14 is booked for Friday and Saturday night, and there's a lamp at reception."],
  ["animal shelter", "Can we visit on Saturday to meet the dogs? And we'd love a kitten with a scratching post.", "Visit on Saturday to meet the dogs.", "Saturday at 11 is booked for you to meet the dogs and the cat."],
  ["plastering", "Can you quote for re-plastering the hall ceiling? We'd need a painter for the skirting boards too.", "Quote for re-plastering the hall ceiling.", "Re-plastering the hall ceiling is £640, and a decorator can follow."],
];

afterEach(() => tuneDrift());

describe("a part traced by one word is taken up by a word near it (loneWordPart)", () => {
  it.each(SAID_OTHERWISE)("%s: no partial loss", async (_domain, ask, summary, reply) => {
    const s = await scores(steps(ask, summary, reply));
    expect(s.intentDriftKind).not.toBe("partial");
    expect(s.intentDrift).toBe(false);
  });

  it.each(SAID_OTHERWISE)("%s: without the rule, partial loss (the false alarm it removes)", async (_domain, ask, summary, reply) => {
    tuneDrift({}, ["loneWordPart"]);
    expect(await scores(steps(ask, summary, reply))).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentPath: "lostPart" });
  });

  it.each(NOT_TAKEN_UP)("near miss, %s: nothing near the lone word downstream is still partial loss", async (_domain, ask, summary, reply) => {
    expect(await scores(steps(ask, summary, reply))).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentPath: "lostPart" });
  });

  it.each(TWO_WORDS)("near miss, %s: a part of two words with one near word is still partial loss", async (_domain, ask, summary, reply) => {
    expect(await scores(steps(ask, summary, reply))).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentPath: "lostPart" });
  });
});
