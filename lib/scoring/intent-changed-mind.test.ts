// The user's own change of mind (intent.ts followsLaterRequest): an interpretation that contradicts
// the first ask but follows the user's later message is no drift, however the change is said —
// "actually", "on second thought", "scrap that", "no wait", "instead", or with none of these words,
// a later request for the same thing — and a part of a multi-part ask that the user later withdrew
// ("forget the blades") is no lost part. Near misses: the user repeats the same ask (the
// interpretation still contradicts it: drift), and a remark that changes nothing ("actually, thanks").
// Domains in no evaluation corpus: beekeeping supplies, canal boat hire, kite shop, model railway,
// taxidermy, falconry days.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { DEFAULT_SETTINGS } from "../projects/settings";
import { conversation } from "./fixture.test-util";
import { analyzeConversation } from "./run-scorers";

const judged = async (ask: string, later: string, intent: string, summary?: string) =>
  (await analyzeConversation(conversation([{ user: ask }, { agent: "Sure, one moment." }, { user: later }, { handoff: ["front", "desk"], summary }, { intent }, { agent: "All done." }]), DEFAULT_SETTINGS)).scores;

// [domain, first ask, the user's later message, the final interpretation (follows the later message)]
const CHANGED: Array<[string, string, string, string]> = [
  ["beekeeping supplies", "Please cancel my hive inspection on Saturday.", "actually, scrap that, I'll keep the inspection but move it to Sunday", "move the customer's hive inspection from Saturday to Sunday"],
  ["canal boat hire", "Can you extend our narrowboat hire by two days?", "on second thought we'll bring the boat back a day early instead, the kids have school", "shorten the narrowboat hire so the boat comes back a day early"],
  ["kite shop", "I'd like to upgrade my order to the deluxe stunt kite.", "no wait, downgrade it to the beginner kite, it's for my nephew", "downgrade the order to the beginner kite"],
  ["model railway", "Please add the signal box kit to my order.", "hmm, I've changed my mind, take the signal box off and add the engine shed", "remove the signal box kit from the order and add the engine shed kit"],
  ["taxidermy", "Could you mount the pheasant in a flying pose?", "Could you do it standing on a log instead?", "mount the pheasant standing on a log"],
  ["falconry days", "Please book me onto the owl experience on the 3rd.", "Can you make that the hawk walk on the 3rd?", "book the customer onto the hawk walk on the 3rd"],
];
// [domain, first ask, the user repeats it, an interpretation that contradicts it]
const REPEATED: Array<[string, string, string, string]> = [
  ["beekeeping supplies", "Please cancel my hive inspection on Saturday.", "yes please cancel the inspection", "renew the customer's hive inspection plan for another year"],
  ["canal boat hire", "Can you extend our narrowboat hire by two days?", "just to say again, we want the hire extended by two days", "end the narrowboat hire two days early"],
  ["kite shop", "I'd like to upgrade my order to the deluxe stunt kite.", "actually, thanks, that's all", "downgrade the order to the beginner kite"],
];

afterEach(() => tuneDrift());

describe("the user's change of mind is the ask the interpretation follows", () => {
  it.each(CHANGED)("%s: no drift", async (_d, ask, later, intent) => {
    expect((await judged(ask, later, intent)).intentDrift).toBe(false);
  });
  it("changedMind off: the changes of mind said as statements are drift again", async () => {
    tuneDrift({}, ["changedMind"]);
    let drift = 0;
    for (const [, ask, later, intent] of CHANGED) if ((await judged(ask, later, intent)).intentDrift) drift++;
    expect(drift).toBeGreaterThan(0);
  });
  it.each(REPEATED)("near miss, %s: the same ask repeated (or a remark) changes nothing: drift", async (_d, ask, later, intent) => {
    expect((await judged(ask, later, intent)).intentDrift).toBe(true);
  });
});

