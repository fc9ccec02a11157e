// Test helpers: analyse one conversation of the original labelled corpus by name; build a
// conversation from steps (the intent tests write theirs for the rules).
import path from "node:path";
import { ORIGINAL_CORPUS_DIR } from "../../tests/fixtures/corpora";
import { DEFAULT_SETTINGS, type ProjectSettings } from "../projects/settings";
import type { EventRecord } from "../ingest/schemas";
import { loadFixture } from "./eval";
import type { IntentAssessment } from "./judge-offline";
import { analyzeConversation } from "./run-scorers";

export const fixtureEvents = (name: string): EventRecord[] => loadFixture(path.join(ORIGINAL_CORPUS_DIR, `${name}.json`)).events;

export const analyzeFixture = (name: string, settings: ProjectSettings = DEFAULT_SETTINGS) =>
  analyzeConversation(fixtureEvents(name), settings);

export type Step =
  | { user: string }
  | { agent: string; by?: string }
  | { handoff: [string, string]; summary?: string; payload?: Record<string, unknown>; mode?: "transfer" | "delegate" | "return" }
  | { intent: string; by?: string }
  | { tool: string; args?: Record<string, unknown>; by?: string };

/** A conversation from steps: user/agent messages, handoffs, tool calls and intent events, one second apart. */
export function conversation(steps: Step[]): EventRecord[] {
  let agent = "triage";
  return steps.map((s, i) => {
    const base = { id: `e${i}`, conversationId: "c", timestamp: new Date(Date.UTC(2026, 10, 24, 10, 0, i)).toISOString() };
    if ("user" in s) return { ...base, type: "message", role: "user", content: s.user } as EventRecord;
    if ("agent" in s) return { ...base, type: "message", role: "agent", agent: s.by ?? agent, content: s.agent } as EventRecord;
    if ("handoff" in s) {
      agent = s.handoff[1];
      return { ...base, type: "handoff", agent: s.handoff[0], from: s.handoff[0], to: s.handoff[1], mode: s.mode ?? "transfer", summary: s.summary, payload: s.payload ?? {} } as EventRecord;
    }
    if ("tool" in s) return { ...base, type: "tool_call", agent: s.by ?? agent, tool: s.tool, args: s.args ?? {}, result: { ok: true } } as EventRecord;
    return { ...base, type: "intent", agent: s.by ?? agent, intent: s.intent } as EventRecord;
  });
}

/** The scores when the user asks `ask`, a front desk hands over to a desk with `summary`, and the desk answers `reply`. */
export const scoresHandedOn = async (ask: string, summary: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "desk"], summary }, { agent: reply }]), DEFAULT_SETTINGS)).scores;

/** The scores when the user asks `ask`, a front desk hands over to another agent, and that agent says `done` (the user answers "ok"). */
export const judgedAfterHandoff = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the team." }, { handoff: ["front", "orders"] }, { agent: done }, { user: "ok" }]), DEFAULT_SETTINGS)).scores;

/** The rating rules' tests' shape: the ask, triage passes it on, the specialist answers, the user replies, the specialist states the ask as it read it. */
export const handedOn = (ask: string, summary: string, answer: string, reply: string, intent: string): Step[] => [
  { user: ask },
  { agent: "Thanks, passing you on now." },
  { handoff: ["desk", "specialist"], summary },
  { agent: answer },
  { user: reply },
  { intent },
];

/** `events` ended by a resolution a second after the last event: its status, a CSAT when given, sent by `agent`. */
export function withResolution(events: EventRecord[], status = "resolved", csat?: number, agent = "desk"): EventRecord[] {
  const last = events.at(-1)!;
  const end = { id: "end", conversationId: "c", timestamp: new Date(Date.parse(last.timestamp as string) + 1000).toISOString(), type: "resolution", agent, status, ...(csat === undefined ? {} : { csat }) };
  return [...events, end as EventRecord];
}

/** The rule that decided a verdict (an abstention has none). */
export const pathOf = (v: IntentAssessment) => ("path" in v ? v.path : undefined);

/** The offline judge's "another thing done to the same circumstances", read from the user's own words: named in the reason, no verdict (judge-offline.ts header, rule 2). */
export const OTHER_THING = /^too little evidence: the user asked for .+; the final interpretation is to .+, which words alone cannot tell from a paraphrase$/;
/** Drift, or no verdict that names another thing done: either way the ask is not read as preserved. */
export const driftOrOtherThing = (v: IntentAssessment) => (v.score === null ? OTHER_THING.test(v.reason) : v.score < 0.5);
