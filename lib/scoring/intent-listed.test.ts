// A request ending in a colon asks for each action listed below it (rule `listedRequests`, nlp/parse.ts), from
// blind-ab2's formal emails: "could you please:\n(a) re-issue the invoice …; and\n(b) confirm that the venue
// can …" and "A couple of amendments, please:\n- change the background …;\n- add Pepper …" were read with the
// items as statements, so an item no agent took up was no part of the ask that got lost. Near misses: both
// items done; items that name things ("- 12 dive weights") are the request's object, no asks of their own.
// Domains in no evaluation corpus: glacier guiding, bell founding, pearl diving.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { parseText } from "./nlp/parse";

const judged = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const steps = (ask: string, summary: string, reply: string): Step[] => [{ user: ask }, { agent: "Thank you, passing this to the right desk." }, { handoff: ["front", "desk"], summary }, { agent: reply }];

afterEach(() => tuneDrift());

// [domain, the email with a listed ask, the summary carrying only the first item, the reply doing only it]
const LISTED: Array<[string, string, string, string]> = [
  [
    "bell founding",
    "Dear Whitmore Foundry,\n\nAhead of the autumn peal, could you please:\n\n(a) retune the treble to match the new ring; and\n(b) confirm that your riggers can replace the worn clapper staple while they are in the tower.\n\nYours faithfully,\nPaul Dunn",
    "Retune the treble to match the new ring before the autumn peal.",
    "Dear Mr Dunn,\n\nThe treble has been retuned to match the new ring, in good time for the autumn peal.\n\nKind regards,\nMara, Foundry Office",
  ],
  [
    "glacier guiding",
    "Hello Icefall team,\n\nTwo changes to our group booking, please:\n- move the briefing from 7am to 8am;\n- add Marta, our second medic, to the rope team roster.\n\nMany thanks,\nAnna",
    "Move the group's briefing from 7am to 8am.",
    "Hi Anna,\n\nDone - the briefing now starts at 8am.\n\nBest wishes,\nTom, Guiding Desk",
  ],
  [
    "pearl diving",
    "Dear Reef Lagoon,\n\nFor our staff dive day, please:\n- book the morning boat for twelve divers;\n- hire two underwater cameras for the afternoon.\n\nKind regards,\nLena Ortiz",
    "Book the morning boat for twelve divers on the staff dive day.",
    "Dear Lena,\n\nThe morning boat is booked for your twelve divers.\n\nKind regards,\nSam, Bookings",
  ],
];

describe("a request that ends in a colon asks for each action listed below it", () => {
  it.each(LISTED)("%s: the second item reached no agent: drift", async (_d, ask, summary, reply) => {
    const s = await judged(steps(ask, summary, reply));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("lostPart");
  });
  it.each(LISTED)("near miss, %s: both items done: no drift", async (_d, ask, summary, reply) => {
    const both = ask.includes("(b)") ? `${summary} Replace the worn clapper staple.` : `${summary} Second item also handled.`;
    const done = ask.includes("(b)") ? reply.replace("autumn peal.", "autumn peal, and our riggers will replace the worn clapper staple the same day.") : ask.includes("Marta") ? reply.replace("8am.", "8am, and Marta is on the rope team roster.") : reply.replace("divers.", "divers, and two underwater cameras are hired for the afternoon.");
    expect((await judged(steps(ask, both.replace("Second item also handled.", ask.includes("Marta") ? "Add Marta to the rope team roster." : "Hire two underwater cameras for the afternoon."), done))).intentDrift).toBe(false);
  });
  it("near miss: items that name things are the request's object, not asks; one line of chat is read as before", () => {
    const requests = (text: string) => parseText(text).clauses.filter((c) => c.request).length;
    expect(requests("Please send the following:\n- 12 dive weights\n- 2 spare masks")).toBe(1);
    const oneLine = "please: - move the briefing to 8am - add Marta to the roster";
    const listed = "Could you please:\n(a) retune the treble;\n(b) confirm the riggers can replace the staple.";
    const [chatOn, listedOn] = [requests(oneLine), requests(listed)];
    tuneDrift({}, ["listedRequests"]);
    // (parseText caches by text: a variant with a trailing space is parsed afresh with the rule off)
    expect(requests(`${oneLine} `)).toBe(chatOn);
    expect(requests(`${listed} `)).toBeLessThan(listedOn);
  });
  it("listedRequests off: the lost item is not found", async () => {
    tuneDrift({}, ["listedRequests"]);
    let drift = 0;
    for (const [, ask, summary, reply] of LISTED) if ((await judged(steps(ask, summary, reply))).intentDrift) drift++;
    expect(drift).toBeLessThan(LISTED.length);
  });
});
