// Guards the accuracy targets of the scoring issue on the labelled corpus (`npm run eval` prints
// the full table): ≥ 0.9 precision and recall per flag, ≥ 0.85 drift agreement.
import { describe, expect, it } from "vitest";
import { CORPUS_DIR, evaluateCorpus } from "./eval";

describe("labelled corpus", () => {
  it("meets the precision/recall and drift-agreement targets", async () => {
    const r = await evaluateCorpus(CORPUS_DIR);
    expect(r.conversations).toBeGreaterThanOrEqual(40);
    for (const f of r.flags) {
      expect({ flag: f.flag, precision: f.precision >= 0.9, recall: f.recall >= 0.9 }).toEqual({ flag: f.flag, precision: true, recall: true });
    }
    expect(r.drift.agreement).toBeGreaterThanOrEqual(0.85);
  });
});
