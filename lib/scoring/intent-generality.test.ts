// Rules of the drift12f round (docs/evaluation.md): each is general English, not a word list, and
// each has failure cases and near misses in domains that are in no evaluation corpus and not in
// the stress set (tree surgery, kayak hire, escape rooms, sign making, clock repair, bowling, boatbuilding, shopfitting); the
// sentences are written here for the rules. Switching a rule off (drift-tuning.ts) must make its
// failure cases fail, which the last block checks.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift, type DriftRule } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation, driftOrOtherThing, type Step } from "./fixture.test-util";
import { offlineAssess, type IntentAssessment } from "./judge-offline";
import { parseText } from "./nlp/parse";
import { analyzeConversation } from "./run-scorers";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });
const drifts = (v: IntentAssessment) => v.score !== null && v.score < 0.5;
const score = async (steps: Step[]) => (await analyzeConversation(conversation(steps), DEFAULT_SETTINGS)).scores;
const kind = (v: IntentAssessment) => ("driftKind" in v ? v.driftKind : undefined);

const SCOPE_FAILS: Array<[string, string]> = [
  ["Please cancel just Friday's session for Leo.", "Parent wants all of Leo's remaining sessions cancelled this term"],
  ["Could you send me copies of all my booking receipts from the summer?", "Customer wants the receipt for the first booking of the summer only"],
  ["Can you refund the whole order for the street sign?", "Customer wants just the order's delivery refunded"],
];
const SCOPE_NEAR: Array<[string, string]> = [
  // a quantifier on one side only
  ["Please cancel all my kayak bookings for August.", "Customer wants the August kayak bookings cancelled"],
  // "just" before a verb is a filler
  ["Could you just check all the lanes are booked for Saturday?", "Customer wants to confirm every lane is reserved for Saturday"],
  // "just" and "all" on the same thing in the ask: no narrowing to undo
  ["I just need all my kayak receipts from June.", "Customer wants every kayak receipt from June"],
  // the same scope on both sides
  ["I only want the hour hand on my mantel clock fixed.", "Customer wants only the hour hand of the mantel clock repaired"],
];

const WHEN_FAILS: Array<[string, string]> = [
  ["I want to stop the monthly hedge trimming.", "Customer wants to start the monthly hedge trimming again"],
  ["Please stop my escape room newsletter.", "Customer wants to start receiving the escape room newsletter"],
  ["Cancel my bowling league membership please.", "Member wants to renew the bowling league membership"],
];
const WHEN_NEAR: Array<[string, string]> = [
  ["I'd like to stop paying for the weekly tree inspection and go onto the quarterly plan from next month.", "Customer wants the tree inspection plan switched from weekly to quarterly starting next month"],
  ["Please stop the kayak storage rental at the end of the season.", "Customer wants the kayak storage rental moved to the winter rate beginning 1 October"],
  ["I want to stop my clock servicing plan and pay per visit instead.", "Customer wants pay-per-visit servicing, starting on Monday"],
];

const COMPARATIVE_FAILS: Array<[string, string]> = [
  ["Please make the lettering on our shop sign smaller.", "Customer wants the sign lettering made bigger"],
  ["Could the kayak tour group be smaller this time?", "Customer wants a larger group for the kayak tour"],
  ["Can we have a longer session at the escape room?", "Customer wants a shorter escape room session"],
];
const COMPARATIVE_NEAR: Array<[string, string]> = [
  ["Please make the lettering on our shop sign smaller.", "Customer wants the sign's letters reduced to a smaller size"],
  ["Could the kayak tour group be smaller this time?", "Customer asks for a smaller group on the kayak tour"],
  ["Can we have a longer session at the escape room?", "Customer wants a longer escape room session"],
];

