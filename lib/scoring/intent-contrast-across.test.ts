// Two forms of the user's correction after the final answer (blind-aw1: full-height tiling cut back
// to a splashback, "More tiles not less"; a standing rink slot released though the couple asked for it
// to be kept, "that is exactly what we asked you NOT to do"):
// - rule `contrastAcrossNoun` (intent.ts contrastedWant): the contrast of two opposed qualifiers may
//   name the thing once between them ("Lower fee not higher"); near misses: the interpretation says the
//   way wanted, and a pair that is not opposed ("Blue kit not red");
// - rule `askedNotTo` (intent-objection-forms.ts): the agent did what the user ruled out, said in the
//   words of the ruling-out ("This is precisely what I told you not to do"); near miss: the same words
//   about somebody else ("that's what I told my son not to do, thanks for sorting it").
// Domains in no evaluation corpus: drum lessons, skate park sessions, bookkeeping services.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { objectionForms } from "./intent-objection-forms";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string, reply: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thanks, passing you to the right team." }, { handoff: ["triage", "desk"] }, { agent: done }, { user: reply }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, final answer (the other way), the user's contrast]
const ACROSS: Array<[string, string, string, string]> = [
  ["drum lessons", "Can Sam's weekly lessons be made longer? Half an hour isn't enough now he's doing grade 5. Booking DR-4471.", "Done: DR-4471's weekly lessons are now 20 minutes, so they're easier to fit in after school.", "A longer slot, not shorter!"],
  ["skate park sessions", "Please move Leo into a more advanced coaching group, account SK-2209, he's outgrown the beginners.", "I've put Leo into the starter coaching group on SK-2209 so he can build his confidence.", "Higher group not lower."],
  ["bookkeeping services", "Can you bring my monthly retainer down, client BK-30871? I've only got half the invoices now.", "I've moved BK-30871 to the Plus retainer at £180 a month, which includes payroll.", "Lower fee not higher, please."],
];

// [domain, ask with something ruled out, final answer doing it, the user's correction]
const NOT_TO: Array<[string, string, string, string]> = [
  ["drum lessons", "Please don't swap Sam to a different teacher, he's finally settled with Mr Okoro. Booking DR-4471.", "Good news: from next week Sam on DR-4471 is with Ms Hale, our grade 5 specialist.", "That is exactly what I asked you not to do."],
  ["skate park sessions", "Please don't post Leo's grading certificate, we'll pick it up from the desk on Saturday. Account SK-2209.", "Leo's grading certificate for SK-2209 went out first class today, so it should arrive by Thursday.", "No no, that's exactly what we asked you not to do."],
  ["bookkeeping services", "Please hold the VAT return until I've checked the figures myself, client BK-30871.", "BK-30871's VAT return went to HMRC this morning; you'll get the receipt by email.", "This is precisely what I told you not to do."],
];

afterEach(() => tuneDrift());

describe("contrastAcrossNoun: two opposed qualifiers with the thing between them", () => {
  it.each(ACROSS)("%s: drift", async (_d, ask, done, reply) => {
    const s = await judged(ask, done, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("contrast");
  });
  it("the interpretation says the way wanted: no drift", async () => {
    const s = await judged(ACROSS[2][1], "Done: BK-30871's retainer is lower from next month, £60 instead of £120.", "Lower fee not higher, great, thanks");
    expect(s.intentDrift).toBe(false);
  });
  it("a pair that is not opposed is no contrast", async () => {
    const s = await judged("Can Leo have the club's skate kit for the competition? Account SK-2209.", "Leo's club kit for the competition is reserved on SK-2209; collect it Friday.", "Blue kit not red, he's in the blue team. Thanks!");
    expect(s.intentPath).not.toBe("contrast");
  });
  it("contrastAcrossNoun off: not read as a contrast", async () => {
    tuneDrift({}, ["contrastAcrossNoun"]);
    for (const [, ask, done, reply] of ACROSS) expect((await judged(ask, done, reply)).intentPath).not.toBe("contrast");
  });
});

describe("askedNotTo: the agent did what the user ruled out", () => {
  it.each(NOT_TO)("%s: drift", async (_d, ask, done, reply) => {
    expect((await judged(ask, done, reply)).intentDrift).toBe(true);
  });
  it("the same words about somebody else after the ask was done: not flagged", async () => {
    const s = await judged(NOT_TO[0][1], "Noted on DR-4471: Sam is not swapped, he stays with his teacher Mr Okoro.", "Brilliant, thanks. Leaving the drumsticks on the stairs is what I told my son not to do though, ha.");
    expect(s.intentDrift).not.toBe(true);
    const f = objectionForms({ wide: true, hedged: true, focused: true, unheard: true, notTo: true }).misunderstood;
    expect(f.test("That is exactly what I asked you not to do.")).toBe(true);
    expect(f.test("Brilliant, thanks. Leaving the drumsticks on the stairs is what I told my son not to do though, ha.")).toBe(false);
    expect(f.test("that's what we asked for, thanks")).toBe(false);
  });
  it("askedNotTo off: the corrections are not read", async () => {
    tuneDrift({}, ["askedNotTo"]);
    for (const [, ask, done, reply] of NOT_TO) expect((await judged(ask, done, reply)).intentDrift).not.toBe(true);
  });
});
