// A reference read out in words (speech-to-text: "h t seven seven three one", "b as in bravo r zero
// six six one", "oh seven seven double oh nine …") is a value like a typed one (spoken.ts): before,
// the fact reader found nothing in it, so a receiver asking for it again was no re-ask and a handoff
// leaving it out dropped nothing (blind-z1 `z-tramtours-trackworks-refund`). Near misses: number
// words in ordinary speech ("two tickets", "at seven for five of us"), a spelled name ("o k a f o
// r"), homophones at a run's end ("a table for two"). Domains: glacier guiding, organ building,
// pearl diving.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";
import { factsFromText } from "./facts";
import { DEFAULT_VOCABULARY } from "./slots";
import { writtenOut } from "./spoken";

const values = (text: string) => factsFromText(text, DEFAULT_VOCABULARY, [], false).map((f) => `${f.field}=${f.value}`);

describe("a reference read out in words is read as written", () => {
  it("glacier guiding: a booking read letter by letter and digit by digit is the booking, asked for again after the handoff", async () => {
    expect(values("hi the glacier walk on friday is off because of the storm the booking is g w seven seven three one")).toEqual(["booking_id=GW7731"]);
    const r = await scored([
      { user: "hi the glacier walk on friday is off because of the storm the booking is g w seven seven three one" },
      { from: "triage", to: "refunds", summary: "Customer wants a refund for a cancelled glacier walk." },
      { agent: "refunds", says: "Sorry about that. What's the booking reference, please?" },
      { user: "i just said it g w seven seven three one g as in golf" },
    ]);
    expect(r.reasks).toEqual(["booking_id"]);
    expect(r.dropped).toEqual(["booking_id=GW7731"]);
  });
  it("near miss, glacier guiding: number words in ordinary speech are no reference", async () => {
    expect(writtenOut("can i get two places at seven for five of us and one of them is nine")).toBe("can i get two places at seven for five of us and one of them is nine");
    const r = await scored([
      { user: "hi can i get two places on the ice walk at seven for five of us" },
      { from: "triage", to: "bookings", summary: "Five places on the ice walk at seven." },
      { agent: "bookings", says: "Lovely. What name shall I put the booking under?" },
    ]);
    expect(r.reasks).toEqual([]);
    expect(r.dropped).toEqual([]);
  });

  it("organ building: 'b as in bravo' spells a letter, homophones inside a run are digits", () => {
    expect(writtenOut("the order was b as in bravo r zero six six one")).toBe(`the order was BR0661${" ".repeat(26)}`);
    expect(values("my order number is o p for for seven two")).toEqual(["order_id=OP4472"]);
  });
  it("near miss, organ building: a spelled name and a homophone at a run's end are no code", () => {
    expect(writtenOut("its under okafor o k a f o r for the pipes")).toBe("its under okafor o k a f o r for the pipes");
    expect(writtenOut("a tuning for two ranks and four stops")).toBe("a tuning for two ranks and four stops");
  });

  it("pearl diving: a phone read out with double and triple is a phone in phone context", () => {
    expect(values("please text me on oh seven seven double oh nine triple four five six")).toEqual(["phone=07700944456"]);
  });
  it("near miss, pearl diving: three spoken digits are a count or a time, not a reference", () => {
    expect(values("we are three four divers, back at one o clock")).toEqual([]);
    expect(writtenOut("dive two one five was fine")).toBe("dive two one five was fine");
  });
});