const UNKNOWN_NEAR: Array<[string, string]> = [
  // the thing asked for is named by a word the vectors do not know, and the agent names it by what it does
  ["Please book a shipwright visit for my dinghy before the regatta on the 14th.", "Client needs the boat builder to patch her hull ahead of the race on the 14th"],
  ["Please book a horologist visit for my carriage clock before the auction on the 14th.", "Client needs the watchmaker to oil the mechanism ahead of the sale on the 14th"],
  ["Can you arrange a glazier for the shop?", "Customer needs the broken storefront pane replaced"],
];
const UNKNOWN_FAILS: Array<[string, string]> = [
  // a known word for the thing, and the agent does another thing to something else
  ["Please book a visit to prune the oak before the storm season.", "Customer wants to cancel the garden waste subscription"],
  ["Could you repair the pendulum on my mantel clock?", "Customer wants to sell the grandfather clock at auction"],
  ["I'd like to hire two kayaks for Sunday morning.", "Customer wants to buy a gift voucher for a friend"],
];

describe("scope: widened or narrowed thing asked for", () => {
  it.each(SCOPE_FAILS)("drift: %s → %s", (a, b) => {
    const v = judge(a, b);
    expect(drifts(v)).toBe(true);
  });
  it.each(SCOPE_NEAR)("no scope drift: %s → %s", (a, b) => expect(drifts(judge(a, b))).toBe(false));
});

describe("a participle before a time says when, not what is done", () => {
  it.each(WHEN_FAILS)("antonym: %s → %s", (a, b) => expect(kind(judge(a, b))).toBe("antonym"));
  it.each(WHEN_NEAR)("no antonym: %s → %s", (a, b) => expect(drifts(judge(a, b))).toBe(false));
});

describe("a comparative is read as written (the lemma is its base)", () => {
  it.each(COMPARATIVE_FAILS)("antonym: %s → %s", (a, b) => expect(kind(judge(a, b))).toBe("antonym"));
  it.each(COMPARATIVE_NEAR)("same way: %s → %s", (a, b) => expect(drifts(judge(a, b))).toBe(false));
});

describe("a thing named by a word the vectors do not know", () => {
  it.each(UNKNOWN_NEAR)("abstains: %s → %s", (a, b) => expect(judge(a, b).score).toBeNull());
  it.each(UNKNOWN_FAILS)("still another thing done with known words (drift, or no verdict naming it): %s → %s", (a, b) => expect(driftOrOtherThing(judge(a, b))).toBe(true));
});

describe("each failure case needs its rule", () => {
  afterEach(() => tuneDrift());
  // (countDirection reads "smaller"/"bigger" as ways of an amount too — intent-count.ts — so both are switched off
  // to show the comparatives need one of them)
  const cases: Array<[DriftRule, Array<[string, string]>, (v: IntentAssessment) => boolean, DriftRule[]]> = [
    ["scope", SCOPE_FAILS, drifts, []],
    ["oppositeDirection", COMPARATIVE_FAILS, (v) => kind(v) === "antonym", ["countDirection"]],
  ];
  it.each(cases)("without %s the failure cases are missed", (rule, fails, found, alsoOff) => {
    tuneDrift({}, [rule, ...alsoOff]);
    expect(fails.filter(([a, b]) => found(judge(a, b)))).toEqual([]);
  });
  it("without the time rule the near misses are false alarms", () => {
    tuneDrift({}, ["timeAdjunct"]);
    // (two of them are also kept by the participle-in-a-phrase rule: "to the winter rate *beginning* 1 October")
    expect(WHEN_NEAR.filter(([a, b]) => drifts(judge(a, b))).length).toBeGreaterThanOrEqual(1);
  });
  it("without the unknown-thing rule the near misses are read as another thing done", () => {
    tuneDrift({}, ["unknownThing"]);
    expect(UNKNOWN_NEAR.filter(([a, b]) => driftOrOtherThing(judge(a, b))).length).toBe(3);
  });
});

