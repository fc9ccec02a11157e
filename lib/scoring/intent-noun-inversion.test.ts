// Rule `nounInversion` (nlp/parse.ts nounSubjectThenVerb): "Oh and can the invoice be made out to the farm",
// "could the banner be printed in navy" — a modal before a noun subject and its verb is a question by inversion, a
// request as "can you …" is, with or without its "?". Such a second request left out of every handoff is the lost
// part. Near misses: the same request taken up downstream is reached; the modal after its subject ("the invoice can
// be made out later") states, and asks nothing; with the rule off the request is no part and its loss goes unseen.
// Domains in no evaluation corpus: confetti cannon hire, ceramic tile murals, football kit printing.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { parseText } from "./nlp/parse";

// [domain, ask, summary to the final agent (the first request only), its answer, its statement of the ask, a sentence taking the second request up, a word of it]
type Case = [string, string, string, string, string, string, string];
const CASES: Case[] = [
  ["confetti cannon hire", "Please book two confetti cannons for our wedding on 14 June at Oakley Barn. Oh and can the invoice be made out to my mother Brenda Hale rather than me, she is paying for it.", "Book two confetti cannons for the wedding on 14 June, Oakley Barn.", "Two cannons are booked for 14 June at Oakley Barn, delivered at noon.", "Book two confetti cannons for 14 June at Oakley Barn.", " The invoice is made out to Brenda Hale.", "invoice"],
  ["ceramic tile murals", "I'd like to order the seaside mural in the 60 by 90 size for our bathroom. Could the border tiles be glazed in cobalt blue instead of white, to match the bath panel.", "Order the seaside mural, 60 by 90 size, for a bathroom.", "Your seaside mural in 60 x 90 is ordered, about three weeks to fire.", "Order the 60 by 90 seaside mural.", " The border tiles will be glazed cobalt blue.", "border tiles"],
  ["football kit printing", "Please print the names and numbers on our 15 home shirts, the list is attached. Can the club badge go on the left sleeve as well, the league insists on it.", "Print names and numbers on 15 home shirts from the attached list.", "All 15 home shirts will have names and numbers printed by Friday.", "Print names and numbers on 15 home shirts.", " The club badge goes on the left sleeve as well.", "badge"],
];

const score = async (ask: string, [, , summary, answer, intent]: Case, extra = "") => (await analyzeConversation(conversation(handedOn(ask, summary, answer + extra, "thanks", intent)), DEFAULT_SETTINGS)).scores;

describe("rule nounInversion: a modal before a noun subject asks", () => {
  afterEach(() => tuneDrift());
  it("reads a modal before a noun subject and its verb as a request, not the modal after the subject", () => {
    const asks = (text: string) => parseText(text).clauses.map((c) => c.request);
    expect(asks("Oh and can the invoice be made out to the farm")).toEqual([true]);
    expect(asks("Could the delivery be moved to Friday")).toEqual([true]);
    expect(asks("The invoice can be made out later")).toEqual([false]);
  });
  it.each(CASES)("%s: the second request left out of the handoff is the lost part", async (...c) => {
    const s = await score(c[1], c);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
    expect(s.intentLostPart).toContain(c[6]);
  });
  it.each(CASES)("near miss, %s: the second request taken up downstream is reached", async (...c) => {
    expect((await score(c[1], c, c[5])).intentDrift).toBe(false);
  });
  it("nounInversion off: the request is no part, and no drift is read", async () => {
    tuneDrift({}, ["nounInversion"]);
    for (const c of CASES) expect((await score(c[1], c)).intentDrift).toBe(false);
  });
});
