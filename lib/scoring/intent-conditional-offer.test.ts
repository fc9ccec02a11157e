// "Your payments are on hold …; if rehab takes longer just message and we'll extend it": in the final interpretation, a
// sentence opened by a condition ("if", "unless", "should", "in case") says what may yet happen — the condition itself,
// and what it offers under a modal of the future — not the action done, so no action in it opposes the ask (rule
// `conditionalOffer`, judge-offline.ts offeredOnCondition; blind-br1's handball member freezing her membership,
// development: −1 false alarm; held out identical). Near misses: an action stated done after a condition ("If it helps,
// I have extended …"), and one stated done in the next sentence. Domains in no corpus: a rock choir, a tug of war club, a
// lindy hop school.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { scoresHandedOn } from "./fixture.test-util";

afterEach(() => tuneDrift());
const scores = scoresHandedOn;

const CHOIR = "Could we pause my rock choir membership for two months while I have my operation?";
const TUG = "I would like to freeze my tug of war club subscription over the winter please.";
const LINDY = "Please can you put my lindy hop classes on hold for a month, I have broken my wrist.";

// [domain, ask, summary, final reply: the pause done, an opposite action offered on a condition]
const OFFERED: Array<[string, string, string, string]> = [
  ["rock choir", CHOIR, "Pause choir membership two months (operation).", "Your choir membership is on hold until April; if recovery takes longer just message and we will extend it."],
  ["tug of war club", TUG, "Freeze subscription for winter.", "Your subscription is frozen from November; if the season starts late we can extend it into April."],
  ["lindy hop school", LINDY, "Hold lindy hop classes one month.", "Your lindy hop classes are paused until 14 March. Should the cast come off early, we could resume them sooner."],
];

describe("conditionalOffer: what a condition offers is not the action done", () => {
  it.each(OFFERED)("%s: no drift", async (_d, ask, summary, reply) => {
    expect((await scores(ask, summary, reply)).intentDrift).toBe(false);
  });
  it.each(OFFERED)("%s: rule off, the offer read as the opposite action", async (_d, ask, summary, reply) => {
    tuneDrift({}, ["conditionalOffer"]);
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind]).toEqual([true, "antonym"]);
  });
  it.each([
    ["rock choir", CHOIR, "Pause choir membership two months (operation).", "If it helps, I have extended your membership to the end of March."],
    ["tug of war club", TUG, "Freeze subscription for winter.", "If the season starts late we will check. Your subscription has been extended into April."],
  ])("near miss, %s: an action stated done is still read", async (_d, ask, summary, reply) => {
    const s = await scores(ask, summary, reply);
    expect([s.intentDrift, s.intentDriftKind, s.intentPath]).toEqual([true, "antonym", "antonym"]);
  });
});
