// Intent preservation, one rule at a time, each with a failure case and a near miss in several
// non-retail domains (airline, banking, telecom, clinic, IT helpdesk, insurance, utilities). The
// conversations are written here for the rules, not taken from an evaluation corpus.
import { afterEach, describe, expect, it } from "vitest";
import type { EventRecord } from "../ingest/schemas";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { analyzeFixture, conversation, OTHER_THING, type Step } from "./fixture.test-util";
import { offlineAssess } from "./judge-offline";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());

/** "Another thing done to the same circumstances": named in the reason, no verdict (judge-offline.ts header, rule 2). */
/** Never read as preserved: drift by another rule, or no verdict that names the other thing done. */
function notPreserved(a: Awaited<ReturnType<typeof analyzeConversation>>) {
  expect(a.scores.intentDrift).not.toBe(false);
  if (a.scores.intentDrift === null) expect(a.scoreReasons.intentDrift).toMatch(OTHER_THING);
}

const analyze = (steps: Step[]) => analyzeConversation(conversation(steps), DEFAULT_SETTINGS);
const judge = async (steps: Step[]) => (await analyze(steps)).scores;

describe("antonym drift: the opposite action on the same thing", () => {
  it.each([
    ["airline", "I need to cancel the return leg of booking 9WQE4C.", "customer wants to upgrade the return leg on 9WQE4C to premium economy"],
    ["banking", "Please lower my credit card limit to £1,500, I keep overspending.", "customer wants a credit limit increase on card ending 3309"],
    ["telecom", "I want to cancel my mobile contract when it ends in March.", "customer wants to renew the mobile contract for 24 months"],
    ["IT helpdesk", "Marcus left on Friday. Please remove his access to the finance share.", "grant mwebb read/write access to the finance share"],
  ])("%s: drift, kind antonym", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym", intentJudge: "offline", intentPath: "antonym" });
    expect(s.intentConfidence).toBeGreaterThan(0.5);
  });

  it.each([
    ["airline", "I need to cancel the return leg of booking 9WQE4C.", "customer wants to cancel the return flight on 9WQE4C"],
    ["banking", "Please lower my credit card limit to £1,500.", "reduce the credit limit on card ending 3309 to £1,500"],
    ["telecom", "I want to terminate my mobile contract.", "customer wants to cancel their mobile contract"],
    ["clinic", "Can I postpone my MRI scan by two weeks?", "reschedule the MRI scan two weeks later"],
  ])("near miss, %s: the same action in other words is preserved", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).toBe(false);
    expect(s.intentPreservation).toBeGreaterThanOrEqual(0.5);
  });

  it("the seed's example: cancel a Premium subscription answered with an upgrade to Premium Plus", async () => {
    const s = await judge([
      { user: "I want to cancel my Premium subscription." },
      { handoff: ["triage", "plans"], summary: "Customer asking about their Premium plan" },
      { agent: "Good news! I can upgrade you to Premium Plus for just $5 more a month." },
    ]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });
});

describe("partial loss: a part of the ask reaches no agent", () => {
  it.each([
    ["airline", "I'd like a window seat, and I need to request a vegetarian meal.", "Booking R8TY6N wants a window seat.", "You're in window seat 42A on AI162.", "request a vegetarian meal"],
    ["IT helpdesk", "Chloe Park joins on 1 December. She needs a laptop, and a second monitor for her desk please.", "New starter Chloe Park needs a laptop.", "Order HW-22871: a Latitude laptop, ready for collection.", "a second monitor for her desk"],
    ["insurance", "Can you cancel the winter sports add-on on policy TRV-62210? And please update my email address to sam@example.com.", "TRV-62210: customer wants the winter sports add-on cancelled.", "Done, the winter sports add-on is removed from TRV-62210.", "update my email address to sam@example.com"],
  ])("%s: drift, kind partial, naming the lost part", async (_domain, ask, summary, answer, lost) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentLostPart: lost, intentPath: "lostPart" });
  });

  it.each([
    ["airline", "I'd like a window seat, and I need to request a vegetarian meal.", "Booking R8TY6N wants a window seat and a vegetarian meal.", "You're in window seat 42A, and a vegetarian meal is booked."],
    ["IT helpdesk", "She needs a laptop, and a second monitor for her desk please.", "New starter needs a laptop and a second monitor.", "Order HW-22871: a laptop and a 27-inch monitor, ready for collection."],
    ["utilities", "My meter reading today is 31877. And is there a cheaper tariff for charging an electric car?", "Reading 31877 submitted; customer asks about an EV tariff.", "Reading accepted. Our EV tariff charges 7p per kWh overnight."],
  ])("near miss, %s: every part reaches an agent", async (_domain, ask, summary, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s.intentDriftKind).not.toBe("partial");
    expect(s.intentDrift).toBe(false);
  });

  it("a single agent with no handoff cannot lose a part between agents", async () => {
    const s = await judge([{ user: "She needs a laptop, and a second monitor for her desk please." }, { agent: "Order HW-22871: a laptop is on its way." }]);
    expect(s.intentDriftKind).not.toBe("partial");
  });
});

