// A reference typed in spaced groups is an entity value (dropout.ts isEntityValue): "943 476 5919"
// under `nhs_number`, "LS6 2QT" under `delivery_postcode`. A summary that states it carries it, and
// a receiver that was handed it and asks for it again re-asks. Near misses: prose with a number in
// it ("Flat 3", "2 adults") is no entity value; a question that states the value confirms it.
// Failure cases and near misses in a GP surgery, a garden centre delivery and a parcel locker
// (domains in no corpus).
import { describe, expect, it } from "vitest";
import { isEntityValue } from "./dropout";
import { scored } from "./conversation.test-util";

describe("a reference typed in spaced groups", () => {
  it("is an entity value; prose with a number is not", () => {
    expect(isEntityValue("943 476 5919")).toBe(true);
    expect(isEntityValue("LS6 2QT")).toBe(true);
    expect(isEntityValue("SK55 1203 88GB")).toBe(true);
    expect(isEntityValue("Flat 3")).toBe(false);
    expect(isEntityValue("2 adults and a dog")).toBe(false);
  });
});

const thanks = { agent: "desk", says: "Thanks, done." };

describe("spaced values across a handoff, in three domains", () => {
  it("GP surgery: the receiver asking for the NHS number it was handed re-asks; stating it to confirm does not", async () => {
    const hand = { from: "reception", to: "desk", payload: { nhs_number: "943 476 5919" }, summary: "Repeat prescription." };
    const start = [{ user: "I need my repeat prescription." }, hand];
    expect((await scored([...start, { agent: "desk", says: "Can I take your NHS number?" }, { user: "943 476 5919" }, thanks])).reasks).toEqual(["nhs_number"]);
    expect((await scored([...start, { agent: "desk", says: "Is your NHS number still 943 476 5919?" }, { user: "yes" }, thanks])).reasks).toEqual([]);
  });
  it("garden centre delivery: a postcode under its own key, stated in the summary, is carried; left out, it is dropped", async () => {
    const state = { agent: "front", state: { order_id: "GC-55102", delivery_postcode: "LS6 2QT" } };
    const ask = { user: "Where's my compost delivery?" };
    expect((await scored([ask, state, { from: "front", to: "drivers", summary: "GC-55102 compost to LS6 2QT is late." }, thanks])).dropped).toEqual([]);
    expect((await scored([ask, state, { from: "front", to: "drivers", summary: "GC-55102 compost is late." }, thanks])).dropped).toEqual(["delivery_postcode=LS6 2QT"]);
  });
  it("parcel locker: a spaced tracking code handed over and asked for again is a re-ask; a prose field is not asked for", async () => {
    const hand = { from: "front", to: "lockers", payload: { parcel_ref: "SK55 1203 88GB", locker_bank: "Bank 4" }, summary: "Locker will not open." };
    const start = [{ user: "The locker won't open for my parcel." }, hand];
    expect((await scored([...start, { agent: "lockers", says: "What's the parcel reference?" }, { user: "SK55 1203 88GB" }, thanks])).reasks).toEqual(["parcel_number"]);
    expect((await scored([...start, { agent: "lockers", says: "Which locker bank are you at?" }, { user: "Bank 4" }, thanks])).reasks).toEqual([]);
  });
});
