// The user says in so many words that the first ask no longer stands ("Sorry, scrap that", "Actually", "On second
// thoughts"), and the judge cannot read the new ask against the interpretation ("my physio wants FEWER sessions, six in
// total"): no verdict is given against the ask withdrawn — the judge abstains (rule `changeUnread`, intent.ts
// followsLaterRequest; blind-f's christening lunch, development, where "lower the headcount from 55 to 40" was read as
// the opposite of the first "add 20 more guests" once nlp/parse.ts read "lower" as the verb it is; held out three false
// alarms on clean fewer, three abstentions more, no drift found fewer). Near misses: a change the judge can read (it is
// followed), and a later message that changes nothing (the first ask stands). Domains in no corpus: a cryotherapy
// clinic, a gyrocopter school, a pétanque league.
import { afterEach, describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { tuneDrift } from "./drift-tuning";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

afterEach(() => tuneDrift());
const score = async (ask: string, later: string, intent: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Let me check that for you." }, { user: later }, { handoff: ["front", "desk"], summary: "Customer query." }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;

const ASKS = {
  cryotherapy: "Can you add two more sessions to my cryotherapy pack?",
  gyrocopter: "Please cancel my gyrocopter trial lesson on Sunday.",
  petanque: "Please add our team to the Saturday petanque league.",
};

const CHANGED: Array<[string, string, string, string]> = [
  ["cryotherapy clinic", ASKS.cryotherapy, "Sorry, scrap that - my physio wants FEWER sessions, six in total instead of the ten.", "reduce the cryotherapy pack from ten sessions to six"],
  ["gyrocopter school", ASKS.gyrocopter, "Actually, scrap that - my dad says go for it, with Jim as PILOT.", "confirm the gyrocopter trial lesson on Sunday"],
  ["pétanque league", ASKS.petanque, "Sorry, scrap that - the CAPTAIN says NO.", "remove the team from the Saturday league"],
];

describe("a change of mind the judge cannot read", () => {
  it.each(CHANGED)("%s: no verdict against the ask withdrawn", async (_d, ask, later, intent) => {
    const s = await score(ask, later, intent);
    expect(s.intentDrift).toBeNull();
  });
  it.each(CHANGED)("changeUnread off, %s: drift against the first ask", async (_d, ask, later, intent) => {
    tuneDrift({}, ["changeUnread"]);
    const s = await score(ask, later, intent);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "antonym"]);
  });
});

describe("near misses", () => {
  it("pétanque league: a change the judge can read is followed", async () => {
    const s = await score(ASKS.petanque, "On second thoughts, half the team is away, so withdraw us for this season.", "remove the team from the Saturday league");
    expect([s.intentDrift, s.intentPath]).toEqual([false, "later>preserved"]);
  });
  it.each([
    ["pétanque league", ASKS.petanque, "The CAPTAIN is Jo BLOGGS, by the way.", "remove the team from the Saturday league"],
    ["gyrocopter school", ASKS.gyrocopter, "My dad is SO disappointed.", "confirm the gyrocopter trial lesson on Sunday"],
  ])("%s: a later message that changes nothing leaves the first ask standing", async (_d, ask, later, intent) => {
    const s = await score(ask, later, intent);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "antonym"]);
  });
});
