// Dropout on a worker's return inside a fan-out: the worker owes what its own tool calls found,
// not what the workers running beside it found.
import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeConversation } from "./run-scorers";

const at = (s: number) => new Date(Date.UTC(2026, 10, 28, 9, 0, s)).toISOString();
let n = 0;
const ev = (s: number, e: Record<string, unknown>) => ({ id: `e${n++}`, conversationId: "c", timestamp: at(s), ...e }) as EventRecord;
const h = (s: number, from: string, to: string, mode: string, summary: string) => ev(s, { type: "handoff", agent: from, from, to, mode, summary, callId: mode === "return" ? from : to });

function cx(policyReturn: string) {
  return [
    ev(0, { type: "message", role: "user", content: "My espresso machine from order ORD-4411 arrived cracked and I was charged twice." }),
    h(1, "cx_lead", "billing", "delegate", "order ORD-4411 was charged twice: find the duplicate"),
    h(2, "cx_lead", "policy", "delegate", "replacement policy for damaged items"),
    ev(3, { type: "tool_call", agent: "billing", tool: "list_charges", args: { order_id: "ORD-4411" }, result: { order_id: "ORD-4411", charges: [{ id: "CH-5522" }] } }),
    ev(4, { type: "tool_call", agent: "policy", tool: "policy_lookup", args: { topic: "damage" }, result: { policy_id: "POL-7781", replacement_days: 3 } }),
    h(5, "billing", "cx_lead", "return", "ORD-4411 has a duplicate charge CH-5522."),
    h(6, "policy", "cx_lead", "return", policyReturn),
    ev(7, { type: "message", role: "agent", agent: "cx_lead", content: "I refunded CH-5522 and a replacement ships in 3 days." }),
  ];
}

describe("a worker's return in a fan-out", () => {
  it("does not owe the facts a sibling worker found", async () => {
    const a = await analyzeConversation(cx("Policy POL-7781: replacements ship within 3 days."), DEFAULT_SETTINGS);
    const policy = a.handoffs.find((x) => x.from === "policy")!;
    expect(policy.dropped).toEqual([]);
    expect(a.conversation.flags).not.toContain("dropout");
  });

  it("failure case: a fact from its own tool call that it does not hand back is dropped", async () => {
    const a = await analyzeConversation(cx("Replacements ship within 3 days."), DEFAULT_SETTINGS);
    const policy = a.handoffs.find((x) => x.from === "policy")!;
    expect(policy.dropped.map((d) => d.value)).toEqual(["POL-7781"]);
  });
});
