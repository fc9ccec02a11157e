import { describe, expect, it } from "vitest";
import { fromRow, IngestEvent, jsonDepth, MAX_JSON_DEPTH, toRow } from "./schemas";

describe("jsonDepth", () => {
  it("measures nesting without recursion and stops early past the limit", () => {
    expect(jsonDepth(1)).toBe(0);
    expect(jsonDepth({ a: [1, { b: 2 }] })).toBe(3);
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(jsonDepth(deep)).toBe(MAX_JSON_DEPTH + 1);
  });
});

describe("IngestEvent", () => {
  const base = { id: "e1", conversationId: "c1", timestamp: "2026-11-24T10:00:00Z" };

  it("accepts ISO and epoch-ms timestamps as the same instant", () => {
    const a = IngestEvent.parse({ ...base, type: "intent", intent: "refund" });
    const b = IngestEvent.parse({ ...base, timestamp: Date.parse(base.timestamp), type: "intent", intent: "refund" });
    expect(a.timestamp.getTime()).toBe(b.timestamp.getTime());
  });

  it("names the failing field", () => {
    const res = IngestEvent.safeParse({ ...base, type: "handoff", from: "triage" });
    expect(res.success).toBe(false);
    expect(res.error?.issues.map((i) => i.path.join("."))).toContain("to");
  });

  it("rejects a payload nested deeper than the limit (a near miss at the limit passes)", () => {
    const nest = (n: number) => {
      let v: unknown = 1;
      for (let i = 0; i < n; i++) v = { k: v };
      return v as Record<string, unknown>;
    };
    expect(IngestEvent.safeParse({ ...base, type: "state", state: nest(MAX_JSON_DEPTH) }).success).toBe(true);
    const bad = IngestEvent.safeParse({ ...base, type: "state", state: nest(MAX_JSON_DEPTH + 1) });
    expect(bad.error?.issues[0].path).toEqual(["state"]);
  });

  it("defaults handoff mode and round-trips through the stored row shape", () => {
    const e = IngestEvent.parse({ ...base, type: "handoff", from: "triage", to: "billing", payload: { order_id: "8812" } });
    const row = toRow(e);
    expect(row.agent).toBe("triage");
    expect(row.data).toEqual({ from: "triage", to: "billing", payload: { order_id: "8812" }, mode: "transfer" });
    const back = fromRow({ ...row, data: row.data, metadata: row.metadata });
    expect(back).toEqual({ ...base, timestamp: "2026-11-24T10:00:00.000Z", type: "handoff", agent: "triage", from: "triage", to: "billing", payload: { order_id: "8812" }, mode: "transfer" });
  });

  it("stores tool result times as ISO strings", () => {
    const e = IngestEvent.parse({ ...base, type: "tool_call", tool: "lookup", resultAt: 0, result: { ok: true } });
    expect(toRow(e).data).toMatchObject({ tool: "lookup", args: {}, resultAt: "1970-01-01T00:00:00.000Z" });
  });
});
