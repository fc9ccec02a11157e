// Returning a thing on loan or hire ends the loan, as cancelling ends a booking: "return", "send back" and "hand back"
// are endings in the lexicon's ending-versus-continuing relation (nlp/lexicon.ts ENDING_LIST, thirty-sixth session).
// blind-bd1's jigsaw library: "Can I extend my loan on the Starry Night 2000 piece?" answered "member wants to send the
// Starry Night puzzle back before it falls due" was read as preserved. ("give back" is left out: money is given back,
// which is a refund, and a refund is no ending.) Near misses: the extension done, and a return asked for and arranged.
// Domains in no evaluation corpus: microscope hire, zither rental.
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, done: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Thank you, I'll pass you to my colleague." }, { handoff: ["triage", "desk"] }, { agent: done }, { user: "ok" }]), DEFAULT_SETTINGS)).scores;

const MICROSCOPE = "Could I extend the hire of the stereo microscope, ref MH-2201, for another fortnight? The project overran.";
const ZITHER = "Please renew my zither rental, account ZR-118, for another term.";

describe("a loan or hire kept longer, answered by its return", () => {
  it.each([
    ["microscope hire", MICROSCOPE, "All sorted, our courier will collect the stereo microscope on Monday so it is returned in good time."],
    ["zither rental", ZITHER, "I've arranged the return of your zither: please send it back in the case provided by Friday."],
  ])("%s: drift, the opposite action", async (_d, ask, done) => {
    const s = await judged(ask, done);
    expect(s.intentDrift).toBe(true);
    expect(s.intentDriftKind).toBe("antonym");
  });
});

describe("near misses", () => {
  it.each([
    ["microscope hire: the extension done", MICROSCOPE, "Done, the microscope hire on MH-2201 now runs two more weeks, to the 30th."],
    ["zither rental: the renewal done", ZITHER, "Your zither rental on ZR-118 carries on for the spring term, same monthly fee."],
    ["zither rental: a return asked for and arranged", "I'd like to send back the hired zither, account ZR-118, we've finished with it.", "I've booked the return of the zither on ZR-118: the courier collects it on Friday."],
  ])("%s", async (_d, ask, done) => {
    expect((await judged(ask, done)).intentDrift).toBe(false);
  });
});
