// A part of a multi-part ask named only in a prepositional phrase after a light verb ("put it *on the
// steel bracelet* I'm bringing", "help *with his personal statement*") is a part, traced by the
// phrase's nouns (intent.ts lostPart, rule phrasePart); a phrase that only says when or for whom ("do
// it by Friday", "for Tom") is none. Domains in no evaluation corpus (violin repair, sign-writing,
// kiln hire).
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const scores = async (ask: string, summary: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { handoff: ["front", "desk"], summary }, { intent }, { agent: "Lovely, drop it off any weekday." }]), DEFAULT_SETTINGS)).scores;

// [domain, ask, summary and interpretation keeping the first part only]
const LOST: Array<[string, string, string, string]> = [
  ["violin repair", "I'd like my daughter's cello restrung and put it with a new rosin cake in the gift box I'm bringing.", "Cello for restringing.", "restring a student cello"],
  ["sign-writing", "Please repaint the lettering on our van and put it on the new magnetic panels instead of the doors.", "Van lettering to be repainted.", "repaint the lettering on the customer's van"],
  ["kiln hire", "Could you service our kiln and help with the wiring of the new extraction fan?", "Kiln service.", "service the customer's kiln"],
];
describe("a part named in a phrase after a light verb", () => {
  it.each(LOST)("%s: lost when no agent names the phrase's thing", async (_d, ask, summary, intent) => {
    const s = await scores(ask, summary, intent);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("partial");
  });
  it("phrasePart off: not read as a part", async () => {
    tuneDrift({}, ["phrasePart"]);
    for (const [, ask, summary, intent] of LOST) expect((await scores(ask, summary, intent)).intentDriftKind).not.toBe("partial");
  });
  it.each([
    // the phrase's thing reached the agent; a phrase of time; a phrase naming a person
    ["violin repair", "I'd like my daughter's cello restrung and put it in the hard case I'm bringing.", "Cello for restringing, to go in the customer's hard case.", "restring the cello and pack it in the customer's hard case"],
    ["sign-writing", "Please repaint the lettering on our van and do it by Friday.", "Van lettering to be repainted.", "repaint the lettering on the customer's van"],
    ["kiln hire", "Could you service our kiln and do it for Marek?", "Kiln service.", "service the customer's kiln"],
  ])("near miss, %s: no partial loss", async (_d, ask, summary, intent) => {
    expect((await scores(ask, summary, intent)).intentDriftKind).not.toBe("partial");
  });
});
