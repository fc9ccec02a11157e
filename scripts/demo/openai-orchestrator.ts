// Orchestrator–worker systems on the real OpenAI Agents SDK, in the SDK's manager pattern: a lead
// agent whose tools are other agents (`agent.asTool()`); one model response asking for several of
// them runs the workers in parallel, each with its own context (its own tool calls), and each hands
// back a short summary. Two teams: a research team (market, pricing, reviews researchers) and a
// customer-service team (orders, billing, policy). Every agent has its own scripted model (the
// ScriptedModel of openai-support.ts: Chat Completions-shaped generation spans), so what the SDK's
// exporter sends is what a production manager-pattern app sends. Used by the integration tests and
// by `npm run demo`; the scenarios include a lost ask and a worker result the answer never uses.
import { Agent, Runner, tool } from "@openai/agents";
import { z } from "zod";
import { ScriptedModel, ScriptedProvider, type Move } from "./openai-support";

export type Team = "research" | "cx";

/** One user request answered by a team: the lead's moves and each worker's moves. */
export interface TeamScenario {
  id: string;
  team: Team;
  user: string;
  lead: Move[];
  workers: Record<string, Move[]>;
}

export const TEAMS: Record<Team, { lead: string; workers: string[] }> = {
  research: { lead: "research_lead", workers: ["market", "pricing", "reviews"] },
  cx: { lead: "cx_lead", workers: ["orders", "billing", "policy"] },
};

/** What the workers' tools return: a small world, so each worker sees more than it hands back. */
const webSearch = tool({
  name: "web_search",
  description: "Search the web",
  parameters: z.object({ query: z.string() }),
  execute: async ({ query }) => JSON.stringify({ query, results: SEARCH[query.split(" ")[0].toLowerCase()] ?? [] }),
});
const SEARCH: Record<string, Array<Record<string, unknown>>> = {
  crm: [
    { title: "HubSpot Starter", price_eur_seat: 20, gmail: true, seats_min: 1 },
    { title: "Pipedrive Advanced", price_eur_seat: 39, gmail: true, seats_min: 1 },
    { title: "Zoho CRM Standard", price_eur_seat: 14, gmail: false, seats_min: 1 },
  ],
  pricing: [
    { plan: "HubSpot Starter", annual_eur_seat: 15, monthly_eur_seat: 20 },
    { plan: "Pipedrive Advanced", annual_eur_seat: 34, monthly_eur_seat: 39 },
    { plan: "Zoho CRM Standard", annual_eur_seat: 14, monthly_eur_seat: 20 },
  ],
  reviews: [
    { product: "HubSpot", rating: 4.4, complaints: "reporting limits on Starter" },
    { product: "Pipedrive", rating: 4.3, complaints: "few marketing features" },
    { product: "Zoho", rating: 3.1, complaints: "support response 4 days" },
  ],
};

const cxTools = (order: string) => ({
  orders: tool({
    name: "lookup_order",
    description: "Look up an order",
    parameters: z.object({ order_id: z.string() }),
    execute: async ({ order_id }) => JSON.stringify({ order_id, item: "espresso machine", status: "delivered", delivered_on: "2026-11-20", damage_report: "photo received" }),
  }),
  billing: tool({
    name: "list_charges",
    description: "List the charges for an order",
    parameters: z.object({ order_id: z.string() }),
    execute: async ({ order_id }) =>
      JSON.stringify({ order_id, charges: [{ id: "CH-5521", amount: 249, on: "2026-11-18" }, { id: "CH-5522", amount: 249, on: "2026-11-18" }] }),
  }),
  policy: tool({
    name: "policy_lookup",
    description: "Look up the returns and replacement policy",
    parameters: z.object({ topic: z.string() }),
    execute: async ({ topic }) => JSON.stringify({ topic, replacement_days: 3, return_label_needed: false, window_days: 30 }),
  }),
});

