// Orchestrator–worker graphs on real LangGraph, in its two parallel shapes:
// - map-reduce with `Send`: a lead node plans sub-questions, a conditional edge sends one
//   `Send("researcher", {question})` per sub-question (the researchers run in one superstep, in
//   parallel), each researcher searches and summarises, and a writer node answers from the
//   summaries (the LangGraph orchestrator-worker tutorial's shape);
// - a supervisor calling several workers at once: its handoff tools are
//   `transfer_to_<worker>({task})` returning `Command({goto: [Send(worker, …)], graph: PARENT})`
//   (LangGraph's task-description handoff), so one model response with several of them runs those
//   workers in parallel; each worker is a `createReactAgent` and hands back to the supervisor.
// Every model is a ScriptedChatModel (langgraph-support.ts) with its own script, so parallel
// workers cannot take each other's moves. Tracing is LangChain's own (LANGSMITH_* variables), as
// in langgraph-support.ts. Used by the integration tests and by `npm run demo`.
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { RunnableConfig } from "@langchain/core/runnables";
import { tool } from "@langchain/core/tools";
import { Annotation, Command, END, MemorySaver, MessagesAnnotation, Send, START, StateGraph } from "@langchain/langgraph";
import { createReactAgent } from "@langchain/langgraph/prebuilt";
import { z } from "zod";
import { ScriptedChatModel, type LgMove } from "./langgraph-support";

const search = tool(async ({ query }) => JSON.stringify({ query, results: SOURCES.filter((s) => query.toLowerCase().includes(s.topic)) }), {
  name: "web_search",
  description: "Search the web",
  schema: z.object({ query: z.string() }),
});
const SOURCES = [
  { topic: "heat pump", fact: "Air-source heat pumps cost 9,000-14,000 EUR installed; the 2026 subsidy covers 30%." },
  { topic: "solar", fact: "A 6 kWp rooftop system costs about 8,500 EUR and yields 5,700 kWh a year in Munich." },
  { topic: "insulation", fact: "Roof insulation costs 120 EUR per square metre and cuts heating demand by up to 20%." },
  { topic: "flights", fact: "Direct flights Berlin-Lisbon on 12 May from 140 EUR (TAP, easyJet)." },
  { topic: "hotels", fact: "Alfama hotels from 165 EUR a night; Memmo Alfama 178 EUR." },
];

// ── map-reduce with Send ─────────────────────────────────────────────────────────────────────

const ResearchState = Annotation.Root({
  ...MessagesAnnotation.spec,
  questions: Annotation<string[]>({ reducer: (_a, b) => b, default: () => [] }),
  findings: Annotation<string[]>({ reducer: (a, b) => a.concat(b), default: () => [] }),
});

export interface SendScenario {
  threadId: string;
  user: string;
  /** the lead's sub-questions, one researcher each */
  questions: string[];
  /** each researcher's summary, by question */
  summaries: string[];
  /** the writer's answer */
  answer: string;
}

/** lead → Send(researcher) × k → writer. */
export function buildSendGraph(s: SendScenario) {
  const lead = new ScriptedChatModel([{ calls: [{ name: "plan", args: { questions: s.questions } }] }]);
  const writer = new ScriptedChatModel([{ say: s.answer }]);
  return new StateGraph(ResearchState)
    .addNode("lead", async (state, config: RunnableConfig) => {
      const ai = (await lead.invoke([new SystemMessage("Split the request into research questions."), ...state.messages], config)) as AIMessage;
      return { messages: [ai], questions: (ai.tool_calls?.[0]?.args.questions as string[]) ?? [] };
    })
    .addNode("researcher", async (state: { question: string }, config: RunnableConfig) => {
      const found = await search.invoke({ query: state.question }, config);
      const i = s.questions.indexOf(state.question);
      const model = new ScriptedChatModel([{ say: s.summaries[i] ?? "Nothing found." }]);
      const ai = (await model.invoke([new SystemMessage("Summarise what you found in one sentence."), new HumanMessage(state.question), new AIMessage(String(found))], config)) as AIMessage;
      return { findings: [String(ai.content)] };
    })
    .addNode("writer", async (state, config: RunnableConfig) => {
      const ai = (await writer.invoke([new SystemMessage("Answer the user from the findings."), ...state.messages, new HumanMessage(state.findings.join("\n"))], config)) as AIMessage;
      return { messages: [ai] };
    })
    .addEdge(START, "lead")
    .addConditionalEdges("lead", (state) => state.questions.map((question) => new Send("researcher", { question })), ["researcher"])
    .addEdge("researcher", "writer")
    .addEdge("writer", END)
    .compile({ checkpointer: new MemorySaver() });
}

