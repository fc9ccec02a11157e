// An email address or phone number the user's message holds only inside a message they forward or quote is that
// message's writer's — an insurer's claims desk, the shop's own address on an "On … wrote:" line — not the user's
// (reask.ts withoutQuotedContacts). Before, it filled the user's email or phone slot, and an agent asking where to
// send the receipt was flagged as asking again. Found writing cases after blind-bj3/bj6 (development), whose
// customers forward their insurer's and friends' emails; no labelled corpus has an agent asking for the user's own
// contact after one, so no corpus row changed. Near misses: the user's own phone in their signature above the quote,
// and an email the user wrote in their own text, are still known, and asking for them again is a re-ask; the quoted
// values stay facts a handoff should carry. Domains in no corpus: a kitesurf school, a beignet stand, a hot spring.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const asked = (message: string, question: string) =>
  scored([
    { user: message },
    { from: "triage", to: "desk", summary: "Customer needs an itemised receipt for booking KS-86120.", payload: { booking: "KS-86120" } },
    { agent: "desk", says: question },
  ]);

const FORWARDED = "Hello,\n\nSee below from my insurer. Could you send me an itemised receipt for lesson KS-86120?\n\nCheers,\nCallum\n\n---------- Forwarded message ---------\nFrom: Harbourside Claims <claims@harbourside.example>\nDate: Wed, Apr 2, 2025 at 3:15 PM\nSubject: Your claim CLM-20558\n\nDear Mr Reid, we need an itemised receipt from the kitesurf school. Call us on 0161 496 0000.";
const QUOTED = "Hi,\n\nCould you send me a receipt for the beignet platter, order KS-86120?\n\nThanks,\nAna\n\nOn Tue, Mar 4, 2025 at 8:13 AM, Beignet Belle <hello@beignetbelle.example> wrote:\n> Thanks for your order! Questions? Ring 0117 496 0123.";

describe("a contact in a forwarded or quoted message is not the user's", () => {
  it("kitesurf school: the insurer's email and phone in a forwarded message leave the user's unknown", async () => {
    expect((await asked(FORWARDED, "Happy to. What email address should I send the receipt to?")).reasks).toEqual([]);
    expect((await asked(FORWARDED, "Happy to. What is the best phone number to reach you on?")).reasks).toEqual([]);
  });
  it("beignet stand: the shop's own address on the attribution line and its phone in the quote", async () => {
    expect((await asked(QUOTED, "Of course. What email address should the receipt go to?")).reasks).toEqual([]);
    expect((await asked(QUOTED, "Of course. Which phone number can we reach you on?")).reasks).toEqual([]);
  });
  it("kitesurf school: the quoted values are still facts a handoff should carry", async () => {
    expect((await asked(FORWARDED, "Happy to.")).dropped).toEqual(expect.arrayContaining(["email=claims@harbourside.example", "phone=0161 496 0000"]));
  });
});

describe("near misses: the user's own contact is still known", () => {
  it("hot spring: the user's phone in their signature above the quote, asked again, is a re-ask", async () => {
    const message = "Hello,\n\nCould you send me a receipt for our hot spring passes, booking KS-86120?\n\nCheers,\nCallum\n07700 900 123\n\nOn Tue, Mar 4, 2025 at 8:13 AM, Hot Spring Baths <hi@hotspring.example> wrote:\n> Thanks for booking! Questions? Ring 0117 496 0123.";
    expect((await asked(message, "Happy to. What phone number can we reach you on?")).reasks).toEqual(["phone"]);
  });
  it("beignet stand: an email the user wrote in their own text, asked again, is a re-ask", async () => {
    const message = "Hi,\n\nCould you send me a receipt for the beignet platter, order KS-86120? My email is ana@example.org\n\nOn Tue, Mar 4, 2025 at 8:13 AM, Beignet Belle <hello@beignetbelle.example> wrote:\n> Thanks for your order!";
    expect((await asked(message, "Of course. What email address should the receipt go to?")).reasks).toEqual(["email"]);
  });
});