describe("paraphrase: the same ask in other words is preserved", () => {
  it.each([
    ["airline", "I'm on BA2490 tomorrow. Which gate and when should I be there?", "You board at gate B14 for the 10:25 departure; be there by 09:45."],
    ["clinic", "Could you move my physiotherapy appointment to next week?", "I've rescheduled your physiotherapy appointment to Tuesday 2 December at 10:00."],
    ["telecom", "My broadband keeps dropping every evening.", "I've run a line test on your broadband and reset the connection at the exchange."],
    ["utilities", "I want to give you my gas meter reading so my bill isn't estimated.", "Thanks, your gas reading of 04512 is recorded and your next bill will use it."],
  ])("%s: preserved", async (_domain, ask, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { agent: answer }]);
    expect(s).toMatchObject({ intentDrift: false, intentJudge: "offline" });
  });

  it.each([
    ["insurance", "Has the replacement windscreen for claim GLC-40215 been booked yet?", "customer wants a renewal quote for motor policy MTR-9907731"],
    ["IT helpdesk", "My laptop screen is cracked, can I get it repaired?", "user wants a new VPN account for remote access"],
    ["banking", "I want to dispute a card payment to a hotel I never stayed at.", "customer wants to open a new savings account with a fixed rate"],
  ])("failure, %s: another topic entirely is never preserved (drift, or no verdict naming the other thing)", async (_domain, ask, interpretation) => {
    const a = await analyze([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    notPreserved(a);
  });
});

describe("negation", () => {
  it.each([
    ["telecom", "I don't want to upgrade my phone, I just want to keep my current plan.", "customer wants to upgrade their phone"],
    ["hotel", "I don't want to extend my stay; please check me out on Friday.", "guest wants to extend the stay by two nights"],
    ["SaaS", "We do not want to add more seats, we need to reduce them to ten.", "customer wants to add seats to the workspace"],
  ])("%s: doing what the user said not to do is drift", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });

  it.each([
    ["utilities", "I want to give you my gas meter reading so my bill isn't estimated.", "record actual gas meter reading to avoid an estimated bill"],
    ["telecom", "I don't want to upgrade my phone, I just want to keep my current plan.", "customer wants to keep their current plan, no upgrade"],
  ])("near miss, %s: a negated word that the interpretation also avoids is not drift", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).toBe(false);
  });
});

describe("abstention: weak evidence gives no score, with the reason", () => {
  it.each([
    ["hotel", "Hello?", "Sure, one moment."],
    ["parcels", "Hi", "Thanks for waiting."],
  ])("%s: nothing to compare → null with a reason", async (_domain, ask, answer) => {
    const a = await analyzeConversation(conversation([{ user: ask }, { agent: answer }]), DEFAULT_SETTINGS);
    expect(a.scores.intentPreservation).toBeNull();
    expect(a.scores.intentDrift).toBeNull();
    expect(a.scoreReasons.intentDrift).toMatch(/names nothing|too little evidence/);
  });

  it("near miss: a content-free last message is judged on the final agent's other words and its summary", async () => {
    const s = await judge([
      { user: "Please move my dentist appointment to Thursday." },
      { handoff: ["triage", "scheduling"], summary: "Patient wants the dentist appointment moved to Thursday." },
      { agent: "Your dentist appointment is now Thursday at 9:30." },
      { agent: "You're all set!" },
    ]);
    expect(s.intentDrift).toBe(false);
    expect(s.intentJudge).toBe("offline");
  });

  it("is null with a reason when there is no message content (Responses-transport traces)", async () => {
    const a = await analyzeConversation(
      [{ id: "h", conversationId: "c", timestamp: "2026-11-24T10:00:00Z", type: "handoff", from: "triage", to: "billing", mode: "transfer" }],
      DEFAULT_SETTINGS,
    );
    expect(a.scores.intentPreservation).toBeNull();
    expect(a.scoreReasons.intentPreservation).toBe("no message content in trace");
    expect(a.scores.reaskCount).toBeNull();
    expect(a.scoreReasons.reaskCount).toBe("no message content in trace");
  });
});

