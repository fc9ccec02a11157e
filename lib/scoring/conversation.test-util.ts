// Test helper: a short conversation built from a list of steps (user and agent messages, state,
// handoffs), analysed by the scorers, for rule tests written in domains no corpus covers.
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

export type Step =
  | { user: string }
  | { agent: string; says: string }
  | { state: Record<string, unknown>; agent: string }
  | { tool: string; by: string; args?: Record<string, unknown>; result: unknown }
  | { from: string; to: string; mode?: "transfer" | "delegate" | "return"; summary?: string; payload?: Record<string, unknown>; stateBefore?: Record<string, unknown>; stateAfter?: Record<string, unknown> };

export function conversation(steps: Step[]): EventRecord[] {
  return steps.map((s, i) => {
    const base = { id: `e${i}`, conversationId: "c", timestamp: new Date(Date.UTC(2026, 11, 4, 10, 0, i)).toISOString() };
    if ("user" in s) return { ...base, type: "message", role: "user", content: s.user };
    if ("says" in s) return { ...base, type: "message", role: "agent", agent: s.agent, content: s.says };
    if ("state" in s) return { ...base, type: "state", agent: s.agent, state: s.state };
    if ("tool" in s) return { ...base, type: "tool_call", agent: s.by, tool: s.tool, args: s.args ?? {}, result: s.result };
    return { ...base, type: "handoff", agent: s.from, from: s.from, to: s.to, mode: s.mode ?? "transfer", summary: s.summary, payload: s.payload ?? {}, stateBefore: s.stateBefore, stateAfter: s.stateAfter };
  }) as EventRecord[];
}

/** The dropped fields (field=value) and re-asked fields of every handoff. */
export async function scored(steps: Step[], settings = DEFAULT_SETTINGS) {
  const a = await analyzeConversation(conversation(steps), settings);
  return {
    dropped: a.handoffs.flatMap((h) => h.dropped.map((d) => `${d.field}=${String(d.value)}`)),
    reasks: a.handoffs.flatMap((h) => h.reasks.map((r) => r.field)),
  };
}
