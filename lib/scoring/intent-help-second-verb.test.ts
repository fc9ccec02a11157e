// Rule `helpSecondVerb` (nlp/parse.ts): "I read that volunteers can sign up and help the rangers with the bat count" —
// a bare "help" opening the part after a statement with its own subject is that subject's second verb, not a request
// of the speaker's, so it is no part of the ask and cannot be lost (blind-at3's squire: a false alarm on a clean
// conversation). Near miss: "… and help me choose a date" (the speaker its object) stays a request; with the rule off
// the second verb is read as a request again, and lost.
// Domains in no evaluation corpus: bat walks, a lifeboat station open day, model village tours.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { parseText } from "./nlp/parse";

// [domain, background with "and help …" of a third party, the request, summary, answer, statement of the ask, a request of "help me …"]
type Case = [string, string, string, string, string, string, string];
const CASES: Case[] = [
  ["bat walks", "I read on your page that volunteers can sign up and help the rangers with the bat count.", "Please book two of us on the Saturday dusk walk.", "Book two on the Saturday dusk walk.", "You're both booked on Saturday's dusk walk, meeting at 8pm.", "Book two places on the Saturday dusk walk.", "And help me choose a bat detector to borrow."],
  ["lifeboat station open day", "We heard that visitors can go aboard and help the crew with the launch drill.", "Can you reserve four tickets for the open day on 9 August?", "Reserve four open day tickets, 9 August.", "Four tickets are reserved for the 9 August open day.", "Reserve four tickets for the open day on 9 August.", "And help us find parking for a wheelchair van."],
  ["model village tours", "I noticed the leaflet says children can wear a cap and help the driver of the miniature railway.", "Please book a guided tour for our class of 28 on 3 June.", "Book a guided tour for 28 pupils on 3 June.", "A guided tour for 28 pupils is booked for 3 June at 10am.", "Book a guided tour for 28 pupils on 3 June.", "And help me plan a picnic spot for the class."],
];

const score = async (ask: string, c: Case) => (await analyzeConversation(conversation(handedOn(ask, c[3], c[4], "thanks", c[5])), DEFAULT_SETTINGS)).scores;

describe("rule helpSecondVerb: a bare 'help' after a statement with its own subject is that subject's verb", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: the third party's 'and help …' is no part of the ask: no drift", async (...c) => {
    expect((await score(`${c[1]} ${c[2]}`, c)).intentDrift).toBe(false);
  });
  it.each(CASES)("near miss, %s: after a statement of the speaker's, 'and help me/us …' still asks", (...c) => {
    const clauses = parseText(`${c[2]} I have read your leaflet ${c[6].replace(/^And /, "and ")}`).clauses;
    expect(clauses.at(-1)!.text).toMatch(/^(?:and )?help (me|us)/);
    expect(clauses.at(-2)!.text).toMatch(/read your leaflet/);
    expect(clauses.at(-1)!.request).toBe(true);
  });
  it("helpSecondVerb off: the third party's verb is read as a request again, and lost", async () => {
    tuneDrift({}, ["helpSecondVerb"]);
    let lost = 0;
    for (const c of CASES) if ((await score(`${c[1]} ${c[2]}`, c)).intentPath === "lostPart") lost++;
    expect(lost).toBeGreaterThanOrEqual(2);
  });
});
