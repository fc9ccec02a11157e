import { describe, expect, it } from "vitest";
import { askedSlots, isRequest } from "./asks";
import { DEFAULT_VOCABULARY, vocabularyFor } from "./slots";

const asked = (text: string) => askedSlots(text, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? "*");

describe("asked slots: which/what questions", () => {
  it("airline, telecom, insurance: a which/what question asks for the slot, with or without '?'", () => {
    expect(asked("What's your record locator")).toEqual(["booking_id"]);
    expect(asked("Sorry, which card was it — last four digits?")).toEqual(["card_last4", "card_last4"]);
    expect(asked("What is the policy number on your documents?")).toEqual(["policy_number"]);
    expect(asked("And what postcode is the line installed at?")).toEqual(["postcode"]);
  });
  it("near miss: a relative 'which is', or 'what happened to' the thing, asks for no value", () => {
    expect(asked("That needs its own seat, which is a booking change rather than baggage.")).toEqual([]);
    expect(asked("What happened to your claim after you sent the photos?")).toEqual([]);
    expect(asked("What did you order?")).toEqual([]);
  });
});

describe("asked slots: request verbs and needs", () => {
  it("banking, IT helpdesk, clinic: imperatives and indirect requests", () => {
    expect(asked("Can you confirm the email on the account?")).toEqual(["email"]);
    expect(asked("Could you remind me of your policy number")).toEqual(["policy_number"]);
    expect(asked("Please provide your employee ID and the asset tag of the laptop.")).toEqual(["account_id", "asset_tag"]);
    expect(asked("To book you in I'll need your date of birth.")).toEqual(["date_of_birth"]);
    expect(asked("Can I take your postcode and account number, please?")).toEqual(["postcode", "account_id"]);
    expect(asked("Do you have the meter serial number handy?")).toEqual(["meter_number"]);
  });
  it("near miss: a question about an action, a statement, and a request for a new value", () => {
    expect(asked("Have you checked your email?")).toEqual([]);
    expect(asked("Did the engineer leave a ticket number?")).toEqual([]);
    expect(asked("I've noted your email address.")).toEqual([]);
    expect(asked("I'll send the confirmation to your email.")).toEqual([]);
    expect(asked("Please confirm that you received the email.")).toEqual([]);
    expect(asked("I'll need the new IBAN of the beneficiary.")).toEqual([]);
  });
});

describe("asked slots: bare noun questions", () => {
  it("hotel, parcels, utilities: the noun phrase alone is the question", () => {
    expect(asked("Your booking reference?")).toEqual(["booking_id"]);
    expect(asked("Tracking number, please.")).toEqual(["tracking_number"]);
    expect(asked("And the meter number?")).toEqual(["meter_number"]);
  });
  it("near miss: a yes/no question that merely names the slot", () => {
    expect(asked("Is your tracking number still showing 'in transit'?")).toEqual([]);
    expect(asked("Your parcel has left the depot.")).toEqual([]);
  });
});

describe("asked slots: project vocabulary and known fields", () => {
  it("a noun added in settings names its slot; a known field is matched by its key words", () => {
    const v = vocabularyFor([{ name: "warranty_code", keys: [], nouns: ["warranty code"] }]);
    expect(askedSlots("Please give me the warranty code.", v).map((a) => a.slot?.name)).toEqual(["warranty_code"]);
    expect(askedSlots("Please give me the warranty code.", DEFAULT_VOCABULARY)).toEqual([]);
    expect(askedSlots("What's your loyalty tier?", DEFAULT_VOCABULARY, ["loyaltyTier"]).map((a) => a.field)).toEqual(["loyaltyTier"]);
  });
  it("isRequest: a question or a request frame, not a statement", () => {
    expect(isRequest("Could you give me that again?")).toBe(true);
    expect(isRequest("Please read it back to me")).toBe(true);
    expect(isRequest("Your refund is on its way.")).toBe(false);
  });
});

describe("asked slots: a relative 'which' in a statement asks nothing", () => {
  it("near miss (telecom, insurance, banking): ', which …' after a clause, in a statement", () => {
    expect(asked("There's a fair-use limit of 30GB abroad, which matches your plan.")).toEqual([]);
    expect(asked("The excess is £250 on this cover, which your policy number's schedule also shows.")).toEqual([]);
    expect(asked("We refunded the fee to the card you used, which ends in the same four digits.")).toEqual([]);
  });
  it("failure case (parcels, clinic, utilities): a short lead-in, or a question, still asks", () => {
    expect(asked("Sorry, which postcode is the parcel going to?")).toEqual(["postcode"]);
    expect(asked("OK, what's your date of birth")).toEqual(["date_of_birth"]);
    expect(asked("I've found two accounts at that address, which account number is yours?")).toEqual(["account_id"]);
  });
});