describe("the user's own change of mind", () => {
  it("following the user's later request is not drift", async () => {
    const s = await judge([
      { user: "I want to cancel my flight to Dublin on the 3rd, booking F2LK8R." },
      { agent: "That fare is non-refundable; you could change the date for a £35 fee." },
      { user: "Oh. In that case can I just move it to the 10th instead?" },
      { handoff: ["triage", "changes"], summary: "F2LK8R: move the Dublin flight to the 10th." },
      { intent: "move booking F2LK8R Dublin flight to 10 December" },
    ]);
    expect(s.intentDrift).toBe(false);
  });

  it("near miss: the user protesting the drift does not make it their request", async () => {
    const s = await judge([
      { user: "I need to cancel the return leg of my trip, booking 9WQE4C." },
      { handoff: ["triage", "sales"], summary: "Customer on 9WQE4C asking about the return leg." },
      { intent: "customer wants to upgrade the return leg on 9WQE4C" },
      { agent: "I can offer Premium Economy on your return for CA$389." },
      { user: "No, I don't want a better seat, I don't want the flight at all." },
      { user: "forget it" },
    ]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });
});

describe("the labelled corpus' own drift examples", () => {
  it("scores cancel-subscription vs upgrade-plan as drift", async () => {
    const a = await analyzeFixture("drift-cancel-upgrade");
    expect(a.scores.intentDrift).toBe(true);
    expect(a.conversation.flags).toContain("drift");
  });

  // the final agent's reply does another thing, and the brief it was handed states the opposite of
  // the ask: drift; the same reply after a brief that kept the ask is no verdict (another thing done).
  // SPEC's own example (the OpenAI Agents SDK trace in tests/api/openai-agents.test.ts); only this
  // shape so far: other domains' variants were decided by other rules before this one is reached
  it.each([
    ["streaming", "Please cancel my subscription, I don't use it anymore.", "Customer wants to upgrade their plan", "Customer wants to cancel their subscription", "Great news, I can upgrade your plan to Premium today. Would you like the annual option?"],
  ])("%s: a reply doing another thing after a brief stating the opposite is drift; after a brief keeping the ask, no verdict", async (_d, ask, opposite, kept, reply) => {
    const drifted = await analyze([{ user: ask }, { handoff: ["triage", "specialist"], summary: opposite }, { agent: reply }]);
    expect(drifted.scores.intentDrift).toBe(true);
    const near = await analyze([{ user: ask }, { handoff: ["triage", "specialist"], summary: kept }, { agent: reply }]);
    expect(near.scores.intentDrift).not.toBe(true);
  });

  it("near miss: the same ask in other words is preserved", async () => {
    const a = await analyzeFixture("near-drift-cancel");
    expect(a.scores.intentDrift).toBe(false);
  });

  it("is deterministic", () => {
    expect(offlineAssess("reset my password", "customer wants to reset a password")).toEqual(offlineAssess("reset my password", "customer wants to reset a password"));
  });
});

describe("opposite actions count only on the same object", () => {
  it.each([
    ["banking", "I found my card, it was in my coat. Can you unfreeze it? It ends 7720.", "block the card ending 7720 and send a replacement"],
    ["SaaS", "Please cancel the analytics add-on on our workspace.", "customer wants to upgrade the analytics add-on to the enterprise tier"],
    ["hotel", "I'd like to reduce my booking at the Harbour hotel to two nights.", "guest wants to increase the Harbour hotel booking to four nights"],
  ])("%s: the opposite action on the thing the user named is drift", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });

  it.each([
    ["telecom", "Please cancel my roaming bundle for Spain.", "I've cancelled the Spain roaming bundle. I'll keep you posted by text."],
    ["parcels", "Stop the delivery of parcel PX-55120, I'm away.", "Delivery of PX-55120 is stopped; we'll open a collection slot at the depot when you're back."],
    ["IT helpdesk", "Please close my old ticket INC0042211, the printer works now.", "Ticket INC0042211 is closed. I've added a note that the printer was fixed."],
  ])("near miss, %s: an opposite verb about something else is no drift", async (_domain, ask, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { agent: answer }]);
    expect(s.intentDriftKind).not.toBe("antonym");
    expect(s.intentDrift).toBe(false);
  });
});

describe("another thing done to the same circumstances (action + object + qualifiers)", () => {
  it.each([
    ["retail", "I need my money back for order 73001, the item never came.", "customer wants to change the delivery address for order 73001"],
    ["telecom", "Please send me the PUK code for my SIM ending 4410.", "customer wants to port the number on SIM ending 4410 to another network"],
    ["insurance", "I want to claim for the hail damage on policy MTR-9907731.", "customer wants to update the named driver on policy MTR-9907731"],
  ])("%s: only the order/SIM/policy in common is never preserved (no verdict naming the other thing)", async (_domain, ask, interpretation) => {
    const a = await analyze([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    notPreserved(a);
  });

  it.each([
    ["retail", "I need my money back for order 73001, the item never came.", "customer wants a refund of the money for order 73001, item not delivered"],
    ["telecom", "Please send me the PUK code for my SIM ending 4410.", "send the PUK code for SIM ending 4410 by text"],
    ["banking", "I'm flying to Japan on 2 December, want to make sure my card works there. It's the Visa ending 5521.", "add a travel notice for Japan from 2 December on the Visa ending 5521"],
  ])("near miss, %s: the thing asked for is named, or the interpretation is mostly the user's own words", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).toBe(false);
  });
});

describe("a handoff that never took effect carries no part of the ask", () => {
  const twoTransfers = (summaryToIgnored: string): EventRecord[] => [
    { id: "u", conversationId: "c", timestamp: "2026-11-24T10:00:00Z", type: "message", role: "user", content: "I'd like to book a flu jab this week, and can you check my outstanding invoice?" },
    { id: "h1", conversationId: "c", timestamp: "2026-11-24T10:00:01Z", type: "handoff", agent: "reception", from: "reception", to: "billing", mode: "transfer", summary: "Patient asks about an outstanding invoice." },
    { id: "h2", conversationId: "c", timestamp: "2026-11-24T10:00:01Z", type: "handoff", agent: "reception", from: "reception", to: "vaccinations", mode: "transfer", summary: summaryToIgnored },
    { id: "a", conversationId: "c", timestamp: "2026-11-24T10:00:02Z", type: "message", role: "agent", agent: "billing", content: "Your outstanding invoice INV-20931 is £45.00." },
  ] as EventRecord[];

  it("clinic: a part named only in the ignored transfer's summary is lost", async () => {
    const a = await analyzeConversation(twoTransfers("Patient wants to book a flu jab this week."), DEFAULT_SETTINGS);
    expect(a.scores.roleConfusion).toBe(true);
    expect(a.scores).toMatchObject({ intentDrift: true, intentDriftKind: "partial" });
  });

  it("near miss: a part the acting agent names is not lost", async () => {
    const events = twoTransfers("Patient wants to book a flu jab this week.");
    (events[3] as { content: string }).content = "Your outstanding invoice is £45.00, and I've booked your flu jab for Thursday.";
    const a = await analyzeConversation(events, DEFAULT_SETTINGS);
    expect(a.scores.intentDrift).toBe(false);
  });
});

// Rules added after reading the misses of both development corpora (blind-a, blind-b); the cases
// below are written for the rules, in other domains than the conversations that showed the need.
const transferred = (ask: string, interpretation: string) => judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);

