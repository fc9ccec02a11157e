// Rule `endedActDone` (fifty-first session, intent-ended-act.ts): the ask ends a thing that is itself an act (an
// extension, a repair, a delivery), named by a noun of its verb, and the interpretation states that act is to be done,
// ending nothing. Near misses: the interpretation ends the act too, an ask ending a thing that is no act, and an act
// done only in a remark, not in a clause stating what is wanted.
// Domains in no evaluation corpus: lighthouse-keeper cottage lets, clock-tower maintenance, allotment water supply.
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess } from "./judge-offline";
import { pathOf } from "./fixture.test-util";
import { endedActDone } from "./intent-ended-act";
import { parseText } from "./nlp/parse";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

// [domain, an ask ending an act, an interpretation doing it]
const DONE: Array<[string, string, string]> = [
  ["cottage lets", "We've had to come home early, so please cancel the extension on booking LK-3301, we'll leave the keys on Friday.", "guest wants the stay on LK-3301 lengthened by three more nights"],
  ["clock-tower maintenance", "Please cancel the repainting of the dial on job CT-718, the parish council has run out of money.", "Parish wants the dial on CT-718 repainted before Easter."],
  ["allotment water", "Please stop the delivery of the water butts to plot 14, we have sorted our own.", "Plot holder wants the water butts delivered to plot 14 this week."],
];

// [domain, ask, interpretation that does the ask (or ends a thing that is no act)]
const NEAR: Array<[string, string, string]> = [
  ["cottage lets", "We've had to come home early, so please cancel the extension on booking LK-3301, we'll leave the keys on Friday.", "guest wants the extension on LK-3301 cancelled and the three extra nights refunded"],
  ["clock-tower maintenance", "Please cancel the clock tower contract CT-718, the parish council has run out of money.", "Parish wants contract CT-718 ended; the tower was painted last spring."],
  ["allotment water", "Please stop the delivery of the water butts to plot 14, we have sorted our own.", "Plot holder wants the water butt delivery to plot 14 stopped."],
];

afterEach(() => tuneDrift());

describe("endedActDone: an act the user asked to end, done", () => {
  it.each(DONE)("%s: drift", (_d, ask, interp) => {
    const v = judge(ask, interp);
    expect(v.score).toBeLessThan(0.5);
    expect("driftKind" in v && v.driftKind).toBe("antonym");
  });

  it.each(NEAR)("%s: no drift", (_d, ask, interp) => {
    expect(judge(ask, interp).score ?? 1).toBeGreaterThanOrEqual(0.5);
  });

  it("a remark's verb is no act done", () => {
    const ask = parseText("Please cancel the repainting of the dial on job CT-718.").clauses;
    expect(endedActDone(ask, parseText("Parish wants the dial on CT-718 repainted before Easter.").clauses) ?? "").toMatch(/cancel the repainting.*repaint/);
    expect(endedActDone(ask, parseText("The dial was repainted in 2019, as the job sheet says.").clauses)).toBeNull();
  });

  it("a report of what stopped working asks to end nothing (gate access: 'the gate card stopped opening the pontoon gate')", () => {
    const ask = parseText("The gate card stopped opening the pontoon gate. Can you sort it?").clauses;
    expect(endedActDone(ask, parseText("Berth holder wants their gate card fixed so it opens the pontoon gate.").clauses)).toBeNull();
  });

  it("endedActDone off: the act done is not read", () => {
    tuneDrift({}, ["endedActDone"]);
    for (const [, ask, interp] of DONE) expect(pathOf(judge(ask, interp))).not.toBe("endedAct");
  });
});
