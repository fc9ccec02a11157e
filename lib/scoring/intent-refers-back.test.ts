// A later request that only refers back to the ask is no new request (intent.ts followsLaterRequest,
// rule `refersBack`, intent-refers-back.ts): someone acting for another person presses "I just need
// it sorted before the renewal date", the final agent does the opposite of the ask, and the judge
// matched the deadline's words against the interpretation ("renewal" → "renew") and withdrew the
// drift verdict (blind-ad2: a son cancelling his late father's membership, a father downgrading a
// family pass). Near miss: a later request that names a new thing ("could you sort out a transfer
// of her place to her sister instead?") is a change the interpretation may follow. Domains in no
// evaluation corpus: glacier guiding, pearl diving, hot-spring baths.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { refersBack } from "./intent-refers-back";
import { parseText } from "./nlp/parse";

const judged = async (ask: string, question: string, later: string, intent: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "I'm sorry to hear that, passing you to the team." }, { handoff: ["triage", "accounts"] }, { agent: question }, { user: later }, { agent: "Done, all sorted." }, { intent }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

// [domain, the ask made for another person, the final agent's question, the later "sort it" message, the opposite done]
const PRESSED: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "My father Jonas passed away in May. He had a season pass for the glacier walks, GP-40117. Please cancel it, I am his daughter.",
    "I'm so sorry. His season pass renews on 1 March. How would you like us to contact you?",
    "email is fine. I just want it sorted before the renewal date.",
    "Renew season pass GP-40117 for another year in the daughter's name",
  ],
  [
    "pearl diving",
    "Hi, my son Tomasz can't dive any more, his ears. Please cancel his dive club membership PD-2290.",
    "I see PD-2290 renews on 3 June. Shall we keep it going for him?",
    "i just need it sorted before it renews",
    "Renew dive club membership PD-2290 for Tomasz for another year",
  ],
  [
    "hot-spring baths",
    "I'm writing for my mother, she is in hospital now. Please cancel her monthly bathing subscription HS-7721.",
    "Her subscription HS-7721 renews on the 1st. Can I ask who I'm speaking to?",
    "Her daughter. Please deal with it before the renewal.",
    "Renew the monthly bathing subscription HS-7721 for another year",
  ],
];

// [domain, ask, question, a later request naming a new thing, what the interpretation does (that thing)]
const CHANGED: Array<[string, string, string, string, string]> = [
  [
    "glacier guiding",
    "My father Jonas passed away in May. He had a season pass for the glacier walks, GP-40117. Please cancel it, I am his daughter.",
    "I'm so sorry. His season pass renews on 1 March. Would you like anything else done with it?",
    "Actually could you sort out a transfer of the season pass to my name instead? I will walk for him.",
    "Transfer season pass GP-40117 to the daughter's name",
  ],
  [
    "pearl diving",
    "Hi, my son Tomasz can't dive any more, his ears. Please cancel his dive club membership PD-2290.",
    "I see PD-2290 renews on 3 June. Anything else?",
    "Actually, please handle a freeze of the membership instead, the doctor says maybe next year.",
    "Freeze dive club membership PD-2290 until next year",
  ],
  [
    "hot-spring baths",
    "I'm writing for my mother, she is in hospital now. Please cancel her monthly bathing subscription HS-7721.",
    "Her subscription HS-7721 renews on the 1st. Anything else?",
    "Sorry, on second thoughts could you pause the subscription instead? She may come back in spring.",
    "Pause the monthly bathing subscription HS-7721 until spring",
  ],
];

afterEach(() => tuneDrift());

describe("a later request that only refers back to the ask", () => {
  it.each(PRESSED)("%s: the opposite done after 'just get it sorted' is drift", async (_d, ask, question, later, intent) => {
    expect((await judged(ask, question, later, intent)).intentDrift).toBe(true);
  });
  it("refersBack off: the pressing message is read as a later ask the interpretation follows", async () => {
    tuneDrift({}, ["refersBack"]);
    let drift = 0;
    for (const [, ask, question, later, intent] of PRESSED) if ((await judged(ask, question, later, intent)).intentDrift) drift++;
    expect(drift).toBeLessThan(PRESSED.length);
  });
  it.each(CHANGED)("near miss, %s: a later request naming a new thing is followed: no drift", async (_d, ask, question, later, intent) => {
    expect((await judged(ask, question, later, intent)).intentDrift).toBe(false);
  });
  it("reads the clause: a pro-verb on a pronoun refers back; one with a thing named does not", () => {
    const clause = (m: string) => parseText(m).clauses.find((c) => c.request)!;
    expect(refersBack(clause("I just want it sorted before that renewal date."))).toBe(true);
    expect(refersBack(clause("please take care of it by Friday"))).toBe(true);
    // (the parser splits at "and": the second clause is a request of its own, kept)
    expect(parseText("can you sort it and cancel the wetsuit hire too").clauses.filter((c) => c.request && !refersBack(c)).map((c) => c.text)).toEqual(["cancel the wetsuit hire too"]);
    expect(refersBack(clause("please sort the wetsuit hire before it renews"))).toBe(false);
    expect(refersBack(clause("could you sort out a transfer of the pass to my name"))).toBe(false);
  });
});