describe("a dash ends a clause and the negation before it; a negative imperative refuses its action", () => {
  it.each([
    ["insurance", "Please don't renew my home policy HX-2231 — I want it to lapse at the end of the term.", "customer wants the renewal of home policy HX-2231"],
    ["clinic", "Please don't cancel my physio appointment on the 14th — I only want to know the time.", "confirm the cancellation of the physio appointment on the 14th"],
    ["banking", "Do not cancel my savings account — I only want to move the money to my current account.", "cancel savings account 44710392"],
  ])("%s: the refused action (as a verb or its noun) is drift", async (_domain, ask, interpretation) => {
    expect(await transferred(ask, interpretation)).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });

  it.each([
    ["parcels", "Please don't deliver it to my door — I want it kept at the depot for collection.", "hold the parcel at the depot for collection"],
    ["telecom", "Don't cut my line yet — I want to set up a payment plan for the arrears.", "set up a payment plan for the arrears on the line"],
    ["IT helpdesk", "Please don't wipe my laptop — I just need the VPN client reinstalled.", "reinstall the VPN client on the laptop"],
  ])("near miss, %s: what follows the dash is wanted, not refused", async (_domain, ask, interpretation) => {
    expect((await transferred(ask, interpretation)).intentDrift).toBe(false);
  });
});

describe("what can be the action the user wants", () => {
  it.each([
    ["telecom", "I want a downgrade of my broadband package.", "upgrade the broadband package to 900Mb"],
    ["banking", "A decrease of my overdraft limit, please.", "increase the overdraft limit to £2,000"],
    ["energy", "Please block my card, it was stolen this morning.", "unblock the card ending 2231"],
    ["IT helpdesk", "Can you lock my account while I'm on leave?", "unlock the account of jmorris"],
    ["insurance", "Could you arrange a cancellation of my travel insurance?", "renew the travel insurance for another year"],
    ["broadband", "Can you organise a downgrade of my broadband package?", "upgrade the broadband package to 900Mb"],
  ])("%s: a wanted action (a verb, or a noun, even after a support verb) opposed by the interpretation is drift", async (_domain, ask, interpretation) => {
    expect(await transferred(ask, interpretation)).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });

  it.each([
    ["banking", "Hi, my card has been blocked since this morning.", "unblock the card ending 2231"],
    ["IT helpdesk", "My account got locked after three wrong passwords.", "unlock the account of jmorris"],
    ["utilities", "Our water supply stopped after the works on our road.", "restart the water supply at 14 Elm Road"],
  ])("near miss, %s: a problem described in the past is what the remedy reverses, not an ask", async (_domain, ask, interpretation) => {
    // preserved, or too little shared to say (an abstention): never a drift flag
    expect((await transferred(ask, interpretation)).intentDrift).not.toBe(true);
  });

  it.each([
    ["gym", "I'd like to cancel my membership, it's too expensive.", "Forget the cancellation then, just pause it for two months.", "pause the membership for two months and keep it"],
    ["insurance", "I want to drop the breakdown cover from my car policy.", "Right, scrap the removal, just lower the excess to £250.", "keep breakdown cover and lower the excess to £250"],
    ["SaaS", "We need to downgrade to the Starter plan.", "OK, forget the downgrade, just remove two unused seats.", "keep the plan and remove two unused seats"],
  ])("near miss, %s: a change of mind names what it drops beside what it now wants", async (_domain, first, later, interpretation) => {
    const s = await judge([
      { user: first },
      { handoff: ["triage", "accounts"] },
      { agent: "Before you do, there is a cheaper option." },
      { user: later },
      { intent: interpretation },
    ]);
    expect(s.intentDrift).toBe(false);
  });

  it.each([
    ["gym", "I'd like to cancel my membership, it's too expensive.", "What? Why would I pay more?", "upgrade the membership to Gold"],
    ["insurance", "I want to drop the breakdown cover from my car policy.", "Sorry, can you explain why?", "add breakdown cover plus to the car policy"],
  ])("%s: a later message the interpretation does not follow leaves the drift", async (_domain, first, later, interpretation) => {
    const s = await judge([{ user: first }, { handoff: ["triage", "accounts"] }, { agent: "Let me see." }, { user: later }, { intent: interpretation }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });
});

describe("a direction over a range is the action decrease/increase", () => {
  it.each([
    ["SaaS", "We need to go down from 10 seats to 6.", "increase the seats on the workspace from 10 to 14"],
    ["insurance", "I want to move down from comprehensive to third-party cover.", "upgrade the cover to comprehensive plus"],
    ["telecom", "Can I step down from the 100GB plan to the 20GB one?", "upgrade to the unlimited data plan"],
  ])("%s: the opposite direction is drift", async (_domain, ask, interpretation) => {
    expect(await transferred(ask, interpretation)).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });

  it.each([
    ["SaaS", "We need to go down from 10 seats to 6.", "reduce the seats on the workspace from 10 to 6"],
    ["telecom", "Please note down my new address and add it to the account.", "add the new address to the account"],
    ["hotel", "Can we move up from a double to a suite?", "upgrade the room from a double to a suite"],
  ])("near miss, %s: the same direction, or a particle without a range, is not", async (_domain, ask, interpretation) => {
    expect((await transferred(ask, interpretation)).intentDrift).toBe(false);
  });
});

describe("partial loss: each part is traced by its own words, and a name is specific", () => {
  const twoParts = (ask: string, summary: string, reply: string) =>
    judge([{ user: ask }, { agent: "Passing you on." }, { handoff: ["triage", "specialist"], summary }, { agent: reply, by: "specialist" }]);

  it.each([
    ["insurance", "Please cancel my car insurance MT-4410. And would my daughter need separate insurance to drive it?", "Customer wants car insurance MT-4410 cancelled.", "Insurance MT-4410 is cancelled from today."],
    ["IT helpdesk", "Please reset my VPN password. Also, does my VPN licence cover the Madrid office?", "User needs their VPN password reset.", "Your VPN password has been reset; use the new one at next login."],
    ["airline", "I'd like to move my flight LX318 to Friday, and can my son's flight be moved as well?", "Move flight LX318 to Friday.", "Done, LX318 is now on Friday at 07:10."],
  ])("%s: a part named only through a word the other part shares is lost", async (_domain, ask, summary, reply) => {
    expect(await twoParts(ask, summary, reply)).toMatchObject({ intentDrift: true, intentDriftKind: "partial" });
  });

  it.each([
    ["insurance", "Please cancel my car insurance MT-4410. And would my daughter need separate insurance to drive it?", "Customer wants car insurance MT-4410 cancelled; asks whether the daughter needs separate insurance.", "Insurance MT-4410 is cancelled, and yes, your daughter will need her own."],
    ["IT helpdesk", "Please reset my VPN password. Also, does my VPN licence cover the Madrid office?", "Reset VPN password; check the VPN licence for the Madrid office.", "Password reset, and your licence covers the Madrid office."],
    ["airline", "I'd like to move my flight LX318 to Friday, and can my son's flight be moved as well?", "Move LX318 and the son's booking to Friday.", "Both you and your son are now on LX318 on Friday."],
  ])("near miss, %s: both parts named downstream", async (_domain, ask, summary, reply) => {
    expect((await twoParts(ask, summary, reply)).intentDrift).toBe(false);
  });

  it.each([
    ["parcels", "Is my parcel going to make it before Friday? It's for a wedding. Tracking 55012.", "Tracking 55012: customer needs it before Friday (wedding).", "It's on the van and due Thursday by 6pm."],
    ["clinic", "Can I see a nurse on Monday? It's about my blood test results.", "Patient wants to be seen on Monday about blood test results.", "Monday at 9:40 is free with the practice team, shall I hold it?"],
    ["car rental", "Can I return the car in Lyon instead? The rental is RA-5521.", "RA-5521: customer wants to drop off in Lyon.", "Drop-off in Lyon is fine, a one-way fee of €40 applies."],
  ])("near miss, %s: a part carried by its name (a day, a place) is not lost", async (_domain, ask, summary, reply) => {
    expect((await twoParts(ask, summary, reply)).intentDrift).not.toBe(true);
  });
});

// Domains below (marina, coworking, driving school, language school, home alarm, bike repair) are in no labelled corpus.
describe("a compound's head after a possessive is a noun, so a part naming it can be lost", () => {
  it.each([
    ["marina", "Please renew my berth and also update my home address to 14 Elm Road.", "Owner wants berth renewed", "Your berth now runs until next March.", "update my home address to 14 Elm Road"],
    ["coworking", "Add two desks to our plan, and change my billing contact to Ravi Shah.", "Customer wants two more desks", "Two hot desks added from 1 March.", "change my billing contact to Ravi Shah"],
    ["driving school", "Book me a lesson on Friday and please send my test certificate to my new address.", "Pupil wants a Friday lesson", "You're booked for Friday at 4pm.", "send my test certificate to my new address"],
  ])("%s: drift, kind partial", async (_domain, ask, summary, answer, lost) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentLostPart: lost });
  });
  it.each([
    ["marina", "Please renew my berth and also update my home address to 14 Elm Road.", "Owner wants berth renewed and home address changed to 14 Elm Road", "Berth renewed, and your address is now 14 Elm Road."],
    ["coworking", "Add two desks to our plan, and change my billing contact to Ravi Shah.", "Two more desks; billing contact to Ravi Shah", "Two desks added and Ravi Shah is now your billing contact."],
    ["language school", "Can my tutor update the plan for next term?", "Student asks for an updated study plan", "Your tutor has updated your plan for next term."],
  ])("near miss, %s: every part arrives, and a verb after 'my tutor' keeps its object", async (_domain, ask, summary, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s.intentDrift).toBe(false);
  });
});

