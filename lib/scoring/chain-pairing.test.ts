// Fan-outs to several instances of one worker (LangGraph `Send` to one node, an agent-as-tool
// called k times at once): the returns come from one agent name, in any order.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { buildChain } from "./chain";
import { analyzeConversation } from "./run-scorers";
import { buildTimeline } from "./timeline";

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, s)).toISOString();
const h = (i: number, from: string, to: string, mode: string, callId?: string, summary?: string) =>
  ({ id: `h${i}`, conversationId: "c", timestamp: at(i), type: "handoff", agent: from, from, to, mode, ...(callId ? { callId } : {}), ...(summary ? { summary } : {}) }) as EventRecord;
const user = { id: "u", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: "Compare heat pump, solar and insulation costs for our house." } as EventRecord;

describe("returns of one worker name", () => {
  const fanOut = (ids: boolean) => [
    user,
    h(1, "lead", "researcher", "delegate", ids ? "a" : undefined, "heat pump cost"),
    h(2, "lead", "researcher", "delegate", ids ? "b" : undefined, "solar cost"),
    h(3, "lead", "researcher", "delegate", ids ? "c" : undefined, "insulation cost"),
    h(4, "researcher", "lead", "return", ids ? "c" : undefined, "insulation 120 EUR/m²"),
    h(5, "researcher", "lead", "return", ids ? "a" : undefined, "heat pump 9,000 EUR"),
    h(6, "researcher", "lead", "return", ids ? "b" : undefined, "solar 8,500 EUR"),
  ];

  it("three returns in a row are not role confusion, and nothing is ignored", async () => {
    const a = await analyzeConversation(fanOut(true), DEFAULT_SETTINGS);
    expect(a.scores.roleConfusion).toBe(false);
    expect(a.handoffs.flatMap((x) => x.flags)).not.toContain("ignored");
    expect(a.scores.maxDepth).toBe(1);
  });

  it("each return pairs with the delegation of the same callId", () => {
    const chain = buildChain(buildTimeline(fanOut(true)));
    expect(chain.map((l) => l.fanOut?.width ?? null)).toEqual([3, 3, 3, null, null, null]);
    expect(chain.map((l) => l.pair)).toEqual([4, 5, 3, 2, 0, 1]);
  });

  it("near miss: without call ids the returns still close the fan-out, paired in dispatch order", () => {
    const chain = buildChain(buildTimeline(fanOut(false)));
    expect(chain.map((l) => l.pair)).toEqual([3, 4, 5, 0, 1, 2]);
    expect(chain[chain.length - 1].depth).toBe(0);
  });

  it("failure case stays: two transfers by one agent in one response are still role confusion", async () => {
    const a = await analyzeConversation([user, h(1, "lead", "billing", "transfer"), h(2, "lead", "returns", "transfer")], DEFAULT_SETTINGS);
    expect(a.scores.roleConfusion).toBe(true);
  });
});
