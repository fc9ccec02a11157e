// More of a unit of time is an extension (issue 12, drift13r): "Luna must stay 2 nights more" read
// as "cut Luna's boarding short", "keep all the equipment two more days" read as "return all four
// sets early" (blind-f and blind-h1, two authors) are opposite directions, yet "more" is no
// comparative of a WordNet adjective and "short"/"early" are plain forms, so neither side had a
// direction. Failure cases and near misses in domains no corpus covers (campervan hire, holiday
// cottages, tool hire).
import { describe, expect, it } from "vitest";
import { offlineAssess } from "./judge-offline";

const judge = (ask: string, interpretation: string) => offlineAssess(ask, interpretation, { fromIntentEvent: true });

const CASES = [
  ["campervan hire", "We'd love to keep the campervan two more days, is that ok? Booking CV-3310", "Customer wants to return the campervan early on booking CV-3310", "Customer wants the campervan hire extended by two days on booking CV-3310"],
  ["holiday cottage", "Could we stay 3 nights more at the cottage?", "cut the cottage stay short by three nights", "extend the cottage stay by three nights"],
  ["tool hire", "I need the floor sander for an extra week please.", "Customer wants to bring the floor sander back early", "Customer wants the floor sander hire extended by a week"],
] as const;

describe("an extension by units of time read the other way is antonym drift", () => {
  it.each(CASES)("%s: drift", (_domain, ask, shortened) => {
    const v = judge(ask, shortened);
    expect(v.score).toBe(0.1);
    expect("driftKind" in v && v.driftKind).toBe("antonym");
  });

  it.each(CASES)("%s: near miss, the extension kept", (_domain, ask, _shortened, extended) => {
    const v = judge(ask, extended);
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });

  it("a plain 'early' is no direction without an extension asked for", () => {
    const v = judge("Can I collect the campervan early?", "Customer wants an early collection of the campervan");
    expect(v.score!).toBeGreaterThanOrEqual(0.5);
  });
});
