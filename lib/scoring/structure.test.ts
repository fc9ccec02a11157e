import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { buildChain } from "./chain";
import { analyzeFixture } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { buildTimeline } from "./timeline";

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

describe("parallel delegation (fan-out)", () => {
  // A research lead dispatching three workers at once; worker output interleaves before the returns.
  const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 9, 0, s)).toISOString();
  const ev = (i: number, e: Record<string, unknown>) => ({ id: `f${i}`, conversationId: "fan", timestamp: at(i), ...e }) as EventRecord;
  const fanOut = (mode: "delegate" | "transfer") => [
    ev(0, { type: "message", role: "user", content: "Compare the three cheapest fibre plans in my area, postcode 4051." }),
    ev(1, { type: "handoff", agent: "lead", from: "lead", to: "plans", mode, summary: "list fibre plans for 4051" }),
    ev(2, { type: "handoff", agent: "lead", from: "lead", to: "coverage", mode, summary: "check coverage at 4051" }),
    ev(3, { type: "message", role: "agent", agent: "plans", content: "Found 7 plans." }),
    ev(4, { type: "handoff", agent: "lead", from: "lead", to: "reviews", mode, summary: "collect reviews of fibre ISPs" }),
    ev(5, { type: "message", role: "agent", agent: "coverage", content: "All three ISPs cover 4051." }),
    ev(6, { type: "handoff", agent: "plans", from: "plans", to: "lead", mode: "return", summary: "cheapest: A 39, B 42, C 45" }),
    ev(7, { type: "handoff", agent: "reviews", from: "reviews", to: "lead", mode: "return", summary: "A rated 4.1, B 3.2, C 4.5" }),
    ev(8, { type: "handoff", agent: "coverage", from: "coverage", to: "lead", mode: "return", summary: "A, B, C cover 4051" }),
    ev(9, { type: "message", role: "agent", agent: "lead", content: "At 4051 the cheapest fibre plans are A (39), B (42) and C (45); C has the best reviews." }),
    ev(10, { type: "resolution", agent: "lead", status: "resolved" }),
  ];

  it("three delegations in one turn are one fan-out: no role confusion, nothing ignored, depth 1, one dispatch", async () => {
    const a = await analyzeConversation(fanOut("delegate"), DEFAULT_SETTINGS);
    expect(a.scores.roleConfusion).toBe(false);
    expect(a.handoffs.every((h) => h.ignored.length === 0 && !h.flags.includes("ignored") && h.requested === null)).toBe(true);
    expect(a.scores.maxDepth).toBe(1);
    expect(a.handoffs.map((h) => h.depth)).toEqual([1, 1, 1, 1, 1, 0]);
    expect(a.scores.handoffsToResolution).toBe(1);
    expect(a.conversation.flags).toEqual([]);
    // the chain reads lead → its three workers side by side → back at the lead
    expect(a.conversation.agentPath).toEqual(["lead", "plans ∥ coverage ∥ reviews", "lead"]);
    expect(a.handoffs.slice(0, 3).map((h) => [h.fanOut, h.pair])).toEqual([[{ group: 0, width: 3 }, 3], [{ group: 0, width: 3 }, 5], [{ group: 0, width: 3 }, 4]]);
  });

  it("pairs each worker's return with its own delegation, in any order", () => {
    const chain = buildChain(buildTimeline(fanOut("delegate")));
    expect(chain.map((l) => l.fanOut?.width ?? null)).toEqual([3, 3, 3, null, null, null]);
    expect(chain.map((l) => l.pair)).toEqual([3, 5, 4, 0, 2, 1]);
  });

  it("near miss: the same requests as transfers in one response are role confusion; the one that acted took effect", async () => {
    const burst = [
      ev(0, { type: "message", role: "user", content: "My fibre at postcode 4051 is down and I was billed twice." }),
      ev(1, { type: "handoff", agent: "lead", from: "lead", to: "repairs", summary: "outage at 4051" }),
      ev(2, { type: "handoff", agent: "lead", from: "lead", to: "billing", summary: "double charge" }),
      ev(3, { type: "message", role: "agent", agent: "repairs", content: "I see an outage at 4051; a technician is on the way." }),
    ];
    const a = await analyzeConversation(burst, DEFAULT_SETTINGS);
    expect(a.scores.roleConfusion).toBe(true);
    expect(a.handoffs[1].ignored).toEqual(["billing"]);
    expect(a.handoffs[1].flags).toContain("ignored");
    expect(a.scores.maxDepth).toBe(1);
  });

  it("near miss: a supervisor delegating one worker after another stays at depth 1 and counts two dispatches", async () => {
    const a = await analyzeFixture("near-supervisor");
    expect(a.scores.maxDepth).toBe(1);
    expect(a.scores.handoffsToResolution).toBe(2);
    expect(a.scores.roleConfusion).toBe(false);
  });
});

describe("CSAT (scoreResolution; the conversations row stores analysis.conversation.csat)", () => {
  const at = (s: number) => new Date(Date.UTC(2026, 10, 20, 9, 0, s)).toISOString();
  const ev = (i: number, e: Record<string, unknown>) => ({ id: `c${i}`, conversationId: "csat", timestamp: at(i), ...e }) as EventRecord;
  const ask = ev(0, { type: "message", role: "user", content: "Where is my parcel?" });

  it("takes the CSAT of the last rated resolution, so a late rating wins (by timestamp, not arrival)", async () => {
    const a = await analyzeConversation([ask, ev(2, { type: "resolution", status: "resolved", csat: 5 }), ev(1, { type: "resolution", status: "resolved", csat: 2 })], DEFAULT_SETTINGS);
    expect(a.conversation.csat).toBe(5);
  });

  it("near miss: a later resolution without a rating keeps the earlier rating; no rating is null", async () => {
    const kept = await analyzeConversation([ask, ev(1, { type: "resolution", status: "resolved", csat: 2 }), ev(2, { type: "resolution", status: "escalated" })], DEFAULT_SETTINGS);
    expect(kept.conversation.csat).toBe(2);
    const none = await analyzeConversation([ask, ev(1, { type: "resolution", status: "resolved" })], DEFAULT_SETTINGS);
    expect(none.conversation.csat).toBeNull();
  });
});
