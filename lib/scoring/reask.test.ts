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

// Domains below (marina, driving school, home alarm, coworking, language school, pest control, bike
// repair, wedding venue) are in no labelled corpus: the frames are English grammar, not a domain's words.
describe("re-ask frames: gerunds, obligations and fill-in questions", () => {
  it("marina, home alarm, driving school: 'mind giving me', 'I'm going to need', 'I'll have to verify', 'your postcode is?', 'pop … in the chat'", async () => {
    expect(await reasks(["user: Extend my mooring contract, member number MC-40217", "handoff", "agent: Mind giving me your member number so I can pull it up?"])).toEqual(["account_id"]);
    expect(await reasks(["user: Extend my mooring contract, member number MC-40217", "handoff", "agent: I'm going to need your membership number to do that."])).toEqual(["account_id"]);
    expect(await reasks(["user: My alarm keeps beeping, account number 77120934", "handoff", "agent: First I'll have to verify the account number."])).toEqual(["account_id"]);
    expect(await reasks(["user: Engineer visit please, my postcode is LS6 2QT", "handoff", "agent: And your postcode is?"])).toEqual(["postcode"]);
    expect(await reasks(["user: Book my driving test, my email is sam.k@example.net", "handoff", "agent: Can you pop your email address in the chat?"])).toEqual(["email"]);
    expect(await reasks(["user: Refund my wasp treatment please, booking ref PC-33012", "handoff", "agent: I have to ask you for your booking reference."])).toEqual(["booking_id"]);
  });
  it("near miss: the same verbs and nouns stating what the agent will do, or asking about an action", async () => {
    expect(await reasks(["user: Move my Spanish class, booking ref LS-33012", "handoff", "agent: I'm going to send the booking reference to your email."])).toEqual([]);
    expect(await reasks(["user: Move my Spanish class, booking ref LS-33012", "handoff", "agent: Do you mind waiting while I check the booking?"])).toEqual([]);
    expect(await reasks(["user: Engineer visit please, my postcode is LS6 2QT", "handoff", "agent: Your postcode is covered by our Leeds team."])).toEqual([]);
    expect(await reasks(["user: Extend my mooring contract, member number MC-40217", "handoff", "agent: I'll have to extend it from Monday, is that OK?"])).toEqual([]);
  });
});

describe("re-ask of identifiers no vocabulary lists", () => {
  it("bike repair, marina, driving school: the thing identified, the number 'on your X', and a compound's head", async () => {
    expect(await reasks(["user: Where's my bike? Job card number 20049981", "handoff", "agent: Sure, what's the number on your job card?"])).toEqual(["job_card_number"]);
    expect(await reasks(["user: Where's my bike? Job card number 20049981", "handoff", "agent: whats your job card number"])).toEqual(["job_card_number"]);
    expect(await reasks(["user: I'd like to extend my berth rental, berth number C-14", "handoff", "agent: Which berth are you in?"])).toEqual(["berth_number"]);
    expect(await reasks(["user: Book a test, my provisional licence number is MORGA753116SM9IJ", "handoff", "agent: Can you send your licence number?"])).toEqual(["provisional_licence_number"]);
  });
  it("near miss: another thing of the place, a payment card's number on a job card question, two wider fields", async () => {
    expect(await reasks(["user: I'd like to extend my berth rental, berth number C-14", "handoff", "agent: Which dock do you prefer?"])).toEqual([]);
    expect(await reasks(["user: Where's my bike? Job card number 20049981", "handoff", "agent: What's your card number for the deposit?"])).toEqual([]);
    expect(await reasks(["user: Two passes: adult pass number P-2231, junior pass number P-2232", "handoff", "agent: What's the pass number?"])).toEqual([]);
  });
  it("near miss: a code after a verb names nothing, so asking for the invoice number is a new question", async () => {
    expect(await reasks(["user: I paid INV20931 yesterday and was charged twice", "handoff", "agent: Could you send over the invoice number?"])).toEqual([]);
  });
});

describe("re-ask: what the request is for", () => {
  it("near miss (home alarm, marina, language school): 'please bring your X' and 'a copy of your X' ask for a thing, not the value", async () => {
    expect(await reasks(["user: Fit a keypad at 14 Elm Road, account number 77120934", "handoff", "agent: Please bring your account number card to the appointment."])).toEqual([]);
    expect(await reasks(["user: Renew my berth, berth number C-14", "handoff", "agent: Please bring your berth card and a pen."])).toEqual([]);
    expect(await reasks(["user: Enrol me for French, student number S1029384", "handoff", "agent: I'll also need a scan of the letter with your student number — can you upload it?"])).toEqual([]);
  });
  it("failure case: the same nouns requested themselves", async () => {
    expect(await reasks(["user: Fit a keypad at 14 Elm Road, account number 77120934", "handoff", "agent: Your account number, please."])).toEqual(["account_id"]);
    expect(await reasks(["user: Renew my berth, berth number C-14", "handoff", "agent: Which berth is it?"])).toEqual(["berth_number"]);
    expect(await reasks(["user: Enrol me for French, student number S1029384", "handoff", "agent: I'll also need your student number."])).toEqual(["student_number"]);
  });
});

