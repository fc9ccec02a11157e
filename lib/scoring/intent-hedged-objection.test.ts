// An objection softened by an opinion or an apology (intent-objection-forms.ts, rule
// `hedgedObjection`): a writer of English as a second language answers the final agent "Hmm, I
// think this is not what I ask" or "Sorry, that is not what I mean", and the forms, anchored at the
// message's start, did not read past "I think" (blind-ac1: a family's league sign-up turned into a
// party package). Near misses: the same hedge before thanks or before a question ("Sorry, I think
// this is all, thank you", "I think this is good, thank you very much") objects to nothing.
// Domains in no evaluation corpus: glacier guiding, pearl diving, hot-spring baths.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { objectionForms } from "./intent-objection-forms";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thank you, I pass you to my colleague." }, { handoff: ["triage", "desk"] }, { agent: done }, { user: reply }]), DEFAULT_SETTINGS)).scores;

// [domain, the ask, what the final agent did (another thing on the same booking), the hedged objection]
const HEDGED: Array<[string, string, string, string]> = [
  [
    "glacier guiding",
    "Good morning. We are group of five, we want to join the crevasse rescue course on Saturday, is it possible? Booking GG-2214.",
    "For a group of five on Saturday our Glacier Picnic package is perfect: a short walk, hot chocolate and photos on the ice, 240 euro. Shall I reserve it on GG-2214?",
    "Hmm, I think this is not what I ask, but the chocolate sounds nice...",
  ],
  [
    "pearl diving",
    "Hello, I would be grateful if maybe it is possible to have the refund of my deposit for the night dive, I have ear infection. Booking PD-5510.",
    "Good news: I can move your deposit for PD-5510 onto our pearl farm boat tour next month instead, same price.",
    "Sorry, that is not what I mean. The doctor says no water for one month.",
  ],
  [
    "hot-spring baths",
    "Please can you make that my massage goes to Friday, on Thursday I cannot come. Booking HS-3301.",
    "I've added a second massage on Thursday to HS-3301, so you have two sessions this week.",
    "I am afraid this is not what I wanted.",
  ],
];
// [domain, ask, what the final agent did (the ask), a hedged reply that objects to nothing]
const POLITE: Array<[string, string, string, string]> = [
  ["glacier guiding", "Good morning. We are group of five, we want to join the crevasse rescue course on Saturday, is it possible? Booking GG-2214.", "Done: the five of you are on the crevasse rescue course on Saturday, booking GG-2214.", "Sorry, I think this is all, thank you very much."],
  ["pearl diving", "Hello, I would be grateful if maybe it is possible to have the refund of my deposit for the night dive, I have ear infection. Booking PD-5510.", "I've refunded the night dive deposit on PD-5510 to your card; it takes 3-5 days.", "I think this is good, thank you. Get well soon to me!"],
  ["hot-spring baths", "Please can you make that my massage goes to Friday, on Thursday I cannot come. Booking HS-3301.", "Your massage on HS-3301 is moved from Thursday to Friday at the same time.", "I am afraid I do not know where is the Friday room, can you tell me?"],
];

afterEach(() => tuneDrift());

describe("an objection after an opinion or an apology", () => {
  it.each(HEDGED)("%s: the hedged objection is drift evidence", async (_d, ask, done, reply) => {
    expect((await judged(ask, done, reply)).intentDrift).toBe(true);
  });
  it("hedgedObjection off: the forms stop at the hedge", () => {
    for (const [, , , reply] of HEDGED) {
      const narrow = objectionForms({ wide: true, hedged: false });
      expect(narrow.objects.test(reply) || narrow.corrects.test(reply) || narrow.misunderstood.test(reply)).toBe(false);
    }
  });
  it("hedgedObjection off: fewer of them are read as drift", async () => {
    tuneDrift({}, ["hedgedObjection"]);
    let drift = 0;
    for (const [, ask, done, reply] of HEDGED) if ((await judged(ask, done, reply)).intentDrift) drift++;
    expect(drift).toBeLessThan(HEDGED.length);
  });
  it.each(POLITE)("near miss, %s: a hedge before thanks or a question objects to nothing: no drift", async (_d, ask, done, reply) => {
    expect((await judged(ask, done, reply)).intentDrift).toBe(false);
  });
});
