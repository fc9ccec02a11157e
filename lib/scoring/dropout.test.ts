import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeFixture, fixtureEvents } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

describe("state-delta dropout", () => {
  it("flags an order id seen in the lookup but not handed over", async () => {
    const a = await analyzeFixture("drop-lookup");
    expect(a.handoffs[0].dropped).toContainEqual({ field: "order_id", value: "88123" });
    expect(a.handoffs[0].dropoutScore).toBe(1);
    expect(a.scores.dropoutRate).toBe(1);
    expect(a.handoffs[0].diff.removed.map((r) => r.path)).toContain("order_id");
  });

  it("flags a key present in stateBefore but missing from stateAfter", async () => {
    const a = await analyzeFixture("drop-state");
    expect(a.handoffs[0].dropped.map((d) => d.field)).toEqual(["booking_id"]);
    expect(a.handoffs[0].diff.unchanged.map((u) => u.path)).toContain("nights");
  });

  it("near miss: the order id carried only in the summary text is not dropped", async () => {
    const a = await analyzeFixture("near-summary-order");
    expect(a.handoffs[0].dropped).toEqual([]);
    expect(a.scores.dropoutRate).toBe(0);
    expect(a.handoffs[0].diff.unchanged.map((u) => u.path)).toContain("order_id");
  });

  it("near miss: an orchestrator delegating a scoped task and workers returning are not dropouts", async () => {
    const a = await analyzeFixture("near-supervisor");
    expect(a.scores.droppedFields).toBe(0);
  });

  it("a field handed over as null (a typed handoff input left empty) is dropped, not carried", async () => {
    const events = fixtureEvents("drop-lookup").map((e) =>
      e.type === "handoff" ? { ...e, summary: "Customer has a billing question", payload: { order_id: null, summary: "billing question" } } : e,
    );
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    expect(a.handoffs[0].dropped).toContainEqual({ field: "order_id", value: "88123" });
  });

  it("near miss: the same field handed over with its value is carried", async () => {
    const events = fixtureEvents("drop-lookup").map((e) => (e.type === "handoff" ? { ...e, payload: { order_id: "88123" } } : e));
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    expect(a.handoffs[0].dropped).toEqual([]);
  });
});

describe("dropout of a code named by its noun ('my flight BA2490')", () => {
  const conv = (summary: string) => [
    { id: "u", conversationId: "c", timestamp: "2026-11-24T10:00:00Z", type: "message", role: "user", content: "Can you arrange an airport pickup for my flight BA2490, and put the invoice in my company's name?" },
    { id: "h", conversationId: "c", timestamp: "2026-11-24T10:00:05Z", type: "handoff", agent: "triage", from: "triage", to: "concierge", mode: "transfer", summary },
    { id: "a", conversationId: "c", timestamp: "2026-11-24T10:00:09Z", type: "message", role: "agent", agent: "concierge", content: "Happy to help with that." },
  ] as EventRecord[];
  it("hotel: the flight number the handoff leaves out is dropped, by name and value", async () => {
    const a = await analyzeConversation(conv("Guest wants an airport pickup and a company invoice."), DEFAULT_SETTINGS);
    expect(a.handoffs[0].dropped).toContainEqual({ field: "flight_number", value: "BA2490" });
  });
  it("near miss: carried in the summary, it is not", async () => {
    const a = await analyzeConversation(conv("Guest wants an airport pickup for BA2490 and a company invoice."), DEFAULT_SETTINGS);
    expect(a.handoffs[0].dropped).toEqual([]);
  });
});
