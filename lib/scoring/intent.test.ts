import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeFixture } from "./fixture.test-util";
import { offlineAssess } from "./judge-offline";
import { analyzeConversation } from "./run-scorers";

describe("intent preservation (offline judge)", () => {
  it("scores cancel-subscription vs upgrade-plan as drift", async () => {
    const a = await analyzeFixture("drift-cancel-upgrade");
    expect(a.scores.intentPreservation).toBeLessThan(0.5);
    expect(a.scores.intentDrift).toBe(true);
    expect(a.conversation.flags).toContain("drift");
  });

  it("near miss: the same ask in other words is preserved", async () => {
    const a = await analyzeFixture("near-drift-cancel");
    expect(a.scores.intentPreservation).toBeGreaterThanOrEqual(0.5);
    expect(a.scores.intentDrift).toBe(false);
  });

  it("is deterministic for paraphrases", () => {
    expect(offlineAssess("reset my password", "customer wants to reset a password").score).toBe(1);
  });

  it("is null with a reason when there is no message content (Responses-transport traces)", async () => {
    const a = await analyzeConversation(
      [
        { id: "h", conversationId: "c", timestamp: "2026-11-24T10:00:00Z", type: "handoff", from: "triage", to: "billing", mode: "transfer" },
      ],
      DEFAULT_SETTINGS,
    );
    expect(a.scores.intentPreservation).toBeNull();
    expect(a.scoreReasons.intentPreservation).toBe("no message content in trace");
    expect(a.scores.reaskCount).toBeNull();
    expect(a.scoreReasons.reaskCount).toBe("no message content in trace");
  });
});
