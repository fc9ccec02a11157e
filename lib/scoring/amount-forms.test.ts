// Amounts written the European way (values.ts NUM / numberOf / AMOUNT_FORM_RE): a decimal comma
// ("45,00 €"), dots between thousands ("1.234,50 EUR") and the currency sign after the number are
// one amount, compared by number and currency with the same amount written any other way; a
// different amount is still dropped. Failure cases and near misses in a pottery studio, a ski
// school and a chimney sweep (domains in no corpus); the conversations are written here.
import { describe, expect, it } from "vitest";
import { factsFromText, mentions } from "./facts";
import { amountOf, numberOf } from "./values";
import { scored } from "./conversation.test-util";

const facts = (t: string) => factsFromText(t).map((f) => `${f.field}=${f.value}`);

describe("European amounts", () => {
  it("reads a decimal comma, dotted thousands and a sign after the number", () => {
    expect(amountOf("45,00 €")).toEqual({ n: 45, cur: "eur" });
    expect(amountOf("1.234,50 EUR")).toEqual({ n: 1234.5, cur: "eur" });
    expect(amountOf("€ 12,5")).toEqual({ n: 12.5, cur: "eur" });
    expect(amountOf("CHF 2.400")).toEqual({ n: 2400, cur: "chf" });
    // near misses: English thousands stay thousands, a comma list of small numbers is no amount
    expect(amountOf("1,234 USD")).toEqual({ n: 1234, cur: "usd" });
    expect(amountOf("£3,412.08")).toEqual({ n: 3412.08, cur: "gbp" });
    expect(numberOf("1,234")).toBe(1234);
    expect(facts("Glaze colours 3,12 and 4,5 please")).toEqual([]);
  });

  it("reads the whole amount, never its tail", () => {
    expect(facts("The kiln course was 1.234,50 EUR.")).toEqual(["amount=1.234,50 EUR"]);
    expect(facts("I paid 45,00 € for the lesson")).toEqual(["amount=45,00 €"]);
    // near miss: a version number with a dot is no amount
    expect(facts("The booking app says version 2.500 on my phone")).toEqual([]);
  });

  it("compares it with the same amount written another way", () => {
    expect(mentions("Refund EUR 45 to the student", "45,00 €")).toBe(true);
    expect(mentions("charged €1,234.50 twice", "1.234,50 EUR")).toBe(true);
    expect(mentions('{"refund": "45,00"}', "€45")).toBe(true);
    // an amount at the very start of a text (a shared regex's lastIndex once skipped it)
    expect(mentions("£64.50 charged twice", "64.50 GBP")).toBe(true);
    // near misses: the same digits as another amount, another currency
    expect(mentions("refund of 4500 euros", "45,00 €")).toBe(false);
    expect(mentions("refund of 45,00 £", "45,00 €")).toBe(false);
  });
});

describe("dropout with European amounts, in three domains", () => {
  const handoff = (summary: string) => ({ from: "front", to: "billing", summary });
  const reply = { agent: "billing", says: "I'll sort that out today." };
  it("pottery studio: 45,00 € carried as 'EUR 45' is carried; carried as 'EUR 54' it is dropped", async () => {
    const ask = { user: "I was charged 45,00 € twice for the Saturday wheel class. Member PS-3310." };
    expect((await scored([ask, handoff("Member PS-3310 charged EUR 45 twice for a class."), reply])).dropped).toEqual([]);
    expect((await scored([ask, handoff("Member PS-3310 charged EUR 54 twice for a class."), reply])).dropped).toEqual(["amount=45,00 €"]);
  });
  it("ski school: 1.234,50 EUR carried as €1,234.50 is carried; not mentioned it is dropped", async () => {
    const ask = { user: "The week of lessons for my two kids came to 1.234,50 EUR but the offer said 990. Booking SK-7781." };
    expect((await scored([ask, handoff("Booking SK-7781 billed €1,234.50 against an offer of 990."), reply])).dropped).toEqual([]);
    expect((await scored([ask, handoff("Booking SK-7781 billed more than the offer."), reply])).dropped).toEqual(["amount=1.234,50 EUR"]);
  });
  it("chimney sweep: a bare payload number carries 89,90 €; a payload with another number does not", async () => {
    const ask = { user: "Your sweep charged 89,90 € but the quote was lower. Job CS-1120." };
    const carried = await scored([ask, { from: "front", to: "billing", summary: "Quote dispute on job CS-1120.", payload: { charged: 89.9 } }, reply]);
    expect(carried.dropped).toEqual([]);
    const lost = await scored([ask, { from: "front", to: "billing", summary: "Quote dispute on job CS-1120.", payload: { charged: 98.9 } }, reply]);
    expect(lost.dropped).toEqual(["amount=89,90 €"]);
  });
});
