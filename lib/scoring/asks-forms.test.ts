// Request forms an agent uses to get a value again (asks.ts), read as forms, not phrasings: a verbless
// sentence ("Best number to text you on when it's done.", "Your postcode, if you have it."), the noun
// phrase after a lead-in ("Quick one: your email?", "Before we go on, your postcode please"), "which
// is …?", a relative clause asking ("a booking code you can give me"), the value missing on the agent's
// side ("I'm missing …", "not sure I caught …", "I can't … without …"), "could I trouble you for",
// "any chance of", "reply with", "do you happen to have", "mind re-sending", and more request verbs
// (post, input, fill in, say, submit). Failure cases and near misses in a bowling alley, a sauna club
// and a map shop (domains in no corpus).
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";
import { scored } from "./conversation.test-util";

const asked = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field ?? "reference");

describe("request forms", () => {
  it("a verbless sentence whose noun is only qualified asks; one that states something does not", () => {
    expect(asked("Lane booked. Best number to text you on when it's free.")).toEqual(["phone"]);
    expect(asked("Your postcode, if you have it.")).toEqual(["postcode"]);
    expect(asked("Email for the receipt.")).toEqual(["email"]);
    expect(asked("What number can we call you on?")).toEqual(["phone"]);
    // near misses: a statement about the value, something to come, a number that is not the user's
    expect(asked("Email to follow.")).toEqual([]);
    expect(asked("Postcode checked.")).toEqual([]);
    expect(asked("Phone number for the depot is 0113 496 0000.")).toEqual([]);
    expect(asked("The number to call us on is 0800 123 456.")).toEqual([]);
    expect(asked("Number of lanes to book?")).toEqual([]);
  });
  it("the noun phrase after a lead-in clause or label, and 'which is …?'", () => {
    expect(asked("Quick one: your membership number?")).toEqual(["account_id"]);
    expect(asked("Before we go on, your postcode please.")).toEqual(["postcode"]);
    expect(asked("Which is your email address?")).toEqual(["email"]);
    // near misses: a statement after the lead-in, a relative "which is"
    expect(asked("Quick update: your membership number has changed.")).toEqual([]);
    expect(asked("Before we go on, your postcode is on file.")).toEqual([]);
    expect(asked("We'll email the map, which is the quickest way.")).toEqual([]);
  });
  it("a relative clause asking, the value missing on the agent's side", () => {
    expect(asked("Is there a booking code you can give me?")).toEqual(["booking_id"]);
    expect(asked("I'm missing your membership number.")).toEqual(["account_id"]);
    expect(asked("Not sure I caught your email address.")).toEqual(["email"]);
    expect(asked("I can't reserve the sauna without your membership number.")).toEqual(["account_id"]);
    // near misses: another thing done with the value, an email received, the user's own obligation
    expect(asked("Is there a booking code you can use instead?")).toEqual([]);
    expect(asked("Not sure I got your email.")).toEqual([]);
    expect(asked("You can't enter without your membership number.")).toEqual([]);
    expect(asked("I'm missing nothing, your postcode is fine.")).toEqual([]);
  });
  it("more request heads and verbs", () => {
    expect(asked("Could I trouble you for your postcode?")).toEqual(["postcode"]);
    expect(asked("Any chance of the booking reference?")).toEqual(["booking_id"]);
    expect(asked("Please reply with your membership number.")).toEqual(["account_id"]);
    expect(asked("Do you happen to have your order number handy?")).toEqual(["order_id"]);
    expect(asked("Would you mind resending your email address?")).toEqual(["email"]);
    expect(asked("Can you post your order number here?")).toEqual(["order_id"]);
    expect(asked("Please input your postcode.")).toEqual(["postcode"]);
    expect(asked("Can you say your phone number again?")).toEqual(["phone"]);
    // near misses: the value passed to someone else, a question whether something happened
    expect(asked("Pass the order number to your courier.")).toEqual([]);
    expect(asked("Can you say whether your postcode changed?")).toEqual([]);
    expect(asked("Did you happen to get our email?")).toEqual([]);
  });
});

describe("re-ask after a handoff, in three domains", () => {
  const run = (user: string, payload: Record<string, unknown>, says: string) =>
    scored([{ user }, { from: "front", to: "desk", payload, summary: "Customer request." }, { agent: "desk", says }]);
  it("bowling alley: 'Best number to text you on when the lane is free.' re-asks the phone; 'We'll text the number you gave' does not", async () => {
    const user = "Lane for 6 tonight please, text me on 07700 900 318 when one frees up.";
    expect((await run(user, {}, "You're on the list. Best number to text you on when the lane is free.")).reasks).toEqual(["phone"]);
    expect((await run(user, {}, "You're on the list. We'll text the number you gave when the lane is free.")).reasks).toEqual([]);
  });
  it("sauna club: 'I'm missing your membership number.' re-asks it; 'I'm missing a towel size' does not", async () => {
    const user = "Can I book the sauna on Friday? Membership number SC-77120.";
    expect((await run(user, {}, "Happy to book Friday. I'm missing your membership number.")).reasks).toEqual(["account_id"]);
    expect((await run(user, {}, "Happy to book Friday. I'm missing a towel size for you.")).reasks).toEqual([]);
  });
  it("map shop: 'Quick one: your email address?' re-asks it; 'Quick one: is your email address still current?' does not", async () => {
    const user = "Please send the ordnance maps invoice to orla.b@fastmail.com, order MS-40918.";
    expect((await run(user, { order_id: "MS-40918" }, "Quick one: your email address?")).reasks).toEqual(["email"]);
    expect((await run(user, { order_id: "MS-40918" }, "Quick one: is your email address still current?")).reasks).toEqual([]);
  });
});

describe("role questions re-ask after a handoff, in three domains", () => {
  const run = (user: string, says: string) => scored([{ user }, { from: "front", to: "desk", summary: "Customer request." }, { agent: "desk", says }]);
  it("yoga retreat: 'When were you born?' re-asks the date of birth; 'Were you born before 1990?' does not", async () => {
    const user = "Booking the March retreat, I was born on 14/02/1990 if you need it for the insurance.";
    expect((await run(user, "Thanks. When were you born?")).reasks).toEqual(["date_of_birth"]);
    expect((await run(user, "Thanks. Were you born before 1990? There's a different rate.")).reasks).toEqual([]);
  });
  it("antique restoration: 'How much did you pay?' re-asks the amount; 'How much would a full service cost?' does not", async () => {
    const user = "I paid £240 for the clock repair and it stopped again after a week.";
    expect((await run(user, "Sorry to hear that. How much did you pay?")).reasks).toEqual(["amount"]);
    expect((await run(user, "Sorry to hear that. How much would a full service cost, do you know?")).reasks).toEqual([]);
  });
  it("community garden: 'Who's the plot booked under?' re-asks the name; 'Who's the plot next to yours?' does not", async () => {
    const user = "Hi, I'm Ade Okafor, my plot's water tap is leaking.";
    expect((await run(user, "Thanks for flagging. Who's the plot booked under?")).reasks).toEqual(["name"]);
    expect((await run(user, "Thanks for flagging. Who's the plot next to yours?")).reasks).toEqual([]);
  });
});
