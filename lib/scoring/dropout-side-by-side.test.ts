// Two values of one identity field that one user message gives side by side are two things, both
// known (facts.ts knownFacts `several`): "the sitter can reach our vet on 01632 960 7781, my mobile is
// 07700 900 552" gives two phones, and a handoff carrying only the mobile dropped the vet's. A later
// message's value still replaces an earlier one, and two dates or amounts in one message (a from and
// a to) are not both owed. And a tool's date or amount about a thing the user named ("is my fitting
// on a weekday?" → `fitting_date`) is this case's fact even when nobody states it
// (dropout.ts userNamedBefore); a date about a thing nobody named still is not.
// Failure cases and near misses in a pet sitter, a translation agency and a scaffolding hire (two
// values), and a tailor's, a car service garage and a vet clinic (the named date) — domains in no corpus.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const reply = { agent: "desk", says: "Thanks, I'll sort it." };
const hand = (user: string | string[], summary: string) => [...[user].flat().map((u) => ({ user: u })), { from: "front", to: "desk", summary }, reply];

describe("two values of one field in one message are both known", () => {
  it("pet sitter: the vet's phone beside the owner's mobile is dropped when only the mobile crosses", async () => {
    const user = "Can you sit Rolo 3-10 May? The vet is on 01632 960 7781, my mobile is 07700 900 552.";
    expect((await scored(hand(user, "Rolo 3-10 May; owner mobile 07700 900 552."))).dropped).toEqual(["phone=01632 960 7781"]);
    expect((await scored(hand(user, "Rolo 3-10 May; owner mobile 07700 900 552, vet 01632 960 7781."))).dropped).toEqual([]);
    // near miss: a new number in a later message replaces the old one
    expect((await scored(hand(["My mobile is 07700 900 552.", "Sorry, new phone: 07700 900 661."], "Owner mobile 07700 900 661."))).dropped).toEqual([]);
  });
  it("translation agency: a second email for the invoice is dropped when left out", async () => {
    const user = "Please translate the contract, send it to ana@lexa.example and the invoice to accounts@lexa.example.";
    expect((await scored(hand(user, "Contract translation for ana@lexa.example."))).dropped).toEqual(["email=accounts@lexa.example"]);
    expect((await scored(hand(user, "Contract translation for ana@lexa.example; invoice to accounts@lexa.example."))).dropped).toEqual([]);
  });
  it("scaffolding hire: two dates of one change are not both owed; two job references are", async () => {
    // near miss: a from and a to of one move, the summary states the change
    expect((await scored(hand("Please move the strike from 14 March to 21 March.", "Customer wants the strike on 21 March."))).dropped).toEqual([]);
    expect((await scored(hand("Our job SC-4410 and our job SC-4471 both need a handrail.", "Handrail needed on job SC-4471."))).dropped).toEqual(["job_number=SC-4410"]);
  });
});

describe("a tool's date about a thing the user named is a fact", () => {
  const looked = (user: string, result: Record<string, unknown>, summary: string) => [{ user }, { tool: "lookup", by: "front", result }, { from: "front", to: "desk", summary }, reply];
  it("tailor's: the fitting date looked up after 'is my fitting on a weekday?' is dropped when left out", async () => {
    const user = "For order TL-3382, is my fitting on a weekday? I work.";
    expect((await scored(looked(user, { order: "TL-3382", fitting_date: "2026-05-03" }, "TL-3382: asks whether the fitting can be on a Saturday."))).dropped).toEqual(["fitting_date=2026-05-03"]);
    expect((await scored(looked(user, { order: "TL-3382", fitting_date: "2026-05-03" }, "TL-3382: fitting 2026-05-03, asks for a Saturday."))).dropped).toEqual([]);
  });
  it("car service garage: the service date after 'when is my service?' is a fact; a date nobody asked about is not", async () => {
    const user = "When is my service booked? Reg KP19 XRT.";
    expect((await scored(looked(user, { reg: "KP19 XRT", service_date: "2026-06-12" }, "KP19 XRT, asking about the service."))).dropped).toEqual(["service_date=2026-06-12"]);
    // near miss: the result's other date is about nothing the user named, and nobody states it
    expect((await scored(looked(user, { reg: "KP19 XRT", service_date: "2026-06-12", warranty_end: "2027-01-31" }, "KP19 XRT, service on 2026-06-12."))).dropped).toEqual([]);
  });
  it("vet clinic: a booster date after 'is Bramble due a booster?' is a fact; the price of a thing unnamed is not", async () => {
    const user = "Is Bramble due her booster yet?";
    expect((await scored(looked(user, { pet: "Bramble", booster_due: "2026-02-20", nail_clip_price: "£12" }, "Bramble: asks about the booster."))).dropped).toEqual(["booster_due=2026-02-20"]);
  });
});
