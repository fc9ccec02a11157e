// What a handoff handed over under a key whose last word is an identity slot's noun ("site_address",
// "venue_address", "contact_name") is known to re-ask whatever its value looks like: the key says what
// kind of value it is. The receiver asks for it again by the key's words ("the site address"), also
// when the slot's own noun inside them ("address") is weak and asked nothing alone (asks.ts).
// Near misses: a key naming no slot ("fault") is prose; a statement about the handed value or a
// question for a new one asks nothing. Vending service, wedding venue and pet sitting (texts written here).
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const ok = { agent: "desk", says: "Thanks, booked in." };
const reasks = async (payload: Record<string, unknown>, says: string, reply: string) =>
  (await scored([{ user: "Hello, I need help with this." }, { from: "front", to: "desk", payload }, { agent: "desk", says }, { user: reply }, ok])).reasks;

describe("a handed value of a slot's kind, under the key's own words", () => {
  it("vending, wedding venue, pet sitting: asked for again by the key's words, it is a re-ask", async () => {
    expect(await reasks({ site_address: "14 Harbour Row, Bristol BS1 5TT" }, "Please give me the site address so I can book the engineer.", "14 Harbour Row")).toEqual(["site_address"]);
    expect(await reasks({ venue_address: "The Old Barn, Hollow Lane" }, "Could you send me the venue address?", "The Old Barn, Hollow Lane")).toEqual(["venue_address"]);
    expect(await reasks({ contact_name: "Ada Mensah" }, "What's the contact name for the key handover?", "Ada Mensah")).toEqual(["contact_name"]);
  });
  it("near misses: a key naming no slot, a statement about the value, a new value", async () => {
    expect(await reasks({ fault: "chiller not cooling" }, "What's the fault, exactly?", "it's not cooling")).toEqual([]);
    expect(await reasks({ site_address: "14 Harbour Row, Bristol BS1 5TT" }, "I'll send the engineer to the site address you gave.", "great")).toEqual([]);
    expect(await reasks({ venue_address: "The Old Barn, Hollow Lane" }, "What's the new venue address?", "Mill House, Crane Street")).toEqual([]);
  });
});
