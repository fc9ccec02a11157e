// Rule `disbelief` (intent-last-word.ts): the user's short reply to the agents' last word is disbelief ("What?!",
// "you did WHAT", "Are you joking?", "?? ok") and no other scorer's finding explains it: drift, however much of the ask
// the words keep. Near misses: an ordinary follow-up question ("What time should we arrive?"), thanks with
// exclamation marks, a pleased surprise ("Done?? brilliant, that was quick"), disbelief inside a long message of its own;
// with the rule off the words decide (kept: no drift). Rule `disbeliefBeside`: the same reply beside another failure (a
// re-ask on the way) is still drift; its near misses there, and with it off the reply is not read.
// Domains in no evaluation corpus: craft fair pitches, orchid society show entries, cathedral tower tours.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, handedOn } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

// [domain, ask, summary, answer, the agents' statement of the ask, the user's disbelief]
type Case = [string, string, string, string, string, string];
const CASES: Case[] = [
  ["craft fair pitches", "Please cancel my pitch at Sunday's craft fair, it's CF-221, my kiln broke.", "Pitch CF-221, Sunday craft fair, kiln broke.", "Pitch CF-221 is sorted for Sunday, setup from 8am.", "Cancel pitch CF-221 at the Sunday craft fair.", "What?! sorted how"],
  ["orchid society show entries", "Can you withdraw my two Phalaenopsis entries from the spring show? Member OS-5530.", "OS-5530, two Phalaenopsis entries, spring show.", "All done with the two Phalaenopsis entries for the spring show, benching opens at 7.", "Withdraw two Phalaenopsis entries of OS-5530 from the spring show.", "you did WHAT"],
  ["cathedral tower tours", "We need to move our tower tour from Saturday to Sunday, booking CT-7781, my knee is bad.", "CT-7781 tower tour, customer mentions a bad knee.", "Booking CT-7781 is now fixed for Saturday at 11.", "Move CT-7781 tower tour from Saturday to Sunday.", "Are you joking?"],
];

const score = async (c: Case, reply: string) => (await analyzeConversation(conversation(handedOn(c[1], c[2], c[3], reply, c[4])), DEFAULT_SETTINGS)).scores;

describe("rule disbelief: the user meets the agents' last word with disbelief", () => {
  afterEach(() => tuneDrift());
  it.each(CASES)("%s: a short reply of disbelief: drift", async (...c) => {
    const s = await score(c, c[5]);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("disbelief");
  });
  it.each(CASES)("near miss, %s: a follow-up question, thanks, or disbelief inside a long message: not this rule", async (...c) => {
    for (const reply of ["What time should we arrive on the day?", "Brilliant, thanks so much!!", "Done?? brilliant, that was quick", `${c[5]} — sorry, I misread, my daughter had told me the opposite and I was confused, all fine now thank you`]) {
      expect((await score(c, reply)).intentPath).not.toBe("disbelief");
    }
  });
  // rule disbeliefBeside: another failure on the way (a re-ask of the booking) does not explain disbelief at the final answer
  const reasked = (c: Case, reply: string) =>
    conversation([{ user: c[1] }, { agent: "Thanks, passing you on now." }, { handoff: ["desk", "specialist"], summary: c[2], payload: { booking: "CT-7781" } }, { agent: "What's your booking reference?" }, { user: "CT-7781" }, { agent: c[3] }, { user: reply }, { intent: c[4] }]);
  it("beside another failure (a re-ask of the booking): still drift, by rule disbeliefBeside", async () => {
    const c = CASES[2];
    const s = (await analyzeConversation(reasked(c, c[5]), DEFAULT_SETTINGS)).scores;
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("disbeliefBeside");
  });
  it("near miss beside another failure: thanks, or disbelief inside a long message: not this rule", async () => {
    const c = CASES[2];
    for (const reply of ["Brilliant, thanks so much!!", `${c[5]} — sorry, I misread, my daughter had told me the opposite and I was confused, all fine now thank you`]) {
      expect((await analyzeConversation(reasked(c, reply), DEFAULT_SETTINGS)).scores.intentPath).not.toBe("disbeliefBeside");
    }
  });
  it("disbeliefBeside off: beside another failure the reply is not read", async () => {
    tuneDrift({}, ["disbeliefBeside"]);
    const s = (await analyzeConversation(reasked(CASES[2], CASES[2][5]), DEFAULT_SETTINGS)).scores;
    expect(s.reaskCount).toBeGreaterThan(0);
    expect(s.intentPath).not.toBe("disbelief");
    expect(s.intentPath).not.toBe("disbeliefBeside");
  });
  it("disbelief off: the words decide, and they keep the ask", async () => {
    tuneDrift({}, ["disbelief"]);
    for (const c of CASES) expect((await score(c, c[5])).intentDrift).toBe(false);
  });
});

// Rule `seriousDisbelief` (thirty-third session, from blind-aw2: a damage claim answered with a maintenance offer,
// met with "are you serious"): "are you serious", "r u serious", "you can't be serious", "is this a joke" are the
// same disbelief as "Are you joking?". Near misses: "seriously" of degree inside thanks, and a serious matter named.
describe("rule seriousDisbelief: are you serious", () => {
  afterEach(() => tuneDrift());
  const SERIOUS: Array<[Case, string]> = [
    [CASES[0], "are you serious"],
    [CASES[1], "r u serious. withdrawn I said"],
    [CASES[2], "You can't be serious. Is this a joke?"],
  ];
  it.each(SERIOUS)("%#: drift by disbelief", async (c, reply) => {
    const s = await score(c, reply);
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toBe("disbelief");
  });
  it.each(SERIOUS)("%#, near miss: a serious matter named, or thanks for taking it seriously: not this rule", async (c) => {
    for (const reply of ["Thank you for taking it so seriously", "It is a serious allergy, please tell the kitchen"]) expect((await score(c, reply)).intentPath).not.toBe("disbelief");
  });
  it("seriousDisbelief off: the reply is not read as disbelief", async () => {
    tuneDrift({}, ["seriousDisbelief"]);
    for (const [c, reply] of SERIOUS.slice(0, 2)) expect((await score(c, reply)).intentPath).not.toBe("disbelief");
  });
});