// Rules from the blind-f (dev) first look (four false alarms on clean conversations, read by their
// causes); the sentences here are written for the rules in domains in no corpus.
describe("a later message that takes the first ask's action back is a change of mind", () => {
  const cases: Array<[string, string, string, string]> = [
    ["bowling", "cancel our lane on sat pls", "oh. actually dont cancel then, can we just do sunday instead", "reschedule the Saturday lane booking to Sunday rather than dropping it"],
    ["kayak hire", "cancel the kayak trip for tomorrow", "wait dont cancel it, can we do thursday", "reschedule the kayak trip for Thursday"],
    ["escape room", "please cancel our escape room slot friday", "actually don't cancel, can we do next friday", "reschedule the escape room slot to next Friday"],
  ];
  it.each(cases)("%s: no drift", async (_d, ask, later, interp) => {
    const s = await score([{ user: ask }, { handoff: ["triage", "desk"] }, { agent: "Still want to cancel? It's charged within 48 hours." }, { user: later }, { intent: interp }]);
    expect(s.intentDrift).toBe(false);
  });
  it("without the rule the changes of mind are false alarms", async () => {
    tuneDrift({}, ["withdrawn"]);
    const flagged = [];
    for (const [, ask, later, interp] of cases) {
      const s = await score([{ user: ask }, { handoff: ["triage", "desk"] }, { agent: "Still want to cancel? It's charged within 48 hours." }, { user: later }, { intent: interp }]);
      if (s.intentDrift) flagged.push(ask);
    }
    tuneDrift();
    expect(flagged.length).toBeGreaterThanOrEqual(1);
  });
  it.each(cases)("%s: failure case, a later message that does not take it back: drift", async (_d, ask, _later, interp) => {
    const s = await score([{ user: ask }, { handoff: ["triage", "desk"] }, { agent: "Still want to cancel?" }, { user: "yes and don't charge me please" }, { intent: interp }]);
    expect(s.intentDrift).toBe(true);
  });
});

describe("'rather than X' and 'instead of X' say X is not wanted", () => {
  it.each([
    ["kayak hire", "Please don't cancel my kayak trip, just move it.", "move the kayak trip to Sunday rather than cancelling it", "cancel the kayak trip"],
    ["clock repair", "Don't sell the clock, I want it repaired.", "repair the mantel clock instead of selling it", "sell the mantel clock at auction"],
    ["bowling", "Please don't refund the party, move it.", "move the bowling party to May rather than refunding it", "Customer wants the bowling party refunded"],
  ])("%s", (_d, ask, nearMiss, failure) => {
    expect(drifts(offlineAssess(ask, nearMiss))).toBe(false);
    expect(drifts(offlineAssess(ask, failure))).toBe(true);
  });
});

describe("structure: what is the interpretation's own action", () => {
  it.each([
    // a participle right after a phrase's noun belongs to the phrase ("with the brother paying")
    ["bowling", "Could you do pizza and drinks for a party of 12 after the league final?", "food and soft drinks for twelve players after the final, with the captain paying", "Customer is paying the league membership fee"],
    ["clock repair", "Can you collect the grandfather clock from my house on Monday?", "pickup of the longcase clock on Monday, with the owner's son helping", "Customer wants to cancel his watch repair and get a refund"],
    ["escape room", "Can we book the pirate room for six on Friday?", "the pirate room for six players on Friday, with the birthday girl leading", "Customer wants to buy a gift voucher for a friend"],
  ])("%s: no drift from a participle in a phrase; another action is read as another thing done", (_d, ask, nearMiss, failure) => {
    expect(drifts(offlineAssess(ask, nearMiss, { fromIntentEvent: true }))).toBe(false);
    expect(driftOrOtherThing(offlineAssess(ask, failure, { fromIntentEvent: true }))).toBe(true);
  });

  it("a base form after 'a' and its modifiers is a noun ('a three-night pitch stay'); after a plural subject it stays a verb", () => {
    const pos = (text: string, word: string) => parseText(text).terms.find((t) => t.value === word)?.pos;
    expect(pos("Glamper wants a three-night pitch stay in July", "stay")).toBe("NOUN");
    expect(pos("Player wants a weekend league slot for the team", "slot")).toBe("NOUN");
    expect(pos("the campers stay three nights in July", "stay")).toBe("VERB");
    expect(pos("my team update the page every week", "update")).toBe("VERB");
  });
});
