// After a verb of wanting or causing and its object, a participle is the action asked for (rule `causativeParticiple`,
// parse.ts causativeParticiples): the lite model tags "fitted", "padded", "stitched" as nouns and "flushed", "groomed",
// "tiled" as adjectives, so "Customer wants the replacement engine fitted" named no action and "please DON'T fit it"
// had nothing to oppose (seen in blind-t1's mower, which its long ask still keeps from being found; held-out gate: one
// more drift found, no false alarm, no other scorer moved).
// Near misses: a participle before its noun ("a fitted kitchen", "the padded jacket"), one after "be" ("the boiler was
// flushed"); with the rule off the tag stands. The intent cases: a refusal answered by an interpretation that does it.
// Domains in no evaluation corpus: saddle re-flocking, aquarium servicing, dog-show grooming.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "../drift-tuning";
import { DEFAULT_SETTINGS } from "../../projects/settings";
import { conversation, handedOn } from "../fixture.test-util";
import { analyzeConversation } from "../run-scorers";
import { parseText } from "./parse";

const verbs = (text: string) => parseText(text).terms.filter((t) => t.pos === "VERB").map((t) => t.lemma);

// [domain, the refusal, summary, the final agent's answer, the interpretation that does it, the verb]
const CASES: Array<[string, string, string, string, string, string]> = [
  ["saddle re-flocking", "Please don't have the panels padded again, saddle SR-3107, my fitter says it only needs checking.", "SR-3107 saddle, panels.", "All booked: SR-3107 goes in on Tuesday, ready Friday.", "Customer wants the saddle panels padded on SR-3107.", "pad"],
  ["aquarium servicing", "Do not flush the filter on tank AQ-5521 this visit, the new bacteria culture went in yesterday.", "AQ-5521 tank, new bacteria culture.", "Technician booked for AQ-5521 on Thursday morning.", "Customer needs the tank filter flushed on AQ-5521.", "flush"],
  ["dog-show grooming", "Please don't stitch the torn show coat for Bramble, booking DG-7740, we've bought a new one.", "DG-7740, Bramble's show coat.", "Bramble's booking DG-7740 is confirmed for Saturday at 9.", "Owner wants Bramble's show coat stitched before the show.", "stitch"],
];

afterEach(() => tuneDrift());

describe("a participle after a verb of wanting and its object is the action asked for", () => {
  it.each(CASES)("%s: the participle is read as the verb", (_d, _ask, _s, _a, interp, verb) => {
    expect(verbs(interp)).toContain(verb);
  });
  it("near misses: before its noun, after be: as tagged", () => {
    expect(verbs("We have a fitted kitchen.")).not.toContain("fit");
    expect(verbs("I want the padded jacket.")).not.toContain("pad");
    expect(verbs("The boiler was flushed.")).not.toContain("flush");
  });
  it.each(CASES)("%s: the refusal answered by doing it is drift (an opposite act)", async (_d, ask, summary, answer, interp) => {
    const s = (await analyzeConversation(conversation(handedOn(ask, summary, answer, "ok", interp)), DEFAULT_SETTINGS)).scores;
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
  it.each(CASES)("causativeParticiple off, %s: the tag stands and no action is read", (_d, _ask, _s, _a, interp, verb) => {
    tuneDrift({}, ["causativeParticiple"]);
    expect(verbs(interp)).not.toContain(verb);
  });
});
