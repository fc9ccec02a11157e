import { describe, expect, it } from "vitest";
import { analyzeFixture } from "./fixture.test-util";

describe("tool-result freshness", () => {
  it("flags a shipment status from several turns ago restated after a handoff", async () => {
    const a = await analyzeFixture("stale-status");
    const uses = a.handoffs.flatMap((h) => h.staleUses);
    expect(uses).toHaveLength(1);
    expect(uses[0]).toMatchObject({ tool: "track_shipment" });
    expect(uses[0].ageTurns).toBeGreaterThan(2);
  });

  it("flags a value older than the seconds threshold even within the same turn", async () => {
    const a = await analyzeFixture("stale-balance");
    expect(a.scores.staleUseCount).toBe(1);
    expect(a.handoffs[0].staleUses[0].ageSeconds).toBeGreaterThan(120);
  });

  it("near miss: the tool was called again before the answer", async () => {
    expect((await analyzeFixture("near-refetch-status")).scores.staleUseCount).toBe(0);
  });

  it("near miss: an old lookup whose id is mentioned (ids never go stale)", async () => {
    expect((await analyzeFixture("near-stale-id")).scores.staleUseCount).toBe(0);
  });
});
