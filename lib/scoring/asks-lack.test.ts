// Re-ask frames (asks.ts): the agent saying it lacks the value ("I don't seem to have your policy
// number"), the value as the subject of a need ("Your membership number would help"), and a
// question opened by a request verb's gerund or "got" ("Confirming your postcode for me?", "Got a
// booking code for me?"). Failure cases and near misses in a sailing club, a planetarium and an
// allotment society (domains in no corpus).
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";
import { scored } from "./conversation.test-util";

const asked = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field ?? "reference");

describe("re-ask frames", () => {
  it("the agent lacks the value", () => {
    expect(asked("I don't seem to have your membership number - could you send it over?")).toEqual(["account_id"]);
    expect(asked("We couldn't find a record of your booking number.")).toEqual(["booking_id"]);
    // near misses: an email received or not (a message), a problem not found
    expect(asked("I didn't get your email, sorry.")).toEqual([]);
    expect(asked("I can't see any issue with your email address.")).toEqual([]);
  });
  it("the value as the subject of a need", () => {
    expect(asked("Your membership number would help.")).toEqual(["account_id"]);
    expect(asked("The postcode is needed to find the nearest club.")).toEqual(["postcode"]);
    // near miss: the value as the subject of something else
    expect(asked("Your membership number was updated.")).toEqual([]);
  });
  it("a question opened by a request gerund or 'got'", () => {
    expect(asked("Confirming your postcode for me?")).toEqual(["postcode"]);
    expect(asked("Got a booking code for me?")).toEqual(["booking_id"]);
    // near misses: the agent's own action offered, a statement
    expect(asked("Sending the tracking number now?")).toEqual([]);
    expect(asked("Got it, your postcode is on file.")).toEqual([]);
  });
});

describe("more request forms", () => {
  it("'would you be able to', 'any chance you could', 'is it possible to', 're-' verbs", () => {
    expect(asked("Would you be able to share your membership number?")).toEqual(["account_id"]);
    expect(asked("Any chance you could give me your booking code?")).toEqual(["booking_id"]);
    expect(asked("Is it possible to get your phone number?")).toEqual(["phone"]);
    expect(asked("Please re-send your membership number.")).toEqual(["account_id"]);
    // near misses: the same openers asking for something else
    expect(asked("Can you have a look at your booking reference?")).toEqual([]);
    expect(asked("Is it possible to get the booking moved to Friday?")).toEqual([]);
    expect(asked("Would you be able to come in at 10?")).toEqual([]);
  });
  it("a question for 'it' asks for the slot the sentence before named", () => {
    expect(asked("Just double-checking the email - what was it?")).toEqual(["email"]);
    expect(asked("I can't see a postcode on this booking. What is it?")).toEqual(["postcode"]);
    // near misses: the sentence before names a thing, not a value; or the question is about it
    expect(asked("Your booking has been moved. What's that?")).toEqual([]);
    expect(asked("Thanks for the membership number. What's the problem with it?")).toEqual([]);
  });
});

describe("re-ask after a handoff, in three domains", () => {
  const run = (user: string, payload: Record<string, unknown>, says: string) =>
    scored([{ user }, { from: "front", to: "desk", payload, summary: "Member question." }, { agent: "desk", says }]);
  it("sailing club: 'I don't seem to have your membership number' re-asks it; 'I've got your membership number' does not", async () => {
    expect((await run("Can I book a dinghy on Sunday? Membership number SC-4410.", { member_id: "SC-4410" }, "I don't seem to have your membership number - could you send it over?")).reasks).toEqual(["account_id"]);
    expect((await run("Can I book a dinghy on Sunday? Membership number SC-4410.", { member_id: "SC-4410" }, "I've got your membership number, thanks. Sunday is free.")).reasks).toEqual([]);
  });
  it("planetarium: 'Your booking reference would help' re-asks it; asking for a seat preference does not", async () => {
    expect((await run("My booking reference is PL-2291, can I add a child?", { booking_id: "PL-2291" }, "Your booking reference would help.")).reasks).toEqual(["booking_id"]);
    expect((await run("My booking reference is PL-2291, can I add a child?", { booking_id: "PL-2291" }, "Which row would you like the child to sit in?")).reasks).toEqual([]);
  });
  it("allotment society: 'Confirming your postcode for me?' re-asks it; 'Did you get our email?' does not", async () => {
    expect((await run("Is there a plot near me? Postcode LS6 2AB.", { postcode: "LS6 2AB" }, "Confirming your postcode for me?")).reasks).toEqual(["postcode"]);
    expect((await run("Is there a plot near me? Postcode LS6 2AB, email kim@posteo.de.", { postcode: "LS6 2AB", email: "kim@posteo.de" }, "Did you get our email about the waiting list?")).reasks).toEqual([]);
  });
});
