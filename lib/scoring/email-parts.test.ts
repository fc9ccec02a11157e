// Messages written as emails (email-parts.ts), from blind-ab2, whose customers and agents write formal
// emails: a department in an agent's signature ("Kind regards,\nRyan, Bookings") was read as a
// question for the booking, and a reference in the message a reply quotes ("> Shall I rebook
// HQR-40218…") as the user giving it again — eight re-ask false alarms in 60 conversations. Near
// misses: a question before the closing still asks; a reply that gives the value in its own words is
// still evidence, signature or not; a line of the body that ends a chat message is untouched.
// Domains in no evaluation corpus: glacier guiding, organ building, pearl diving.
import { describe, expect, it } from "vitest";
import { emailBody, withoutQuoted, withoutSignOff } from "./email-parts";
import { scored } from "./conversation.test-util";

const handedOver = (ask: string) => [
  { user: ask },
  { from: "triage", to: "bookings", summary: "Customer's request, reference and contact as in their email.", payload: { booking_ref: "GW-48213", email: "ana@example.org" } },
];

describe("an email's closing and quoted text are not its body", () => {
  it.each([
    ["Thanks, all booked.\n\nKind regards,\nRyan, Bookings", "Thanks, all booked."],
    ["Done.\n\nBest wishes,\n\nTom Price\nOrgan Tuning Desk\n01603 496 0392\ntom@organworks.example", "Done."],
    ["Your dive is on Friday.\nCheers!\nMo, Dive Desk", "Your dive is on Friday."],
  ])("signature removed: %j", (text, body) => expect(withoutSignOff(text)).toBe(body));
  it.each([
    // a chat line, a closing in the middle of a long message, a thanks that is the whole message
    "thanks, booking GW-48213 please",
    "Regards,\nthe walk on Friday was cancelled, can you rebook me? It was for two people and we are flexible on the date, any weekday works, just tell me which. Bookings",
    "Thank you!",
  ])("near miss, nothing removed: %j", (text) => expect(withoutSignOff(text)).toBe(text));
  it("a quoted message and its header are removed, the reply kept", () => {
    expect(withoutQuoted("Yes please go ahead.\n\nOn Tuesday, Tom Price wrote:\n> Shall I rebook GW-48213?").trim()).toBe("Yes please go ahead.");
    expect(withoutQuoted("Yes please.\n> Shall I rebook GW-48213?\nThanks")).toBe("Yes please.\nThanks");
    expect(emailBody("Yes.\n\nMany thanks,\nAna\n\n> Shall I rebook GW-48213?")).toBe("Yes.");
  });
});

describe("re-ask on emails", () => {
  it("glacier guiding: a department in the agent's signature asks for nothing", async () => {
    const r = await scored([...handedOver("Please move my glacier walk GW-48213 to Sunday."), { agent: "bookings", says: "Dear Ana,\n\nDone: GW-48213 is now on Sunday at 09:00.\n\nKind regards,\nRyan, Bookings" }]);
    expect(r.reasks).toEqual([]);
  });
  it("near miss, glacier guiding: a question for the booking before the closing is a re-ask", async () => {
    const r = await scored([...handedOver("Please move my glacier walk GW-48213 to Sunday."), { agent: "bookings", says: "Dear Ana,\n\nCould you send me your booking reference?\n\nKind regards,\nRyan, Bookings" }]);
    expect(r.reasks).toEqual(["booking_ref"]);
  });
  it("organ building: a reference in the quoted question is not the user giving it again", async () => {
    const r = await scored([
      ...handedOver("Please rebook the organ tuning visit GW-48213 for March."),
      { agent: "bookings", says: "Dear Ana,\n\nMarch 3rd is free. Which date suits you?\n\nBest,\nTom, Bookings" },
      { user: "The 3rd is fine.\n\nMany thanks,\nAna\n\nOn Tuesday, Tom wrote:\n> GW-48213 can move to March 3rd." },
    ]);
    expect(r.reasks).toEqual([]);
  });
  it("near miss, pearl diving: a reply giving the value again in its own words, over a signature, is still evidence", async () => {
    const r = await scored([
      ...handedOver("Please add a second diver to trip GW-48213."),
      { agent: "bookings", says: "Dear Ana,\n\nWhich trip is this for, please?\n\nBest,\nMo, Dive Desk" },
      { user: "GW-48213, as I said.\n\nRegards,\nAna Ruiz\nana@example.org" },
    ]);
    expect(r.reasks).toEqual(["booking_ref"]);
  });
});