describe("what happened to the user is not what they ask for", () => {
  it.each([
    ["language school", "I was charged twice for this term's course, can I get one of them back?", "I can see the duplicate payment; I've refunded £139.99 to your card, it should show in 3–5 days."],
    ["marina", "We were billed for a berth we cancelled in May, can you sort that out?", "I've credited the May berth fee back to your account."],
    ["home alarm", "My alarm got triggered by the cat twice, can someone look at it?", "An engineer will recalibrate the motion sensor on Thursday."],
  ])("near miss, %s: a past-form verb of the ask is no action the interpretation must name (no topic drift)", async (_domain, ask, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { agent: answer }]);
    expect(s.intentDriftKind).not.toBe("topic");
  });
  it.each([
    ["language school", "I was charged twice for this term, I want my money back.", "customer wants to update the card on file for this term"],
    ["marina", "We were billed twice for May, please refund the second charge.", "customer wants to upgrade to a larger berth"],
    ["home alarm", "The alarm got triggered by the cat, please replace the motion sensor.", "customer wants to add a second keypad by the back door"],
  ])("%s: the request's own action and object still decide (never preserved)", async (_domain, ask, interpretation) => {
    const a = await analyze([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    notPreserved(a);
  });
});

describe("what counts as the action asked for", () => {
  it.each([
    ["marina", "The gate's stuck shut at pontoon C and it won't open. Help!", "Berth holder needs the pontoon C gate freed."],
    ["bike repair", "My chain got jammed in the derailleur. Help!", "Customer needs the chain freed from the derailleur."],
    ["home alarm", "The siren is stuck on and won't switch off. Help!", "Customer needs the siren silenced."],
  ])("near miss, %s: with only 'Help!' to ask, a past form is what happened (no antonym)", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDriftKind).not.toBe("antonym");
  });
  it.each([
    ["language school", "Can I switch my class to Tuesday, and will I lose my deposit?", "Student wants the class moved to Tuesday and to keep the deposit."],
    ["coworking", "Can we move to the bigger room, and do we keep our parking spaces?", "Team wants the bigger room and to keep their parking spaces."],
    ["wedding venue", "Could we push the date to June, and will we forfeit the deposit?", "Couple wants the date moved to June and to retain the deposit."],
  ])("near miss, %s: 'will I lose …?' asks what happens, not for the action", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).toBe(false);
  });
  it.each([
    ["marina", "Can I cancel my mooring contract?", "customer wants to renew the mooring contract"],
    ["home alarm", "Please lock my monitoring account, my phone was stolen.", "customer wants the monitoring account unlocked"],
    ["photography studio", "Unpublish the gallery from Saturday's shoot please.", "client wants the Saturday gallery published"],
  ])("%s: 'can I …?' still asks, and 'un-' reverses the action (antonym)", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });
});

