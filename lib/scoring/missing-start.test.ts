// A conversation whose first user message is not its first (an OpenAI Agents SDK run without
// groupId, turn 2 onwards): intent is not scored, with the reason, instead of a false drift flag.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { MISSING_START_REASON, startsMidConversation } from "./missing-start";
import { analyzeConversation } from "./run-scorers";
import { buildTimeline } from "./timeline";

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, s)).toISOString();
/** Turn 2 of a refund conversation, as its own trace: the order number given again, and the refund. */
function secondTurn(historyBefore?: number): EventRecord[] {
  return [
    { id: "u", conversationId: "trace_2", timestamp: at(0), type: "message", role: "user", content: "It's ORD-20417, as I said.", ...(historyBefore ? { metadata: { historyBefore } } : {}) },
    { id: "t", conversationId: "trace_2", timestamp: at(1), type: "tool_call", agent: "billing", tool: "issue_refund", args: { order_id: "ORD-20417", amount: 89.5 }, result: { status: "issued" } },
    { id: "a", conversationId: "trace_2", timestamp: at(2), type: "message", role: "agent", agent: "billing", content: "Thanks — the duplicate charge has been refunded." },
  ] as EventRecord[];
}

describe("a conversation that starts mid-way", () => {
  it("is not scored for intent, with the reason, and carries no drift flag", async () => {
    const a = await analyzeConversation(secondTurn(6), DEFAULT_SETTINGS);
    expect(startsMidConversation(buildTimeline(secondTurn(6)))).toBe(true);
    expect(a.scores.intentPreservation).toBeNull();
    expect(a.scores.intentDrift).toBeNull();
    expect(a.scoreReasons.intentDrift).toBe(MISSING_START_REASON);
    expect(a.conversation.flags).not.toContain("drift");
  });

  it("failure case without the marker: the same events are judged (a bare order number is then too little to judge, not a missing start)", async () => {
    const a = await analyzeConversation(secondTurn(), DEFAULT_SETTINGS);
    expect(startsMidConversation(buildTimeline(secondTurn()))).toBe(false);
    expect(a.scoreReasons.intentDrift).toMatch(/^too little evidence/);
  });

  it("near miss: history before a later user message (a normal multi-turn conversation) is scored", async () => {
    const events: EventRecord[] = [
      { id: "u0", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: "My order ORD-20417 was charged twice, can you refund the duplicate charge?" },
      { id: "a0", conversationId: "c", timestamp: at(1), type: "message", role: "agent", agent: "billing", content: "Could you tell me your order number so I can look into it?" },
      ...secondTurn(6).map((e, i) => ({ ...e, conversationId: "c", timestamp: at(2 + i) })),
    ] as EventRecord[];
    expect(startsMidConversation(buildTimeline(events))).toBe(false);
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    expect(a.scores.intentPreservation).not.toBeNull();
    expect(a.scoreReasons.intentDrift).toBeUndefined();
  });
});
