// The drift30c rule `refusedOffer` (intent-objection-forms.ts REFUSED_OFFER): the final agent offers
// another thing than the ask and the user turns it down and says again what they want, in two clauses
// of one message ("I don't want the insurance, I want the crossing moved!"). Failure cases and near
// misses in domains no evaluation corpus covers (lighthouse tours, beekeeping courses, canal boat
// hire). Near misses: the final agent then does what the user insists on; the refusal alone ("I
// don't want the insurance, thanks") restates nothing. Switching the rule off must leave the failure
// cases unflagged.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, type Step } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { REFUSED_OFFER, restatedWant } from "./intent-objection-forms";

const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;

// [domain, ask, summary handed on, the final agent's offer, its intent, the user's reply]
type Case = [string, string, string, string, string, string];
const FAILS: Case[] = [
  [
    "lighthouse tours",
    "The sea forecast for our lighthouse tour on Saturday 9 August looks terrible. Can we move the four of us to Sunday 10 August, same time? Booking LH-20931.",
    "LH-20931: four people on the Saturday 9 August lighthouse tour, forecast bad, customer mentions Sunday 10 August.",
    "Don't let the weather spoil it! Our storm-watch package adds waterproofs and a hot chocolate for the four of you on Saturday for £28. Shall I add it?",
    "Customer wants the storm-watch package added so the lighthouse tour can go ahead in bad weather.",
    "I don't want waterproofs, I want Sunday!",
  ],
  [
    "beekeeping courses",
    "Please can you send me the certificate for the beginners' beekeeping course I finished in May? My allotment society needs it before I can keep a hive there. Booking BK-7712.",
    "BK-7712: finished the beginners' beekeeping course in May; allotment society asking about it.",
    "Well done on finishing! Our improvers' course in June takes you further, £95 for two Saturdays. Shall I enrol you?",
    "Customer wants to enrol on the improvers' beekeeping course in June.",
    "We don't want another course. We just need the certificate.",
  ],
  [
    "canal boat hire",
    "Our hire boat Heron has a flat leisure battery, the fridge is off. Can someone come and replace the battery today? We're moored at Lock 14, hire CB-55120.",
    "CB-55120, boat Heron at Lock 14: leisure battery flat, fridge off.",
    "While you're at Lock 14, the Lock 14 pub does a lovely Sunday roast and we can book a table for your crew at 10% off. Shall I book one?",
    "Hirers on Heron at Lock 14 want a table booked at the Lock 14 pub with the hire discount.",
    "I don't want a roast, I need the battery replaced today",
  ],
];

const steps = ([, ask, summary, offer, intent, reply]: Case, last?: string): Step[] => [
  { user: ask },
  { agent: "Thanks, passing you to the team." },
  { handoff: ["front", "desk"], summary },
  { agent: offer },
  { intent },
  { user: reply },
  ...(last ? [{ agent: last }] : []),
];

describe("the user turns the offer down and says again what they want", () => {
  afterEach(() => tuneDrift());
  it.each(FAILS)("%s: drift", async (...c) => {
    const s = await score(steps(c));
    expect(s.intentDrift).toBe(true);
    expect(s.intentPath).toMatch(/^objection>/);
  });
  it("near miss, lighthouse tours: the final agent then moves the tour to Sunday", async () => {
    const c: Case = [...FAILS[0].slice(0, 4), "Customer wants the lighthouse tour LH-20931 for four moved from Saturday 9 August to Sunday 10 August.", FAILS[0][5]] as Case;
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("near miss, beekeeping courses: the offer refused, nothing restated", async () => {
    const c: Case = [...FAILS[1].slice(0, 5), "We don't want another course, thanks."] as Case;
    expect((await score(steps(c))).intentPath ?? "").not.toMatch(/^objection>/);
  });
  it("near miss, canal boat hire: the ask done, an add-on refused and the ask's thing named", async () => {
    const c: Case = [FAILS[2][0], FAILS[2][1], FAILS[2][2], "An engineer will replace the leisure battery on Heron at Lock 14 today by 3pm. Would you like a pub table too?", "Engineer to replace the flat leisure battery on Heron at Lock 14 today.", "no, I don't want a table, I just need the battery done today, thanks"];
    expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("refusedOffer off: the failure cases are not flagged", async () => {
    tuneDrift({}, ["refusedOffer"]);
    for (const c of FAILS) expect((await score(steps(c))).intentDrift).not.toBe(true);
  });
  it("reads two clauses, a refusal then a want", () => {
    expect(REFUSED_OFFER.test("I don't want a tent, I want Sunday!")).toBe(true);
    expect(REFUSED_OFFER.test("I don't want a tent.")).toBe(false);
    expect(REFUSED_OFFER.test("Thanks. I don't want a tent, I want Sunday")).toBe(false);
    expect(restatedWant("I don't want a tent, I want Sunday!")).toBe("I want Sunday!");
  });
});
