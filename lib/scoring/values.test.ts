import { describe, expect, it } from "vitest";
import { factsFromText, UNNAMED_CODE } from "./facts";
import { DEFAULT_VOCABULARY, vocabularyFor } from "./slots";
import { ibanValid, luhn } from "./values";

const V = DEFAULT_VOCABULARY;
const slot = (name: string) => V.byName.get(name)!;

describe("value shapes are not phones", () => {
  it("parcels, banking, clinic: ISO and written dates, Luhn cards and long order ids are what they are", () => {
    expect(factsFromText("Shipped 2026-11-20, order 1234567890", V)).toEqual([
      { field: "date", value: "2026-11-20" },
      { field: "order_id", value: "1234567890" },
    ]);
    expect(factsFromText("My card is 4111 1111 1111 1111", V)).toEqual([{ field: "card_last4", value: "1111" }]);
    expect(factsFromText("I was born on 3 March 1985", V)).toEqual([{ field: "date_of_birth", value: "3 March 1985" }]);
    expect(factsFromText("Appointment on 04/12/2026 please", V)).toEqual([{ field: "date", value: "04/12/2026" }]);
  });
  it("near miss: a phone needs phone formatting or phone words", () => {
    expect(factsFromText("call me on 07700 900123", V)).toEqual([{ field: "phone", value: "07700 900123" }]);
    expect(factsFromText("my number is +44 20 7946 0018", V)).toEqual([{ field: "phone", value: "+44 20 7946 0018" }]);
    expect(factsFromText("Reference 5530776611 from the letter", V).some((f) => f.field === "phone")).toBe(false);
    // a 16-digit number that fails Luhn is no card
    expect(factsFromText("code 4111 1111 1111 1112", V).some((f) => f.field === "card_last4")).toBe(false);
  });
  it("telecom, parcels, utilities: a national phone grouping inside a longer run of digit groups is part of that number", () => {
    const phones = (t: string) => factsFromText(t, V).filter((f) => f.field === "phone");
    expect(phones("8944 1100 0123 4567 891")).toEqual([]);
    expect(phones("tracking 9400 0111 2345 6789 0123 on the label")).toEqual([]);
    expect(phones("meter reading 5512 0334 6678 1290 this morning")).toEqual([]);
    // near misses: the same groupings standing alone, or after a comma or a word, are phones
    expect(phones("0123 4567 891")).toEqual([{ field: "phone", value: "0123 4567 891" }]);
    expect(phones("Flat 4, 0161 496 0733 is the landline")).toEqual([{ field: "phone", value: "0161 496 0733" }]);
    expect(phones("Account 5520047719, mobile 07700 900654.")).toEqual([{ field: "phone", value: "07700 900654" }]);
  });
  it("coffee wholesale, events, pharmacy: a measure after an identifier's noun is a quantity, not the identifier", () => {
    expect(factsFromText("We'd like to place our first wholesale order: 30kg of the house espresso", V)).toEqual([]);
    expect(factsFromText("the booking 3pm tomorrow if you can", V)).toEqual([]);
    expect(factsFromText("policy number 250mg twice a day", V).some((f) => f.field === "policy_number")).toBe(false);
    // near misses: a number or a code after the noun is the identifier
    expect(factsFromText("our first wholesale order: 30127 of the house espresso", V)).toEqual([{ field: "order_id", value: "30127" }]);
    expect(factsFromText("the booking BK-3PM tomorrow", V)).toEqual([{ field: "booking_id", value: "BK-3PM" }]);
    expect(factsFromText("PNR 12ABCD", V)).toEqual([{ field: "booking_id", value: "12ABCD" }]);
  });
  it("checksums: Luhn and IBAN mod-97", () => {
    expect(luhn("4111111111111111")).toBe(true);
    expect(luhn("4111111111111112")).toBe(false);
    expect(ibanValid("GB82 WEST 1234 5698 7654 32")).toBe(true);
    expect(ibanValid("GB82 WEST 1234 5698 7654 33")).toBe(false);
  });
});

