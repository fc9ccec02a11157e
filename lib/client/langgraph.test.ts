// The LangGraph adapter on a real LangGraph swarm (scripted model): handoffs from the thread's
// state history and from a live stream, with the state before and after.
import { HumanMessage } from "@langchain/core/messages";
import { describe, expect, it } from "vitest";
import { buildSwarm, ScriptedChatModel, type LgMove } from "../../scripts/demo/langgraph-support";
import type { BatonEvent } from "./index";
import { langGraphHandoffs, langGraphStreamAdapter } from "./langgraph";

const moves = (): LgMove[] => [
  { calls: [{ name: "transfer_to_billing", args: {} }] },
  { calls: [{ name: "lookup_order", args: { order_id: "ORD-5150" } }] },
  { say: "Refund on its way for ORD-5150." },
];
type Handoff = Extract<BatonEvent, { type: "handoff" }>;

describe("LangGraph adapter", () => {
  it("turns getStateHistory() into a handoff with the state before and after", async () => {
    const graph = buildSwarm(new ScriptedChatModel(moves()));
    const config = { configurable: { thread_id: "t-history" } };
    await graph.invoke({ messages: [new HumanMessage("Refund ORD-5150 please")] }, config);
    const events = (await langGraphHandoffs(graph.getStateHistory(config), { conversationId: "c1" })) as Handoff[];
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "handoff", from: "triage", to: "billing", conversationId: "c1" });
    expect(events[0].stateAfter).toMatchObject({ activeAgent: "billing" });
    expect(events[0].stateBefore?.activeAgent).not.toBe("billing");
    expect(JSON.stringify(events[0].payload)).toContain("ORD-5150");
    // same ids when read again: resending is idempotent
    const again = await langGraphHandoffs(graph.getStateHistory(config), { conversationId: "c1" });
    expect(again.map((e) => e.id)).toEqual(events.map((e) => e.id));
  });

  it("sees the same handoff while streaming updates + debug", async () => {
    const graph = buildSwarm(new ScriptedChatModel(moves()));
    const sent: Handoff[] = [];
    const adapter = langGraphStreamAdapter({ conversationId: "c2", send: (e) => sent.push(e as Handoff) });
    const stream = await graph.stream({ messages: [new HumanMessage("Refund ORD-5150 please")] }, { configurable: { thread_id: "t-stream" }, streamMode: ["updates", "debug"] });
    for await (const chunk of stream) adapter.push(chunk);
    expect(sent.map((e) => `${e.from}→${e.to}`)).toEqual(["triage→billing"]);
    expect(sent[0].stateAfter).toMatchObject({ activeAgent: "billing" });
  });
});
