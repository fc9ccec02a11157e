// What crossed in another key or shape (dropout.ts isEmptyValue, crossedAs): a known field that
// holds nothing (null, "", [], {}) has nothing to drop; a text value handed whole under another key
// ("issue" handed as "problem") and a nested object handed flat (customer.name → customer_name)
// crossed, renamed. Near misses: a field with a value left out is still dropped; a boolean equal to
// another key's boolean decides nothing (`kyc_verified: true` is not carried by `paid: true`); a
// value under three characters says too little; an object with one value left out is dropped.
// Failure cases and near misses in a tree surgeon, a dog groomer and a sign-writing shop (domains
// in no corpus).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const hand = (stateBefore: Record<string, unknown>, payload: Record<string, unknown>) => [
  { user: "Can you help with my job?" },
  { from: "front", to: "desk", stateBefore, payload, summary: "Handing over." },
  { agent: "desk", says: "Thanks, I'll take it from here." },
];
const dropped = async (stateBefore: Record<string, unknown>, payload: Record<string, unknown>) => (await scored(hand(stateBefore, payload))).dropped;

describe("dropout: empty fields, renamed keys, flattened objects", () => {
  it("tree surgeon: empty fields in the sender's state are not dropped; a field with a value is", async () => {
    expect(await dropped({ quote_id: "TS-3310", access_notes: "", callback_slot: null, hazards: [] }, { quote_id: "TS-3310" })).toEqual([]);
    expect(await dropped({ quote_id: "TS-3310", access_notes: "gate on the left", callback_slot: null }, { quote_id: "TS-3310" })).toEqual(["access_notes=gate on the left"]);
  });
  it("dog groomer: a text value handed whole under another key crossed; a boolean or a short value does not say so", async () => {
    expect(await dropped({ booking_id: "DG-7710", coat_issue: "matted behind ears" }, { booking_id: "DG-7710", problem: "matted behind ears" })).toEqual([]);
    expect(await dropped({ booking_id: "DG-7710", vaccinated: true }, { booking_id: "DG-7710", paid: true })).toEqual(["vaccinated=true"]);
    expect(await dropped({ booking_id: "DG-7710", size: "XL" }, { booking_id: "DG-7710", collar: "XL" })).toEqual(["size=XL"]);
  });
  it("sign-writing shop: a nested customer handed flat crossed; with its phone left out it is dropped", async () => {
    const customer = { name: "Ravi Mistry", phone: "07700 900655" };
    expect(await dropped({ order_id: "SW-1182", customer }, { order_id: "SW-1182", customer_name: "Ravi Mistry", phone: "07700900655" })).toEqual([]);
    expect(await dropped({ order_id: "SW-1182", customer }, { order_id: "SW-1182", customer_name: "Ravi Mistry" })).toEqual(["customer=[object Object]"]);
  });
});
