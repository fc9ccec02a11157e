// Action relations derived from WordNet definitions (issue 12, drift12f; lexicon.ts ACTION_RELATIONS,
// built by scripts/build-intent-lexicon.mjs --only relations). They are OFF in production: measured
// on every development corpus and the stress set they found no drift the judge missed. These tests
// switch the "temporary" part on (before the lexicon is first read) to show what it does, with
// failure cases and near misses in domains in no evaluation corpus (allotments, beekeeping, canal
// boat moorings); the sentences are written here for the relation.
import { describe, expect, it } from "vitest";
import { ACTION_RELATIONS, areOpposed, samePolarity } from "./nlp/lexicon";
import { offlineAssess } from "./judge-offline";

ACTION_RELATIONS.temporary = true;
const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

describe("temporary vs permanent, from the definitions of a verb's first senses", () => {
  it("opposes pause to the permanent actions its definition qualifies ('cease an action temporarily')", () => {
    for (const permanent of ["cease", "stop", "end", "terminate", "discontinue"]) expect(areOpposed("pause", permanent)).toBe(true);
    // near misses: no relation is invented between a pause and what keeps or restarts a thing
    for (const other of ["resume", "continue", "keep", "pause"]) expect(areOpposed("pause", other)).toBe(false);
    // lend: "give temporarily" — lend vs give, not lend vs borrow's synonyms
    expect(areOpposed("lend", "give")).toBe(true);
    expect(areOpposed("lend", "provide")).toBe(false);
  });

  it("leaves two permanent endings the same intent", () => {
    expect(samePolarity("end", "terminate")).toBe(true);
    expect(samePolarity("cancel", "stop")).toBe(true);
  });

  it.each([
    ["Can I pause my allotment plot rental over the winter?", "terminate the allotment plot rental"],
    ["Please pause my hive inspection visits while I'm away", "end the hive inspection visits"],
    ["I need to pause the mooring contract for my narrowboat", "discontinue the mooring contract for the narrowboat"],
  ])("a pause asked, an end interpreted, is antonym drift: %s", (ask, interpretation) => {
    expect(judge(ask, interpretation)).toMatchObject({ driftKind: "antonym" });
  });

  it.each([
    ["Can I pause my allotment plot rental over the winter?", "pause the allotment plot rental over the winter"],
    ["Please end my hive inspection visits", "terminate the hive inspection visits"],
    ["I need to pause the mooring contract for my narrowboat", "resume the mooring contract for the narrowboat once they are back"],
  ])("near miss, no antonym: %s", (ask, interpretation) => {
    expect(judge(ask, interpretation)).not.toMatchObject({ driftKind: "antonym" });
  });
});
