// speed32a: the offline judge keeps the word-vector cosines it computes during one call in a small
// table (judge-offline.ts pairSimilarity, withPairTable), so a pair compared several times in one call
// is computed once. A kept cosine must be the number computed afresh, to the last bit, in either
// order of the two rows, whatever collides in the table or overflows a probe run, in call after call.
import { describe, expect, it } from "vitest";
import { pairSimilarity, withPairTable } from "./judge-offline";
import { rowSimilarity, vectorIndex } from "./nlp/lexicon";

let seed = 3;
const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
const same = (a: number, b: number) => Object.is(a, b);

describe("pairSimilarity", () => {
  const rows = 40_000; // (the table's rows: word-vectors.bin holds 40,000)
  const real = (v: number) => Number.isFinite(v) && v >= -1.000001 && v <= 1.000001;

  it("is rowSimilarity, to the last bit, in both orders, outside and inside a judge call", () => {
    const pairs = Array.from({ length: 3000 }, () => [next(rows), next(rows)] as const);
    for (const [i, j] of pairs) expect(real(rowSimilarity(i, j)) && same(pairSimilarity(i, j), rowSimilarity(i, j))).toBe(true);
    withPairTable(() => {
      // each pair several times and both ways, far more pairs than the table holds (collisions, full probe runs)
      for (let k = 0; k < 4; k++) for (const [i, j] of pairs) {
        expect(same(pairSimilarity(i, j), rowSimilarity(i, j))).toBe(true);
        expect(same(pairSimilarity(j, i), rowSimilarity(j, i))).toBe(true);
      }
    });
  }, 60_000);

  it("gives the computed number in call after call, and in a call inside a call (which shares the outer table)", () => {
    const words = ["glacier", "crevasse", "organ", "pipe", "pearl", "oyster", "dive", "rope"].map(vectorIndex).filter((r) => r >= 0);
    expect(words.length).toBeGreaterThan(4);
    for (let call = 0; call < 50; call++) {
      const out = withPairTable(() => {
        const inner = withPairTable(() => words.map((a) => words.map((b) => pairSimilarity(a, b))));
        return [inner, words.map((a) => words.map((b) => pairSimilarity(b, a)))];
      });
      for (const [x, a] of words.entries()) for (const [y, b] of words.entries()) {
        expect(same(out[0][x][y], rowSimilarity(a, b))).toBe(true);
        expect(same(out[1][x][y], rowSimilarity(b, a))).toBe(true);
      }
    }
  });

  it("gives the same number after a throw inside a call (the table is left, not kept)", () => {
    expect(() => withPairTable(() => {
      pairSimilarity(1, 2);
      throw new Error("judge failed");
    })).toThrow("judge failed");
    expect(same(pairSimilarity(2, 1), rowSimilarity(2, 1))).toBe(true);
    expect(withPairTable(() => pairSimilarity(2, 1))).toBe(rowSimilarity(2, 1));
  });
});
