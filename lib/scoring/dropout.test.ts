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

describe("a summary carries facts, not prose a state key held (SPEC §3.1)", () => {
  // domains in no labelled corpus: home alarm, marina, language school
  const handoff = (stateBefore: Record<string, unknown>, summary: string): EventRecord[] => [
    { id: "e1", conversationId: "c", timestamp: "2026-11-20T09:00:00.000Z", type: "message", role: "user", content: "Hello" } as EventRecord,
    { id: "e2", conversationId: "c", timestamp: "2026-11-20T09:00:05.000Z", type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer", summary, stateBefore, payload: {}, stateAfter: {} } as EventRecord,
  ];
  const dropped = async (events: EventRecord[]) => (await analyzeConversation(events, DEFAULT_SETTINGS)).handoffs[0].dropped.map((d) => d.field);
  it("failure case: a request or a reason named in the summary is not handed over as a field", async () => {
    expect(await dropped(handoff({ request: "2FA reset" }, "2FA reset needs a ticket first."))).toEqual(["request"]);
    expect(await dropped(handoff({ issue: "keypad beeping" }, "Keypad beeping since Monday."))).toEqual(["issue"]);
    expect(await dropped(handoff({ course: "French B1 evening" }, "Wants French B1 evening moved."))).toEqual(["course"]);
  });
  it("near miss: an id, an amount, a date or an email named in the summary is carried", async () => {
    expect(await dropped(handoff({ berth: "C-14", fee: "£412.50" }, "Berth C-14 owes £412.50."))).toEqual([]);
    expect(await dropped(handoff({ visit_date: "12 March 2026", contact: "sam.k@example.net" }, "Visit 12 March 2026, contact sam.k@example.net."))).toEqual([]);
    expect(await dropped(handoff({ student: "S1029384" }, "Student S1029384 wants a transcript."))).toEqual([]);
  });
});

describe("a yes/no question is answered with yes or no, not with a value", () => {
  // marina, driving school, home alarm: the reply's year or code is no fact bound to the question
  const conv = (question: string, reply: string): EventRecord[] => [
    { id: "e1", conversationId: "c", timestamp: "2026-11-20T09:00:00.000Z", type: "message", role: "agent", agent: "a", content: question } as EventRecord,
    { id: "e2", conversationId: "c", timestamp: "2026-11-20T09:00:05.000Z", type: "message", role: "user", content: reply } as EventRecord,
    { id: "e3", conversationId: "c", timestamp: "2026-11-20T09:00:10.000Z", type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer", summary: "Customer needs help.", payload: {} } as EventRecord,
  ];
  const dropped = async (q: string, r: string) => (await analyzeConversation(conv(q, r), DEFAULT_SETTINGS)).handoffs[0].dropped.map((d) => `${d.field}=${d.value}`);
  it("near miss: 'have you …?' answered 'Yes, in 2023'", async () => {
    expect(await dropped("You'll need a theory pass — have you taken it?", "Yes, passed in 2023.")).toEqual([]);
    expect(await dropped("Has the boat been lifted out before?", "Yes, 2021 I think")).toEqual([]);
    expect(await dropped("Is the keypad still beeping?", "yes since 0600")).toEqual([]);
  });
  it("failure case: an open question's value-only answer is a fact", async () => {
    expect(await dropped("What does the display on the keypad show?", "E-0451")).toEqual(["answer=E-0451"]);
    expect(await dropped("What's printed under the barcode on the pass slip?", "20231")).toEqual(["answer=20231"]);
    // (a year alone is no date and no reference: re-ask evidence only, answer-shape.test.ts)
    expect(await dropped("Which year did you pass the theory test?", "2023")).toEqual([]);
    expect(await dropped("What's the hull number on the boat?", "It's 88123")).toEqual(["hull_number=88123"]);
  });
});
