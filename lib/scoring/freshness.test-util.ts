// Test helpers for tool-result freshness: a lookup, a handoff, a user turn long after, and the
// receiver's message (a stale age in both seconds and turns when the message uses the result).
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

/** a lookup made with `args` that returned `result`, a handoff, a user turn 190 s later, and the receiver saying `says` */
export function lookupThenSay(args: Record<string, unknown>, result: unknown, says: string): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  return [
    { id: "e1", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: "What have you got?" },
    { id: "e2", conversationId: "c", timestamp: at(5), type: "tool_call", agent: "a", tool: "lookup", args, result },
    { id: "e3", conversationId: "c", timestamp: at(10), type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" },
    { id: "e4", conversationId: "c", timestamp: at(200), type: "message", role: "user", content: "ok, go on" },
    { id: "e5", conversationId: "c", timestamp: at(300), type: "message", role: "agent", agent: "b", content: says },
  ] as EventRecord[];
}

/** the tools whose results a conversation used stale */
export const staleTools = async (e: EventRecord[]) => (await analyzeConversation(e, DEFAULT_SETTINGS)).handoffs.flatMap((h) => h.staleUses.map((u) => u.tool));

/**
 * a list tool's result, a handoff, the user's choice at `userAt` seconds, a booking call made with `bookArgs` 10 s later
 * and the receiver saying `says` 10 s after that (the age of the list in seconds comes from `userAt`)
 */
export function listThenBook(result: unknown, bookArgs: Record<string, unknown>, says: string, { tool = "list_options", mode = "return", userAt = 150, asks = "What can I switch to?", choice = "go for it" } = {}): EventRecord[] {
  const t0 = Date.UTC(2026, 10, 20, 9, 0, 0);
  const at = (s: number) => new Date(t0 + s * 1000).toISOString();
  return [
    { id: "e1", conversationId: "c", timestamp: at(0), type: "message", role: "user", content: asks },
    { id: "e2", conversationId: "c", timestamp: at(5), type: "tool_call", agent: "w", tool, args: { ref: "R-40112" }, result },
    { id: "e3", conversationId: "c", timestamp: at(10), type: "handoff", agent: "w", from: "w", to: "lead", mode },
    { id: "e4", conversationId: "c", timestamp: at(userAt), type: "message", role: "user", content: choice },
    { id: "e5", conversationId: "c", timestamp: at(userAt + 10), type: "tool_call", agent: "lead", tool: "book", args: { ref: "R-40112", ...bookArgs }, result: { booked: true } },
    { id: "e6", conversationId: "c", timestamp: at(userAt + 20), type: "message", role: "agent", agent: "lead", content: says },
  ] as EventRecord[];
}
