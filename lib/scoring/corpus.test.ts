// Holds the accuracy targets of the scoring issues on every labelled corpus (`npm run eval` prints
// the full tables): the per-scorer targets in eval.ts TARGETS and dropped-field naming.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { CORPORA } from "../../tests/fixtures/corpora";
import { belowTargets, evaluateCorpus } from "./eval";

describe.each(CORPORA.filter((c) => fs.existsSync(c.dir)))("labelled corpus $name", ({ dir }) => {
  it("meets every scorer's targets", async () => {
    const r = await evaluateCorpus(dir);
    expect(r.conversations).toBeGreaterThanOrEqual(40);
    expect(belowTargets(r)).toEqual([]);
  });
});
