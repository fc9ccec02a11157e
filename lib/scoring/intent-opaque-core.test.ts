// Drift from absence needs a request whose own thing the vectors can read (judge-offline.ts, rule
// opaqueCore): "Skutt KM818, bought it in 2024, is it still under warranty?" asks about a name the
// agent may call otherwise ("the electric oven", "the manufacturer cover"), so sharing no word with it is
// no evidence of another topic — the same bar another-thing-done already had (half the core opaque).
// Near miss: a request in plain words the interpretation ignores is still drift. Domains in no
// evaluation corpus (kiln hire, model railway, metal detecting).
import { afterEach, describe, expect, it } from "vitest";
import { tuneDrift } from "./drift-tuning";
import { offlineAssess, type IntentAssessment } from "./judge-offline";

afterEach(() => tuneDrift());
const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });
const drifts = (v: IntentAssessment) => v.score !== null && v.score < 0.5;

// [domain, ask (its request names a model or brand), the interpretation in other words]
const CASES: Array<[string, string, string]> = [
  ["kiln hire", "my kiln is completely dead, won't even switch on. Skutt KM818, bought it in 2024, is it still under warranty?", "diagnose why the electric oven shows no sign of life, repair under the manufacturer cover"],
  ["model railway", "my locomotive is completely dead, won't even hum. Hornby R3950, bought it in 2024, is it still under warranty?", "diagnose why the model engine shows no sign of life, repair under the manufacturer cover"],
  ["metal detecting", "my metal detector is completely dead, won't even beep. Garrett ACE400, bought it in 2024, is it still under warranty?", "diagnose why the handheld unit shows no sign of life, repair under the manufacturer cover"],
];
// the same messages with a request in plain words, answered by an interpretation about something else
const NEAR: Array<[string, string, string]> = [
  ["metal detecting", "my metal detector is completely dead, won't even beep. Could you replace the search coil this week?", "sell the customer a carbon-fibre pinpointer with a holster"],
  ["kiln hire", "The kiln won't heat past 600 degrees. Can you replace the heating elements this week?", "enrol the customer on a beginners' raku glazing weekend"],
  ["model railway", "The loco just hums and won't move. Could you service the motor and clean the wheels?", "sell the customer a new station building kit and scenery grass"],
];

describe("a request whose thing is mostly names or ids: absence is no evidence", () => {
  it.each(CASES)("%s: no drift verdict (abstains)", (_d, ask, interp) => {
    expect(drifts(judge(ask, interp))).toBe(false);
  });
  it("opaqueCore off: they are drift from absence again", () => {
    tuneDrift({}, ["opaqueCore"]);
    expect(CASES.filter(([, ask, interp]) => drifts(judge(ask, interp))).length).toBe(CASES.length);
  });
  it.each(NEAR)("near miss, %s: a request in plain words that the interpretation ignores is not read as preserved", (_d, ask, interp) => {
    const v = judge(ask, interp);
    expect(v.score === null ? /too little evidence/.test(v.reason) : drifts(v)).toBe(true);
    expect(v.score === null || v.score < 0.5).toBe(true);
  });
});
