// No identifier invented from a date (facts.ts): "the appointment is 2026-08-14" after an
// identifier's noun is the thing's date, and a date given in answer to "which booking?" answers
// with a date, not a booking reference. A reference after its noun, and a phone-shaped answer to an
// account question, are still read as asked. Failure cases and near misses in dog grooming,
// hot-air balloon flights and a tattoo studio (domains in no corpus).
import { describe, expect, it } from "vitest";
import { factsFromText } from "./facts";
import { DEFAULT_VOCABULARY } from "./slots";
import { scored } from "./conversation.test-util";

const facts = (t: string, asked: string[] = []) =>
  factsFromText(t, DEFAULT_VOCABULARY, asked.map((n) => DEFAULT_VOCABULARY.byName.get(n)!)).map((f) => `${f.field}=${f.value}`);

describe("a date is never an identifier", () => {
  it("after an identifier's noun", () => {
    expect(facts("The grooming appointment is 2026-08-14 but I can't make it")).toEqual(["date=2026-08-14"]);
    expect(facts("My tattoo booking was 14/08/2026, can I move it?")).toEqual(["date=14/08/2026"]);
    // near misses: a reference after the same nouns
    expect(facts("The grooming appointment is AP-22910")).toEqual(["booking_id=AP-22910"]);
    expect(facts("booking ref 2026-0412-77")).toEqual(["booking_id=2026-0412-77"]);
  });
  it("in answer to an identifier's question", () => {
    expect(facts("the one on 2026-08-14", ["booking_id"])).toEqual(["date=2026-08-14"]);
    // near misses: a reference answers it; a phone-shaped number answers an account question
    expect(facts("HB-4410", ["booking_id"])).toEqual(["booking_id=HB-4410"]);
    expect(facts("415-555-0134", ["account_id"])).toEqual(["account_id=415-555-0134"]);
  });
});

describe("dropout names the date a date, in three domains", () => {
  const reply = { agent: "desk", says: "I'll look at the diary." };
  it("hot-air balloon: the reference carried and the date left out drops the date, not a second reference", async () => {
    const ask = { user: "Booking HB-4410, the flight reservation is 2026-07-02, can it move to a weekend?" };
    expect((await scored([ask, { from: "front", to: "desk", summary: "Move booking HB-4410 to a weekend." }, reply])).dropped).toEqual(["date=2026-07-02"]);
    expect((await scored([ask, { from: "front", to: "desk", summary: "Move booking HB-4410 (2 July 2026) to a weekend." }, reply])).dropped).toEqual([]);
  });
  it("dog grooming: the appointment's date left out is a dropped date", async () => {
    const ask = { user: "Account DG-3310 here, the appointment is 2026-08-14 for Biscuit, can we do earlier?" };
    expect((await scored([ask, { from: "front", to: "desk", summary: "DG-3310 wants an earlier slot for Biscuit." }, reply])).dropped).toEqual(["date=2026-08-14"]);
  });
  it("tattoo studio: a date given to 'which appointment?' is a date when a later handoff drops it", async () => {
    const r = await scored([{ user: "Can I move my session to a weekday?" }, { from: "front", to: "desk", summary: "Client wants to move a session." },
      { agent: "desk", says: "Sure - which appointment do you mean?" }, { user: "the one on 2026-08-14" },
      { from: "desk", to: "artist", summary: "Client wants to move a session to a weekday." }]);
    expect(r).toEqual({ dropped: ["date=2026-08-14"], reasks: [] });
  });
  it("tattoo studio: 'which booking is it, the sleeve or the small piece?' offers a choice and re-asks nothing; 'which booking is it?' re-asks the reference", async () => {
    const run = (says: string) => scored([{ user: "Can I move my session? Booking TS-88120." }, { from: "front", to: "desk", summary: "Move a session." }, { agent: "desk", says }]);
    expect((await run("Sure - which booking is it, the sleeve or the small piece?")).reasks).toEqual([]);
    expect((await run("Sure - which booking is it?")).reasks).toEqual(["booking_id"]);
  });
});