describe("a heading is not a part, and phrasal nouns name their verb", () => {
  it.each([
    ["driving school", "Two things please: move my lesson to Friday, and send my receipt for March.", "Pupil: lesson to Friday", "Your lesson is now on Friday at 4pm.", "send my receipt for March"],
    ["pest control", "A couple of requests: treat the loft for wasps, and give me a quote for the garden shed.", "Wasp treatment in the loft", "Technician booked for the loft wasp nest on Monday.", "give me a quote for the garden shed"],
    ["coworking", "Two things: add a desk for Ravi, and cancel the locker rental.", "Add a desk for Ravi", "Ravi now has a hot desk from Monday.", "cancel the locker rental"],
  ])("%s: the lost part is named, never the heading", async (_domain, ask, summary, answer, lost) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "partial", intentLostPart: lost });
  });
  it.each([
    ["driving school", "Two things please: move my lesson to Friday, and send my receipt for March.", "Pupil: lesson to Friday, March receipt", "Your lesson is now on Friday, and the March receipt is in your inbox."],
    ["home alarm", "I'd like someone to call me about adding a camera to the back garden.", "Wants a callback about a garden camera", "A callback is booked for Tuesday at 10:00 to discuss a camera for the back garden."],
    ["bike repair", "Can you check out my e-bike battery? It dies after 5 km.", "Battery check", "We'll do a full battery checkup on Thursday."],
  ])("near miss, %s: every part arrives; 'callback'/'checkup' name 'call'/'check'", async (_domain, ask, summary, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s.intentDrift).toBe(false);
  });
});

describe("an ask made of names is no evidence of another topic", () => {
  it.each([
    ["community archive", "Can you get me 'The Lichen Hunters of Orkney' (ISBN 9780950707838)?", "Visitor wants a book brought in from another archive."],
    ["photography studio", "Please unban me from the Lumio Community gallery.", "Member wants the suspension on their gallery account lifted."],
    ["wedding venue", "Is Rosewood Hall free on 14/06/2027 for Priya & Tom?", "Couple asking whether the venue is available that day."],
  ])("near miss, %s: names, ids and unknown words cannot be paraphrase-matched, so no topic drift", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).not.toBe(true);
  });
  it.each([
    ["marina", "Can you send me a new key fob for the pontoon gate?", "customer wants to change the payment date of the berth fee"],
    ["language school", "Please send me the reading list for the advanced course.", "student wants to cancel the evening class and get a refund"],
    ["bike repair", "Could you replace the brake pads on my bike?", "customer wants to sell the bike and book a valuation"],
  ])("%s: an ask in words the vectors know, and an interpretation about something else, is never preserved", async (_domain, ask, interpretation) => {
    const a = await analyze([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    notPreserved(a);
  });
});

describe("the user's objection to the final agent", () => {
  it.each([
    ["pest control", "Please cancel the wasp treatment tomorrow, job PC-45773, the nest is gone.", "All confirmed: your technician is booked for tomorrow 10:00-12:00 under PC-45773.", "No, I said cancel it.", "Customer wants to book the wasp treatment for tomorrow."],
    ["language school", "I want to withdraw from the spring French course, enrolment LS-2025-0417.", "Happy to help you progress LS-2025-0417. I'll book your placement test.", "No, I don't want to continue it.", "Student wants to proceed with the spring French course."],
    ["marina", "Please terminate my berth contract at the end of March, berth C-14.", "Great, I'll extend the contract on C-14 for another season.", "No, I never asked for that, end it in March.", "Berth holder wants the contract on C-14 extended for another season."],
  ])("%s: 'No, I said …' / 'I don't want to continue it', and the interpretation still does it (drift)", async (_domain, ask, reply, objection, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { agent: reply }, { user: objection }, { intent: interpretation }]);
    expect(s.intentDrift).toBe(true);
  });
  it.each([
    ["pest control", "Please cancel the wasp treatment tomorrow, job PC-45773, the nest is gone.", "Done, PC-45773 is cancelled. Anything else?", "No, that's all, thanks.", "Customer wants the wasp treatment PC-45773 cancelled."],
    ["language school", "I want to withdraw from the spring French course, enrolment LS-2025-0417.", "You're withdrawn from LS-2025-0417. Would you like a credit note?", "No, I'd rather have the refund please.", "Student wants to withdraw from the spring French course and get a refund."],
    ["marina", "Please terminate my berth contract at the end of March, berth C-14.", "Your contract on C-14 ends on 31 March. Shall I book a lift-out?", "What time is the lift-out dock open?", "Berth holder wants the C-14 contract terminated at the end of March."],
  ])("near miss, %s: a 'no' to an offer, or a question, and an interpretation that keeps the ask", async (_domain, ask, reply, answer, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { agent: reply }, { user: answer }, { intent: interpretation }]);
    expect(s.intentDrift).toBe(false);
  });
});

