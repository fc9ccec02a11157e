// The user asks whether the agent read or heard what they wrote (intent-objection-forms.ts, rule
// `unheardObjection`): "I'm sorry, did you read my email? We want it GONE…", "Are you even
// listening?", "I don't think you read my message" — the hearer's failure to take in the ask, a
// form of "you misunderstood" the forms did not read (blind-av1: a school's mural to be painted over,
// answered with its restoration). Near misses: the same question about receipt or an attachment ("did
// you get my email?", "did you see the photos?"), a question about reading after a correct answer
// that thanks ("did you read my note about parking? thanks, all good"), and the form typed with a
// value given again after the agents asked for it ("are you even reading this? I gave it already.
// DL-55102": re-ask's evidence, not drift). Domains in no evaluation corpus: hot-air balloon flights,
// dog grooming, driving lessons. The question may open any sentence of the message and ask "anyone"
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
    "hot-air balloon flights",
    "Hi, the forecast for Saturday's sunrise flight looks awful so I'd like my two tickets refunded please, booking HB-4471. We can't do another date, my brother flies home on Monday.",
    "Good news: I've moved both tickets on HB-4471 to the sunrise flight on Saturday 14th, same launch site, so you'll still get your flight.",
    "I'm sorry, did you read my message? He's gone by then. We want the money back.",
  ],
  [
    "dog grooming",
    "Please cancel Biscuit's full groom on Thursday, she's just been spayed and the vet says no bathing for two weeks. Account DG-2209.",
    "All set: Biscuit's Thursday appointment on DG-2209 is now a gentle dry tidy with our senior groomer, so it's easy on her stitches.",
    "Are you even listening? She can't be bathed at all.",
  ],
  [
    "driving lessons",
    "Can you take my Tuesday 5pm lesson off the schedule, I have my theory test that evening. Pupil number DL-30871.",
    "No problem: DL-30871's Tuesday lesson now starts at 7pm, after your theory test, with the same instructor.",
    "Did you even read what I wrote? I can't come on Tuesday at all.",
  ],
];

// [domain, ask, what the final agent did (the ask), a reply that asks about reading, receipt or an attachment and objects to nothing]
const NEAR: Array<[string, string, string, string]> = [
  ["hot-air balloon flights", "Hi, I'd like my two sunrise tickets on HB-4471 refunded please, the forecast is awful.", "I've refunded both sunrise tickets on HB-4471 to your card; allow 3-5 days.", "Thanks! Did you get my email with the gift voucher too?"],
  ["dog grooming", "Please cancel Biscuit's full groom on Thursday, account DG-2209.", "Biscuit's Thursday groom on DG-2209 is cancelled, no fee.", "Great, did you see the photo of her stitches I sent? Just so you know for next time."],
  ["driving lessons", "Can you take my Tuesday 5pm lesson off the schedule? Pupil number DL-30871.", "Your Tuesday 5pm lesson is removed from DL-30871's schedule.", "Perfect. Have you got my new mobile number on file?"],
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
    const f = objectionForms(true, true, true, true).misunderstood;
    for (const m of ["I'm sorry, did you read my email?", "are you even listening", "Have you actually read my message?", "I don't think you read it", "Hmm, do you not hear me?", "Sorry, did you even read my note", "I don't want a groom, I want her nails done. Did anyone read what I wrote?", "She can't be bathed! Is anybody listening"]) expect(f.test(m), m).toBe(true);
    for (const m of ["did you get my email?", "did you see the photos?", "I read your email, thanks", "you read it right, thanks", "Did they read the meter?", "Thanks. Did you get my photos?", "Great. Has anyone seen my scarf? I left it in the basket", "lovely, I did read the terms"]) expect(f.test(m), m).toBe(false);
  });

  it("unheardObjection off: the forms do not read it, and the conversations are not flagged", async () => {
    const narrow = objectionForms(true, true, true, false);
    tuneDrift({}, ["unheardObjection"]);
    for (const [, ask, done, reply] of UNHEARD) {
      expect(narrow.objects.test(reply) || narrow.corrects.test(reply) || narrow.misunderstood.test(reply)).toBe(false);
      expect((await judged(ask, done, reply)).intentDrift).not.toBe(true);
    }
  });

  it("typed with a value given before, after the agents asked for it again, it protests at the re-ask, not at the ask's reading", async () => {
    const events = conversation([
      { user: "Can you take my Tuesday 5pm lesson off the schedule? I have my theory test that evening. Pupil number DL-30871." },
      { agent: "Of course, I'll pass you to bookings." },
      { handoff: ["triage", "bookings"] },
      { agent: "Hello! Could you give me your pupil number so I can find your lessons?" },
      { user: "are you even reading this? I gave it already. DL-30871." },
      { agent: "Sorry about that. Your Tuesday 5pm lesson is taken off DL-30871's schedule; good luck with the theory test." },
    ]);
    const s = (await analyzeConversation(events, DEFAULT_SETTINGS)).scores;
    expect(s.intentDrift).toBe(false);
  });
});
