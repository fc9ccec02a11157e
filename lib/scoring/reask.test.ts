import { describe, expect, it } from "vitest";
import { analyzeFixture } from "./fixture.test-util";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";

describe("re-ask", () => {
  it("flags billing asking again for the order number it was told before the handoff", async () => {
    const a = await analyzeFixture("reask-order");
    expect(a.handoffs[0].reasks).toEqual([{ eventId: "reask-order-4", field: "order_id" }]);
    expect(a.scores.reaskCount).toBe(1);
  });

  it("near miss: asking for an email that was never given is a new question", async () => {
    expect((await analyzeFixture("near-new-email")).scores.reaskCount).toBe(0);
  });

  it("near miss: a confirmation that repeats the known value is not a re-ask", async () => {
    expect((await analyzeFixture("near-confirm-order")).scores.reaskCount).toBe(0);
  });

  it("detects requests as well as questions, and ignores statements", () => {
    expect(askedSlots("Please provide a phone number we can reach you on.", DEFAULT_VOCABULARY).map((s) => s.slot?.name)).toEqual(["phone"]);
    expect(askedSlots("I've noted your email address.", DEFAULT_VOCABULARY)).toEqual([]);
    expect(askedSlots("Which order is this about?", DEFAULT_VOCABULARY).map((s) => s.slot?.name)).toEqual(["order_id"]);
  });
});