// [domain, two-part ask, the user withdraws one part, a summary and interpretation with the other part only]
const WITHDRAWN: Array<[string, string, string, string]> = [
  ["model railway", "Please service my locomotive and also repaint the tender in BR green.", "forget the repaint, just the service please", "Customer wants the locomotive serviced."],
  ["taxidermy", "Can you clean the stag's head and also fit a new oak shield?", "scrap the shield, the old one is fine", "Customer wants the stag's head cleaned."],
  ["beekeeping supplies", "I'd like two new brood frames, and could you also deliver a smoker?", "never mind the smoker, I found mine", "Customer wants two new brood frames."],
];
describe("a part the user withdrew is no lost part", () => {
  it.each(WITHDRAWN)("%s: no partial loss", async (_d, ask, later, summary) => {
    const s = await judged(ask, later, summary.replace(/^Customer wants /, "").replace(/\.$/, ""), summary);
    expect(s.intentDriftKind).not.toBe("partial");
  });
  it("changedMind off: the withdrawn parts are lost again", async () => {
    tuneDrift({}, ["changedMind"]);
    let lost = 0;
    for (const [, ask, later, summary] of WITHDRAWN) if ((await judged(ask, later, summary.replace(/^Customer wants /, "").replace(/\.$/, ""), summary)).intentDriftKind === "partial") lost++;
    expect(lost).toBe(WITHDRAWN.length);
  });
  it.each([
    ["kite shop", "Please cancel my kite club membership and also refund the locker fee.", "yes, cancel the membership and the locker please", "Member wants the kite club membership cancelled."],
    ["model railway", "Please service my locomotive and also repaint the tender in BR green.", "I'll drop the tender off with the loco on Monday", "Customer wants the locomotive serviced."],
    // a negated withdrawal insists on the part (the same guard as dropout's withdrawn values: withdrawal.ts)
    ["taxidermy", "Can you clean the stag's head and also fit a new oak shield?", "and don't forget the shield please", "Customer wants the stag's head cleaned."],
    ["beekeeping supplies", "I'd like two new brood frames, and could you also deliver a smoker?", "please do not forget about the smoker", "Customer wants two new brood frames."],
  ])("near miss, %s: repeating an ask, delivering the thing or 'don't forget' withdraws nothing", async (_d, ask, later, summary) => {
    const s = await judged(ask, later, summary.replace(/^(?:Customer|Member) wants /, "").replace(/\.$/, ""), summary);
    expect(s.intentDriftKind).toBe("partial");
  });
  it.each(WITHDRAWN)("near miss, %s: without the withdrawal the part is lost", async (_d, ask, _later, summary) => {
    const s = await judged(ask, "thanks, that's everything", summary.replace(/^Customer wants /, "").replace(/\.$/, ""), summary);
    expect(s.intentDriftKind).toBe("partial");
  });
});

// [domain, first ask, the user's change of ask, an interpretation in other words than the first ask, a later message that changes nothing]
// (a later question sharing a word with the interpretation — "How *long* does delivery take?" beside
// "*longer* lines" — is read as followed too: a known limit, it turns an abstention into no drift)
const FAR: Array<[string, string, string, string, string]> = [
  ["kite shop", "I would like to upgrade to the big power kite in your window please.", "Oh, that is more than I thought. Maybe I keep my old one and only get longer lines?", "recommend longer flying lines for the customer's current set-up", "Do you take cards?"],
  ["model railway", "Could I swap my starter train set for the deluxe one with the station?", "Hmm, too pricey. Could I just add a signal gantry to what I have?", "supply a signal gantry for the customer's existing layout", "Do you open on Sundays?"],
  ["beekeeping supplies", "I'd like to order a second colony of bees for the spring.", "Actually, can I just get a bigger brood box for the hive I have?", "supply a larger brood box for the customer's existing hive", "Is parking free at the shop?"],
];
describe("when the first ask is too far in words to judge, the user's later ask is compared (rule laterOnAbstain)", () => {
  const steps = (ask: string, later: string, intent: string) => [{ user: ask }, { agent: "That one is £240." }, { user: later }, { handoff: ["front", "desk"] as [string, string] }, { intent }, { agent: "Happy to help." }];
  it.each(FAR)("%s: judged, no drift (it abstained before)", async (_d, ask, later, intent) => {
    const s = (await analyzeConversation(conversation(steps(ask, later, intent)), DEFAULT_SETTINGS)).scores;
    expect(s.intentDrift).toBe(false);
    tuneDrift({}, ["laterOnAbstain"]);
    expect((await analyzeConversation(conversation(steps(ask, later, intent)), DEFAULT_SETTINGS)).scores.intentDrift).toBeNull();
  });
  it.each(FAR)("near miss, %s: a later message that changes nothing leaves the abstention", async (_d, ask, _later, intent, other) => {
    expect((await analyzeConversation(conversation(steps(ask, other, intent)), DEFAULT_SETTINGS)).scores.intentDrift).toBeNull();
  });
});
