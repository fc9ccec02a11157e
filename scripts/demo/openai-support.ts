// A small customer-support system built on the real OpenAI Agents SDK: triage hands off to billing,
// returns or order status (with tools, typed handoff inputs and an input filter). The model is a
// scripted `Model` (no API key, deterministic) that opens a generation span the way the SDK's own
// Chat Completions model does — chat messages in, a `chat.completion` out — so what the real
// `OpenAITracingExporter` sends is exactly what a production app sends. Used by the integration
// tests and by `npm run demo`.
import {
  Agent,
  BatchTraceProcessor,
  handoff,
  Runner,
  setTraceProcessors,
  setTracingDisabled,
  tool,
  Usage,
  withGenerationSpan,
  type AgentInputItem,
  type HandoffInputData,
  type Model,
  type ModelProvider,
  type ModelRequest,
  type ModelResponse,
} from "@openai/agents";
import { OpenAITracingExporter } from "@openai/agents-openai";
import { z } from "zod";

type HandoffInputFilter = (input: HandoffInputData) => HandoffInputData;

/** One scripted model answer: text, and/or tool calls (a transfer is a call to `transfer_to_<agent>`). */
export interface Move {
  say?: string;
  calls?: Array<{ name: string; args: Record<string, unknown> }>;
}

let callSeq = 0;

/** Chat-format view of the SDK's input items, as OpenAIChatCompletionsModel records them. */
function chatMessages(request: ModelRequest): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  if (request.systemInstructions) out.push({ role: "system", content: request.systemInstructions });
  const items: AgentInputItem[] = typeof request.input === "string" ? [{ role: "user", content: request.input }] : request.input;
  for (const item of items) {
    const it = item as Record<string, unknown>;
    if (it.role === "user") {
      const c = it.content;
      out.push({ role: "user", content: typeof c === "string" ? c : JSON.stringify(c) });
    } else if (it.role === "assistant") {
      const parts = Array.isArray(it.content) ? (it.content as Array<{ text?: string }>) : [];
      out.push({ role: "assistant", content: parts.map((p) => p.text ?? "").join("") });
    } else if (it.type === "function_call") {
      out.push({ role: "assistant", tool_calls: [{ id: it.callId, type: "function", function: { name: it.name, arguments: it.arguments } }] });
    } else if (it.type === "function_call_result") {
      const o = it.output as { text?: string } | string;
      out.push({ role: "tool", tool_call_id: it.callId, content: typeof o === "string" ? o : (o?.text ?? JSON.stringify(o)) });
    }
  }
  return out;
}

/** A Chat Completions API response for one move (what OpenAIChatCompletionsModel records as output). */
export function chatCompletion(id: string, model: string, say: string | null, calls: Array<{ id: string; name: string; arguments: string }>) {
  return {
    id,
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [
      {
        index: 0,
        finish_reason: calls.length ? "tool_calls" : "stop",
        message: {
          role: "assistant",
          content: say,
          refusal: null,
          ...(calls.length ? { tool_calls: calls.map((c) => ({ id: c.id, type: "function", function: { name: c.name, arguments: c.arguments } })) } : {}),
        },
      },
    ],
  };
}

export class ScriptedModel implements Model {
  constructor(
    private readonly moves: Move[],
    private readonly name = "scripted-support-1",
  ) {}

  async getResponse(request: ModelRequest): Promise<ModelResponse> {
    const move = this.moves.shift() ?? { say: "Is there anything else I can help with?" };
    await new Promise((r) => setTimeout(r, 3)); // a model takes time; spans need distinct milliseconds
    return withGenerationSpan(async (span) => {
      span.spanData.model = this.name;
      span.spanData.input = chatMessages(request);
      const calls = (move.calls ?? []).map((c) => ({ id: `call_${++callSeq}`, name: c.name, arguments: JSON.stringify(c.args) }));
      span.spanData.output = [chatCompletion(`chatcmpl-${callSeq}-${Date.now()}`, this.name, move.say ?? null, calls)];
      span.spanData.usage = { input_tokens: 120, output_tokens: 30 };
      const output: ModelResponse["output"] = [];
      if (move.say) {
        output.push({ type: "message", role: "assistant", status: "completed", content: [{ type: "output_text", text: move.say }] });
      }
      for (const c of calls) output.push({ type: "function_call", callId: c.id, name: c.name, arguments: c.arguments, status: "completed" });
      return { usage: new Usage({ requests: 1, inputTokens: 120, outputTokens: 30, totalTokens: 150 }), output };
    });
  }

  // eslint-disable-next-line require-yield
  async *getStreamedResponse(): AsyncIterable<never> {
    throw new Error("the scripted model does not stream");
  }
}

export class ScriptedProvider implements ModelProvider {
  constructor(private readonly model: Model) {}
  getModel() {
    return this.model;
  }
}

// ── the support system ───────────────────────────────────────────────────────────────────────

export interface World {
  /** order id → status; what the tools read */
  orders: Record<string, { status: string; total: number; eta: string }>;
}

