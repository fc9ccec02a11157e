// Rule `stateKept` (nlp/parse.ts keptState): "stays booked", "remains active", "stay put", "stays in place" say the
// thing is kept as it was — the action "keep", the opposite of cancelling or removing it (lexicon.ts CONTINUING). Near
// misses: the thing kept where keeping was asked is no drift; "stay" of a person's own doing ("while you're staying in
// Ripon", "please remain seated") beside the asked cancellation is no drift; with the rule off the kept state is not read.
// Domains in no evaluation corpus: vintage bus rally stalls, beach volleyball court hire, a choir's music library loans.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { parseText } from "./nlp/parse";

// [domain, ask, summary, answer, a final statement keeping the thing, the ask kept, the thing ended beside a person's stay]
type Case = [string, string, string, string, string, string, string];
const CASES: Case[] = [
  ["vintage bus rally stalls", "Please cancel our stall at the bus rally on 12 July, our restored Leyland failed its brake test. Stall ST-4471.", "ST-4471, bus rally 12 July, Leyland brake test mentioned.", "Thanks, I have the stall in front of me.", "Stall ST-4471 stays booked for the rally on 12 July.", "Stall ST-4471 is cancelled for the rally on 12 July.", "Stall ST-4471 is cancelled for the rally; enjoy staying in Ripon for the weekend."],
  ["beach volleyball court hire", "We need to cancel court 3 for Saturday morning, half the team has flu. Booking BV-2209.", "BV-2209, court 3 Saturday morning, team has flu.", "Sorry to hear that, I'm looking now.", "Court 3 remains reserved for your team on Saturday morning under BV-2209.", "Court 3 is no longer reserved for your team on Saturday morning; BV-2209 is cancelled.", "BV-2209 for court 3 is cancelled; get well soon and stay warm."],
  ["choir music library loans", "Please remove the Brahms Requiem scores from our choir's loan, we have switched to the Faure. Loan ML-8812.", "ML-8812, Brahms Requiem scores, switching to Faure.", "I can see the loan.", "The Brahms Requiem scores will stay listed on loan ML-8812 until the end of term.", "The Brahms Requiem scores have been removed from loan ML-8812.", "The Brahms Requiem scores are removed from ML-8812; the Faure copies are ready while your singers remain in rehearsal."],
];

const score = async (ask: string, summary: string, answer: string, intent: string) => (await analyzeConversation(conversation(handedOn(ask, summary, answer, "thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("rule stateKept: a thing that stays as it was is kept, the opposite of ending it", () => {
  afterEach(() => tuneDrift());
  it("reads stay/remain before a participle, an adjective or 'put'/'in place' as keep, and not a stay of one's own", () => {
    const lemmas = (text: string) => parseText(text).terms.map((t) => t.lemma);
    expect(lemmas("Your booking stays booked for Friday.")).toContain("keep");
    expect(lemmas("The barriers stay put until Thursday.")).toContain("keep");
    expect(lemmas("Your plan remains active.")).toContain("keep");
    expect(lemmas("Court 3 remains reserved for you.")).toContain("keep");
    expect(lemmas("The remains of the old wall were taken away.")).not.toContain("keep");
    expect(lemmas("The hire stays in place.")).toContain("keep");
    expect(lemmas("We're staying in Lyme till Thursday.")).not.toContain("keep");
    expect(lemmas("Please remain seated.")).not.toContain("keep");
    expect(lemmas("Guest wants the yurt stay moved to an earlier date.")).not.toContain("keep");
    expect(lemmas("Stay on the line please.")).not.toContain("keep");
  });
  it.each(CASES)("%s: asked to end it, the final agent keeps it: antonym", async (_d, ask, summary, answer, kept) => {
    const s = await score(ask, summary, answer, kept);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
  it.each(CASES)("near miss, %s: ended as asked, beside a stay of the user's own: no drift", async (_d, ask, summary, answer, _kept, ended, personal) => {
    expect((await score(ask, summary, answer, ended)).intentDrift).toBe(false);
    expect((await score(ask, summary, answer, personal)).intentDrift).toBe(false);
  });
  it("near miss: keeping asked, the thing stays booked: no drift", async () => {
    const s = await score("Please keep court 3 for Saturday morning, we will play after all. Booking BV-2209.", "BV-2209 court 3 Saturday.", "Checking now.", "Court 3 stays booked for Saturday morning under BV-2209.");
    expect(s.intentDrift).toBe(false);
  });
  it("stateKept off: the kept state is not read as an opposite", async () => {
    tuneDrift({}, ["stateKept"]);
    for (const [, ask, summary, answer, kept] of CASES) expect((await score(ask, summary, answer, kept)).intentDriftKind).not.toBe("antonym");
  });
});
