// The drift12f stress set (tests/fixtures/stress/drift12f): 48 short conversations, half clean
// paraphrases and half drifts of every kind (opposite action or direction, a lost part, another
// topic on the same account, a narrowed or widened ask), in six domains in no evaluation corpus,
// written before the judge was run on them (blind figure on main: drift P 87.5 / R 58.3 / FP on
// clean 8.3 % / coverage 97.9 %). Its misses have since been read, so it is a development set
// now; this test holds its figures where the drift12f round left them (docs/evaluation.md).
import path from "node:path";
import { describe, expect, it } from "vitest";
import { belowTargets, evaluateCorpus } from "./eval";

const DIR = path.join(import.meta.dirname, "../../tests/fixtures/stress/drift12f");

describe("drift stress set (drift12f)", () => {
  it("holds its drift figures and every other scorer's targets", async () => {
    const r = await evaluateCorpus(DIR);
    expect(r.conversations).toBe(48);
    // recall 0.708 → 0.667 (lead, 2026-11-29): the "another thing done" reading of the user's own
    // words abstains instead of flagging (corpus.test.ts says why)
    expect(belowTargets(r, { flags: { drift: { recall: 0.667 } } })).toEqual([]);
  }, 60_000);
});