const lookupOrder = (world: World) =>
  tool({
    name: "lookup_order",
    description: "Look up an order by id",
    parameters: z.object({ order_id: z.string() }),
    execute: async ({ order_id }) => JSON.stringify({ order_id, ...(world.orders[order_id] ?? { status: "not_found", total: 0, eta: "" }) }),
  });

const refund = tool({
  name: "issue_refund",
  description: "Refund an order",
  parameters: z.object({ order_id: z.string(), amount: z.number() }),
  execute: async ({ order_id, amount }) => JSON.stringify({ refund_id: `RF-${order_id.replace(/\D/g, "")}`, order_id, amount, status: "issued" }),
});

const createReturn = tool({
  name: "create_return_label",
  description: "Create a return label",
  parameters: z.object({ order_id: z.string(), reason: z.string() }),
  execute: async ({ order_id, reason }) => JSON.stringify({ label_id: `RL-${order_id.replace(/\D/g, "")}`, order_id, reason }),
});

const HandoffInput = z.object({ order_id: z.string().nullable(), summary: z.string(), customer_email: z.string().nullable() });

/** Builds triage → {billing, returns, order_status}, each able to hand back to triage. */
export function buildSupportAgents(world: World, opts: { wrapFilter?: (f: HandoffInputFilter) => HandoffInputFilter } = {}) {
  const billing = new Agent({ name: "billing", instructions: "You handle refunds and charges.", tools: [lookupOrder(world), refund] });
  const returns = new Agent({ name: "returns", instructions: "You handle returns.", tools: [lookupOrder(world), createReturn] });
  const orderStatus = new Agent({ name: "order_status", instructions: "You answer where an order is.", tools: [lookupOrder(world)] });
  const escalation = new Agent({ name: "escalation", instructions: "You take over what others could not solve." });
  const onHandoff = async () => {};
  const wrap = opts.wrapFilter ?? ((f: HandoffInputFilter) => f);
  const to = (agent: Agent) =>
    handoff(agent, {
      inputType: HandoffInput,
      onHandoff,
      // keep the conversation but drop earlier tool chatter, as many production setups do
      inputFilter: wrap((data) => ({ ...data, preHandoffItems: data.preHandoffItems.filter((i) => i.type === "message_output_item") })),
    });
  const triage = Agent.create({
    name: "triage",
    instructions: "Route the customer to the right specialist.",
    tools: [lookupOrder(world)],
    handoffs: [to(billing), to(returns), to(orderStatus), to(escalation)],
  });
  for (const a of [billing, returns, orderStatus, escalation]) a.handoffs = [handoff(triage), handoff(escalation)];
  escalation.handoffs = [handoff(billing), handoff(returns), handoff(orderStatus)];
  return { triage, billing, returns, orderStatus, escalation };
}

/** A scripted conversation: user turns, each with the model moves that answer it. */
export interface Scenario {
  id: string;
  turns: Array<{ user: string; moves: Move[] }>;
}

/** Sends every trace/span to `endpoint` through the SDK's own exporter and batch processor. */
export function exportTo(endpoint: string, apiKey: string, { maxBatchSize = 100 } = {}) {
  const exporter = new OpenAITracingExporter({ endpoint, apiKey, maxRetries: 3, baseDelay: 200, maxDelay: 2000 });
  const processor = new BatchTraceProcessor(exporter, { maxBatchSize, scheduleDelay: 200 });
  setTracingDisabled(false);
  setTraceProcessors([processor]);
  return processor;
}

/** Runs a scenario: one SDK trace per user turn, all sharing `groupId` (the conversation id). */
export async function runScenario(
  s: Scenario,
  world: World,
  opts: {
    /** the conversation id shared by every turn's trace (default: the scenario id); null: none */
    groupId?: string | null;
    model?: (moves: Move[]) => Model;
    wrapFilter?: (f: HandoffInputFilter) => HandoffInputFilter;
    context?: Record<string, unknown>;
    /** extra trace metadata, e.g. { release: "2.4.0" } (what Baton reads as the release) */
    traceMetadata?: Record<string, string>;
  } = {},
) {
  const agents = buildSupportAgents(world, { wrapFilter: opts.wrapFilter });
  let history: AgentInputItem[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let current: Agent<any, any> = agents.triage;
  for (const [i, turn] of s.turns.entries()) {
    const runner = new Runner({
      modelProvider: new ScriptedProvider(opts.model ? opts.model([...turn.moves]) : new ScriptedModel([...turn.moves])),
      ...(opts.groupId === null ? {} : { groupId: opts.groupId ?? s.id }),
      workflowName: "support",
      traceMetadata: { scenario: s.id, turn: String(i), ...opts.traceMetadata },
    });
    const input: AgentInputItem[] = [...history, { role: "user", content: turn.user }];
    const result = await runner.run(current, input, { maxTurns: 20, context: opts.context });
    history = result.history;
    current = (result.lastAgent ?? current) as never;
  }
}
