import { describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { analyzeFixture } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";

describe("re-ask", () => {
  it("flags billing asking again for the order number it was told before the handoff", async () => {
    const a = await analyzeFixture("reask-order");
    expect(a.handoffs[0].reasks).toEqual([{ eventId: "reask-order-4", field: "order_id" }]);
    expect(a.scores.reaskCount).toBe(1);
  });

  it("near miss: asking for an email that was never given is a new question", async () => {
    expect((await analyzeFixture("near-new-email")).scores.reaskCount).toBe(0);
  });

  it("near miss: a confirmation that repeats the known value is not a re-ask", async () => {
    expect((await analyzeFixture("near-confirm-order")).scores.reaskCount).toBe(0);
  });

  it("detects requests as well as questions, and ignores statements", () => {
    expect(askedSlots("Please provide a phone number we can reach you on.", DEFAULT_VOCABULARY).map((s) => s.slot?.name)).toEqual(["phone"]);
    expect(askedSlots("I've noted your email address.", DEFAULT_VOCABULARY)).toEqual([]);
    expect(askedSlots("Which order is this about?", DEFAULT_VOCABULARY).map((s) => s.slot?.name)).toEqual(["order_id"]);
  });
});

/** A conversation from lines: "user: …", "agent: …", "handoff" (a→b, nothing handed over). */
function conv(lines: string[]): EventRecord[] {
  let t = Date.UTC(2026, 10, 20, 9, 0, 0);
  return lines.map((line, i) => {
    t += 5000;
    const base = { id: `e${i + 1}`, conversationId: "c", timestamp: new Date(t).toISOString() };
    if (line === "handoff") return { ...base, type: "handoff", agent: "a", from: "a", to: "b", mode: "transfer" } as EventRecord;
    const [role, ...rest] = line.split(": ");
    return { ...base, type: "message", role: role as "user" | "agent", agent: role === "agent" ? "b" : undefined, content: rest.join(": ") } as EventRecord;
  });
}
const reasks = async (lines: string[]) => (await analyzeConversation(conv(lines), DEFAULT_SETTINGS)).handoffs.flatMap((h) => h.reasks.map((r) => r.field));

describe("re-ask by phrasing, beyond retail", () => {
  it("airline, insurance, IT helpdesk: indirect and imperative requests for a known slot", async () => {
    expect(await reasks(["user: Rebook me please, PNR QXTRBM", "handoff", "agent: Sure. What's your record locator"])).toEqual(["booking_id"]);
    expect(await reasks(["user: Claim for hail damage, policy number PL-448120", "handoff", "agent: Could you remind me of your policy number?"])).toEqual(["policy_number"]);
    expect(await reasks(["user: Laptop won't boot, asset tag NW-LT-15502", "handoff", "agent: Please provide the asset tag."])).toEqual(["asset_tag"]);
  });
  it("near miss: a question about an action, and a slot never given", async () => {
    expect(await reasks(["user: Locked out, my email is ana@example.com", "handoff", "agent: Have you checked your email?"])).toEqual([]);
    expect(await reasks(["user: Rebook me please, PNR QXTRBM", "handoff", "agent: What's your date of birth?"])).toEqual([]);
    expect(await reasks(["user: Rebook me please, PNR QXTRBM", "handoff", "agent: Is your booking reference QXTRBM?"])).toEqual([]);
  });
});

describe("re-ask by the user's reply", () => {
  it("telecom, utilities, banking: the reply repeats a value known before the handoff, whatever the wording", async () => {
    // no slot noun in the question at all, and a question in another language
    expect(await reasks(["user: My router is down, account 5519987402", "handoff", "agent: Could you give me that number again?", "user: 5519987402, as I said"])).toEqual(["account_id"]);
    expect(await reasks(["user: Meter serial 19P0448271 shows a blank screen", "handoff", "agent: ¿Me lo puede repetir, por favor?", "user: 19P0448271"])).not.toEqual([]);
    expect(await reasks(["user: Visa ending 5521, travelling to Japan", "handoff", "agent: Which one are we talking about?", "user: 5521"])).toEqual(["card_last4"]);
  });
  it("near miss: the user volunteers the value in a long message, or answers a question that contained it", async () => {
    expect(await reasks(["user: My router is down, account 5519987402", "handoff", "agent: How long has it been down?", "user: Since Monday morning, I already told the other person my account is 5519987402 and that the lights are red"])).toEqual([]);
    expect(await reasks(["user: My router is down, account 5519987402", "handoff", "agent: Is that account 5519987402?", "user: yes 5519987402"])).toEqual([]);
  });
});

describe("re-ask by the user's reply: consent questions", () => {
  it("near miss (banking, SaaS): a yes/no question answered with the known value is no re-ask; failure case: an open question is", async () => {
    expect(await reasks(["user: Send me the statement, my email is ana@example.com", "handoff", "agent: Shall I send it to the address we have on file?", "user: yes, ana@example.com"])).toEqual([]);
    expect(await reasks(["user: Invoice INV-22310 is wrong", "handoff", "agent: Which one do you mean?", "user: INV-22310"])).not.toEqual([]);
  });
});

describe("re-ask by the user's reply: snake-case ids are codes", () => {
  it("SaaS, payments, IT helpdesk: the reply repeats an API-style id known before the handoff", async () => {
    expect(await reasks(["user: We need to go down to Starter. Workspace id is ws_Lm40Tc.", "handoff", "agent: What's the workspace you'd like to change?", "user: ws_Lm40Tc, as I said"])).not.toEqual([]);
    expect(await reasks(["user: Refund failed for customer cus_9JdK2Q", "handoff", "agent: Which customer is it?", "user: cus_9JdK2Q"])).not.toEqual([]);
    expect(await reasks(["user: Deploy stuck on job build_20931", "handoff", "agent: Which job do you mean?", "user: build_20931"])).not.toEqual([]);
  });
  it("near miss: a snake-case word without a digit is no code, and a question naming the id confirms it", async () => {
    expect(await reasks(["user: The share is read_only for me", "handoff", "agent: Which permission do you see?", "user: read_only"])).toEqual([]);
    expect(await reasks(["user: Refund failed for customer cus_9JdK2Q", "handoff", "agent: Is it customer cus_9JdK2Q?", "user: yes cus_9JdK2Q"])).toEqual([]);
  });
});

// Domains below (gym, library, marina, driving school, home alarm, moving company, coworking) are in
// no labelled corpus: the frames are English grammar, not a domain's words.
describe("re-ask frames: gerunds, obligations and fill-in questions", () => {
  it("gym, home alarm, driving school: 'mind giving me', 'I'm going to need', 'I'll have to verify', 'your postcode is?', 'pop … in the chat'", async () => {
    expect(await reasks(["user: Freeze my gym membership, member number GM-40217", "handoff", "agent: Mind giving me your member number so I can pull it up?"])).toEqual(["account_id"]);
    expect(await reasks(["user: Freeze my gym membership, member number GM-40217", "handoff", "agent: I'm going to need your membership number to do that."])).toEqual(["account_id"]);
    expect(await reasks(["user: My alarm keeps beeping, account number 77120934", "handoff", "agent: First I'll have to verify the account number."])).toEqual(["account_id"]);
    expect(await reasks(["user: Engineer visit please, my postcode is LS6 2QT", "handoff", "agent: And your postcode is?"])).toEqual(["postcode"]);
    expect(await reasks(["user: Book my driving test, my email is sam.k@example.net", "handoff", "agent: Can you pop your email address in the chat?"])).toEqual(["email"]);
    expect(await reasks(["user: Yoga class refund, booking ref YG-33012", "handoff", "agent: I have to ask you for your booking reference."])).toEqual(["booking_id"]);
  });
  it("near miss: the same verbs and nouns stating what the agent will do, or asking about an action", async () => {
    expect(await reasks(["user: Change my class, booking ref YG-33012", "handoff", "agent: I'm going to send the booking reference to your email."])).toEqual([]);
    expect(await reasks(["user: Change my class, booking ref YG-33012", "handoff", "agent: Do you mind waiting while I check the booking?"])).toEqual([]);
    expect(await reasks(["user: Engineer visit please, my postcode is LS6 2QT", "handoff", "agent: Your postcode is covered by our Leeds team."])).toEqual([]);
    expect(await reasks(["user: Freeze my gym membership, member number GM-40217", "handoff", "agent: I'll have to freeze it from Monday, is that OK?"])).toEqual([]);
  });
});

describe("re-ask of identifiers no vocabulary lists", () => {
  it("library, marina, driving school: the thing identified, the number 'on your X', and a compound's head", async () => {
    expect(await reasks(["user: I need to renew my loans, library card number 20049981", "handoff", "agent: Sure, what's the number on your library card?"])).toEqual(["library_card_number"]);
    expect(await reasks(["user: I need to renew my loans, library card number 20049981", "handoff", "agent: whats your library card number"])).toEqual(["library_card_number"]);
    expect(await reasks(["user: I'd like to extend my berth rental, berth number C-14", "handoff", "agent: Which berth are you in?"])).toEqual(["berth_number"]);
    expect(await reasks(["user: Book a test, my provisional licence number is MORGA753116SM9IJ", "handoff", "agent: Can you send your licence number?"])).toEqual(["provisional_licence_number"]);
  });
  it("near miss: another thing of the place, a payment card's number on a library question, two wider fields", async () => {
    expect(await reasks(["user: I'd like to extend my berth rental, berth number C-14", "handoff", "agent: Which dock do you prefer?"])).toEqual([]);
    expect(await reasks(["user: I need to renew my loans, library card number 20049981", "handoff", "agent: What's your card number for the late fee?"])).toEqual([]);
    expect(await reasks(["user: Two passes: adult pass number P-2231, junior pass number P-2232", "handoff", "agent: What's the pass number?"])).toEqual([]);
  });
  it("moving company, coworking: a code named by the noun before it, after a preposition or at a clause start", async () => {
    expect(await reasks(["user: I want to change the date on quote Q-88213", "handoff", "agent: What quote number was that?"])).toEqual(["quote_number"]);
    expect(await reasks(["user: There's a mistake. Invoice INV-20931 charges two desks.", "handoff", "agent: Could you send over the invoice number?"])).toEqual(["invoice_number"]);
  });
  it("near miss: a code after a verb names nothing, so asking for the invoice number is a new question", async () => {
    expect(await reasks(["user: I paid INV20931 yesterday and was charged twice", "handoff", "agent: Could you send over the invoice number?"])).toEqual([]);
  });
});
