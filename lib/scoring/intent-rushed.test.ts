// Rule `rushed` (fifty-first session, intent-rushed.ts): the ask ends or refuses a thing, and the interpretation hurries
// one instead, ending nothing. Near misses: the ending done and something else hurried, and an ask in a hurry itself.
// Domains in no evaluation corpus: saxophone repair, ski-boot fitting, chimney-cowl fitting.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

// [domain, an ask that stops a thing, an interpretation that hurries it]
const RUSHED: Array<[string, string, string]> = [
  ["saxophone repair", "Please cancel the pad replacement on ticket SX-4410, I've sold the alto as it is.", "customer wants the pad replacement on SX-4410 done sooner"],
  ["ski-boot fitting", "Please don't do the shell stretch on my boots, booking SB-207, I'll live with them. Just post them back.", "Prioritise the shell stretch on booking SB-207 and post the boots back once done."],
  ["chimney-cowl fitting", "We need to stop the cowl fitting at 14 Mill Lane, job CC-88, the house sale has fallen through.", "Customer wants the cowl fitting at 14 Mill Lane (CC-88) expedited."],
];

// [domain, ask, interpretation that does the ask]
const NEAR: Array<[string, string, string]> = [
  ["saxophone repair", "Please cancel the pad replacement on ticket SX-4410, I've sold the alto as it is.", "customer wants the pad replacement on SX-4410 cancelled and the deposit refunded as soon as possible"],
  ["ski-boot fitting", "Can you do the shell stretch on my boots sooner? Booking SB-207, I leave on Friday.", "Prioritise the shell stretch on booking SB-207 so the boots are ready before Friday."],
  ["chimney-cowl fitting", "We need to stop the cowl fitting at 14 Mill Lane, job CC-88, the house sale has fallen through.", "Customer wants the cowl fitting at 14 Mill Lane (CC-88) called off."],
];

afterEach(() => tuneDrift());

describe("rushed: a thing asked to stop, hurried instead", () => {
  it.each(RUSHED)("%s: drift", (_d, ask, interp) => {
    const v = judge(ask, interp);
    expect(v.score).toBeLessThan(0.5);
    expect(pathOf(v)).toBe("rushed");
  });

  it.each(NEAR)("%s: no drift", (_d, ask, interp) => {
    expect(judge(ask, interp).score ?? 1).toBeGreaterThanOrEqual(0.5);
  });

  it("rushed off: the hurrying is not read", () => {
    tuneDrift({}, ["rushed"]);
    for (const [, ask, interp] of RUSHED) expect(pathOf(judge(ask, interp))).not.toBe("rushed");
  });
});
