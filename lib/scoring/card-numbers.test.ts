// A payment card is told by ISO/IEC 7812, not by Luhn alone (values.ts isPaymentCard): a phone's IMEI
// (15 digits, a Luhn digit, 35…) was kept as a card's last four, and a SIM's ICCID (89…) could be.
// Fifteen digits are a card only with Amex's 34/37 (or UATP's 1); a first digit 0, 7, 8 or 9 is no
// card issuer's. Such a number is a reference all the same (a bare run of up to nineteen digits),
// named by the identifier a later ask gives it ("What's the IMEI number?") when the reply repeats it. Near misses: an Amex and a Visa number
// in the same sentences stay cards. Domains in no corpus: phone repair, drone registration, fleet
// fuel cards.
import { describe, expect, it } from "vitest";
import { conversation, scored } from "./conversation.test-util";
import { extractFacts } from "./facts";
import { buildTimeline } from "./timeline";
import { isPaymentCard, luhn, mayBeCard } from "./values";

const said = (text: string) => extractFacts(buildTimeline(conversation([{ user: text }])), []).map((f) => `${f.field}=${f.value}`);

describe("a payment card by ISO/IEC 7812, not by Luhn alone", () => {
  it("phone repair: an IMEI is no card, and a handoff leaving it out drops the IMEI, not a card's last four", async () => {
    expect(luhn("356938035643809")).toBe(true);
    expect(said("Screen's cracked. The IMEI is 356938035643809.")).toEqual(["unnamed_code=356938035643809"]);
    const run = (user: string, summary: string) =>
      scored([{ user }, { from: "front_desk", to: "workshop", summary }, { agent: "workshop", says: "What's the IMEI number on the box?" }, { user: "356938035643809" }]);
    expect(await run("Screen's cracked. The IMEI is 356938035643809.", "Cracked screen.")).toEqual({ dropped: ["imei_number=356938035643809"], reasks: ["imei_number"] });
    // (carried, nothing is dropped; asking for it again is still a re-ask, SPEC §3.2)
    expect(await run("Screen's cracked. The IMEI is 356938035643809.", "Cracked screen, IMEI 356938035643809.")).toEqual({ dropped: [], reasks: ["imei_number"] });
  });
  it("drone registration: a 15-digit Amex (37…) stays a card; the same length from another issuer range does not", () => {
    expect(said("Pay the fee on 378282246310005 please")).toEqual(["card_last4=0005"]);
    expect(isPaymentCard("378282246310005")).toBe(true);
    expect(isPaymentCard("356938035643809")).toBe(false);
  });
  it("fleet fuel: a SIM's ICCID (89…) and a national number (9…) are no cards, a Visa (4…) is", () => {
    // (both pass Luhn, as an ICCID and a 978… number may)
    expect(luhn("8944110001234567895") && luhn("9780950707834")).toBe(true);
    expect(isPaymentCard("8944110001234567895")).toBe(false);
    expect(isPaymentCard("9780950707834")).toBe(false);
    expect(said("The tracker SIM is 8944110001234567895")).toEqual(["unnamed_code=8944110001234567895"]);
    expect(isPaymentCard("4111111111111111")).toBe(true);
    expect(said("Card 4111 1111 1111 1111 for the diesel")).toEqual(["card_last4=1111"]);
  });
});

// One test for "may be a card" (values.ts mayBeCard), which redaction (lib/privacy/redact.ts) calls
// as it is; the scorers add the issuer rule on top, redaction does not (redact.ts's header says
// why). Domains in no corpus: a phone-repair counter, a ticketing platform's webhook, a Turkish
// travel agent's card (a national scheme numbered 9792…).
describe("redaction masks what may be a card, the scorers kind only an issuer's card", () => {
  it("phone repair: a bare IMEI may be a card (masked) but is no card fact", () => {
    expect(mayBeCard("356938035643809")).toBe(true);
    expect(isPaymentCard("356938035643809")).toBe(false);
    expect(said("It's 356938035643809 on the sticker")).toEqual(["unnamed_code=356938035643809"]);
    // near miss: a Visa is both
    expect(mayBeCard("4111111111111111") && isPaymentCard("4111111111111111")).toBe(true);
  });
  it("ticketing webhook: a 13-digit epoch-millisecond time is neither, for both readers", () => {
    expect(luhn("1764384000006")).toBe(true);
    expect(mayBeCard("1764384000006") || isPaymentCard("1764384000006")).toBe(false);
    expect(said("The webhook stamped it 1764384000006, is that the refund?")).toEqual(["unnamed_code=1764384000006"]);
    // near miss: a 13-digit Visa (4…) above the range of times stays a card for both
    expect(mayBeCard("4222222222222") && isPaymentCard("4222222222222")).toBe(true);
  });
  it("travel agent: a national scheme's card (9792…) is masked, though the scorers read it as a reference", () => {
    expect(mayBeCard("9792123456789018")).toBe(true);
    expect(isPaymentCard("9792123456789018")).toBe(false);
    expect(said("Charge it to 9792123456789018 please")).toEqual(["unnamed_code=9792123456789018"]);
  });
});
