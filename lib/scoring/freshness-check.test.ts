// Two readings of a stale use (freshness.ts), from blind-v2's clean `v-petcremation-weight-question`
// and `v-selfpublish-isbn-new-edition`, where a lookup's value was said back over 120 s later:
// - a key whose last word names an identity slot ("owner_address", "venue_address", "contact_name")
//   holds an identity, which never goes stale, as `address` does;
// - a value in a question that puts it to the user to check ("… at Ivy Cottage — that's the right
//   address?", "that's the one you mean, <title>?", "is that right?") is the agent checking it, not
//   relying on it. An offer or a request about it ("shall I book it?", "does that work for you?")
//   still uses it, and so does a statement followed by a check in another sentence.
// Failure cases and near misses in a pet crematorium, a self-publishing service, a piano removals firm
// and a wedding-cake bakery (the last two in no corpus).
import { describe, expect, it } from "vitest";
import { lookupThenSay, staleTools as stale } from "./freshness.test-util";

const steps = (result: unknown, says: string) => lookupThenSay({ ref: "R-20417" }, result, says);

describe("an identity under a compound key never goes stale", () => {
  it.each([
    ["pet crematorium", { owner_address: "Ivy Cottage, Long Wittenham", status: "awaiting collection" }, "We'll come to Ivy Cottage, Long Wittenham tomorrow.", "Duke is awaiting collection."],
    ["piano removals", { pickup_address: "Flat 3, 9 Quarry Hill", crew_eta: "11:40" }, "The crew will load at Flat 3, 9 Quarry Hill.", "The crew will be there at 11:40."],
    ["wedding-cake bakery", { venue_address: "The Old Tithe Barn, Aldbury", tiers_left: "two tiers left" }, "We deliver to The Old Tithe Barn, Aldbury.", "There are two tiers left to ice."],
  ])("%s: the address under an `*_address` key is no stale use; the result's status is", async (_d, result, identity, status) => {
    expect(await stale(steps(result, identity))).toEqual([]);
    expect(await stale(steps(result, status))).toEqual(["lookup"]);
  });
});

describe("a value put to the user to check is not relied on", () => {
  it.each([
    ["self-publishing", { title: "Cuisine de Grand-mère" }, "Your draft is linked to the first edition — that's the one you mean, Cuisine de Grand-mère?", "Your draft is linked to the first edition, Cuisine de Grand-mère. Does that work for you?"],
    ["piano removals", { crew_eta: "11:40" }, "The crew arrives at 11:40, is that right?", "The crew arrives at 11:40 — shall I confirm that?"],
    ["wedding-cake bakery", { flavour: "lemon and elderflower" }, "The top tier is lemon and elderflower - is that still the plan?", "The top tier is lemon and elderflower. Is that still the plan?"],
    ["pet crematorium", { window: "10:00-12:00" }, "We'll come between 10:00-12:00 — that's still best for you?", "We'll come between 10:00-12:00; would you like a call before?"],
  ])("%s: a check question stating the value is no stale use; an offer, a request, or a check in another sentence is", async (_d, result, check, used) => {
    expect(await stale(steps(result, check))).toEqual([]);
    expect(await stale(steps(result, used))).toEqual(["lookup"]);
  });
});
