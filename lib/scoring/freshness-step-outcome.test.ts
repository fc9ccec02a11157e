// The outcome of a step the call switched on is a record of what that call did, never stale
// (freshness.ts readCall `steps`): from blind-af1's clean `af-archive-scrapbook-reshoot-ocr`, where the
// lead reported "all seven pass the focus check" eleven minutes after a capture made with
// `focus_check: true` returned `focus_check: "pass"`. Near misses: the same value from a call that did
// not ask for that step (a lookup of a state) is a stale use; another value of the same result is too.
// Glacier guiding, organ building, pearl diving (domains no corpus has).
import { describe, expect, it } from "vitest";
import { lookupThenSay, staleTools } from "./freshness.test-util";

describe("a step's outcome reported long after", () => {
  it.each([
    ["glacier guiding", { rope: "R-14" }, "load_test", { load_test: "pass", next_due: "2027-03-01" }, "Rope R-14 passed: the load test is a pass.", "It is due again on 2027-03-01."],
    ["organ building", { rank: "Principal" }, "wind_check", { wind_check: "steady", pressure: "82 mm" }, "The wind check came back steady.", "Wind pressure is 82 mm."],
    ["pearl diving", { lot: "PD-4471" }, "grading", { grading: "AAA", lot_value: "£2,400.00" }, "The grading came back AAA.", "The lot is valued at £2,400.00."],
  ])("%s: not stale when the call asked for the step; stale when it only looked", async (_d, args, step, result, said, other) => {
    expect(await staleTools(lookupThenSay({ ...args, [step]: true }, result, said))).toEqual([]);
    expect(await staleTools(lookupThenSay(args, result, said))).toEqual(["lookup"]);
    expect(await staleTools(lookupThenSay({ ...args, [step]: true }, result, other))).toEqual(["lookup"]);
  });
});
