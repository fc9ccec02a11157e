// The same kind of support system on real LangGraph: a swarm (triage ↔ billing ↔ returns, via the
// swarm's `transfer_to_<agent>` handoff tools) and a supervisor (a supervisor dispatching a
// researcher and a writer). The chat model is scripted — a real `BaseChatModel` subclass that
// answers from a list of moves (text and/or tool calls) — so runs are deterministic and need no
// API key. Tracing is LangChain's own: with LANGSMITH_TRACING=true and LANGSMITH_ENDPOINT pointed
// at Baton, the `langsmith` client sends the runs. Used by the tests and the demo.
import { BaseChatModel, type BaseChatModelParams } from "@langchain/core/language_models/chat_models";
import { AIMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import type { ChatResult } from "@langchain/core/outputs";
import { tool } from "@langchain/core/tools";
import { MemorySaver } from "@langchain/langgraph";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { createSupervisor } from "@langchain/langgraph-supervisor";
import { createHandoffTool, createSwarm } from "@langchain/langgraph-swarm";
import { z } from "zod";

export interface LgMove {
  say?: string;
  calls?: Array<{ name: string; args: Record<string, unknown> }>;
}

let seq = 0;

/** A chat model that plays back scripted moves, shared by every agent of a graph (one script per run). */
export class ScriptedChatModel extends BaseChatModel {
  constructor(
    private readonly script: LgMove[],
    params: BaseChatModelParams = {},
  ) {
    super(params);
  }
  _llmType() {
    return "scripted";
  }
  // every agent binds its tools; the script already knows what to call
  bindTools() {
    return this as never;
  }
  async _generate(_messages: BaseMessage[]): Promise<ChatResult> {
    const move = this.script.shift() ?? { say: "Is there anything else I can help with?" };
    const message = new AIMessage({
      content: move.say ?? "",
      tool_calls: (move.calls ?? []).map((c) => ({ id: `call_lg_${++seq}`, name: c.name, args: c.args, type: "tool_call" as const })),
    });
    return { generations: [{ text: move.say ?? "", message }] };
  }
}

const lookupOrder = tool(async ({ order_id }) => JSON.stringify({ order_id, status: "in_transit", eta: "Friday", total: 89.5 }), {
  name: "lookup_order",
  description: "Look up an order by id",
  schema: z.object({ order_id: z.string() }),
});
const issueRefund = tool(async ({ order_id, amount }) => JSON.stringify({ refund_id: `RF-${order_id.replace(/\D/g, "")}`, amount, status: "issued" }), {
  name: "issue_refund",
  description: "Refund an order",
  schema: z.object({ order_id: z.string(), amount: z.number() }),
});

/** A swarm: triage, billing and returns, each able to transfer to the others. */
export function buildSwarm(model: BaseChatModel) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const agent = (name: string, tools: any[], peers: string[]) =>
    createReactAgent({
      llm: model,
      name,
      prompt: `You are the ${name} agent of a web shop's support.`,
      tools: [...tools, ...peers.map((p) => createHandoffTool({ agentName: p }))],
    });
  const swarm = createSwarm({
    agents: [agent("triage", [lookupOrder], ["billing", "returns"]), agent("billing", [lookupOrder, issueRefund], ["triage", "returns"]), agent("returns", [lookupOrder], ["triage", "billing"])],
    defaultActiveAgent: "triage",
  });
  return swarm.compile({ checkpointer: new MemorySaver() });
}

/** A supervisor that dispatches a researcher and a writer and gets control back after each. */
export function buildSupervisor(model: BaseChatModel) {
  const researcher = createReactAgent({ llm: model, name: "researcher", tools: [lookupOrder], prompt: "You look things up." });
  const writer = createReactAgent({ llm: model, name: "writer", tools: [], prompt: "You write the answer." });
  return createSupervisor({ agents: [researcher, writer], llm: model, prompt: "You coordinate a researcher and a writer." }).compile({
    checkpointer: new MemorySaver(),
  });
}

export interface LgScenario {
  threadId: string;
  graph: "swarm" | "supervisor";
  turns: Array<{ user: string; moves: LgMove[] }>;
}

/** Runs each user turn on the graph with the thread id as LangGraph's `thread_id`. */
/** `metadata` is added to every run's metadata (LangChain's RunnableConfig), e.g. { ls_version: "2.4.0" }. */
export async function runLgScenario(s: LgScenario, opts: { metadata?: Record<string, string> } = {}) {
  const script: LgMove[] = [];
  const model = new ScriptedChatModel(script);
  const graph = s.graph === "swarm" ? buildSwarm(model) : buildSupervisor(model);
  for (const turn of s.turns) {
    script.push(...turn.moves);
    await graph.invoke({ messages: [new HumanMessage(turn.user)] }, { configurable: { thread_id: s.threadId }, recursionLimit: 50, ...(opts.metadata ? { metadata: opts.metadata } : {}) });
    script.length = 0;
  }
}

/** Swarm: triage transfers to billing, which looks the order up and refunds it. */
export function swarmRefund(threadId: string, order: string): LgScenario {
  return {
    threadId,
    graph: "swarm",
    turns: [
      {
        user: `Hello, I was charged for order ${order} but cancelled it. Can I get a refund?`,
        moves: [
          { calls: [{ name: "transfer_to_billing", args: {} }] },
          { calls: [{ name: "lookup_order", args: { order_id: order } }] },
          { say: `I see ${order} was cancelled; I can refund the $89.50 now.` },
        ],
      },
      { user: "Yes, thanks.", moves: [{ calls: [{ name: "issue_refund", args: { order_id: order, amount: 89.5 } }] }, { say: "Refund issued — 3 to 5 business days." }] },
    ],
  };
}

/** Supervisor: dispatches the researcher, gets the answer back, dispatches the writer. */
export function supervisorStatus(threadId: string, order: string): LgScenario {
  return {
    threadId,
    graph: "supervisor",
    turns: [
      {
        user: `Can you tell me when order ${order} will arrive?`,
        moves: [
          { calls: [{ name: "transfer_to_researcher", args: {} }] },
          { calls: [{ name: "lookup_order", args: { order_id: order } }] },
          { say: `${order} is in transit, ETA Friday.` },
          { calls: [{ name: "transfer_to_writer", args: {} }] },
          { say: `Good news: order ${order} is on its way and should arrive on Friday.` },
          { say: `Sent the customer the delivery date for order ${order}.` },
        ],
      },
    ],
  };
}
