// A code given again with a typing slip corrected (corrections.ts): the corrected value is the
// field's value from then on, so a handoff that carries only the correction drops nothing, and one
// that carries neither drops the corrected value (not the mistyped one). Near misses: another code
// (more than a slip away), a code too short to tell a slip from another value, two codes in one
// message. Failure cases and near misses in a vet practice, a bike courier and a piano rental
// (domains in no corpus).
import { describe, expect, it } from "vitest";
import { isSlipOf } from "./corrections";
import { scored } from "./conversation.test-util";

const reply = { agent: "desk", says: "Thanks, I'll take it from here." };

describe("a typing slip", () => {
  it("one change, insertion, deletion or swap of neighbours; two for long codes", () => {
    expect(isSlipOf("55120", "55210")).toBe(true);
    expect(isSlipOf("MC-44718", "MC-44178")).toBe(true);
    expect(isSlipOf("PR-2291", "PR-22291")).toBe(true);
    expect(isSlipOf("941000024417735", "941000024471753")).toBe(true);
    // near misses: the same value, another value, too short to tell
    expect(isSlipOf("55120", "55-120")).toBe(false);
    expect(isSlipOf("55120", "77120")).toBe(false);
    expect(isSlipOf("14A", "14B")).toBe(false);
  });
});

describe("dropout after a corrected code, in three domains", () => {
  it("vet practice: the corrected microchip alone in the summary drops nothing; the mistyped one alone drops the correction", async () => {
    const start = [
      { user: "Our cat Miso needs her booster. Microchip number 941000024417735." },
      { agent: "front", says: "I can't find 941000024417735 on our system, could you check it?" },
      { user: "Sorry, it's 941000024471735." },
    ];
    expect((await scored([...start, { from: "front", to: "nurse", summary: "Booster for Miso, chip 941000024471735." }, reply])).dropped).toEqual([]);
    expect((await scored([...start, { from: "front", to: "nurse", summary: "Booster for Miso, chip 941000024417735." }, reply])).dropped).toEqual(["microchip_number=941000024471735"]);
  });
  it("bike courier: a tracking code retyped after a lookup failed; another code is no correction", async () => {
    const ask = { user: "Where is parcel BK-58812? It was due at noon." };
    const failed = { tool: "track", by: "front", args: { tracking: "BK-58812" }, result: { error: "not found" } };
    const again = { agent: "front", says: "No parcel BK-58812, can you read it off the label again?" };
    expect((await scored([ask, failed, again, { user: "oh it's BK-58821" }, { from: "front", to: "dispatch", summary: "Late parcel BK-58821." }, reply])).dropped).toEqual([]);
    // near miss: a code more than a slip away is another value; the first is still owed
    expect((await scored([ask, failed, again, { user: "oh it's BK-31907" }, { from: "front", to: "dispatch", summary: "Late parcel BK-31907." }, reply])).dropped).toEqual(["tracking=BK-58812"]);
  });
  it("piano rental: a slip corrected in a later message counts; two codes in one message do not correct each other", async () => {
    const ask = { user: "My agreement number is PR-2291, it says 12 months but I asked for 6." };
    const check = { agent: "front", says: "Which agreement was it? PR-2291 is a harp." };
    expect((await scored([ask, check, { user: "PR-2219, sorry" }, { from: "front", to: "contracts", summary: "Agreement PR-2219: term should be 6 months." }, reply])).dropped).toEqual([]);
    const two = { user: "My agreement number is PR-2291 and my brother's is PR-2219; mine says 12 months but I asked for 6." };
    expect((await scored([two, { from: "front", to: "contracts", summary: "Agreement PR-2219: term should be 6 months." }, reply])).dropped).toEqual(["agreement_number=PR-2291"]);
  });
});
