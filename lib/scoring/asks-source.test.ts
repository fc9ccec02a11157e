// A slot noun that only says where another asked thing is found ("the ref from your confirmation
// email", "the code in the text we sent") is not asked itself (asks.ts COMPLEMENT), as a noun after
// "of" was not. Near misses: the noun asked beside another ("your email and the ref"), "the number
// on your card" (the card's number), the noun asked with its own "on" phrase ("the email on the
// account"). A noun after a participle ("the swatch marked with your order number") is what the
// thing carries, the user told to use it, not asked. Domains in no corpus: harp hire, ferry vehicle deck, archery range.
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { scored } from "./conversation.test-util";
import { DEFAULT_VOCABULARY } from "./slots";

const asked = (text: string) => askedSlots(text, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field ?? "generic");

describe("a noun naming where the asked value is found", () => {
  it("harp hire: 'I'll need the ref from your confirmation email' does not re-ask the known email", async () => {
    const run = (ask: string) =>
      scored([
        { user: "My email is rosa@harps.example, the pedal harp I hired has a buzzing string." },
        { from: "front", to: "tech", summary: "Hired pedal harp, buzzing string; customer email rosa@harps.example." },
        { agent: "tech", says: ask },
      ]);
    expect((await run("I'll need the ref from your confirmation email.")).reasks).toEqual([]);
    expect((await run("I'll need your email and the ref, please.")).reasks).toEqual(["email"]);
  });
  it("ferry vehicle deck: 'Please send the booking reference from your confirmation email' asks for the booking only", () => {
    expect(asked("Please send the booking reference from your confirmation email.")).toEqual(["booking_id"]);
    expect(asked("Please confirm the email on the booking.")).toEqual(["email"]);
  });
  it("archery range: 'Can you give me the order number in the email we sent?' asks for the order only; 'the number on your card' is the card's", () => {
    expect(asked("Can you give me the order number in the email we sent?")).toEqual(["order_id"]);
    expect(asked("I'll need the number on your card.")).toEqual(["card_last4"]);
  });
  // (blind-at3's teal sofa: "Post the swatch marked with your quote number" re-asked nothing)
  it("a noun after a participle is what the thing carries, not asked: 'post the swatch marked with your order number'", () => {
    expect(asked("Post the swatch marked with your order number and we'll take it from there.")).toEqual([]);
    expect(asked("Please send the form signed with your email.")).toEqual([]);
    expect(asked("Please send your order number and the swatch.")).toEqual(["order_id"]);
  });
});
