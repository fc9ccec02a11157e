// Re-ask as a language phenomenon, not as phrasings seen (asks.ts): every request form an agent uses
// to get a value again — direct and indirect questions, confirmations, imperatives without "?",
// re-enter / resend / spell / read out, fragments, "and the …?", statements of need or lack — filled
// with ten slot nouns, must ask for the slot; statements about a value (on file, received, updated,
// to follow, someone else's number, a yes/no question about it) filled the same way must not. The
// forms were written from the grammar of requests, not read from any corpus (docs/evaluation.md,
// facts12g); role questions that name no noun ("When were you born?") are listed apart.
import { describe, expect, it } from "vitest";
import { askedSlots } from "./asks";
import { DEFAULT_VOCABULARY } from "./slots";

const NOUNS = ["postcode", "email address", "phone number", "booking reference", "membership number", "date of birth", "ticket number", "serial number", "invoice number", "order number"];
const ASKS = [
  "What's your N?", "What is the N on the account?", "Which N did you use?", "Could you tell me your N?", "Can I have your N please?",
  "Could you remind me of your N?", "Do you happen to have your N handy?", "I'll need your N to continue.", "Mind sharing your N?",
  "Would you mind telling me the N again?", "Can you let me know your N?", "I'd just need the N before I can book it.",
  "Not sure I caught your N.", "I don't have your N here.", "Let me grab your N.", "Could I trouble you for your N?",
  "Just need your N and I'll get that sorted.", "Happy to help - N first, please.", "Can you confirm your N?",
  "Could you double-check the N for me?", "Please send over your N.", "Pop your N in the chat.", "Type your N below.",
  "Enter your N in the box.", "Re-enter your N so I can look it up.", "Spell out your N for me.", "Read out the N on the letter.",
  "Drop me your N and I'll check.", "Kindly resend the N.", "Send me the N again.", "N?", "Your N?", "And the N?", "N please.",
  "N, please.", "And your N", "Your N, if you have it.", "N again?", "Sorry - the N?", "I need the N.", "We'll need your N to go any further.",
  "Your N would help.", "I can't book it without your N.", "I'm missing your N.", "To book that I'd need your N.", "Any chance of the N?",
  "Can you give me the N one more time?", "What was the N again?", "Remind me, what's the N?", "Could you repeat your N?",
  "Please could you provide your N.", "Could you share the N with me?", "Can I take your N?", "May I ask for your N?",
  "I'll just take your N.", "What N do you have on the booking?", "Let me know the N when you can.", "Please reply with your N.",
  "Send your N through and I'll look.", "Quick one: your N?", "Can you read me the N?", "Can you type the N in here?",
  "Could you write down the N for me?", "Would you mind resending your N?", "Please confirm the N you used.",
  "If you could give me your N, I'll check.", "First I need to verify your N.", "Just so I can find you - your N?",
  "Before we go on, your N please.", "Which is your N?", "Tell me your N and I'll look it up.", "Best N to use?",
  "Is there an N you can give me?", "The N, please?", "Give me your N please.", "Could you pass me the N?",
  "Can you post your N here?", "What N should I put down?", "Please share your N so I can check.", "Please paste the N here.",
  "What's the N you'd like to use?", "Got your N handy?", "Have you got your N?", "Do you have the N?",
  "I will need to see your N.", "We need your N.", "Need your N.", "Your N is needed.", "The N is required to proceed.",
  "Please input your N.", "Can you fill in your N?", "Could you supply your N?", "Mind giving me your N again?",
  "Can you key in your N?", "Can you say your N again?", "Could you re-send the N?", "Please resubmit your N.",
];
const STATEMENTS = [
  "Have you checked your N?", "Your N is on file.", "I've got your N.", "Thanks for the N.", "The N has been updated.",
  "I'll send it to your N.", "Your N was accepted.", "The N is printed on the letter.", "Keep your N handy for the driver.",
  "Bring your N with you.", "Don't share your N with anyone.", "You'll find your N on the receipt.", "Your N has been confirmed.",
  "N noted, thanks.", "N received.", "I've updated your N.", "We sent a link to your N.", "The N you gave works.",
  "Your N matches our records.", "I can see your N here.", "Did you get a new N?", "Your new N is on its way.",
  "N sent.", "Check your N for a link.", "Can you check your N for the link?", "I'll text the N to you.",
  "We'll confirm by N.", "Once we have the part, we'll update your N.", "Nothing wrong with your N.",
  "N for the depot is 0113 496 0000.", "N for the courier was updated.", "Your N, which we already have.", "Best N is the one on the account.",
  "Quick update: your N has changed.", "Before we go on, your N is on file.", "Thanks, your N is noted.", "Not sure I got your N.",
  "Is there a N you can use instead?", "Pass the N to your landlord.", "You can't board without your N.", "I'm missing nothing, your N is fine.",
  "N to follow.", "N to be confirmed.", "Current N on file: fine.", "Your N for the records has been updated.", "Please note your N for the future.",
  "Which is why your N matters.", "All good: your N is in.", "So, your N works now.", "Good news, your N is active.",
  "Which N is it, the old one or the new one?",
];
const fill = (form: string, noun: string) => form.replace(/\bN\b/, noun).replace(/^[a-z]/, (c) => c.toUpperCase());

describe("request forms × slot nouns", () => {
  it.each(NOUNS)("every request form asks for the %s", (noun) => {
    expect(ASKS.filter((f) => !askedSlots(fill(f, noun), DEFAULT_VOCABULARY).length).map((f) => fill(f, noun))).toEqual([]);
  });
  it.each(NOUNS)("no statement about the %s asks for it", (noun) => {
    expect(STATEMENTS.filter((f) => askedSlots(fill(f, noun), DEFAULT_VOCABULARY).length).map((f) => fill(f, noun))).toEqual([]);
  });
});

describe("role questions name no noun", () => {
  const asked = (t: string) => askedSlots(t, DEFAULT_VOCABULARY).map((a) => a.slot?.name ?? a.field);
  it("ask for the slot whose role they name", () => {
    expect(asked("When were you born?")).toEqual(["date_of_birth"]);
    expect(asked("Who's the booking under?")).toEqual(["name"]);
    expect(asked("How much did you pay?")).toEqual(["amount"]);
    expect(asked("How much did the repair cost?")).toEqual(["amount"]);
  });
  it("near misses: another question about the same roles", () => {
    expect(asked("Were you born in the UK?")).toEqual([]);
    expect(asked("Who's under the sink?")).toEqual([]);
    expect(asked("How much would it cost?")).toEqual([]);
    expect(asked("How much was it going to be?")).toEqual([]);
    expect(asked("How much is the new part?")).toEqual([]);
  });
});