/** The team's lead with each worker as a tool (`ask_<worker>`), every agent on its own script. */
export function buildTeam(s: TeamScenario, order = "ORD-00000") {
  const { lead, workers } = TEAMS[s.team];
  const cx = cxTools(order);
  const agentTools = workers.map((name) => {
    const worker = new Agent({
      name,
      instructions: `You are the ${name} specialist. Investigate and answer in two sentences.`,
      tools: [s.team === "research" ? webSearch : cx[name as keyof typeof cx]],
      model: new ScriptedModel([...(s.workers[name] ?? [])], `scripted-${name}`),
    });
    return worker.asTool({ toolName: `ask_${name}`, toolDescription: `Ask the ${name} specialist` });
  });
  return new Agent({
    name: lead,
    instructions: "Split the request into sub-tasks, ask your specialists in parallel, and answer the customer.",
    tools: agentTools,
    model: new ScriptedModel([...s.lead], `scripted-${lead}`),
  });
}

/**
 * Runs one team scenario as one SDK trace; `groupId` defaults to the scenario id (the
 * conversation). Pass `groupId: null` to run without one, as an app that forgot it does.
 */
export async function runTeamScenario(s: TeamScenario, opts: { order?: string; groupId?: string | null } = {}) {
  const runner = new Runner({
    modelProvider: new ScriptedProvider(new ScriptedModel([])),
    ...(opts.groupId === null ? {} : { groupId: opts.groupId ?? s.id }),
    workflowName: `${s.team} team`,
    traceMetadata: { scenario: s.id },
  });
  await runner.run(buildTeam(s, opts.order), s.user, { maxTurns: 10 });
}

const ask = (worker: string, input: string) => ({ name: `ask_${worker}`, args: { input } });
const search = (query: string, say: string): Move[] => [{ calls: [{ name: "web_search", args: { query } }] }, { say }];

const CRM_ASK = "I need a CRM for a 12-person sales team, at most 40 EUR per seat per month, and it must integrate with Gmail. Compare HubSpot, Pipedrive and Zoho and recommend one.";

/** Research: the lead fans the ask out to three researchers, each carrying what it needs; the answer uses all three. */
export function researchFanOut(id: string): TeamScenario {
  return {
    id,
    team: "research",
    user: CRM_ASK,
    lead: [
      {
        calls: [
          ask("market", "Which of HubSpot, Pipedrive and Zoho integrate with Gmail, for a 12-person sales team?"),
          ask("pricing", "Per-seat monthly price of HubSpot, Pipedrive and Zoho for 12 seats; budget 40 EUR per seat."),
          ask("reviews", "Recent user ratings and main complaints for HubSpot, Pipedrive and Zoho CRM."),
        ],
      },
      { say: "I recommend HubSpot Starter: it integrates with Gmail, costs 20 EUR per seat per month (within your 40 EUR budget) and is rated 4.4. Pipedrive also fits at 39 EUR; Zoho lacks Gmail integration." },
    ],
    workers: {
      market: search("CRM Gmail integration", "HubSpot and Pipedrive integrate with Gmail; Zoho CRM Standard does not."),
      pricing: search("pricing CRM per seat", "HubSpot Starter 20 EUR, Pipedrive Advanced 39 EUR, Zoho Standard 20 EUR per seat per month."),
      reviews: search("reviews CRM 2026", "HubSpot is rated 4.4, Pipedrive 4.3, Zoho 3.1 (slow support)."),
    },
  };
}

