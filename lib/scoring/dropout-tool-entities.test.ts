// Amounts and dates a tool returned are facts the sender saw (SPEC §3.1: "entity values from tool
// results … amounts, dates"): a handoff that leaves one out drops it when the value enters the
// dialogue (the receiver states it), unless the receiver looks it up again itself; a value nobody
// states is one field of a big result (dropout.ts toolEntityFacts). Domains in no corpus: piano tuning, sailmaking,
// beekeeping supplies.
import { describe, expect, it } from "vitest";
import { scored, type Step } from "./conversation.test-util";

const handedOn = (ask: string, tool: string, result: unknown, summary: string, after: Step[] = [], says = "Thanks for waiting, I can help with that.") =>
  scored([
    { user: ask },
    { tool, by: "a", args: { job: "PT-5521" }, result },
    { agent: "a", says: "I have that here. Anything else before I pass you on?" },
    { user: "no, that's it" },
    { from: "a", to: "b", summary, payload: { job: "PT-5521" } },
    ...after,
    { agent: "b", says },
  ]);

describe("a tool's amount or date is owed", () => {
  it("piano tuning: a quote under a key no slot names ('quote': '£180.00') left out", async () => {
    const r = await handedOn("how much to regulate my upright? job PT-5521", "tuning_quote", { job: "PT-5521", quote: "£180.00", turnaround: "2 weeks" }, "PT-5521, upright piano regulation.", [], "Regulation is £180.00, two weeks. Shall I book it?");
    expect(r.dropped).toEqual(["quote=£180.00"]);
  });
  it("sailmaking: a balance under an amount key and its due date left out", async () => {
    const r = await handedOn("what do I still owe on the mainsail? job PT-5521", "sail_balance", { balance: 312.5, due: "2027-03-14" }, "PT-5521, customer wants to settle the mainsail.", [], "You owe $312.50, due 2027-03-14. Card or transfer?");
    expect(r.dropped.sort()).toEqual(["balance=312.5", "due=2027-03-14"]);
  });
  it("beekeeping: a delivery date under a date key left out", async () => {
    const r = await handedOn("when do my nucs arrive? order PT-5521", "nuc_delivery", { delivery_date: "2027-05-02", colonies: 2 }, "PT-5521, asking about the nucs.", [], "Your two nucs arrive on 2027-05-02.");
    expect(r.dropped).toEqual(["delivery_date=2027-05-02"]);
  });

  it("near miss: the summary states the amount in another form ('180 pounds')", async () => {
    const r = await handedOn("how much to regulate my upright? job PT-5521", "tuning_quote", { quote: "£180.00" }, "PT-5521, regulation quoted at 180 pounds.", [], "Regulation is £180.00. Shall I book it?");
    expect(r.dropped).toEqual([]);
  });
  it("near miss: the receiver looks the balance up again itself before using it", async () => {
    const r = await handedOn("what do I still owe on the mainsail? job PT-5521", "sail_balance", { balance: "$312.50" }, "PT-5521, wants to settle up.", [
      { tool: "sail_balance", by: "b", args: { job: "PT-5521" }, result: { balance: "$312.50" } },
    ], "I've just checked: you still owe $312.50.");
    expect(r.dropped).toEqual([]);
  });
  it("near miss: prices in a list, a timestamp, a count and a status are no case facts", async () => {
    const r = await handedOn(
      "which hive kits do you have? ref PT-5521",
      "kit_search",
      { kits: [{ kit: "National", price: "£95.00" }, { kit: "Langstroth", price: "£120.00" }], checked_at: "2027-04-01T09:00:00Z", in_stock: 14, status: "awaiting restock" },
      "PT-5521, browsing hive kits.",
      [],
      "The National is £95.00 and the Langstroth £120.00; 14 in stock, awaiting restock of the rest.",
    );
    expect(r.dropped).toEqual([]);
  });
  it("near miss: a total no message states is one field of a big result, not owed", async () => {
    const r = await handedOn("where are my nucs? order PT-5521", "nuc_order", { status: "in transit", total: "£240.00", placed: "2027-04-20" }, "PT-5521, in transit.", [], "They're on the van today.");
    expect(r.dropped).toEqual([]);
  });
});
