// A value the user withdrew before the handoff is not owed (dropout.ts withdrawnBefore). Domains in
// no corpus: bell foundry, canal moorings, letterpress printing.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const withdrawing = (given: string, then: string, summary: string) =>
  scored([{ user: given }, { agent: "a", says: "Thanks, one moment." }, { user: then }, { from: "a", to: "b", summary }, { agent: "b", says: "Happy to help." }]);

describe("a withdrawn value is not dropped", () => {
  it("bell foundry: 'never mind the order number' before the handoff", async () => {
    const r = await withdrawing("My order number is BF-20931 for the handbells.", "Never mind the order number, I just want to know if you do engraving.", "Customer asks whether we engrave bells.");
    expect(r.dropped).toEqual([]);
  });
  it("canal moorings: 'forget my membership number' and a new question", async () => {
    const r = await withdrawing("My membership number is CM-4471.", "Actually forget my membership number, is the Leeds lock open?", "Customer asks if the Leeds lock is open.");
    expect(r.dropped).toEqual([]);
  });
  it("letterpress: 'ignore that email address', a new one given in the same message, is the new one's to carry", async () => {
    const r = await withdrawing("My email is old@press.example.", "Ignore that email address, use new@press.example instead.", "Customer wants the proofs by email.");
    expect(r.dropped).toEqual(["email=new@press.example"]);
  });

  it("near miss: 'don't forget my order number' withdraws nothing", async () => {
    const r = await withdrawing("My order number is BF-20931 for the handbells.", "Don't forget the order number when you pass me on!", "Customer asks about handbell delivery.");
    expect(r.dropped).toEqual(["order_id=BF-20931"]);
  });
  it("near miss: withdrawing another thing ('forget the engraving') keeps the value owed", async () => {
    const r = await withdrawing("My membership number is CM-4471.", "Forget the engraving, I only need the mooring renewed.", "Customer wants the mooring renewed.");
    expect(r.dropped).toEqual(["account_id=CM-4471"]);
  });
  it("near miss: a withdrawal after the handoff does not reach back", async () => {
    const r = await scored([
      { user: "My order number is LP-55102." },
      { from: "a", to: "b", summary: "Customer has a question about an order." },
      { user: "Oh, forget the order number, it's about paper stock." },
      { agent: "b", says: "Sure, which paper?" },
    ]);
    expect(r.dropped).toEqual(["order_id=LP-55102"]);
  });
});
