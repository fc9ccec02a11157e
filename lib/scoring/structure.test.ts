import { describe, expect, it } from "vitest";
import { analyzeFixture } from "./fixture.test-util";

describe("depth", () => {
  it("flags a 9-hop chain as critical", async () => {
    const a = await analyzeFixture("deep-10");
    expect(a.scores.maxDepth).toBe(9);
    expect(a.scores.depthLevel).toBe("critical");
  });
  it("near miss: depth 5 is fine", async () => {
    const a = await analyzeFixture("near-depth-5");
    expect(a.scores.maxDepth).toBe(5);
    expect(a.scores.depthLevel).toBe("ok");
    expect(a.conversation.flags).not.toContain("deep");
  });
});

describe("role confusion", () => {
  it("records requested vs executed from who acted next", async () => {
    const a = await analyzeFixture("role-second-wins");
    expect(a.scores.roleConfusion).toBe(true);
    expect(a.handoffs[0].requested).toEqual(["reservations", "billing"]);
    expect(a.handoffs[0].ignored).toEqual(["reservations"]);
    expect(a.conversation.agentPath).toEqual(["triage", "billing"]);
    expect(a.handoffs[0].flags).toContain("ignored");
  });
  it("reads the requested agents an adapter recorded on one handoff", async () => {
    const a = await analyzeFixture("role-multiple-requested");
    expect(a.handoffs[0].ignored).toEqual(["subscriptions"]);
  });
  it("near miss: two handoffs in different turns", async () => {
    expect((await analyzeFixture("near-role-turns")).scores.roleConfusion).toBe(false);
  });
});

describe("ping-pong", () => {
  it("flags A→B→A", async () => {
    const a = await analyzeFixture("pingpong-back");
    expect(a.scores.pingPong).toBe(true);
    expect(a.handoffs[1].flags).toContain("ping_pong");
  });
  it("near miss: supervisor delegate/return round trips", async () => {
    expect((await analyzeFixture("near-supervisor")).scores.pingPong).toBe(false);
  });
  it("near miss: a return after four hops is outside the window", async () => {
    expect((await analyzeFixture("near-pingpong-far")).scores.pingPong).toBe(false);
  });
});

describe("handoffs to resolution and context growth", () => {
  it("counts handoffs until resolved", async () => {
    expect((await analyzeFixture("drop-account")).scores.handoffsToResolution).toBe(2);
  });
  it("is null with a reason when the conversation never resolved", async () => {
    const a = await analyzeFixture("drift-refund-address");
    expect(a.scores.handoffsToResolution).toBeNull();
    expect(a.scoreReasons.handoffsToResolution).toMatch(/open, not resolved/);
    expect(a.conversation.status).toBe("open");
  });
  it("measures bytes handed over at each handoff", async () => {
    const a = await analyzeFixture("clean-address");
    expect(a.handoffs[0].contextBytes).toBeGreaterThan(50);
    expect(a.handoffs[0].contextTokens).toBe(Math.ceil(a.handoffs[0].contextBytes / 4));
    expect(a.scores.contextBytes).toBe(a.handoffs[0].contextBytes);
  });
});