export async function runSendScenario(s: SendScenario) {
  await buildSendGraph(s).invoke({ messages: [new HumanMessage(s.user)] }, { configurable: { thread_id: s.threadId } });
}

/** Research: an energy-retrofit question split three ways; the writer uses every finding. */
export function retrofitResearch(threadId: string): SendScenario {
  return {
    threadId,
    user: "We own a 140 m² house in Munich. Compare a heat pump, rooftop solar and roof insulation on cost and savings, and tell us which to do first on a 15,000 EUR budget.",
    questions: ["heat pump cost and subsidy for a 140 m² house", "solar rooftop cost and yield in Munich", "roof insulation cost and heating savings"],
    summaries: [
      "A heat pump costs 9,000-14,000 EUR installed, with a 30% subsidy in 2026.",
      "A 6 kWp solar system costs about 8,500 EUR and yields 5,700 kWh a year in Munich.",
      "Roof insulation costs 120 EUR/m² and cuts heating demand by up to 20%.",
    ],
    answer: "Start with roof insulation (about 120 EUR/m², up to 20% less heating), then the heat pump: 9,000-14,000 EUR minus the 30% subsidy fits your 15,000 EUR budget. Solar (8,500 EUR, 5,700 kWh a year) can follow.",
  };
}

// ── a supervisor dispatching several workers at once ─────────────────────────────────────────

/** LangGraph's task-description handoff: the worker starts from the task, in parallel with others. */
function dispatchTool(worker: string) {
  return tool(
    async ({ task }) => new Command({ goto: [new Send(worker, { messages: [new HumanMessage(task)] })], graph: Command.PARENT }),
    { name: `transfer_to_${worker}`, description: `Give the ${worker} a task`, schema: z.object({ task: z.string() }) },
  );
}

export interface ParallelSupervisorScenario {
  threadId: string;
  user: string;
  supervisor: LgMove[];
  workers: Record<string, LgMove[]>;
}

export const PARALLEL_WORKERS = ["flights", "hotels"];

/** supervisor ⇄ {flights, hotels}: the supervisor's tools send tasks; every worker hands back. */
export function buildParallelSupervisor(s: ParallelSupervisorScenario) {
  const supervisor = createReactAgent({
    llm: new ScriptedChatModel([...s.supervisor]),
    name: "supervisor",
    tools: PARALLEL_WORKERS.map(dispatchTool),
    prompt: "Plan the trip: give each specialist a task, in parallel, then answer.",
  });
  let graph = new StateGraph(MessagesAnnotation).addNode("supervisor", supervisor, { ends: [...PARALLEL_WORKERS, END] }).addEdge(START, "supervisor");
  for (const name of PARALLEL_WORKERS) {
    const worker = createReactAgent({ llm: new ScriptedChatModel([...(s.workers[name] ?? [])]), name, tools: [search], prompt: `You are the ${name} specialist.` });
    // the worker's answer (its last message) goes back to the supervisor
    graph = graph
      .addNode(name, async (state: { messages: BaseMessage[] }, config: RunnableConfig) => {
        const out = await worker.invoke({ messages: state.messages }, config);
        return { messages: [out.messages[out.messages.length - 1]] };
      })
      .addEdge(name as never, "supervisor" as never) as never;
  }
  return graph.compile({ checkpointer: new MemorySaver() });
}

export async function runParallelSupervisor(s: ParallelSupervisorScenario) {
  await buildParallelSupervisor(s).invoke({ messages: [new HumanMessage(s.user)] }, { configurable: { thread_id: s.threadId }, recursionLimit: 30 });
}

/** A trip: flights and hotels researched at once; the answer uses both. */
export function tripPlanning(threadId: string): ParallelSupervisorScenario {
  return {
    threadId,
    user: "Plan a weekend in Lisbon from Berlin, 12-14 May: a direct flight and a hotel in Alfama under 180 EUR a night.",
    supervisor: [
      {
        calls: [
          { name: "transfer_to_flights", args: { task: "Direct flights Berlin to Lisbon on 12 May, back 14 May." } },
          { name: "transfer_to_hotels", args: { task: "Hotels in Alfama, Lisbon, 12-14 May, under 180 EUR a night." } },
        ],
      },
      { say: "Fly direct with TAP or easyJet from 140 EUR on 12 May, and stay at Memmo Alfama for 178 EUR a night." },
    ],
    workers: {
      flights: [{ calls: [{ name: "web_search", args: { query: "flights Berlin Lisbon 12 May" } }] }, { say: "Direct flights on 12 May from 140 EUR (TAP, easyJet)." }],
      hotels: [{ calls: [{ name: "web_search", args: { query: "hotels Alfama under 180" } }] }, { say: "Memmo Alfama, 178 EUR a night, is available 12-14 May." }],
    },
  };
}