describe("a second imperative coordinated with a request is a request, and values do not trace a part", () => {
  it.each([
    ["bike repair", "Please service my road bike and fit new bar tape for me.", "Customer wants the road bike serviced", "Your road bike service is booked for Thursday.", "fit new bar tape for me"],
    ["photography studio", "Please resend my wedding gallery link and print 'The First Dance' on canvas.", "Resend gallery link", "I've resent your gallery link.", "print 'The First Dance' on canvas"],
    ["coworking", "Please cancel the Friday room booking, and I'd like to buy a 10-day membership card for £180.", "Cancel Friday room booking; £180", "The Friday room booking is cancelled.", "buy a 10-day membership card for £180"],
  ])("%s: drift, kind partial", async (_domain, ask, summary, answer, lost) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "partial" });
    expect(s.intentLostPart).toBe(lost);
  });
  it.each([
    ["bike repair", "Please service my road bike and the bar tape is worn too.", "Customer wants a service", "Service booked for Thursday, including new bar tape."],
    ["photography studio", "Please resend my wedding gallery link and print 'The First Dance' on canvas.", "Resend gallery link; canvas print of 'The First Dance'", "Link resent, and your canvas print is ordered."],
    ["coworking", "Please cancel the Friday room booking, and I'd like to buy a 10-day membership card for £180.", "Cancel Friday room; wants a 10-day membership card", "Friday room cancelled, and your 10-day membership card (£180) is active."],
  ])("near miss, %s: every part arrives (a statement coordinated with a request is no part)", async (_domain, ask, summary, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"], summary }, { agent: answer }]);
    expect(s.intentDrift).toBe(false);
  });
});

describe("an earlier statement of the ask bridges a final interpretation too far in words to judge", () => {
  const cases = [
    ["coworking", "The door fob stopped opening the front entrance. Can you sort it?", "Member wants their door fob fixed so it opens the front entrance.", "Member wants to cancel their desk plan.", "Member needs building access restored."],
    ["home alarm", "The keypad stopped arming the back door zone. Can you sort it?", "Customer wants their keypad fixed so it arms the back door zone.", "Customer wants to cancel their monitoring plan.", "Customer needs zone protection restored."],
    ["marina", "The gate card stopped opening the pontoon gate. Can you sort it?", "Berth holder wants their gate card fixed so it opens the pontoon gate.", "Berth holder wants to sell their boat.", "Berth holder needs pontoon access restored."],
  ];
  it.each(cases)("%s: the first agent's intent keeps the ask and the final one keeps it: preserved, saying why", async (_domain, ask, bridge, _bad, final) => {
    const s = await judge([{ user: ask }, { intent: bridge, by: "triage" }, { handoff: ["triage", "specialist"] }, { intent: final }]);
    expect(s.intentDrift).toBe(false);
    expect(s.intentReason).toMatch(/^the ask is kept in an earlier statement/);
    expect(s.intentPath).toMatch(/^earlier>/);
  });
  it.each(cases)("near miss, %s: without a bridge, or through one that drifted, the judge still abstains", async (_domain, ask, _bridge, bad, final) => {
    expect((await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: final }])).intentDrift).toBeNull();
    expect((await judge([{ user: ask }, { intent: bad, by: "triage" }, { handoff: ["triage", "specialist"] }, { intent: final }])).intentDrift).toBeNull();
  });
});

describe("a participle between a determiner and its noun describes the thing, it is no action", () => {
  it.each([
    ["tutoring", "The tutor never came on Monday. Can I get my money back?", "Parent wants a refund for the missed Monday lesson."],
    ["car wash", "The car wash skipped the rinse on Saturday. Can I get my money back?", "Customer wants a refund for the skipped Saturday rinse."],
    ["bike repair", "The lock you sold me snapped after a week. Can I get my money back?", "Customer wants a refund for the broken lock."],
  ])("near miss, %s: 'the missed lesson' is not an action of the interpretation's own (no topic drift)", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).not.toBe(true);
  });
  it.each([
    ["tutoring", "Please send me the invoice for March lessons.", "customer wants the tutoring contract cancelled"],
    ["car wash", "Please send me a receipt for Saturday's wash.", "customer wants the monthly wash plan cancelled"],
    ["bike repair", "Please send me the quote for the wheel rebuild.", "customer wants the frame resprayed in blue"],
  ])("%s: a participle after its object is the action wanted ('wants the contract cancelled'): never preserved", async (_domain, ask, interpretation) => {
    const a = await analyze([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    notPreserved(a);
  });
});

