// A phrase under an identifier's key is no identifier (facts.ts `isPhrase`): from blind-af1's clean
// `af-filmcrew-supporting-artists-bounce`, where a vehicle booking returned `booking: "16-seat minibus,
// pickup 06:15"` and dropout named that description as a dropped booking id. Near misses: a reference
// under the same key, typed whole or in groups of capitals and digits, stays the booking's, order's or
// reservation's id. Glacier guiding, organ building, pearl diving (domains no corpus has).
import { describe, expect, it } from "vitest";
import { factsFromJson } from "./facts";

describe("a tool's phrase under an id key", () => {
  it.each([
    ["glacier guiding", { booking: "2 guides, meet 05:30 at the hut" }, { booking: "HUT 44 71 2" }],
    ["organ building", { order: "12 pipes voiced by Friday" }, { order: "ORG-55120" }],
    ["pearl diving", { reservation: "boat 3, 06:00 departure" }, { reservation: "PD-4471-B" }],
  ])("%s: a description is no identifier; a reference under the same key is", (_d, phrase, code) => {
    expect(factsFromJson(phrase, [])).toEqual([]);
    const [key, value] = Object.entries(code)[0];
    expect(factsFromJson(code, []).map((f) => [f.key, f.value])).toEqual([[key, value]]);
  });
});
