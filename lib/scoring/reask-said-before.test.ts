// A reply that says it gives a value again is a re-ask whatever the agent's words (reask.ts
// REPEATED): "Same email I gave at the start - …" after "Where would you like the written quote
// sent?" (a request naming no slot) had seven words beside the known email and said it only as
// "same <thing> I gave" and "at the start", which no pattern read. Near misses: the same reply
// without the giving verb ("Same email is fine for …"), which may be a first answer. Domains in no
// corpus: piano tuning, beekeeping supplies, kayak rental.
import { describe, expect, it } from "vitest";
import { scored } from "./conversation.test-util";

const run = (first: string, summary: string, ask: string, reply: string) =>
  scored([{ user: first }, { from: "desk", to: "team", summary }, { agent: "team", says: ask }, { user: reply }, { agent: "team", says: "Done, thank you." }]);

describe("a reply saying it gives the value again", () => {
  it("piano tuning: 'Same email I gave at the start - …' re-asks the email; 'Same email is fine for …' does not", async () => {
    const first = "Can someone tune our upright next week? I'm at lena.marsh@fastmail.com";
    const summary = "Upright tuning next week, lena.marsh@fastmail.com";
    const ask = "That's £85 for a standard tuning. Where would you like the confirmation sent?";
    expect(await run(first, summary, ask, "Same email I gave at the start - lena.marsh@fastmail.com")).toEqual({ dropped: [], reasks: ["email"] });
    expect(await run(first, summary, ask, "Same email is fine for the confirmation and the receipt - lena.marsh@fastmail.com")).toEqual({ dropped: [], reasks: [] });
  });
  it("beekeeping supplies: 'the same number we provided, 07700 900 123 …' re-asks the phone; without 'provided' it does not", async () => {
    const first = "Is the nucleus colony in yet? Call me on 07700 900 123 when it is.";
    const summary = "Waiting on a nucleus colony, phone 07700 900 123.";
    const ask = "It's due Friday. How shall we let you know when it lands?";
    expect(await run(first, summary, ask, "the same number we provided, 07700 900 123, after six in the evening is best")).toEqual({ dropped: [], reasks: ["phone"] });
    expect(await run(first, summary, ask, "the same number, 07700 900 123, but after six in the evening is best for me")).toEqual({ dropped: [], reasks: [] });
  });
  it("kayak rental: 'It was given at the beginning: KY-40213 …' re-asks the booking; 'KY-40213 is the one for the weekend trip' does not", async () => {
    const first = "Booking KY-40213: can we add a second double kayak?";
    const summary = "Wants a second double kayak on booking KY-40213.";
    const ask = "Happy to add one. What should I add it to?";
    expect(await run(first, summary, ask, "It was given at the beginning: KY-40213, for the weekend trip on the river")).toEqual({ dropped: [], reasks: ["booking_id"] });
    expect(await run(first, summary, ask, "KY-40213 is the one for the weekend trip down the river with the kids")).toEqual({ dropped: [], reasks: [] });
  });
});