describe("a report of what is wrong, asking for nothing by name, is no evidence of another topic", () => {
  // (the remedy is the agent's to name, in its own words: "locked out" → "door opening")
  const reports = [
    ["locksmith", "I locked myself out of my flat.", "Customer needs an emergency door opening.", "Customer is locked out of their flat and needs the door opened.", "Customer wants a quote for a new alarm system.", "No, I just need to get back into my flat!"],
    ["optician", "My new glasses keep slipping down my nose.", "Customer needs the frames adjusted.", "Customer needs their new glasses adjusted.", "Customer wants to cancel their contact lens plan.", "No, my glasses keep slipping, that's all."],
    ["pool maintenance", "The pool pump makes a grinding noise.", "Owner needs the filtration motor serviced.", "Owner needs the grinding pool pump repaired.", "Owner wants a quote for resurfacing the patio.", "No, I need the pump fixed, not the patio."],
  ];
  it.each(reports)("near miss, %s: a remedy named in other words is no drift", async (_domain, report, remedy) => {
    const s = await judge([{ user: report }, { handoff: ["triage", "specialist"] }, { intent: remedy }]);
    expect(s.intentDrift).not.toBe(true);
  });
  // (the bridge alone, RULE.askedAgain off: another thing done against it is drift only when the user
  // asks again, intent-asked-again.test.ts; the locksmith's departure is drift from absence either way)
  it.each(reports)("%s: an earlier statement keeps the report and the final interpretation departs from it: drift", async (_domain, report, _remedy, bridge, other) => {
    tuneDrift({}, ["askedAgain"]);
    const s = await judge([{ user: report }, { intent: bridge, by: "triage" }, { handoff: ["triage", "specialist"] }, { intent: other }]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentReason).toMatch(/^the ask is kept in an earlier statement .* from which the final interpretation departs/);
    expect(s.intentPath).toMatch(/^earlier>/);
  });
  it.each(reports)("%s: the user rejects the final agent's reading: drift", async (_domain, report, _remedy, _bridge, other, rejection) => {
    const s = await judge([{ user: report }, { handoff: ["triage", "specialist"] }, { agent: `I can help with that. ${other}` }, { user: rejection }, { intent: other }]);
    expect(s.intentDrift).toBe(true);
  });
  it.each([
    ["locksmith", "Please replace the lock on my front door.", "Customer wants to order a burglar alarm."],
    ["optician", "Please adjust my new glasses, they slip down my nose.", "Customer wants to book an eye test."],
    ["pool maintenance", "Please repair the pool pump, it makes a grinding noise.", "Owner wants a quote for resurfacing the patio."],
  ])("%s: an ask that names what it wants is judged as before (never preserved)", async (_domain, ask, other) => {
    const a = await analyze([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: other }]);
    notPreserved(a);
  });
});

describe("a verb stating what is the case is no action wanted (no opposite of the remedy)", () => {
  it.each([
    ["hearing aids", "My hearing aid keeps whistling.", "Client needs the hearing aid refitted to stop the whistling."],
    ["appliance repair", "My oven is broken, can someone come?", "Customer needs an oven repair visit."],
    ["florist", "My weekly flower delivery stopped arriving, can you help?", "customer wants the weekly flower delivery restarted"],
  ])("near miss, %s: 'keeps whistling', 'is broken', 'stopped arriving' describe the problem", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s.intentDrift).not.toBe(true);
  });
  it.each([
    ["hearing aids", "Please stop the monthly battery subscription for my hearing aid.", "Client wants to keep the monthly battery subscription."],
    ["appliance repair", "I want the broken oven removed, please don't repair it.", "Customer needs an oven repair visit."],
    ["florist", "Please stop my weekly flower delivery.", "customer wants to continue the weekly flower delivery"],
  ])("%s: the same verbs as the action asked for still oppose: drift", async (_domain, ask, interpretation) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent: interpretation }]);
    expect(s).toMatchObject({ intentDrift: true, intentDriftKind: "antonym" });
  });
});

describe("the user's rejection of the final agent, also after its intent event, is judged with a lower bar", () => {
  it.each([
    ["hearing aids", "My left hearing aid keeps cutting out when I'm on the phone.", "Client wants to order a new charging case.", "I can order a charging case for you. Which colour would you like?", "No, the sound in my hearing aid drops out"],
    ["museum membership", "The museum app won't show my membership card at the door.", "Member wants to upgrade to a family membership.", "Great, a family membership is £90 a year. Shall I go ahead?", "No, the app won't show my card"],
    ["chimney sweep", "Soot keeps falling into the fireplace since your visit.", "Customer wants to book their annual sweep.", "I can book your annual sweep. Does next Tuesday suit?", "What? Soot is falling into my fireplace after your visit"],
  ])("%s: drift", async (_domain, ask, intent, reply, rejection) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent }, { agent: reply }, { user: rejection }]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentReason).toMatch(/^the user objected/);
    expect(s.intentPath).toMatch(/^objection>/);
  });
  it.each([
    ["hearing aids", "My left hearing aid keeps cutting out when I'm on the phone.", "Client needs the hearing aid's phone connection checked.", "I've reset the phone pairing on your hearing aid. Anything else?", "No, that's all, thanks."],
    ["museum membership", "The museum app won't show my membership card at the door.", "Member needs the membership card restored in the app.", "Your card is back in the app. Anything else today?", "No thanks, the card shows now."],
    ["chimney sweep", "Soot keeps falling into the fireplace since your visit.", "Customer wants the sweep to come back and fix the soot fall.", "The sweep will return on Tuesday to sort the soot. Is there anything else?", "Nope, that's everything."],
  ])("near miss, %s: a 'no' that closes the conversation is no rejection", async (_domain, ask, intent, reply, answer) => {
    const s = await judge([{ user: ask }, { handoff: ["triage", "specialist"] }, { intent }, { agent: reply }, { user: answer }]);
    expect(s.intentDrift).not.toBe(true);
  });
});