describe("one fact per span", () => {
  it("insurance, airline, utilities: a value after its noun is that slot only", () => {
    expect(factsFromText("My policy number is PL-448120 and the claim is CLM-99812", V)).toEqual([
      { field: "policy_number", value: "PL-448120" },
      { field: "claim_id", value: "CLM-99812" },
    ]);
    expect(factsFromText("PNR QXTRBM, flying Friday", V)).toEqual([{ field: "booking_id", value: "QXTRBM" }]);
    expect(factsFromText("Card ending 3309, please lower the limit to £1,500.", V)).toEqual([
      { field: "card_last4", value: "3309" },
      { field: "amount", value: "£1,500" },
    ]);
  });
  it("near miss: a word after a noun is no value", () => {
    expect(factsFromText("Any tracking information yet?", V)).toEqual([]);
    expect(factsFromText("The claim for my windscreen", V)).toEqual([]);
  });
});

describe("value-only replies bind to the slot asked", () => {
  it("retail, telecom, airline: 'It's 88123' after an order question is the order id", () => {
    expect(factsFromText("It's 88123", V, [slot("order_id")])).toEqual([{ field: "order_id", value: "88123" }]);
    expect(factsFromText("88123", V, [slot("order_id")])).toEqual([{ field: "order_id", value: "88123" }]);
    expect(factsFromText("sure, it's 5TRW9L", V, [slot("booking_id")])).toEqual([{ field: "booking_id", value: "5TRW9L" }]);
    expect(factsFromText("12/05/1979", V, [slot("date_of_birth")])).toEqual([{ field: "date_of_birth", value: "12/05/1979" }]);
  });
  it("near miss: a long reply that merely contains a number, or no question before it", () => {
    expect(factsFromText("I think it was around 2019 or so when I first moved into the flat upstairs", V, [slot("order_id")])).toEqual([]);
    // (with no question before it, a bare number is bound to no slot: it is kept only as re-ask evidence)
    expect(factsFromText("It's 88123", V)).toEqual([{ field: UNNAMED_CODE, value: "88123" }]);
  });
  it("a project pattern reads its own values", () => {
    const v = vocabularyFor([{ name: "warranty_code", keys: [], nouns: [], pattern: "WX-\\d{5}" }]);
    expect(factsFromText("Box says WX-77120", v)).toEqual([{ field: "warranty_code", value: "WX-77120" }]);
  });
});

describe("a code right after a determiner and a noun is that noun's identifier", () => {
  it("airline, billing, parcels, SaaS: 'my flight BA2490' is a flight number as 'flight number BA2490' is", () => {
    expect(factsFromText("Can you arrange a pickup for my flight BA2490?", V)).toEqual([{ field: "flight_number", value: "BA2490" }]);
    expect(factsFromText("The invoice INV-2231 is wrong", V)).toEqual([{ field: "invoice_number", value: "INV-2231" }]);
    expect(factsFromText("When will my parcel SK55120904 turn up?", V)).toEqual([{ field: "tracking_number", value: "SK55120904" }]);
    expect(factsFromText("Our workspace ws_Lm40Tc is locked", V)).toEqual([{ field: "workspace_number", value: "ws_Lm40Tc" }]);
  });
  it("near miss: after a verb, or a clause, the code stays unnamed (re-ask evidence only); a slot noun keeps its slot", () => {
    expect(factsFromText("I booked BA2490 last week", V)).toEqual([{ field: "unnamed_code", value: "BA2490" }]);
    expect(factsFromText("the serial on the front is 19P0448271", V)).toEqual([{ field: "unnamed_code", value: "19P0448271" }]);
    expect(factsFromText("Please check my booking PW-6612", V)).toEqual([{ field: "booking_id", value: "PW-6612" }]);
  });
});
