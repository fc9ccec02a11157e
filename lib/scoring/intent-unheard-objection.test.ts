// The user asks whether the agent read or heard what they wrote (intent-objection-forms.ts, rule
// `unheardObjection`): "I'm sorry, did you read my email? We want it GONE…", "Are you even
// listening?", "I don't think you read my message" — the hearer's failure to take in the ask, a
// form of "you misunderstood" the forms did not read (blind-av1: a school's mural to be painted over,
// answered with its restoration). Near misses: the same question about receipt or an attachment ("did
// you get my email?", "did you see the photos?"), a question about reading after a correct answer
// that thanks ("did you read my note about parking? thanks, all good"), and the form typed with a
// value given again after the agents asked for it ("are you even reading this? I gave it already.
// BK-30871": re-ask's evidence, not drift). Domains in no evaluation corpus: drum lessons, skate park
// sessions, bookkeeping services. The question may open any sentence of the message and ask "anyone"
// ("I want to sell mine. Did anyone read what I wrote?").
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { objectionForms } from "./intent-objection-forms";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thank you, I'll pass you to my colleague." }, { handoff: ["triage", "desk"] }, { agent: done }, { user: reply }]), DEFAULT_SETTINGS)).scores;

// [domain, the ask, what the final agent did (another thing, or the opposite), the user's reply]
const UNHEARD: Array<[string, string, string, string]> = [
  [
    "drum lessons",
    "Hi, I'd like my two remaining drum lessons refunded please, booking DR-4471. My son broke his wrist at football and the cast is on for six weeks.",
    "Good news: I've moved both of DR-4471's remaining lessons to the first two Saturdays after half term, same teacher, so he won't miss out.",
    "I'm sorry, did you read my message? He can't play for six weeks. We want the money back.",
  ],
  [
    "skate park sessions",
    "Please cancel Leo's Thursday beginners' session, account SK-2209, he's sprained his ankle and the physio says no skating for two weeks.",
    "All set: Leo's Thursday session on SK-2209 is now a gentle balance-board class with our quietest coach, so it's easy on his ankle.",
    "Are you even listening? He can't skate at all.",
  ],
  [
    "bookkeeping services",
    "Can you take the Tuesday 5pm review call off the schedule, I have my VAT inspection that evening. Client number BK-30871.",
    "No problem: BK-30871's Tuesday review call now starts at 7pm, after your inspection, with the same bookkeeper.",
    "Did you even read what I wrote? I can't do Tuesday at all.",
  ],
];

// [domain, ask, what the final agent did (the ask), a reply that asks about reading, receipt or an attachment and objects to nothing]
const NEAR: Array<[string, string, string, string]> = [
  ["drum lessons", "Hi, I'd like my two remaining drum lessons on DR-4471 refunded please, my son broke his wrist.", "I've refunded both remaining lessons on DR-4471 to your card; allow 3-5 days.", "Thanks! Did you get my email with the doctor's note too?"],
  ["skate park sessions", "Please cancel Leo's Thursday session, account SK-2209.", "Leo's Thursday session on SK-2209 is cancelled, no fee.", "Great, did you see the photo of his ankle I sent? Just so you know for next time."],
  ["bookkeeping services", "Can you take my Tuesday 5pm review call off the schedule? Client number BK-30871.", "Your Tuesday 5pm review call is removed from BK-30871's schedule.", "Perfect. Have you got my new mobile number on file?"],
];

afterEach(() => tuneDrift());

describe("the user asks whether the agent read or heard them", () => {
  it.each(UNHEARD)("%s: the question is drift evidence", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/^(objection>|correction)/);
  });

  it.each(NEAR)("%s: a question of receipt or an attachment after the ask was done is no objection", async (_d, ask, done, reply) => {
    expect((await judged(ask, done, reply)).intentDrift).toBe(false);
  });

  it("the forms: reading, listening and hearing addressed to you, not getting or seeing", () => {
    const f = objectionForms({ wide: true, hedged: true, focused: true, unheard: true }).misunderstood;
    for (const m of ["I'm sorry, did you read my email?", "are you even listening", "Have you actually read my message?", "I don't think you read it", "Hmm, do you not hear me?", "Sorry, did you even read my note", "I don't want new sticks, I want the lessons refunded. Did anyone read what I wrote?", "He can't skate! Is anybody listening"]) expect(f.test(m), m).toBe(true);
    for (const m of ["did you get my email?", "did you see the photos?", "I read your email, thanks", "you read it right, thanks", "Did they read the meter?", "Thanks. Did you get my photos?", "Great. Has anyone seen my scarf? I left it in the basket", "lovely, I did read the terms"]) expect(f.test(m), m).toBe(false);
  });

  it("unheardObjection off: the forms do not read it, and the conversations are not flagged", async () => {
    const narrow = objectionForms({ wide: true, hedged: true, focused: true, unheard: false });
    tuneDrift({}, ["unheardObjection"]);
    for (const [, ask, done, reply] of UNHEARD) {
      expect(narrow.objects.test(reply) || narrow.corrects.test(reply) || narrow.misunderstood.test(reply)).toBe(false);
      expect((await judged(ask, done, reply)).intentDrift).not.toBe(true);
    }
  });

  it("typed with a value given before, after the agents asked for it again, it protests at the re-ask, not at the ask's reading", async () => {
    const events = conversation([
      { user: "Can you take my Tuesday 5pm review call off the schedule? I have my VAT inspection that evening. Client number BK-30871." },
      { agent: "Of course, I'll pass you to bookings." },
      { handoff: ["triage", "bookings"] },
      { agent: "Hello! Could you give me your client number so I can find your calls?" },
      { user: "are you even reading this? I gave it already. BK-30871." },
      { agent: "Sorry about that. Your Tuesday 5pm review call is taken off BK-30871's schedule; good luck with the inspection." },
    ]);
    const s = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(s.intentDrift).toBe(false);
  });
});
