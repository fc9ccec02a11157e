import { describe, expect, it } from "vitest";
import type { BatchOutcome } from "../../scoring/persist";
import { ScoreBatcher } from "./score-conversation";

type Call = { projectId: string; conversationIds: string[]; keepAnalyses?: boolean };

function fakeScorer(fail: (c: Call) => Error | null = () => null, broken = new Set<string>()) {
  const calls: Call[] = [];
  const score = async (c: Call): Promise<BatchOutcome> => {
    calls.push(c);
    await new Promise((r) => setTimeout(r, 5));
    const err = fail(c);
    if (err) throw err;
    return new Map(c.conversationIds.map((id) => [id, broken.has(id) ? { error: new Error(`bad ${id}`) } : { analysis: null }]));
  };
  return { calls, score: score as never };
}

describe("ScoreBatcher", () => {
  it("scores concurrent jobs of a project in one call, one call per project", async () => {
    const f = fakeScorer();
    const b = new ScoreBatcher(f.score, 64, 2, 2);
    await Promise.all([b.add("p1", "a"), b.add("p1", "b"), b.add("p2", "x"), b.add("p1", "c")]);
    expect(f.calls).toEqual([
      // (the batcher reads only errors: it asks for no analyses, so none outlives its write row)
      { projectId: "p1", conversationIds: ["a", "b", "c"], keepAnalyses: false },
      { projectId: "p2", conversationIds: ["x"], keepAnalyses: false },
    ]);
  });

  it("caps a batch at maxBatch and keeps at most maxInFlight transactions", async () => {
    const f = fakeScorer();
    const b = new ScoreBatcher(f.score, 3, 1, 2);
    await Promise.all(Array.from({ length: 7 }, (_, i) => b.add("p", `c${i}`)));
    expect(f.calls.map((c) => c.conversationIds.length)).toEqual([3, 3, 1]);
  });

  it("fails only the conversation whose analysis threw", async () => {
    const f = fakeScorer(() => null, new Set(["b"]));
    const b = new ScoreBatcher(f.score, 64, 2, 2);
    const results = await Promise.allSettled([b.add("p", "a"), b.add("p", "b"), b.add("p", "c")]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    expect((results[1] as PromiseRejectedResult).reason.message).toBe("bad b");
  });

  it("fails every job of a batch whose transaction failed, and keeps going after it", async () => {
    let first = true;
    const f = fakeScorer(() => (first ? ((first = false), new Error("connection lost")) : null));
    const b = new ScoreBatcher(f.score, 64, 2, 2);
    const results = await Promise.allSettled([b.add("p", "a"), b.add("p", "b")]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    await expect(b.add("p", "a")).resolves.toBeUndefined();
  });
});
