// A weak noun ("reference", "card", "name", "account") asks for nothing in a request frame alone
// ("I'll need the booking"), but a past relative clause ending in its preposition ties it to what
// was done with it — "I'll just need the reference the booking was made under", "could you confirm
// the card you paid with" — and then it is the value that thing was done under, asked for as a
// strong noun is (asks.ts UNDER_WHICH). Near misses: a wish ("the card you'd like to use", a choice
// of value), a preposition with its own object ("the card you mentioned to the desk"), a weak noun
// with no relative clause, and "about" (a topic, not a value). Glacier guiding, organ building and
// pearl diving (domains in no corpus; texts written here).
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";
import { scored } from "./conversation.test-util";

const asked = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field ?? "reference");
const done = { agent: "desk", says: "Thanks, all sorted." };
const reasks = async (first: string, payload: Record<string, unknown>, says: string, reply: string) =>
  (await scored([{ user: first }, { from: "front", to: "desk", summary: "See payload.", payload }, { agent: "desk", says }, { user: reply }, done])).reasks;

describe("a weak noun tied by a past relative clause to what was done under it", () => {
  it("glacier guiding: 'the reference the trip was booked under' re-asks the known booking", async () => {
    expect(await reasks("Please add two people to glacier walk GW-48812 on Friday.", { booking_ref: "GW-48812" }, "Happy to. I'll just need the reference the trip was booked under, then I can add them.", "It is right there in the subject line of the email I sent you this morning: GW-48812.")).toEqual(["booking_ref"]);
    // near miss: the same frame with no relative clause asks about the booking, not for its id
    expect(await reasks("Please add two people to glacier walk GW-48812 on Friday.", { booking_ref: "GW-48812" }, "Happy to. I'll need to check the booking first.", "ok")).toEqual([]);
  });
  it("organ building: 'the card you paid the deposit with' re-asks the card; a card to be chosen does not", async () => {
    expect(asked("Could you confirm the card you paid the deposit with?")).toEqual([]);
    expect(asked("Could you confirm the card you paid with?")).toEqual(["card_last4"]);
    expect(asked("Could you confirm the card you'd like to use for the balance?")).toEqual([]);
    expect(asked("Could you confirm the card you mentioned to the workshop?")).toEqual([]);
  });
  it("pearl diving: 'the name the dive was registered under' asks for the name; 'the booking you are asking about' does not", async () => {
    expect(asked("Please send me the name the dive was registered under.")).toEqual(["name"]);
    expect(asked("I'll need the account you logged in with, and then I can move the dive.")).toEqual(["account_id"]);
    expect(asked("Please confirm the booking you are asking about.")).toEqual([]);
    expect(asked("I'll need the address you want the pearls sent to.")).toEqual([]);
  });
});