describe("re-ask by a reply giving several known values", () => {
  it("coworking, bike repair, pest control: two values again, each with a few words", async () => {
    expect(await reasks(["user: My invoice INV-20931 for £412.50 is wrong", "handoff", "agent: Please give me the reference and the total.", "user: Ref is INV-20931, total £412.50. It's all in my first message."])).toEqual(["invoice_number", "amount"]);
    expect(await reasks(["user: Bike repair, my job JB-7781, collected 12 March 2026, brakes still squeal", "handoff", "agent: Which job and when did you collect it?", "user: JB-7781, picked it up on 12 March 2026 as I said before"])).toEqual(["job_number", "date"]);
    expect(await reasks(["user: Wasp nest again, the visit V-55012 at postcode M14 5TQ", "handoff", "agent: Send me the visit and the address details", "user: V-55012 and the postcode M14 5TQ, same as I gave already"])).toEqual(["visit_number", "postcode"]);
  });
  it("near miss: a long message that happens to repeat two values is no answer", async () => {
    expect(await reasks(["user: My invoice INV-20931 for £412.50 is wrong", "handoff", "agent: How did you pay it?", "user: I paid INV-20931 by bank transfer on Monday and the £412.50 left my account, but your system still shows it unpaid and sent a reminder"])).toEqual([]);
  });
});

describe("re-ask: a reply that says it repeats a known value, and a bare request typed without its question mark", () => {
  it("optician, locksmith, piano tuning: 'like I told the other person' with a known value is a re-ask, however long the reply", async () => {
    expect(await reasks(["user: My glasses need adjusting, patient number OP-30417", "handoff", "agent: Let's get you booked. Who am I speaking with and what number are you under?", "user: Sam Reed, OP-30417 like I told the other person"])).toEqual(["account_id"]);
    expect(await reasks(["user: Locked out, job reference LK-55821", "handoff", "agent: Who's calling and which job is this about?", "user: It's Dana Kerr and the job is LK-55821, as I already said to your colleague"])).toEqual(["job_number"]);
    expect(await reasks(["user: Please tune my piano, call me on 07700 900123", "handoff", "agent: How can the tuner get hold of you on the day?", "user: Same as before, 07700 900123, I've already given it once today"])).toEqual(["phone"]);
  });
  it("near miss: a long reply to another question that only mentions the value, or says 'again' without one", async () => {
    expect(await reasks(["user: Locked out, job reference LK-55821", "handoff", "agent: What time suits you for the visit?", "user: Any time after 3, I gave LK-55821 to the first agent so you have the details, and I'll be home all afternoon"])).toEqual([]);
    expect(await reasks(["user: Locked out, job reference LK-55821", "handoff", "agent: When will you be home?", "user: After 3 again, same as yesterday"])).toEqual([]);
    expect(await reasks(["user: Please tune my piano, call me on 07700 900123", "handoff", "agent: Do you want the tuner to call first?", "user: Yes please, as I said, on 07700 900123"])).toEqual([]);
  });
  it("optician, pool maintenance, locksmith: a last sentence without a stop asks ('Sorry, your patient number', 'Right, the postcode')", async () => {
    expect(await reasks(["user: Glasses need adjusting, patient number OP-30417", "handoff", "agent: Sorry, your patient number"])).toEqual(["account_id"]);
    expect(await reasks(["user: Pump grinding at 3 Bay Rd, postcode TR7 1AB", "handoff", "agent: Right, the postcode"])).toEqual(["postcode"]);
    expect(await reasks(["user: Locked out of 14 Elm Row, email dana@example.com", "handoff", "agent: I can send the locksmith's details. And your email"])).toEqual(["email"]);
  });
  it("near miss: a statement left without a stop, and one that states the value", async () => {
    expect(await reasks(["user: Locked out, my email is kim@example.com", "handoff", "agent: I've noted your email address"])).toEqual([]);
    expect(await reasks(["user: Pump grinding at 3 Bay Rd, postcode TR7 1AB", "handoff", "agent: Thanks, your postcode TR7 1AB is in our area"])).toEqual([]);
    expect(await reasks(["user: Glasses need adjusting, patient number OP-30417", "handoff", "agent: The adjustment is booked under your patient number"])).toEqual([]);
  });
});

describe("re-ask: a plan to take the value down, 'let me have', and a need without its subject", () => {
  const ski = "user: Skis not delivered, booking code SK-40912, email jo@example.com, card ending 4417";
  const pool = "user: Pump grinding at 3 Bay Rd, postcode TR7 1AB, account PL-20931";
  const lock = "user: Locked out, job reference LK-55821, phone 07700 900456";
  it("ski rental, pool maintenance, locksmith: each asks for a known slot", async () => {
    expect(await reasks([ski, "handoff", "agent: I'll take the email on the account, then we can start."])).toEqual(["email"]);
    expect(await reasks([pool, "handoff", "agent: Need your postcode to find the nearest engineer."])).toEqual(["postcode"]);
    expect(await reasks([pool, "handoff", "agent: Could you let me have your account number?"])).toEqual(["account_id"]);
    expect(await reasks([lock, "handoff", "agent: I'll just take a phone number for the locksmith."])).toEqual(["phone"]);
    expect(await reasks([ski, "handoff", "agent: Need your booking code to pull this up."])).toEqual(["booking_id"]);
  });
  it("near miss: 'let me have a look', 'I'll take care of', 'need to check' ask for nothing", async () => {
    expect(await reasks([ski, "handoff", "agent: Let me have a look at your booking."])).toEqual([]);
    expect(await reasks([pool, "handoff", "agent: Let me have a look at your account."])).toEqual([]);
    expect(await reasks([ski, "handoff", "agent: I'll take care of your booking from here."])).toEqual([]);
    expect(await reasks([lock, "handoff", "agent: I'll take over your job now and call the locksmith."])).toEqual([]);
    expect(await reasks([lock, "handoff", "agent: Need to check the locksmith's diary first, one moment."])).toEqual([]);
    expect(await reasks([pool, "handoff", "agent: Need anything else for the visit?"])).toEqual([]);
  });
});
