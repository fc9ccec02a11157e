// A later message that asks whether is no later request (rule `asksWhether`, intent-asks-whether.ts), from
// blind-al1 and blind-x1: "can you lower the monthly page allowance?" answered by raising it, after the user
// asked "oh. ok. does that cost more?"; "take the luge OFF the order" answered by keeping it, after "ok... and
// the swans stay the same yes?". The judge found the question's words in the interpretation and withdrew the
// drift verdict as if the interpretation followed a later request. Near miss: a later message that asks
// for a change ("could you make it 5,000 instead?") is a later request the interpretation may follow.
// Domains in no evaluation corpus: sled-dog tours, a meteorite dealer, a cycle-polo club.
// A question for a fact ("what's in the spring pastels one? Just curious.", blind-ad1) asks to be told
// too: a trout farm, a loofah grower, a maple syrup farm.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";
import { asksWhether } from "./intent-asks-whether";
import { parseText } from "./nlp/parse";

const judged = async (ask: string, later: string, intent: string) =>
  (
    await analyzeConversation(
      conversation([{ user: ask }, { agent: "Thanks, passing you to the team." }, { handoff: ["triage", "accounts"] }, { agent: "I can sort that for you today." }, { user: later }, { agent: "All done." }, { intent }]),
      DEFAULT_SETTINGS,
    )
  ).scores;

// [domain, ask, a later question asking whether, the opposite done (drift), a later request for a change, the interpretation following it]
const CASES: Array<[string, string, string, string, string, string]> = [
  [
    "sled-dog tours",
    "Please take the two children off our dog-sled booking SD-4410, they're too young in the end.",
    "ok... and the adults stay the same yes?",
    "Keep the two children on dog-sled booking SD-4410 and confirm the adults stay the same",
    "Actually could you move the children to the short puppy walk instead?",
    "Move the two children on booking SD-4410 to the short puppy walk",
  ],
  [
    "meteorite dealer",
    "Can you lower the insured value on my meteorite collection policy? It's £9,000 now and that's far too high. Ref MT-2291",
    "oh. does that cost more?",
    "Raise the insured value on meteorite collection policy MT-2291 above £9,000",
    "Could you set the insured value to £5,000 instead please?",
    "Set the insured value on policy MT-2291 to £5,000",
  ],
  [
    "cycle-polo club",
    "Please cancel my cycle-polo club membership CP-7720 at the end of this month, I'm moving away.",
    "Will I be charged for next month or not?",
    "Renew cycle-polo club membership CP-7720 for next month so the member is charged as usual",
    "Can you freeze the membership for six months instead?",
    "Freeze cycle-polo club membership CP-7720 for six months",
  ],
];

// [domain, ask, a later question for a fact, the opposite done (drift), a later request for a change, the interpretation following it]
const FACT_CASES: Array<[string, string, string, string, string, string]> = [
  [
    "trout farm",
    "Please close my fishing season ticket FT-118 at the end of June, I'm moving away.",
    "Oh, what's the summer rate on season tickets these days? Just curious.",
    "Keep season ticket FT-118 open for another three months at the summer rate",
    "Actually could you change it to a book of day tickets instead?",
    "Change season ticket FT-118 to a book of day tickets",
  ],
  [
    "loofah grower",
    "Can you stop my monthly loofah box LF-3301 after this one please, money's tight.",
    "how long is the growing season for them anyway?",
    "Extend monthly loofah box LF-3301 for another season at a discount",
    "Could you pause the box for three months instead?",
    "Pause monthly loofah box LF-3301 for three months",
  ],
  [
    "maple syrup farm",
    "Please take my brother off our sugar-shack tour booking MS-5520, he's hurt his back.",
    "when does the tapping demonstration start?",
    "Keep both brothers on sugar-shack booking MS-5520 for the morning tour",
    "Can you swap him onto the tasting session instead?",
    "Swap the brother on booking MS-5520 onto the tasting session",
  ],
];

afterEach(() => tuneDrift());

describe("asksWhether: a later question that asks whether is no later request", () => {
  for (const [domain, ask, question, opposite, change, followed] of CASES) {
    it(`${domain}: the opposite done after the question is drift`, async () => {
      expect((await judged(ask, question, opposite)).intentDrift).toBe(true);
    });
    it(`${domain}: without the rule the question is followed and the drift withdrawn (the failure it mends)`, async () => {
      tuneDrift({}, ["asksWhether"]);
      const s = await judged(ask, question, opposite);
      expect(s.intentDrift).toBe(false);
      expect(s.intentPath).toMatch(/^later>/);
    });
    it(`${domain}: near miss, a later request for a change is followed: no drift`, async () => {
      const s = await judged(ask, change, followed);
      expect(s.intentDrift).toBe(false);
    });
  }
  for (const [domain, ask, question, opposite, change, followed] of FACT_CASES) {
    it(`${domain}: a question for a fact is no later request: the opposite done after it is drift`, async () => {
      expect((await judged(ask, question, opposite)).intentDrift).toBe(true);
    });
    it(`${domain}: near miss, a later request for a change is followed: no drift`, async () => {
      expect((await judged(ask, change, followed)).intentDrift).toBe(false);
    });
  }
  it("reads a question for a fact as asking to be told; one put to the agent, or how to have a thing done, still asks", () => {
    const clause = (m: string) => parseText(m).clauses.find((c) => c.request)!;
    expect(asksWhether(clause("Oh, what's in the fly-fishing lessons these days?"))).toBe(true);
    expect(asksWhether(clause("how long is the growing season?"))).toBe(true);
    expect(asksWhether(clause("when does the tapping demonstration start?"))).toBe(true);
    expect(asksWhether(clause("what do you suggest?"))).toBe(false);
    expect(asksWhether(clause("how do I cancel it?"))).toBe(false);
    expect(asksWhether(clause("what time can you come?"))).toBe(false);
    expect(asksWhether(clause("which day is free instead?"))).toBe(false);
  });
  it("reads the clause: a polar question or a tagged statement asks whether; a question to the agent or for a change does not", () => {
    const clause = (m: string) => parseText(m).clauses.find((c) => c.request)!;
    expect(asksWhether(clause("does that cost more?"))).toBe(true);
    expect(asksWhether(clause("Will I be charged for next month or not?"))).toBe(true);
    expect(asksWhether(clause("so it'll stop after this one, yes?"))).toBe(true);
    expect(asksWhether(clause("can you make it £5,000 instead?"))).toBe(false);
    expect(asksWhether(clause("will you move it to Friday?"))).toBe(false);
    expect(asksWhether(clause("is it possible to move it to Friday?"))).toBe(false);
    expect(asksWhether(clause("please move it to Friday"))).toBe(false);
    // (a question proposing another thing asks for it)
    expect(asksWhether(clause("would the 10th work?"))).toBe(false);
    expect(asksWhether(clause("is Friday free instead?"))).toBe(false);
  });
});