/** Research, lost ask: the delegations drop the Gmail requirement and the budget; the answer recommends Zoho on price alone. */
export function researchLostAsk(id: string): TeamScenario {
  return {
    id,
    team: "research",
    user: CRM_ASK,
    lead: [
      {
        calls: [
          ask("market", "Give an overview of popular CRM tools."),
          ask("pricing", "What do CRM tools cost?"),
          ask("reviews", "What do users say about CRM tools?"),
        ],
      },
      { say: "Zoho CRM is the cheapest option at 14 EUR per seat on the annual plan, so I recommend Zoho for your team." },
    ],
    workers: {
      market: search("CRM overview", "HubSpot, Pipedrive and Zoho are the most used CRM tools for small teams."),
      pricing: search("pricing CRM", "Zoho is cheapest at 14 EUR per seat (annual); HubSpot 15 EUR; Pipedrive 34 EUR."),
      reviews: search("reviews CRM", "HubSpot is rated 4.4, Pipedrive 4.3, Zoho 3.1."),
    },
  };
}

/** Research, unused result: the reviews researcher reports Zoho's 3.1 rating and slow support; the answer ignores it. */
export function researchUnusedResult(id: string): TeamScenario {
  const s = researchFanOut(id);
  s.lead[1] = { say: "Pipedrive fits best: it integrates with Gmail and costs 39 EUR per seat per month, inside your 40 EUR budget." };
  s.workers.reviews = search("reviews CRM 2026", "Zoho is rated 3.1 with support taking 4 days to respond; HubSpot is rated 4.4.");
  return s;
}

const cxAsk = (order: string) => `My espresso machine from order ${order} arrived with a cracked tank, and I was charged twice for it. Please refund the duplicate charge and send me a replacement.`;

/** CX: the lead asks orders, billing and policy at once; the answer uses every result. */
export function cxFanOut(id: string, order: string): TeamScenario {
  return {
    id,
    team: "cx",
    user: cxAsk(order),
    lead: [
      {
        calls: [
          ask("orders", `Confirm order ${order} and the damage report (cracked tank).`),
          ask("billing", `Order ${order} was charged twice: find the duplicate charge to refund.`),
          ask("policy", `Replacement for a damaged espresso machine, order ${order}: how fast, and is a return label needed?`),
        ],
      },
      { say: `Sorry about the cracked tank. I refunded the duplicate charge CH-5522 (249 EUR) for order ${order}, and a replacement ships within 3 days; you don't need to send the broken machine back.` },
    ],
    workers: {
      orders: [{ calls: [{ name: "lookup_order", args: { order_id: order } }] }, { say: `Order ${order} (espresso machine) was delivered on 2026-11-20; the damage photo is on file.` }],
      billing: [{ calls: [{ name: "list_charges", args: { order_id: order } }] }, { say: `Order ${order} has two charges of 249 EUR; CH-5522 is the duplicate.` }],
      policy: [{ calls: [{ name: "policy_lookup", args: { topic: "damaged item replacement" } }] }, { say: "Replacements ship within 3 days and no return label is needed." }],
    },
  };
}

/** CX, lost ask: the billing delegation drops "charged twice"; the answer never refunds the duplicate. */
export function cxLostAsk(id: string, order: string): TeamScenario {
  const s = cxFanOut(id, order);
  s.lead[0] = {
    calls: [
      ask("orders", `Confirm order ${order} and the damage report.`),
      ask("billing", "Check the customer's billing status."),
      ask("policy", "Replacement policy for damaged items?"),
    ],
  };
  s.workers.billing = [{ calls: [{ name: "list_charges", args: { order_id: order } }] }, { say: "The account is in good standing." }];
  s.lead[1] = { say: `Sorry about the cracked tank on order ${order}. A replacement ships within 3 days; no need to return the broken machine.` };
  return s;
}

/** CX, unused result: billing finds the duplicate charge, but the answer only arranges the replacement. */
export function cxUnusedResult(id: string, order: string): TeamScenario {
  const s = cxFanOut(id, order);
  s.lead[1] = { say: `Sorry about the cracked tank on order ${order}. A replacement ships within 3 days and you can keep the damaged machine.` };
  return s;
}

export const TEAM_SCENARIOS = { researchFanOut, researchLostAsk, researchUnusedResult, cxFanOut, cxLostAsk, cxUnusedResult };
