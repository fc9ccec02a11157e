// A tool result's key whose head is an identity's noun ("si_card", "gift_card", "previous_order")
// holding an issued id ("8123456", "GC-88120") is that thing's identifier (facts.ts factsFromJson):
// before, no slot and no "<thing> number" key named it, so a handoff leaving it out dropped nothing
// and asking "your SI card number?" re-asked nothing (blind-z1 `z-orienteering-course-change-dropped`).
// Near misses: a date or a phrase under such a key, and a code under a key with no identity noun.
// Domains: glacier guiding, organ building, pearl diving.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";
import { factsFromJson } from "./facts";

const facts = (result: unknown) => factsFromJson(result, []).map((f) => `${f.field}=${f.value}`);

describe("an issued id under a key whose head names an identity is a fact", () => {
  it("pearl diving: the dive card looked up, left out of the handoff, asked for again", async () => {
    const r = await scored([
      { user: "hi i want to move my pearl dive from saturday to sunday" },
      { tool: "lookup_diver", by: "triage", result: { dive_card: "PD-40917", level: "open water" } },
      { from: "triage", to: "dives", summary: "Diver wants to move the pearl dive from Saturday to Sunday." },
      { agent: "dives", says: "Sure. What's your dive card number?" },
    ]);
    expect(r.reasks).toEqual(["dive_card"]);
    expect(r.dropped).toEqual(["dive_card=PD-40917"]);
  });
  it("near miss, pearl diving: a date or a phrase under a booking key is no identifier", () => {
    expect(facts({ last_booking: "2026-07-01", next_booking: "Sat 4 Jul 09:00 boat dive" })).toEqual([]);
  });

  it("glacier guiding: a rescue card's number is the card's identifier", () => {
    expect(facts({ rescue_card: "8123456", grade: "F" })).toEqual(["rescue_card_number=8123456"]);
  });
  it("near miss, glacier guiding: a code under a key with no identity noun stays no fact", () => {
    expect(facts({ harness: "CR-2210", grade: "F" })).toEqual([]);
  });

  it("organ building: a previous order's id is an identifier of its own", () => {
    expect(facts({ previous_order: "OB-77310", pipes: 1200 })).toEqual(["previous_order_number=OB-77310"]);
  });
  it("near miss, organ building: a short model number under such a key is a kind of thing, not an issued id", () => {
    expect(facts({ console_card: "CX-5" })).toEqual([]);
  });
});
